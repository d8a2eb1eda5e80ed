/** `/metrics`: Prometheus text for scrapers: runs, entries, records, durations, queue depth. */
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { HostServices } from '../host-services';
import type { Row } from '../store/record-codec';
import { API_BASE } from './api-base';

function line(name: string, value: number, labels: Record<string, string> = {}): string {
  const text = Object.entries(labels)
    .map(([key, v]) => `${key}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');
  return `${name}${text ? `{${text}}` : ''} ${Number.isFinite(value) ? value : 0}`;
}

export function registerMetricsRoute(app: Hono, services: HostServices): void {
  const db = services.records.db as unknown as Kysely<Record<string, Row>>;
  app.get(`${API_BASE}/metrics`, async (c) => {
    const runs = await db.selectFrom('x_eih_integration_run').select(['state', 'substate', (eb) => eb.fn.countAll<number>().as('n')]).groupBy(['state', 'substate']).execute();
    const entries = await db.selectFrom('x_eih_import_queue_entry').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
    const totals = await db
      .selectFrom('x_eih_integration_run')
      .select((eb) => [
        eb.fn.sum<number>('records_fetched').as('fetched'),
        eb.fn.sum<number>('records_processed').as('processed'),
        eb.fn.sum<number>('records_rejected').as('rejected'),
        eb.fn.sum<number>('rest_api_ms').as('rest_api_ms'),
        eb.fn.sum<number>('queue_wait_ms').as('queue_wait_ms'),
        eb.fn.sum<number>('queue_processing_ms').as('queue_processing_ms'),
      ])
      .executeTakeFirstOrThrow();
    const items = await db.selectFrom('x_eih_vulnerable_item').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const out = [
      '# HELP eih_runs Integration runs by state and substate.',
      '# TYPE eih_runs gauge',
      ...runs.map((row) => line('eih_runs', Number(row.n), { state: String(row.state), substate: String(row.substate) })),
      '# HELP eih_queue_entries Import queue entries by state (queued + processing = queue depth).',
      '# TYPE eih_queue_entries gauge',
      ...entries.map((row) => line('eih_queue_entries', Number(row.n), { state: String(row.state) })),
      '# HELP eih_records_total Records over all runs.',
      '# TYPE eih_records_total counter',
      line('eih_records_total', Number(totals.fetched ?? 0), { kind: 'fetched' }),
      line('eih_records_total', Number(totals.processed ?? 0), { kind: 'processed' }),
      line('eih_records_total', Number(totals.rejected ?? 0), { kind: 'rejected' }),
      '# HELP eih_duration_seconds_total Time spent over all runs.',
      '# TYPE eih_duration_seconds_total counter',
      line('eih_duration_seconds_total', Number(totals.rest_api_ms ?? 0) / 1000, { kind: 'rest_api' }),
      line('eih_duration_seconds_total', Number(totals.queue_wait_ms ?? 0) / 1000, { kind: 'queue_wait' }),
      line('eih_duration_seconds_total', Number(totals.queue_processing_ms ?? 0) / 1000, { kind: 'queue_processing' }),
      '# HELP eih_vulnerable_items Vulnerable items stored.',
      '# TYPE eih_vulnerable_items gauge',
      line('eih_vulnerable_items', Number(items.n)),
    ];
    return c.text(`${out.join('\n')}\n`, 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
}
