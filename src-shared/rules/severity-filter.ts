import { fail, ok, type Result } from '../core/result';
import { SEVERITIES, type Severity } from '../model/vocabulary';

/**
 * The connector's severity filter (`x_eih_connector.severity_filter`, a comma list). All five are
 * on by default; an EMPTY selection is legal but imports nothing, so the connector carries a
 * warning instead of quietly running empty syncs. Values are translated per platform: VM wants
 * lowercase names, WAS's spec uppercase (pyTenable sends lowercase; we accept both when reading),
 * Security Center numeric ids "0".."4".
 */

export const DEFAULT_SEVERITY_FILTER: readonly Severity[] = SEVERITIES;

export const NO_SEVERITY_WARNING = 'no severity is selected in the severity filter: runs will import nothing';

/** Other spellings users and other products use for the same levels. */
const ALIASES: Readonly<Record<string, Severity>> = {
  informational: 'info',
  notification: 'info',
  none: 'info',
};

/** Canonical order (info → critical), duplicates removed. */
export function canonicalSeverities(list: readonly Severity[]): Severity[] {
  return SEVERITIES.filter((s) => list.includes(s));
}

/** One severity name in any case (or a known alias) → the vocabulary's value; null if unknown. */
export function severityFromText(text: string): Severity | null {
  const lower = text.trim().toLowerCase();
  const direct = SEVERITIES.find((s) => s === lower);
  return direct ?? ALIASES[lower] ?? null;
}

/**
 * Column text → severities. null (never set) means the default, all five; '' means none. An
 * unknown value is a failure naming it, never silently ignored (a typo would otherwise narrow the
 * import without anyone noticing).
 */
export function parseSeverityFilter(column: string | null | undefined): Result<Severity[]> {
  if (column === null || column === undefined) return ok([...DEFAULT_SEVERITY_FILTER]);
  const found: Severity[] = [];
  for (const part of column.split(',')) {
    if (part.trim() === '') continue;
    const severity = severityFromText(part);
    if (severity === null) {
      return fail('invalid_severity_filter', `severity filter: unknown severity ${JSON.stringify(part.trim())}`, 422, {
        value: part.trim(),
      });
    }
    found.push(severity);
  }
  return ok(canonicalSeverities(found));
}

export function serializeSeverityFilter(list: readonly Severity[]): string {
  return canonicalSeverities(list).join(',');
}

export interface SeverityFilterEvaluation {
  readonly severities: readonly Severity[];
  readonly importsNothing: boolean;
  readonly warning?: string;
}

export function evaluateSeverityFilter(list: readonly Severity[]): SeverityFilterEvaluation {
  const severities = canonicalSeverities(list);
  if (severities.length === 0) return { severities, importsNothing: true, warning: NO_SEVERITY_WARNING };
  return { severities, importsNothing: false };
}

export function matchesSeverityFilter(list: readonly Severity[], severity: Severity): boolean {
  return list.includes(severity);
}

/** VM export `filters.severity`: lowercase names. */
export function toVmSeverityFilter(list: readonly Severity[]): string[] {
  return canonicalSeverities(list);
}

export type WasSeverityCase = 'upper' | 'lower';

/** WAS export `filters.severity`: uppercase per the spec by default. */
export function toWasSeverityFilter(list: readonly Severity[], letterCase: WasSeverityCase = 'upper'): string[] {
  return canonicalSeverities(list).map((s) => (letterCase === 'upper' ? s.toUpperCase() : s));
}

/** SC severity id ("0".."4") for one severity. */
export function scSeverityId(severity: Severity): string {
  return String(SEVERITIES.indexOf(severity));
}

/** SC analysis filter value: ids joined by commas, e.g. "3,4". */
export function toScSeverityFilter(list: readonly Severity[]): string {
  return canonicalSeverities(list).map(scSeverityId).join(',');
}

/** SC severity id text → severity; null when it is not "0".."4". */
export function severityFromScId(id: string): Severity | null {
  const trimmed = id.trim();
  if (!/^[0-4]$/.test(trimmed)) return null;
  return SEVERITIES[Number(trimmed)] ?? null;
}
