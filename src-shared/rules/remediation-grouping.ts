import { SEVERITIES, type Severity } from '../model/vocabulary';
import type { NormalizedFinding } from './normalized';
import { boundedKey, safePrefix } from './text-limits';

/**
 * Remediation tasks group vulnerable items by PLUGIN and ASSIGNMENT GROUP: one team fixes one flaw
 * everywhere it owns it (one patch, many hosts), rather than one task per finding. The key is
 * stable text (the unique `x_eih_remediation_task.group_key`); items without a group share the
 * "unassigned" bucket for their plugin. Plugin ids are shared by VM and SC (both Nessus), so the
 * same flaw reported by both lands in one task. Callers pass the items that need work (typically
 * not fixed); counting is all this does.
 */

export const UNASSIGNED = '(unassigned)';
const MAX_KEY = 255;
const MAX_DESCRIPTION = 500;

export type GroupableFinding = Pick<NormalizedFinding, 'plugin_id' | 'dedupe_key'> &
  Partial<Pick<NormalizedFinding, 'plugin_name' | 'severity'>>;

function groupName(group: string | null | undefined): string {
  const trimmed = group?.trim() ?? '';
  return trimmed === '' ? UNASSIGNED : trimmed;
}

export function remediationGroupKey(finding: Pick<NormalizedFinding, 'plugin_id'>, group: string | null | undefined): string {
  return boundedKey(`plugin:${finding.plugin_id.trim()}|group:${groupName(group).toLowerCase()}`, MAX_KEY);
}

export function remediationShortDescription(
  finding: Pick<NormalizedFinding, 'plugin_id'> & Partial<Pick<NormalizedFinding, 'plugin_name'>>,
  group: string | null | undefined,
): string {
  const name = finding.plugin_name?.trim() || `plugin ${finding.plugin_id}`;
  return safePrefix(`Remediate ${name} (plugin ${finding.plugin_id}) — ${groupName(group)}`, MAX_DESCRIPTION);
}

export interface GroupInput {
  readonly finding: GroupableFinding;
  readonly group: string | null;
}

export interface RemediationGroup {
  readonly group_key: string;
  readonly plugin_id: string;
  readonly assignment_group: string | null;
  readonly short_description: string;
  readonly item_count: number;
  readonly highest_severity: Severity | null;
  readonly dedupe_keys: readonly string[];
}

interface Acc {
  group_key: string;
  plugin_id: string;
  assignment_group: string | null;
  short_description: string;
  highest: number;
  keys: Set<string>;
}

/** Findings → one group per (plugin, assignment group), sorted by key; an item counts once. */
export function groupFindings(list: readonly GroupInput[]): RemediationGroup[] {
  const groups = new Map<string, Acc>();
  for (const { finding, group } of list) {
    const key = remediationGroupKey(finding, group);
    let acc = groups.get(key);
    if (acc === undefined) {
      const trimmed = group?.trim() ?? '';
      acc = {
        group_key: key,
        plugin_id: finding.plugin_id.trim(),
        assignment_group: trimmed === '' ? null : trimmed,
        short_description: remediationShortDescription(finding, group),
        highest: -1,
        keys: new Set(),
      };
      groups.set(key, acc);
    }
    acc.keys.add(finding.dedupe_key);
    if (finding.severity !== undefined) acc.highest = Math.max(acc.highest, SEVERITIES.indexOf(finding.severity));
  }
  return [...groups.values()]
    .sort((a, b) => (a.group_key < b.group_key ? -1 : a.group_key > b.group_key ? 1 : 0))
    .map((acc) => ({
      group_key: acc.group_key,
      plugin_id: acc.plugin_id,
      assignment_group: acc.assignment_group,
      short_description: acc.short_description,
      item_count: acc.keys.size,
      highest_severity: SEVERITIES[acc.highest] ?? null,
      dedupe_keys: [...acc.keys].sort(),
    }));
}
