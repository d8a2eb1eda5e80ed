/**
 * `/dashboard/*`: the integration review dashboard. The store reads only pre-aggregated daily rows
 * (counters and latency histograms, maintained as runs complete); every number is computed by the
 * core's metrics.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ingestionHealth } from '../../../src-shared/metrics/ingestion-health';
import { integrationsTable } from '../../../src-shared/metrics/integrations-table';
import { dayWindow } from '../../../src-shared/metrics/metric-rows';
import { processingHealth } from '../../../src-shared/metrics/processing-health';
import { runsPerIntegration } from '../../../src-shared/metrics/runs-per-integration';
import { connectorTable } from '../../../src-shared/model/tables';
import type { HostServices } from '../host-services';
import type { Row } from '../store/record-codec';
import { defineRoute } from './openapi-routes';

const DAY_MS = 24 * 60 * 60_000;
const TAG = 'Dashboard';
const windowQuery = z.strictObject({
  days: z.enum(['7', '30']).default('7'),
  connector: z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character sys_id').optional(),
});
const processingQuery = z.strictObject({
  days: z.enum(['7', '30']).default('30'),
  connector: z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character sys_id').optional(),
});
const anyResult = z.record(z.string(), z.unknown());

export function registerDashboardRoutes(app: OpenAPIHono, services: HostServices): void {
  const db = services.records.db as unknown as Kysely<Record<string, Row>>;
  const dayKey = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const dailyRows = async (days: number, connector?: string) => {
    let query = db.selectFrom('x_eih_daily_metric').selectAll().where('day', '>=', dayKey(services.clock() - days * DAY_MS));
    if (connector) query = query.where('connector', '=', connector);
    return (await query.execute()) as never[];
  };
  const connectors = async () => (await services.records.findBy(connectorTable, {})) as never[];

  defineRoute(app, { method: 'get', path: '/dashboard/runs', tag: TAG, summary: 'Runs per integration, succeeded vs failed, for 7 or 30 days', query: windowQuery, response: anyResult }, async ({ c, query }) => {
    const windowDays = Number(query.days) as 7 | 30;
    const result = runsPerIntegration({ metrics: await dailyRows(windowDays, query.connector), connectors: await connectors(), windowDays, connector: query.connector ?? null }, { now: services.clock() });
    return c.json({ result }, 200);
  });

  defineRoute(app, { method: 'get', path: '/dashboard/ingestion', tag: TAG, summary: 'Import queue processing time, queue wait time and REST API time, with trend', query: windowQuery, response: anyResult }, async ({ c, query }) => {
    const windowDays = Number(query.days) as 7 | 30;
    const now = services.clock();
    // Both windows' daily histograms (the trend compares with the previous one): one connector's
    // rows, or the all-connectors rows (3 a day, however many connectors there are).
    const from = dayWindow(now, windowDays, 1).from;
    const columns = ['day', 'metric', 'samples', 'total_ms', 'min_ms', 'max_ms', 'buckets'] as const;
    const rows = query.connector
      ? db.selectFrom('x_eih_daily_latency').select(['connector', ...columns]).where('connector', '=', query.connector).where('day', '>=', from)
      : db.selectFrom('x_eih_daily_latency_total').select([...columns]).where('day', '>=', from);
    const latency = (await rows.execute()) as never[];
    return c.json({ result: ingestionHealth({ latency, windowDays, connector: query.connector ?? null }, { now }) }, 200);
  });

  defineRoute(app, { method: 'get', path: '/dashboard/processing', tag: TAG, summary: 'Processing health per stage per day, deviations flagged', query: processingQuery, response: anyResult }, async ({ c, query }) => {
    const windowDays = Number(query.days) as 7 | 30;
    const result = processingHealth({ metrics: await dailyRows(windowDays, query.connector), windowDays, connector: query.connector ?? null }, { now: services.clock() });
    return c.json({ result }, 200);
  });

  defineRoute(app, { method: 'get', path: '/dashboard/integrations', tag: TAG, summary: 'The integrations table (Name, Active, Run, Day, Time, Last run status, Notes)', response: z.array(anyResult) }, async ({ c }) => {
    return c.json({ result: integrationsTable(await connectors()) }, 200);
  });
}
