/**
 * Dashboard fixtures built by CALLING the core's metric functions on synthetic rows, so they
 * cannot drift from the shapes the hosts serve.
 */
import type { CoreContext } from '../../../src-shared/core/context';
import { ingestionHealth } from '../../../src-shared/metrics/ingestion-health';
import type { IngestionSample } from '../../../src-shared/metrics/ingestion-samples';
import { dailyLatencyRowsOfSamples } from '../../../src-shared/metrics/latency-rollup';
import { integrationsTable } from '../../../src-shared/metrics/integrations-table';
import type { ConnectorRow, DailyMetricRow } from '../../../src-shared/metrics/metric-rows';
import { processingHealth } from '../../../src-shared/metrics/processing-health';
import { runsPerIntegration } from '../../../src-shared/metrics/runs-per-integration';
import { DAY_MS, dayKeyOfDays } from '../../../src-shared/schedule/civil-time';
import type { FakeHub } from './fake-hub';
import type { DashboardData } from '../../../src-widgets/dashboard/eih-integration-dashboard';

export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const ctx: CoreContext = { now: NOW };
const STATUSES = ['succeeded', 'failed', 'succeeded', 'timed_out', '', 'cancelled', 'running'];

export function sysId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

export function connectors(count: number, name: (i: number) => string = (i) => `Tenable VM ${i + 1}`): ConnectorRow[] {
  return Array.from({ length: count }, (_, i) => ({
    sys_id: sysId(i + 1),
    name: name(i),
    active: i % 5 !== 4,
    status: 'connected',
    schedule_run: i % 3 === 0 ? 'weekly' : 'daily',
    schedule_day: i % 3 === 0 ? 'monday' : null,
    schedule_time: '02:00',
    schedule_timezone: 'UTC',
    last_run_status: STATUSES[i % STATUSES.length] ?? '',
    notes: i === 0 ? 'Primary scanner' : null,
  }));
}

export function dailyMetrics(list: readonly ConnectorRow[], days = 30): DailyMetricRow[] {
  const today = Math.floor(NOW / DAY_MS);
  const rows: DailyMetricRow[] = [];
  list.forEach((c, ci) => {
    for (let d = 0; d < days; d++) {
      const spike = d === 27 && ci === 0 ? 20 : 1;
      rows.push({
        connector: c.sys_id,
        day: dayKeyOfDays(today - d),
        runs_succeeded: (ci + d) % 4,
        runs_failed: (ci + d) % 7 === 0 ? 1 : 0,
        records: 1000,
        ci_lookup_ms: 2000 * (d === 0 && ci === 0 ? 40 : 1),
        vi_creation_ms: 3000,
        risk_rules_ms: 1000 * spike,
        assignment_rules_ms: 500 + d * 3,
        remediation_task_rules_ms: 800,
      });
    }
  });
  return rows;
}

export function samples(list: readonly ConnectorRow[]): IngestionSample[] {
  const out: IngestionSample[] = [];
  list.forEach((c, ci) => {
    for (let d = 0; d < 14; d++) {
      const at = NOW - d * DAY_MS - 3600_000;
      const slower = d < 7 ? 1.5 : 1;
      out.push({ metric: 'queue_processing', at, ms: (40_000 + ci * 100) * slower, connector: c.sys_id });
      out.push({ metric: 'queue_wait', at, ms: 2_000 + ci, connector: c.sys_id });
      out.push({ metric: 'rest_api', at, ms: (d < 7 ? 800 : 1200) + ci, connector: c.sys_id });
    }
  });
  return out;
}

export function dashboardData(count = 6, days: 7 | 30 = 7, name?: (i: number) => string): DashboardData {
  const list = connectors(count, name);
  const metrics = dailyMetrics(list);
  return {
    runs: runsPerIntegration({ metrics, connectors: list, windowDays: days }, ctx),
    ingestion: ingestionHealth({ latency: dailyLatencyRowsOfSamples(samples(list)), windowDays: days }, ctx),
    processing: processingHealth({ metrics }, ctx),
    integrations: integrationsTable(list),
  };
}

/** Installs the dashboard routes on a fake hub. */
export function dashboardRoutes(hub: FakeHub, count = 6, name?: (i: number) => string): void {
  hub.on('GET', '/dashboard/runs', (call) => ({ result: dashboardData(count, call.query.get('days') === '30' ? 30 : 7, name).runs }));
  hub.on('GET', '/dashboard/ingestion', (call) => ({ result: dashboardData(count, call.query.get('days') === '30' ? 30 : 7, name).ingestion }));
  hub.on('GET', '/dashboard/processing', { result: dashboardData(count, 7, name).processing });
  hub.on('GET', '/dashboard/integrations', { result: dashboardData(count, 7, name).integrations });
}
