import { fail, ok, type Result } from '../../../src-shared/core/result';
import {
  dayWindow,
  ingestionHealth,
  integrationsTable,
  processingHealth,
  runsPerIntegration,
  type WindowDays,
} from '../../../src-shared/metrics';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { dailyLatencyTable } from '../../../src-shared/model/tables/daily-latency';
import { dailyLatencyTotalTable } from '../../../src-shared/model/tables/daily-latency-total';
import { dailyMetricTable } from '../../../src-shared/model/tables/daily-metric';
import { list } from '../glide/glide-store';
import { coreContext } from '../instance-context';
import { answer, type HubAnswer, type HubCall } from './hub-http';

/** The dashboard: rows queried with GlideRecord, every number computed by src-shared/metrics. */

function windowOf(call: HubCall): Result<WindowDays> {
  const text = call.query('window') ?? '7';
  if (text !== '7' && text !== '30') return fail('invalid_query', `window must be 7 or 30 days, got '${text}'`, 400);
  return ok(Number(text) as WindowDays);
}

function connectorFilter(call: HubCall): string | null {
  const id = call.query('connector');
  return id === undefined || id === '' ? null : id;
}

/** Daily rows of `windows` windows back from today (the trend compares with the previous one). */
function metricRows(days: WindowDays, windows: number) {
  const from = dayWindow(coreContext().now, days, windows - 1).from;
  return list(dailyMetricTable, { query: `day>=${from}`, limit: 100_000 });
}

export function dashboardRuns(call: HubCall): Result<HubAnswer> {
  const days = windowOf(call);
  if (!days.ok) return days;
  const connectors = list(connectorTable, { limit: 10_000 });
  return answer(runsPerIntegration({ metrics: metricRows(days.value, 1), connectors, windowDays: days.value, connector: connectorFilter(call) }, coreContext()));
}

export function dashboardProcessing(call: HubCall): Result<HubAnswer> {
  const days = windowOf(call);
  if (!days.ok) return days;
  return answer(processingHealth({ metrics: metricRows(days.value, 2), windowDays: days.value, connector: connectorFilter(call) }, coreContext()));
}

export function dashboardIngestion(call: HubCall): Result<HubAnswer> {
  const days = windowOf(call);
  if (!days.ok) return days;
  const ctx = coreContext();
  const connector = connectorFilter(call);
  // Both windows' daily histograms (the trend compares with the previous one), never the entries:
  // one connector's rows, or the all-connectors rows (3 a day, however many connectors).
  const from = dayWindow(ctx.now, days.value, 1).from;
  const latency =
    connector === null ? list(dailyLatencyTotalTable, { query: `day>=${from}`, limit: 100_000 }) : list(dailyLatencyTable, { query: `day>=${from}`, where: { connector }, limit: 100_000 });
  return answer(ingestionHealth({ latency, windowDays: days.value, connector }, ctx));
}

export function dashboardIntegrations(_call: HubCall): Result<HubAnswer> {
  return answer(integrationsTable(list(connectorTable, { limit: 10_000 })));
}
