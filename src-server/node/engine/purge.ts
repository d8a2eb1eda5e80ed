/**
 * Deleting a connector purges everything it imported, in batches so a large purge never holds one
 * giant transaction; the connector stays `deleting` until the end, so a crash mid-purge resumes
 * at the next start. Assets go only when no other connector still reports them.
 */
import type { Kysely } from 'kysely';
import type { Row } from '../store/record-codec';
import { refreshLatencyTotals } from './daily-latency-store';
import type { EngineDeps } from './engine-deps';

type Db = Kysely<Record<string, Row>>;
const BATCH = 1000;

async function deleteInBatches(db: Db, table: string, column: string, value: string): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await db.selectFrom(table).select('sys_id').where(column, '=', value).limit(BATCH).execute();
    if (ids.length === 0) return total;
    await db.deleteFrom(table).where('sys_id', 'in', ids.map((row) => row.sys_id as string)).execute();
    total += ids.length;
  }
}

export async function purgeConnectorData(deps: EngineDeps, connectorId: string): Promise<Record<string, number>> {
  const db = deps.records.db as unknown as Db;
  const removed: Record<string, number> = {};
  removed.page_payloads = await deleteInBatches(db, 'x_eih_page_payload', 'connector', connectorId);
  removed.queue_entries = await deleteInBatches(db, 'x_eih_import_queue_entry', 'connector', connectorId);
  removed.vulnerable_items = await deleteInBatches(db, 'x_eih_vulnerable_item', 'connector', connectorId);
  // Assets this connector reported that nothing else references any more.
  const synced = await db.selectFrom('x_eih_asset_sync').select('asset').where('connector', '=', connectorId).execute();
  removed.asset_syncs = await deleteInBatches(db, 'x_eih_asset_sync', 'connector', connectorId);
  let assets = 0;
  const candidates = synced.map((row) => String(row.asset));
  for (let i = 0; i < candidates.length; i += BATCH) {
    const slice = candidates.slice(i, i + BATCH);
    const stillUsed = new Set(
      [
        ...(await db.selectFrom('x_eih_asset_sync').select('asset').where('asset', 'in', slice).execute()),
        ...(await db.selectFrom('x_eih_vulnerable_item').select('asset').where('asset', 'in', slice).execute()),
      ].map((row) => String(row.asset)),
    );
    const orphans = slice.filter((id) => !stillUsed.has(id));
    if (orphans.length > 0) await db.deleteFrom('x_eih_asset').where('sys_id', 'in', orphans).execute();
    assets += orphans.length;
  }
  removed.assets = assets;
  removed.runs = await deleteInBatches(db, 'x_eih_integration_run', 'connector', connectorId);
  removed.logs = await deleteInBatches(db, 'x_eih_connector_log', 'connector', connectorId);
  removed.status_mappings = await deleteInBatches(db, 'x_eih_status_mapping', 'connector', connectorId);
  removed.projects = await deleteInBatches(db, 'x_eih_connector_project', 'connector', connectorId);
  removed.daily_metrics = await deleteInBatches(db, 'x_eih_daily_metric', 'connector', connectorId);
  removed.daily_latencies = await deleteInBatches(db, 'x_eih_daily_latency', 'connector', connectorId);
  // Every day's all-connectors latency again without this connector (all days: after a crash the
  // resumed purge no longer knows which ones it held).
  await refreshLatencyTotals(deps, 'all', new Date(deps.clock()).toISOString());
  deps.logger.info({ connector: connectorId, removed }, 'connector data purged');
  return removed;
}
