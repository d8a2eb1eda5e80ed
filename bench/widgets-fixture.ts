/**
 * The dashboard's four answers for 50 integrations over 30 days, produced by the real routes over
 * a seeded store (so the widget renders exactly what the hub would send).
 */
import { API_BASE } from '../src-server/node/http/api-base';
import { createBenchApp } from './api-server';
import { openBenchStore } from './bench-store';
import { seedDashboardHistory } from './dashboard-seed';

export type DashboardFixture = Record<'runs' | 'ingestion' | 'processing' | 'integrations', unknown>;

export async function dashboardFixture(connectors: number, days: number): Promise<DashboardFixture> {
  const store = await openBenchStore('sqlite');
  const now = Date.now();
  store.setClock(() => now);
  try {
    // Two runs per integration per day, ten queue entries per run.
    const runs = connectors * days * 2;
    seedDashboardHistory(store.location, { connectors, runs, entries: runs * 10, items: connectors * 20, days }, now);
    const { app, headers } = await createBenchApp(store.services);
    const get = async (path: string) => {
      const response = await app.request(`${API_BASE}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return (await response.json()) as unknown;
    };
    return {
      runs: await get('/dashboard/runs?days=7'),
      ingestion: await get('/dashboard/ingestion?days=7'),
      processing: await get('/dashboard/processing?days=30'),
      integrations: await get('/dashboard/integrations'),
    };
  } finally {
    await store.close();
  }
}
