/**
 * What happens to one page of normalised findings, stage by stage, as pure functions. Hosts do the
 * lookups and the writes and time each stage (CI lookup, VI creation, risk rules, assignment rules,
 * remediation task rules: the dashboard's processing health); every decision is made here, so the
 * Node host and the instance host process a page identically.
 */
import { buildConditionView, type AssetCriticality } from '../rules/conditions';
import { assignGroup, type AssignmentRule } from '../rules/assignment-rules';
import { assetLookupKeys, matchAsset, normalizeKey, type AssetCandidate, type LookupKey } from '../rules/asset-matching';
import type { NormalizedAsset, NormalizedFinding, NormalizedRecord } from '../rules/normalized';
import { remediationGroupKey, remediationShortDescription } from '../rules/remediation-grouping';
import { computeRiskScore, type RiskRule } from '../rules/risk-score';
import { applyRemoteState, type ItemStatus, type StatusMapping } from '../rules/status-mapping';
import type { LocalStatus, Platform, RemoteState, Severity } from '../model/vocabulary';

/** Where a record's asset comes from: a CI that exists, or one this page creates (by ref). */
export type AssetRef = { readonly kind: 'existing'; readonly id: string } | { readonly kind: 'new'; readonly ref: number };

export interface AssetPlan {
  /** One per record, in record order. */
  readonly refs: readonly AssetRef[];
  /** CIs to create; `ref` is the index records point at. Two records of one new host share one. */
  readonly create: readonly { readonly ref: number; readonly asset: NormalizedAsset }[];
}

/** Every lookup key of a page, deduplicated: the host queries its CIs on these in one go. */
export function pageLookupKeys(records: readonly NormalizedRecord[]): LookupKey[] {
  const seen = new Set<string>();
  const keys: LookupKey[] = [];
  for (const record of records) {
    for (const key of assetLookupKeys(record.asset)) {
      const id = `${key.field}\u0000${key.value}`;
      if (!seen.has(id)) {
        seen.add(id);
        keys.push(key);
      }
    }
  }
  return keys;
}

/** CI lookup: match each record's asset (uuid, fqdn, hostname, ipv4) or plan its creation once. */
export function planAssets(records: readonly NormalizedRecord[], candidates: readonly AssetCandidate[]): AssetPlan {
  const refs: AssetRef[] = [];
  const create: { ref: number; asset: NormalizedAsset }[] = [];
  // New CIs of this page become candidates for the following records (ids `new:<ref>`).
  const pending: AssetCandidate[] = [];
  for (const record of records) {
    const match = matchAsset(record.asset, candidates);
    if (match.kind === 'match') {
      refs.push({ kind: 'existing', id: match.assetId });
      continue;
    }
    const local = matchAsset(record.asset, pending);
    if (local.kind === 'match') {
      refs.push({ kind: 'new', ref: Number(local.assetId.slice(4)) });
      continue;
    }
    const ref = create.length;
    create.push({ ref, asset: record.asset });
    pending.push({ id: `new:${ref}`, tenable_uuid: record.asset.uuid, fqdn: record.asset.fqdn, hostname: record.asset.hostname, ipv4: record.asset.ipv4 });
    refs.push({ kind: 'new', ref });
  }
  return { refs, create };
}

/** The columns of a vulnerable item that an import sets (the rest belong to people). */
export interface ItemWrite {
  readonly dedupe_key: string;
  readonly source_finding_id: string | null;
  readonly plugin_id: string;
  readonly plugin_name: string | null;
  readonly plugin_family: string | null;
  readonly cve: string | null;
  readonly cvss: number | null;
  readonly vpr: number | null;
  readonly exploit_available: boolean;
  readonly severity: Severity;
  readonly severity_modification: string | null;
  readonly remote_state: RemoteState;
  readonly local_status: LocalStatus;
  readonly mapping_version: number;
  readonly first_found: string | null;
  readonly last_found: string | null;
  readonly last_fixed: string | null;
  readonly port: number | null;
  readonly protocol: string | null;
  readonly url: string | null;
  readonly output: string | null;
  readonly repository_id: string | null;
}

export interface ItemPlan {
  readonly write: ItemWrite;
  /** The local status changed (new item, FIXED closes, REOPENED reopens): logged and counted. */
  readonly localChanged: boolean;
}

/**
 * VI creation: each finding becomes an upsert keyed by its dedupe key. The remote state moves the
 * local status only through the mapping; a finding still reported is never closed, because only
 * a FIXED state maps to a closed status.
 */
export function planItems(records: readonly NormalizedRecord[], existing: ReadonlyMap<string, ItemStatus>, mapping: StatusMapping): ItemPlan[] {
  return records.map(({ finding }) => {
    const applied = applyRemoteState(mapping, existing.get(finding.dedupe_key) ?? null, finding.remote_state);
    return {
      localChanged: applied.localChanged,
      write: {
        dedupe_key: finding.dedupe_key,
        source_finding_id: finding.source_finding_id,
        plugin_id: finding.plugin_id,
        plugin_name: finding.plugin_name,
        plugin_family: finding.plugin_family,
        cve: finding.cve.length > 0 ? finding.cve.join(',') : null,
        cvss: finding.cvss,
        vpr: finding.vpr,
        exploit_available: finding.exploit_available,
        severity: finding.severity,
        severity_modification: finding.severity_modification,
        remote_state: applied.remote_state,
        local_status: applied.local_status,
        mapping_version: applied.mapping_version,
        first_found: finding.first_found,
        last_found: finding.last_found,
        last_fixed: finding.last_fixed,
        port: finding.port,
        protocol: finding.protocol,
        url: finding.url,
        output: finding.output,
        repository_id: finding.repository_id,
      },
    };
  });
}

/** Risk rules: a score per record from severity, CVSS, VPR, exploit and asset criticality. */
export function scoreRecords(records: readonly NormalizedRecord[], platform: Platform, criticality: readonly (AssetCriticality | null)[], rules: readonly RiskRule[]): number[] {
  return records.map((record, index) => computeRiskScore({ platform, finding: record.finding, asset: { ...record.asset, criticality: criticality[index] ?? null } }, rules).score);
}

/** Assignment rules: the group of each record (first matching rule by order, else the default). */
export function assignRecords(
  records: readonly NormalizedRecord[],
  platform: Platform,
  criticality: readonly (AssetCriticality | null)[],
  rules: readonly AssignmentRule[],
  defaultGroup: string | null,
): (string | null)[] {
  return records.map((record, index) => {
    const view = { platform, finding: record.finding, asset: { ...record.asset, criticality: criticality[index] ?? null } };
    return assignGroup(rules, buildConditionView(view), defaultGroup).group;
  });
}

export interface TaskPlan {
  readonly group_key: string;
  readonly plugin_id: string;
  readonly assignment_group: string | null;
  readonly short_description: string;
}

/** Remediation task rules: one task per (plugin, assignment group); open findings only. */
export function planRemediationTasks(findings: readonly Pick<NormalizedFinding, 'plugin_id' | 'plugin_name' | 'remote_state'>[], groups: readonly (string | null)[]): (TaskPlan | null)[] {
  return findings.map((finding, index) => {
    if (finding.remote_state === 'FIXED') return null;
    const group = groups[index] ?? null;
    return {
      group_key: remediationGroupKey(finding, group),
      plugin_id: finding.plugin_id,
      assignment_group: group,
      short_description: remediationShortDescription(finding, group),
    };
  });
}

/** A new CI's columns: match keys stored normalised, so later lookups are plain equality. */
export function newAssetColumns(asset: NormalizedAsset) {
  return {
    tenable_uuid: normalizeKey('tenable_uuid', asset.uuid),
    hostname: normalizeKey('hostname', asset.hostname),
    fqdn: normalizeKey('fqdn', asset.fqdn),
    ipv4: normalizeKey('ipv4', asset.ipv4),
    ipv6: asset.ipv6,
    mac: asset.mac,
    netbios: asset.netbios,
    os: asset.os,
  };
}

/** Milliseconds spent in each processing stage of an entry (the dashboard's processing health). */
export interface StageTimes {
  ci_lookup_ms: number;
  vi_creation_ms: number;
  risk_rules_ms: number;
  assignment_rules_ms: number;
  remediation_task_rules_ms: number;
}

export function emptyStageTimes(): StageTimes {
  return { ci_lookup_ms: 0, vi_creation_ms: 0, risk_rules_ms: 0, assignment_rules_ms: 0, remediation_task_rules_ms: 0 };
}

/** Whole milliseconds, as the entry and run columns store them. */
export function roundStageTimes(times: StageTimes): StageTimes {
  return {
    ci_lookup_ms: Math.round(times.ci_lookup_ms),
    vi_creation_ms: Math.round(times.vi_creation_ms),
    risk_rules_ms: Math.round(times.risk_rules_ms),
    assignment_rules_ms: Math.round(times.assignment_rules_ms),
    remediation_task_rules_ms: Math.round(times.remediation_task_rules_ms),
  };
}
