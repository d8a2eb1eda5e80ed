/** Retention: connector logs after `x_eih.logs.retention_days`, processed page payloads after theirs. */
import type { Kysely } from 'kysely';
import { readProperties } from '../store/property-store';
import type { Row } from '../store/record-codec';
import { isoNow, type EngineDeps } from './engine-deps';

const DAY_MS = 24 * 60 * 60_000;

export async function pruneRetention(deps: EngineDeps): Promise<{ logs: number; payloads: number }> {
  const db = deps.records.db as unknown as Kysely<Record<string, Row>>;
  const properties = await readProperties(deps.records);
  const now = deps.clock();
  const logCutoff = new Date(now - properties['x_eih.logs.retention_days'] * DAY_MS).toISOString();
  const payloadCutoff = new Date(now - properties['x_eih.queue.payload_retention_days'] * DAY_MS).toISOString();
  const logs = await db.deleteFrom('x_eih_connector_log').where('created', '<', logCutoff).executeTakeFirst();
  const pruned = db.selectFrom('x_eih_import_queue_entry').select('sys_id').where('state', '=', 'processed').where('processing_ended', '<', payloadCutoff);
  const pages = await db.deleteFrom('x_eih_page_payload').where('entry', 'in', pruned).executeTakeFirst();
  await db
    .updateTable('x_eih_import_queue_entry')
    .set({ payload_pruned: deps.records.dialect === 'sqlite' ? 1 : true, sys_updated_on: isoNow(deps) })
    .where('state', '=', 'processed')
    .where('processing_ended', '<', payloadCutoff)
    .where('payload_pruned', '=', deps.records.dialect === 'sqlite' ? 0 : false)
    .execute();
  const payloads = await db
    .updateTable('x_eih_import_queue_entry')
    .set({ payload: null, payload_pruned: deps.records.dialect === 'sqlite' ? 1 : true, sys_updated_on: isoNow(deps) })
    .where('state', '=', 'processed')
    .where('processing_ended', '<', payloadCutoff)
    .where('payload', 'is not', null)
    .executeTakeFirst();
  return { logs: Number(logs.numDeletedRows), payloads: Number(pages.numDeletedRows) + Number(payloads.numUpdatedRows) };
}
