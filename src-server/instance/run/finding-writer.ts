import type { RecordOf } from '../../../src-shared/model/column';
import { assetTable } from '../../../src-shared/model/tables/asset';
import { vulnerableItemTable } from '../../../src-shared/model/tables/vulnerable-item';
import { assetLookupKeys, matchAsset, normalizeKey, type AssetCandidate } from '../../../src-shared/rules/asset-matching';
import { ASSET_CRITICALITIES, type AssetCriticality } from '../../../src-shared/rules/conditions';
import type { NormalizedAsset, NormalizedFinding } from '../../../src-shared/rules/normalized';
import type { StatusMapping } from '../../../src-shared/rules/status-mapping';
import { planItems, type ItemPlan } from '../../../src-shared/pipeline/page-stages';
import { first, insertRow, list, updateRow } from '../glide/glide-store';

/**
 * Writes one normalised record: the asset found by the core's CI matching (or a new one), and the
 * vulnerable item upserted on (connector, dedupe_key) with the core's status mapping applied.
 */

type AssetRow = RecordOf<typeof assetTable>;

const EMPTY_ASSET: NormalizedAsset = { uuid: null, hostname: null, fqdn: null, ipv4: null, ipv6: null, mac: null, netbios: null, os: null };

function criticalityOf(value: string | null): AssetCriticality | null {
  return (ASSET_CRITICALITIES as readonly string[]).includes(value ?? '') ? (value as AssetCriticality) : null;
}

export function upsertAsset(asset: NormalizedAsset): { id: string | null; criticality: AssetCriticality | null } {
  const candidates = new Map<string, AssetCandidate & { criticality: AssetRow['criticality'] }>();
  for (const key of assetLookupKeys(asset)) {
    for (const row of list(assetTable, { where: { [key.field]: key.value }, limit: 20 })) {
      candidates.set(row.sys_id, { id: row.sys_id, tenable_uuid: row.tenable_uuid, fqdn: row.fqdn, hostname: row.hostname, ipv4: row.ipv4, criticality: row.criticality });
    }
  }
  const values = {
    tenable_uuid: normalizeKey('tenable_uuid', asset.uuid),
    hostname: normalizeKey('hostname', asset.hostname),
    fqdn: normalizeKey('fqdn', asset.fqdn),
    ipv4: normalizeKey('ipv4', asset.ipv4),
    ipv6: asset.ipv6,
    mac: asset.mac,
    netbios: asset.netbios,
    os: asset.os,
  };
  const match = matchAsset(asset, [...candidates.values()]);
  if (match.kind === 'create') {
    if (assetLookupKeys(asset).length === 0) return { id: null, criticality: null };
    return { id: insertRow(assetTable, values), criticality: 'medium' };
  }
  // Fill what Tenable now knows; never blank out a value it did not send this time.
  const known: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value !== null) known[name] = value;
  updateRow(assetTable, match.assetId, known);
  return { id: match.assetId, criticality: criticalityOf(candidates.get(match.assetId)?.criticality ?? null) };
}

export interface FindingWrite {
  readonly connector: string;
  readonly run: string;
  readonly finding: NormalizedFinding;
  readonly assetId: string | null;
  readonly mapping: StatusMapping;
  readonly riskScore: number;
  readonly assignmentGroup: string | null;
}

/** Returns the item's sys_id and whether it was new. */
export function upsertVulnerableItem(write: FindingWrite): { id: string | null; created: boolean } {
  const { finding } = write;
  const existing = first(vulnerableItemTable, { where: { connector: write.connector, dedupe_key: finding.dedupe_key } });
  const existingStatus = existing === null ? null : { remote_state: existing.remote_state ?? 'OPEN', local_status: existing.local_status ?? 'identified', mapping_version: existing.mapping_version ?? 1 };
  // The core decides the columns (and the local status through the mapping), as on the Node host.
  const [plan] = planItems([{ platform: 'tenable_vm', asset: EMPTY_ASSET, finding }], new Map(existingStatus === null ? [] : [[finding.dedupe_key, existingStatus]]), write.mapping);
  const values = {
    ...(plan as ItemPlan).write,
    connector: write.connector,
    asset: write.assetId,
    risk_score: write.riskScore,
    assignment_group: write.assignmentGroup,
    last_run: write.run,
  };
  if (existing === null) return { id: insertRow(vulnerableItemTable, values), created: true };
  updateRow(vulnerableItemTable, existing.sys_id, values);
  return { id: existing.sys_id, created: false };
}
