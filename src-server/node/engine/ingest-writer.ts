/**
 * The batched writes of page processing: one statement shape per stage per batch (bulk-write.ts:
 * multi-row VALUES on SQLite, unnest arrays on PostgreSQL), inside the batch's transaction.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { LookupKey } from '../../../src-shared/rules/asset-matching';
import type { AssetCandidate } from '../../../src-shared/rules/asset-matching';
import type { NormalizedAsset } from '../../../src-shared/rules/normalized';
import type { ItemStatus } from '../../../src-shared/rules/status-mapping';
import { newAssetColumns, type ItemWrite, type TaskPlan } from '../../../src-shared/pipeline/page-stages';
import { assetSyncTable, assetTable, remediationTaskTable, vulnerableItemTable } from '../../../src-shared/model/tables';
import { bulkWrite, type BulkShape } from '../store/bulk-write';
import type { StoreDialect } from '../store/dialect';
import type { Row } from '../store/record-codec';
import { newSysId } from '../store/sys-id';

export type Tx = Transaction<Record<string, Row>> | Kysely<Record<string, Row>>;

const bool = (dialect: StoreDialect, value: boolean) => (dialect === 'sqlite' ? (value ? 1 : 0) : value);
const SYSTEM = ['sys_id', 'sys_created_on', 'sys_updated_on'] as const;

export async function findAssetCandidates(tx: Tx, keys: readonly LookupKey[]): Promise<AssetCandidate[]> {
  const byField = new Map<string, string[]>();
  for (const key of keys) {
    const values = byField.get(key.field);
    if (values) values.push(key.value);
    else byField.set(key.field, [key.value]);
  }
  if (byField.size === 0) return [];
  const rows = await tx
    .selectFrom('x_eih_asset')
    .select(['sys_id', 'tenable_uuid', 'fqdn', 'hostname', 'ipv4', 'criticality'])
    .where((eb) => eb.or([...byField.entries()].map(([field, values]) => eb(field, 'in', values))))
    .execute();
  return rows.map((row) => ({ id: String(row.sys_id), tenable_uuid: row.tenable_uuid as string | null, fqdn: row.fqdn as string | null, hostname: row.hostname as string | null, ipv4: row.ipv4 as string | null, criticality: row.criticality }));
}

const ASSET_COLUMNS = ['tenable_uuid', 'hostname', 'fqdn', 'ipv4', 'ipv6', 'mac', 'netbios', 'os'] as const satisfies readonly (keyof ReturnType<typeof newAssetColumns>)[];
const NEW_ASSET: BulkShape = { table: assetTable, columns: [...SYSTEM, ...ASSET_COLUMNS, 'criticality'] };

/** New CIs are stored with normalised match keys, so later lookups are plain equality. */
export async function createAssets(tx: Tx, dialect: StoreDialect, assets: readonly NormalizedAsset[], nowIso: string): Promise<string[]> {
  const ids = assets.map(() => newSysId());
  const rows = assets.map((asset, i) => {
    const columns = newAssetColumns(asset);
    return [ids[i], nowIso, nowIso, ...ASSET_COLUMNS.map((name) => columns[name]), 'medium'];
  });
  await bulkWrite(tx, dialect, NEW_ASSET, rows);
  return ids as string[];
}

const ASSET_SYNC: BulkShape = {
  table: assetSyncTable,
  columns: [...SYSTEM, 'asset', 'connector', 'sync_status', 'last_synced', 'error'],
  conflict: { columns: ['connector', 'asset'], update: ['sync_status', 'last_synced', 'error', 'sys_updated_on'] },
};

export async function markAssetsSynced(tx: Tx, dialect: StoreDialect, connector: string, assetIds: readonly string[], nowIso: string): Promise<void> {
  const rows = [...new Set(assetIds)].map((asset) => [newSysId(), nowIso, nowIso, asset, connector, 'synced', nowIso, null]);
  await bulkWrite(tx, dialect, ASSET_SYNC, rows);
}

export async function findExistingItems(tx: Tx, dialect: StoreDialect, connector: string, dedupeKeys: readonly string[]): Promise<Map<string, ItemStatus>> {
  const found = new Map<string, ItemStatus>();
  const keys = [...new Set(dedupeKeys)];
  const rows = dialect === 'postgres' ? await existingItemsByProbe(tx, connector, keys) : await existingItemsByList(tx, connector, keys);
  for (const row of rows) found.set(String(row.dedupe_key), { remote_state: row.remote_state, local_status: row.local_status, mapping_version: Number(row.mapping_version ?? 1) } as ItemStatus);
  return found;
}

async function existingItemsByList(tx: Tx, connector: string, keys: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const slice of chunks(keys, 500)) {
    rows.push(...(await tx.selectFrom('x_eih_vulnerable_item').select(['dedupe_key', 'remote_state', 'local_status', 'mapping_version']).where('connector', '=', connector).where('dedupe_key', 'in', slice).execute()));
  }
  return rows;
}

/**
 * One unique-index probe per key, whatever the table's statistics. With an IN list, PostgreSQL's
 * planner read every item of the connector and filtered: before the first ANALYZE (a fresh
 * table mid-import) it believed the connector had a few rows, after it that a scan beat 500
 * probes. Either way the cost grew with the table on every batch (24 ms a batch at 100,000
 * items). `offset 0` keeps the lateral subquery from being flattened into a join (which without
 * statistics became a hash join over the same scan), so each key is an equality on the whole
 * unique key: an index probe at any table size.
 */
async function existingItemsByProbe(tx: Tx, connector: string, keys: readonly string[]): Promise<Row[]> {
  const result = await sql<Row>`
    select vi.dedupe_key, vi.remote_state, vi.local_status, vi.mapping_version
    from unnest(${keys}::text[]) as wanted(key)
    cross join lateral (
      select dedupe_key, remote_state, local_status, mapping_version from x_eih_vulnerable_item
      where connector = ${connector} and dedupe_key = wanted.key
      offset 0
    ) vi`.execute(tx);
  return result.rows;
}

const NEW_TASK: BulkShape = {
  table: remediationTaskTable,
  columns: [...SYSTEM, 'group_key', 'short_description', 'plugin_id', 'assignment_group', 'state', 'item_count'],
  conflict: { columns: ['group_key'], update: [] },
};

export async function upsertTasks(tx: Tx, dialect: StoreDialect, tasks: readonly TaskPlan[], nowIso: string): Promise<Map<string, string>> {
  const unique = new Map<string, TaskPlan>();
  for (const task of tasks) unique.set(task.group_key, task);
  const ids = new Map<string, string>();
  if (unique.size === 0) return ids;
  // Workers share tasks across pages: writing them in key order means two batches wait for each
  // other's rows in the same order, never in a cycle (a deadlock on PostgreSQL).
  const rows = [...unique.values()].sort(byGroupKey).map((task) => [newSysId(), nowIso, nowIso, task.group_key, task.short_description, task.plugin_id, task.assignment_group, 'open', 0]);
  await bulkWrite(tx, dialect, NEW_TASK, rows);
  for (const slice of chunks([...unique.keys()], 500)) {
    const found = await tx.selectFrom('x_eih_remediation_task').select(['sys_id', 'group_key']).where('group_key', 'in', slice).execute();
    for (const row of found) ids.set(String(row.group_key), String(row.sys_id));
  }
  return ids;
}

export interface ItemRow {
  readonly write: ItemWrite;
  readonly asset: string;
  readonly riskScore: number;
  readonly group: string | null;
  readonly task: string | null;
}

/** What a finding writes (ItemWrite), in one fixed order; exploit_available needs the dialect's boolean. */
const WRITE_COLUMNS = [
  'dedupe_key', 'source_finding_id', 'plugin_id', 'plugin_name', 'plugin_family', 'cve', 'cvss', 'vpr', 'exploit_available', 'severity',
  'severity_modification', 'remote_state', 'local_status', 'mapping_version', 'first_found', 'last_found', 'last_fixed', 'port', 'protocol',
  'url', 'output', 'repository_id',
] as const satisfies readonly (keyof ItemWrite)[];

const ITEM_UPDATE_COLUMNS = [
  'asset', 'source_finding_id', 'plugin_id', 'plugin_name', 'plugin_family', 'cve', 'cvss', 'vpr', 'exploit_available', 'severity',
  'severity_modification', 'remote_state', 'local_status', 'mapping_version', 'first_found', 'last_found', 'last_fixed', 'port', 'protocol',
  'url', 'output', 'risk_score', 'assignment_group', 'remediation_task', 'last_run', 'sys_updated_on',
] as const;

const ITEM: BulkShape = {
  table: vulnerableItemTable,
  columns: [...SYSTEM, 'connector', 'last_run', ...WRITE_COLUMNS, 'asset', 'risk_score', 'assignment_group', 'remediation_task'],
  conflict: { columns: ['connector', 'dedupe_key'], update: ITEM_UPDATE_COLUMNS },
};

/** Idempotent on (connector, dedupe_key): processing a page twice leaves the same rows. */
export async function upsertItems(tx: Tx, dialect: StoreDialect, connector: string, run: string, items: readonly ItemRow[], nowIso: string): Promise<void> {
  // Two records of one page with one dedupe key: the later wins, as a second upsert would.
  const unique = new Map<string, ItemRow>();
  for (const item of items) unique.set(item.write.dedupe_key, item);
  const rows = [...unique.values()].map((item) => {
    const write = item.write;
    const values: unknown[] = [newSysId(), nowIso, nowIso, connector, run];
    for (const column of WRITE_COLUMNS) values.push(column === 'exploit_available' ? bool(dialect, write.exploit_available) : write[column]);
    values.push(item.asset, item.riskScore, item.group, item.task);
    return values;
  });
  await bulkWrite(tx, dialect, ITEM, rows);
}

const byGroupKey = (a: TaskPlan, b: TaskPlan) => (a.group_key < b.group_key ? -1 : a.group_key > b.group_key ? 1 : 0);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
