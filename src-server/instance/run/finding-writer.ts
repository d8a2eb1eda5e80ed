import { newAssetColumns, type ItemWrite, type TaskPlan } from '../../../src-shared/pipeline/page-stages';
import { assetTable } from '../../../src-shared/model/tables/asset';
import { remediationTaskTable } from '../../../src-shared/model/tables/remediation-task';
import { vulnerableItemTable } from '../../../src-shared/model/tables/vulnerable-item';
import { type AssetCandidate, type LookupKey } from '../../../src-shared/rules/asset-matching';
import { ASSET_CRITICALITIES, type AssetCriticality } from '../../../src-shared/rules/conditions';
import type { NormalizedAsset } from '../../../src-shared/rules/normalized';
import type { ItemStatus } from '../../../src-shared/rules/status-mapping';
import { insertRow, listByValues, updateRow } from '../glide/glide-store';

/**
 * The Glide reads and writes of page processing, one batch at a time. The core's page stages
 * (src-shared/pipeline/page-stages.ts) decide which CI each record matches or creates, the item
 * columns, the score, the group and the remediation task; these functions only fetch what the
 * stages need and store what they planned, as the Node host's ingest-writer does with SQL.
 */

export interface AssetCandidateRow extends AssetCandidate {
  readonly criticality: AssetCriticality;
}

function criticalityOf(value: string | null): AssetCriticality {
  // An asset without a criticality counts as medium, the column's default (as on the Node host).
  return (ASSET_CRITICALITIES as readonly string[]).includes(value ?? '') ? (value as AssetCriticality) : 'medium';
}

/** CIs that any of the batch's lookup keys could match: one IN query per key field. */
export function findAssetCandidates(keys: readonly LookupKey[]): AssetCandidateRow[] {
  const byField = new Map<string, string[]>();
  for (const key of keys) byField.set(key.field, [...(byField.get(key.field) ?? []), key.value]);
  const found = new Map<string, AssetCandidateRow>();
  for (const [field, values] of byField) {
    for (const row of listByValues(assetTable, field, values)) {
      found.set(row.sys_id, { id: row.sys_id, tenable_uuid: row.tenable_uuid, fqdn: row.fqdn, hostname: row.hostname, ipv4: row.ipv4, criticality: criticalityOf(row.criticality) });
    }
  }
  return [...found.values()];
}

/** New CIs are stored with normalised match keys, so later lookups are plain equality. */
export function createAssets(assets: readonly NormalizedAsset[]): (string | null)[] {
  return assets.map((asset) =>
    insertRow(assetTable, { ...newAssetColumns(asset), criticality: 'medium' }),
  );
}

export interface ExistingItem extends ItemStatus {
  readonly sys_id: string;
}

/** The connector's items for these dedupe keys, with the status the mapping continues from. */
export function findExistingItems(connector: string, dedupeKeys: readonly string[]): Map<string, ExistingItem> {
  const found = new Map<string, ExistingItem>();
  for (const row of listByValues(vulnerableItemTable, 'dedupe_key', dedupeKeys, { connector })) {
    if (row.dedupe_key === null) continue;
    found.set(row.dedupe_key, { sys_id: row.sys_id, remote_state: row.remote_state ?? 'OPEN', local_status: row.local_status ?? 'identified', mapping_version: row.mapping_version ?? 1 });
  }
  return found;
}

/**
 * One open task per group key, created when missing and never duplicated (group_key is unique);
 * returns group key → task sys_id. An existing task is left as people keep it.
 */
export function upsertTasks(tasks: readonly TaskPlan[]): Map<string, string> {
  const unique = new Map<string, TaskPlan>();
  for (const task of tasks) unique.set(task.group_key, task);
  const ids = new Map<string, string>();
  if (unique.size === 0) return ids;
  for (const row of listByValues(remediationTaskTable, 'group_key', [...unique.keys()])) {
    if (row.group_key !== null) ids.set(row.group_key, row.sys_id);
  }
  for (const task of unique.values()) {
    if (ids.has(task.group_key)) continue;
    const id = insertRow(remediationTaskTable, { group_key: task.group_key, short_description: task.short_description, plugin_id: task.plugin_id, assignment_group: task.assignment_group, state: 'open', item_count: 0 });
    if (id !== null) ids.set(task.group_key, id);
  }
  return ids;
}

export interface ItemRow {
  readonly write: ItemWrite;
  readonly asset: string | null;
  readonly riskScore: number;
  readonly group: string | null;
  readonly task: string | null;
}

/**
 * Upsert on (connector, dedupe_key): processing a page twice leaves the same rows. Two records of
 * one batch with one dedupe key: the later wins, as a second upsert would. Returns how many items
 * were created.
 */
export function upsertItems(connector: string, run: string, existing: ReadonlyMap<string, ExistingItem>, items: readonly ItemRow[]): number {
  const unique = new Map<string, ItemRow>();
  for (const item of items) unique.set(item.write.dedupe_key, item);
  let created = 0;
  for (const item of unique.values()) {
    const values = {
      ...item.write,
      connector,
      asset: item.asset,
      risk_score: item.riskScore,
      assignment_group: item.group,
      remediation_task: item.task,
      last_run: run,
    };
    const current = existing.get(item.write.dedupe_key);
    if (current === undefined) {
      if (insertRow(vulnerableItemTable, values) !== null) created += 1;
    } else updateRow(vulnerableItemTable, current.sys_id, values);
  }
  return created;
}
