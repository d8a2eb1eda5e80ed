/**
 * `dashboard`: latency of every dashboard route over a store holding the issue's history (100,000
 * runs, 1,000,000 queue entries, 1,000,000 vulnerable items over 30 days and 50 connectors, with
 * matching daily metric and daily latency rows), through the real app on a loopback port with
 * bearer auth.
 */
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';
import { openBenchStore } from './bench-store';
import { startApiServer } from './api-server';
import { seedDashboardHistory, ISSUE_DASHBOARD_SIZES, type DashboardSizes } from './dashboard-seed';
import { percentileMs, timeSequential } from './latency';

export const DASHBOARD_ROUTES = ['/dashboard/runs?days=7', '/dashboard/runs?days=30', '/dashboard/ingestion?days=7', '/dashboard/ingestion?days=30', '/dashboard/processing?days=30', '/dashboard/integrations'] as const;
/** One integration chosen: the ingestion route then reads that connector's rows, not the all-connectors rows. */
const ONE_CONNECTOR_ROUTE = '/dashboard/ingestion?days=30&connector=<first>';
export const DASHBOARD_TARGET_P95_MS = 50;

export function dashboardSizes(args: BenchArgs): DashboardSizes {
  return {
    connectors: Math.round(numberFlag(args, 'connectors', ISSUE_DASHBOARD_SIZES.connectors)),
    runs: Math.round(numberFlag(args, 'runs', ISSUE_DASHBOARD_SIZES.runs)),
    entries: Math.round(numberFlag(args, 'entries', ISSUE_DASHBOARD_SIZES.entries)),
    items: Math.round(numberFlag(args, 'items', ISSUE_DASHBOARD_SIZES.items)),
    days: ISSUE_DASHBOARD_SIZES.days,
  };
}

export async function runDashboardBench(args: BenchArgs) {
  const sizes = dashboardSizes(args);
  const requests = Math.round(numberFlag(args, 'requests', 20));
  const store = await openBenchStore('sqlite');
  const now = Date.now();
  store.setClock(() => now);
  try {
    note(`dashboard: seeding ${sizes.runs.toLocaleString('en-US')} runs, ${sizes.entries.toLocaleString('en-US')} entries, ${sizes.items.toLocaleString('en-US')} items over ${sizes.connectors} connectors`);
    const seeded = seedDashboardHistory(store.location, sizes, now);
    note(`seeded in ${seeded.seconds.toFixed(1)} s; timing ${requests} requests per route`);
    const server = await startApiServer(store.services);
    try {
      const perRoute: Record<string, { p50_ms: number; p95_ms: number; max_ms: number }> = {};
      const all: number[] = [];
      const routes = [...DASHBOARD_ROUTES, ONE_CONNECTOR_ROUTE];
      for (const route of routes) {
        const path = route.replace('<first>', seeded.connectorIds[0] ?? '');
        const times = await timeSequential(requests, 2, async () => {
          const response = await fetch(`${server.baseUrl}${path}`, { headers: server.headers });
          if (response.status !== 200) throw new Error(`${route} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
          await response.arrayBuffer();
        });
        perRoute[route] = { p50_ms: round(percentileMs(times, 50), 1), p95_ms: round(percentileMs(times, 95), 1), max_ms: round(Math.max(...times), 1) };
        all.push(...times);
      }
      const result = {
        runs: sizes.runs,
        entries: sizes.entries,
        items: sizes.items,
        p50_ms: round(percentileMs(all, 50), 1),
        p95_ms: round(percentileMs(all, 95), 1),
        connectors: sizes.connectors,
        requests_per_route: requests,
        seed_seconds: round(seeded.seconds, 1),
        routes: perRoute,
      };
      printTable(`dashboard: ${sizes.runs.toLocaleString('en-US')} runs, ${sizes.entries.toLocaleString('en-US')} entries, ${sizes.items.toLocaleString('en-US')} items`, [
        ...routes.map((route) => ({ metric: `${route} p50 / p95 (ms)`, value: `${perRoute[route]?.p50_ms} / ${perRoute[route]?.p95_ms}`, target: `p95 ≤ ${DASHBOARD_TARGET_P95_MS}`, met: (perRoute[route]?.p95_ms ?? Infinity) <= DASHBOARD_TARGET_P95_MS })),
        { metric: 'all routes p50 (ms)', value: result.p50_ms },
        { metric: 'all routes p95 (ms)', value: result.p95_ms, target: `≤ ${DASHBOARD_TARGET_P95_MS}`, met: result.p95_ms <= DASHBOARD_TARGET_P95_MS },
      ]);
      return result;
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}
