import { connectorTable } from '../model/tables/connector';
import { importQueueEntryTable } from '../model/tables/import-queue-entry';
import { integrationRunTable } from '../model/tables/integration-run';
import type { LatencyMetric } from '../model/vocabulary';
import { DAY_MS, daysOfDayKey, isoOfEpoch } from '../schedule/civil-time';
import { FAILED_SUBSTATES, outcomeOfStatus, type OutcomeSlice } from './run-outcome';
import type { ConnectorRow } from './metric-rows';

/**
 * Every chart part opens the list of records behind it (as the reference dashboard does). A
 * drill-down names the table, the ServiceNow encoded query (`sysparm_query`) the number was
 * computed from, and the hub's list route, so both hosts can serve it: the instance hands the
 * query to GlideRecord.addEncodedQuery, the Node host parses the same small subset.
 *
 * The subset: `field=value`, `field>=value`, `field<value`, `fieldINa,b,c`, joined by `^` (AND).
 * IN is the one addition to `=`/`>=`/`<`: a failed bar covers two substates (failed, timed_out)
 * and a pie slice covers a set of connectors, and neither fits a single `=`.
 * Datetimes are ISO 8601 UTC with milliseconds; a day is the half-open range [00:00Z, next 00:00Z).
 */

export const HUB_API_BASE = '/api/x_eih/hub';

export type QueryOperator = '=' | '>=' | '<' | 'IN';

export interface QueryTerm {
  readonly field: string;
  readonly op: QueryOperator;
  readonly value: string | readonly string[];
}

export interface DrillDown {
  readonly table: string;
  readonly query: string;
  /** The hub's list route for the table; append `?sysparm_query=` + the encoded query (or use href). */
  readonly route: string;
  readonly href: string;
}

/** A caret inside a value is written `^^`, as ServiceNow escapes it, so it cannot split the query. */
function escapeValue(value: string): string {
  return value.replace(/\^/g, '^^');
}

export function encodeQuery(terms: readonly QueryTerm[]): string {
  return terms
    .map((term) => {
      const value = typeof term.value === 'string' ? escapeValue(term.value) : term.value.map(escapeValue).join(',');
      return `${term.field}${term.op}${value}`;
    })
    .join('^');
}

/** The hub's list route for each table a chart can drill into (same paths on both hosts). */
const LIST_ROUTES: Readonly<Record<string, string>> = {
  x_eih_integration_run: '/runs',
  x_eih_import_queue_entry: '/queue-entries',
  x_eih_connector: '/connectors',
  x_eih_connector_log: '/logs',
  x_eih_vulnerable_item: '/vulnerable-items',
  x_eih_asset: '/assets',
};

export function listRouteOf(table: string): string {
  return `${HUB_API_BASE}${LIST_ROUTES[table] ?? `/table/${table}`}`;
}

export function drillDown(table: string, terms: readonly QueryTerm[]): DrillDown {
  const query = encodeQuery(terms);
  const route = listRouteOf(table);
  return { table, query, route, href: `${route}?sysparm_query=${encodeURIComponent(query)}` };
}

/** Half-open instant range of UTC days [fromDay, toDay] (inclusive days), as two query terms. */
export function dayRangeTerms(field: string, fromDay: string, toDay: string = fromDay): QueryTerm[] {
  const first = daysOfDayKey(fromDay);
  const last = daysOfDayKey(toDay);
  // A bad key is a programming error in the caller; an empty range (from > to) matches nothing.
  const start = (first ?? 0) * DAY_MS;
  const end = ((last ?? -1) + 1) * DAY_MS;
  return [
    { field, op: '>=', value: isoOfEpoch(start) },
    { field, op: '<', value: isoOfEpoch(end) },
  ];
}

function connectorTerm(connector: string | null | undefined): QueryTerm[] {
  return connector === null || connector === undefined || connector === '' ? [] : [{ field: 'connector', op: '=', value: connector }];
}

export interface RunsSelection {
  /** One integration, or every integration when omitted. */
  readonly connector?: string | null;
  /** Which bar: succeeded, failed (failed + timed out), or both. */
  readonly outcome?: 'succeeded' | 'failed';
  readonly fromDay: string;
  readonly toDay?: string;
}

/**
 * The runs behind a runs bar (one day) or a total (a window). Runs are counted on the UTC day they
 * ENDED (that is when `dailyMetricDelta` adds them), so the list filters on `ended`.
 */
export function runsDrillDown(selection: RunsSelection): DrillDown {
  const outcome: QueryTerm[] =
    selection.outcome === 'succeeded'
      ? [{ field: 'substate', op: '=', value: 'succeeded' }]
      : selection.outcome === 'failed'
        ? [{ field: 'substate', op: 'IN', value: FAILED_SUBSTATES }]
        : [];
  return drillDown(integrationRunTable.name, [
    ...connectorTerm(selection.connector),
    { field: 'state', op: '=', value: 'complete' },
    ...outcome,
    ...dayRangeTerms('ended', selection.fromDay, selection.toDay),
  ]);
}

/** The connectors in a last-run pie slice; null for an empty slice (nothing to open). */
export function outcomeSliceDrillDown(connectors: readonly ConnectorRow[], slice: OutcomeSlice): DrillDown | null {
  const ids = connectors.filter((c) => outcomeOfStatus(c.last_run_status) === slice).map((c) => c.sys_id);
  return ids.length === 0 ? null : drillDown(connectorTable.name, [{ field: 'sys_id', op: 'IN', value: ids }]);
}

export type IngestionMetric = LatencyMetric;

/**
 * The records behind an ingestion highlight: queue entries that finished processing in the window
 * (queue times), or runs that ended in it (REST API time) — the same instants the samples carry.
 */
export function ingestionDrillDown(metric: IngestionMetric, fromDay: string, toDay: string, connector?: string | null): DrillDown {
  if (metric === 'rest_api') {
    return drillDown(integrationRunTable.name, [
      ...connectorTerm(connector),
      { field: 'state', op: '=', value: 'complete' },
      ...dayRangeTerms('ended', fromDay, toDay),
    ]);
  }
  return drillDown(importQueueEntryTable.name, [...connectorTerm(connector), ...dayRangeTerms('processing_ended', fromDay, toDay)]);
}

/** The runs behind a processing-health point: every completed run that ended that day. */
export function processingPointDrillDown(day: string, connector?: string | null): DrillDown {
  return drillDown(integrationRunTable.name, [
    ...connectorTerm(connector),
    { field: 'state', op: '=', value: 'complete' },
    ...dayRangeTerms('ended', day),
  ]);
}

/** The runs of one integration (a row of the integrations table). */
export function connectorRunsDrillDown(connector: string): DrillDown {
  return drillDown(integrationRunTable.name, connectorTerm(connector));
}

/** Any clickable part of the dashboard, as the UI knows it. */
export type ChartElement =
  | ({ readonly chart: 'runs' } & RunsSelection)
  | { readonly chart: 'last_run'; readonly slice: OutcomeSlice; readonly connectors: readonly ConnectorRow[] }
  | { readonly chart: 'ingestion'; readonly metric: IngestionMetric; readonly fromDay: string; readonly toDay: string; readonly connector?: string | null }
  | { readonly chart: 'processing'; readonly day: string; readonly connector?: string | null }
  | { readonly chart: 'integration'; readonly connector: string };

/** The list behind any chart element; null when the element is empty (an empty pie slice). */
export function drillDownQuery(element: ChartElement): DrillDown | null {
  switch (element.chart) {
    case 'runs':
      return runsDrillDown(element);
    case 'last_run':
      return outcomeSliceDrillDown(element.connectors, element.slice);
    case 'ingestion':
      return ingestionDrillDown(element.metric, element.fromDay, element.toDay, element.connector);
    case 'processing':
      return processingPointDrillDown(element.day, element.connector);
    case 'integration':
      return connectorRunsDrillDown(element.connector);
  }
}
