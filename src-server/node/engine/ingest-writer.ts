/**
 * The batched writes of page processing: one query per stage per batch, the same on both
 * dialects (multi-row inserts with ON CONFLICT), inside the batch's transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { LookupKey } from '../../../src-shared/rules/asset-matching';
import type { AssetCandidate } from '../../../src-shared/rules/asset-matching';
import type { NormalizedAsset } from '../../../src-shared/rules/normalized';
import type { ItemStatus } from '../../../src-shared/rules/status-mapping';
import { newAssetColumns, type ItemWrite, type TaskPlan } from '../../../src-shared/pipeline/page-stages';
import type { StoreDialect } from '../store/dialect';
import type { Row } from '../store/record-codec';
import { newSysId } from '../store/sys-id';

export type Tx = Transaction<Record<string, Row>> | Kysely<Record<string, Row>>;

const bool = (dialect: StoreDialect, value: boolean) => (dialect === 'sqlite' ? (value ? 1 : 0) : value);

export async function findAssetCandidates(tx: Tx, keys: readonly LookupKey[]): Promise<AssetCandidate[]> {
  const byField = new Map<string, string[]>();
  for (const key of keys) byField.set(key.field, [...(byField.get(key.field) ?? []), key.value]);
  if (byField.size === 0) return [];
  const rows = await tx
    .selectFrom('x_eih_asset')
    .select(['sys_id', 'tenable_uuid', 'fqdn', 'hostname', 'ipv4', 'criticality'])
    .where((eb) => eb.or([...byField.entries()].map(([field, values]) => eb(field, 'in', values))))
    .execute();
  return rows.map((row) => ({ id: String(row.sys_id), tenable_uuid: row.tenable_uuid as string | null, fqdn: row.fqdn as string | null, hostname: row.hostname as string | null, ipv4: row.ipv4 as string | null, criticality: row.criticality }));
}

/** New CIs are stored with normalised match keys, so later lookups are plain equality. */
export async function createAssets(tx: Tx, assets: readonly NormalizedAsset[], nowIso: string): Promise<string[]> {
  const rows = assets.map((asset) => ({ sys_id: newSysId(), sys_created_on: nowIso, sys_updated_on: nowIso, ...newAssetColumns(asset), criticality: 'medium' }));
  for (const slice of chunks(rows, 200)) await tx.insertInto('x_eih_asset').values(slice).execute();
  return rows.map((row) => row.sys_id);
}

export async function markAssetsSynced(tx: Tx, connector: string, assetIds: readonly string[], nowIso: string): Promise<void> {
  const unique = [...new Set(assetIds)];
  const rows = unique.map((asset) => ({ sys_id: newSysId(), sys_created_on: nowIso, sys_updated_on: nowIso, asset, connector, sync_status: 'synced', last_synced: nowIso, error: null }));
  for (const slice of chunks(rows, 300)) {
    await tx
      .insertInto('x_eih_asset_sync')
      .values(slice)
      .onConflict((oc) => oc.columns(['connector', 'asset']).doUpdateSet((eb) => ({ sync_status: eb.ref('excluded.sync_status'), last_synced: eb.ref('excluded.last_synced'), error: null, sys_updated_on: eb.ref('excluded.sys_updated_on') })))
      .execute();
  }
}

export async function findExistingItems(tx: Tx, connector: string, dedupeKeys: readonly string[]): Promise<Map<string, ItemStatus>> {
  const found = new Map<string, ItemStatus>();
  for (const slice of chunks([...new Set(dedupeKeys)], 500)) {
    const rows = await tx.selectFrom('x_eih_vulnerable_item').select(['dedupe_key', 'remote_state', 'local_status', 'mapping_version']).where('connector', '=', connector).where('dedupe_key', 'in', slice).execute();
    for (const row of rows) found.set(String(row.dedupe_key), { remote_state: row.remote_state, local_status: row.local_status, mapping_version: Number(row.mapping_version ?? 1) } as ItemStatus);
  }
  return found;
}

export async function upsertTasks(tx: Tx, tasks: readonly TaskPlan[], nowIso: string): Promise<Map<string, string>> {
  const unique = new Map<string, TaskPlan>();
  for (const task of tasks) unique.set(task.group_key, task);
  const ids = new Map<string, string>();
  if (unique.size === 0) return ids;
  const rows = [...unique.values()].map((task) => ({ sys_id: newSysId(), sys_created_on: nowIso, sys_updated_on: nowIso, group_key: task.group_key, short_description: task.short_description, plugin_id: task.plugin_id, assignment_group: task.assignment_group, state: 'open', item_count: 0 }));
  for (const slice of chunks(rows, 300)) await tx.insertInto('x_eih_remediation_task').values(slice).onConflict((oc) => oc.column('group_key').doNothing()).execute();
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

const ITEM_UPDATE_COLUMNS = [
  'asset', 'source_finding_id', 'plugin_id', 'plugin_name', 'plugin_family', 'cve', 'cvss', 'vpr', 'exploit_available', 'severity',
  'severity_modification', 'remote_state', 'local_status', 'mapping_version', 'first_found', 'last_found', 'last_fixed', 'port', 'protocol',
  'url', 'output', 'risk_score', 'assignment_group', 'remediation_task', 'last_run', 'sys_updated_on',
] as const;

/** Idempotent on (connector, dedupe_key): processing a page twice leaves the same rows. */
export async function upsertItems(tx: Tx, dialect: StoreDialect, connector: string, run: string, items: readonly ItemRow[], nowIso: string): Promise<void> {
  const rows = items.map((item) => ({
    sys_id: newSysId(),
    sys_created_on: nowIso,
    sys_updated_on: nowIso,
    connector,
    last_run: run,
    ...item.write,
    exploit_available: bool(dialect, item.write.exploit_available),
    asset: item.asset,
    risk_score: item.riskScore,
    assignment_group: item.group,
    remediation_task: item.task,
  }));
  // Two records of one page with one dedupe key: the later wins, as a second upsert would.
  const unique = [...new Map(rows.map((row) => [row.dedupe_key, row])).values()];
  for (const slice of chunks(unique, 100)) {
    await tx
      .insertInto('x_eih_vulnerable_item')
      .values(slice)
      .onConflict((oc) => oc.columns(['connector', 'dedupe_key']).doUpdateSet((eb) => Object.fromEntries(ITEM_UPDATE_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)]))))
      .execute();
  }
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
