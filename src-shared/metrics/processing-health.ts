import type { CoreContext } from '../core/context';
import { counter, dayWindow, type DailyMetricRow, type MetricCounter, type WindowDays } from './metric-rows';

/**
 * "Processing health" lines: per stage, per UTC day, the average milliseconds spent per record
 * (sum of the stage's ms / sum of records that day), with a flag on the days that deviate.
 * Per record, because a day that imported ten times more data is slower without anything being
 * wrong; the per-record cost is what reveals a slow rule or a CI lookup that lost its index.
 */

export type ProcessingStageKey = 'assignment_rules' | 'remediation_task_rules' | 'ci_lookup' | 'risk_rules' | 'vi_creation';

/** Stable keys (the UI maps them to colours) and labels, in legend order. */
export const PROCESSING_STAGES: readonly { readonly key: ProcessingStageKey; readonly label: string; readonly column: MetricCounter }[] = [
  { key: 'assignment_rules', label: 'Assignment rules', column: 'assignment_rules_ms' },
  { key: 'remediation_task_rules', label: 'Remediation task rules', column: 'remediation_task_rules_ms' },
  { key: 'ci_lookup', label: 'CI lookup', column: 'ci_lookup_ms' },
  { key: 'risk_rules', label: 'Risk rules', column: 'risk_rules_ms' },
  { key: 'vi_creation', label: 'VI creation', column: 'vi_creation_ms' },
];

export interface Deviation {
  /** Which rule fired: `sigma` (enough history) or `median` (short or constant history). */
  readonly rule: 'sigma' | 'median';
  readonly direction: 'above' | 'below';
  /** Mean (sigma rule) or median (median rule) of the earlier days. */
  readonly baseline: number;
  /** The bound the value crossed. */
  readonly threshold: number;
}

export interface StagePoint {
  readonly day: string;
  /** null on a day without records: no data, not zero cost. */
  readonly msPerRecord: number | null;
  readonly stageMs: number;
  readonly records: number;
  readonly deviation: Deviation | null;
}

export interface StageSeries {
  readonly key: ProcessingStageKey;
  readonly label: string;
  /** Exactly windowDays points, oldest first. */
  readonly points: readonly StagePoint[];
  readonly deviations: number;
}

export interface ProcessingHealth {
  readonly windowDays: number;
  readonly days: readonly string[];
  readonly stages: readonly StageSeries[];
}

export interface DeviationRule {
  /** Standard deviations from the mean that count as a deviation (default 2). */
  readonly k: number;
  /** Earlier points needed before the sigma rule applies (default 5). */
  readonly minPointsForSigma: number;
  /** Fallback: a value above this many times the median deviates (default 2). */
  readonly medianFactor: number;
}

export const DEFAULT_DEVIATION_RULE: DeviationRule = { k: 2, minPointsForSigma: 5, medianFactor: 2 };

export interface ProcessingHealthInput {
  readonly metrics: readonly DailyMetricRow[];
  /** Default 30, as the reference dashboard shows. */
  readonly windowDays?: WindowDays;
  readonly connector?: string | null;
  readonly rule?: Partial<DeviationRule>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Whether `value` deviates from `history` (the earlier non-empty days of the window):
 * - no history: never (nothing to compare with);
 * - at least minPointsForSigma points with a non-zero spread: |value − mean| > k·σ, σ being the
 *   population standard deviation of the history; both directions count (a sudden drop can mean
 *   a stage stopped running);
 * - otherwise (short history, or every earlier day identical so σ = 0): value > medianFactor ×
 *   median of the history; only slowdowns count, as a few points cannot tell a drop from noise.
 */
export function deviationOf(value: number, history: readonly number[], rule: DeviationRule = DEFAULT_DEVIATION_RULE): Deviation | null {
  const n = history.length;
  if (n === 0) return null;
  if (n >= rule.minPointsForSigma) {
    const mean = history.reduce((sum, v) => sum + v, 0) / n;
    const sigma = Math.sqrt(history.reduce((sum, v) => sum + (v - mean) * (v - mean), 0) / n);
    if (sigma > 0) {
      if (value > mean + rule.k * sigma) return { rule: 'sigma', direction: 'above', baseline: mean, threshold: mean + rule.k * sigma };
      if (value < mean - rule.k * sigma) return { rule: 'sigma', direction: 'below', baseline: mean, threshold: mean - rule.k * sigma };
      return null;
    }
  }
  const middle = median(history);
  const threshold = rule.medianFactor * middle;
  return value > threshold ? { rule: 'median', direction: 'above', baseline: middle, threshold } : null;
}

export function processingHealth(input: ProcessingHealthInput, ctx: CoreContext): ProcessingHealth {
  const windowDays = input.windowDays ?? 30;
  const window = dayWindow(ctx.now, windowDays);
  const rule: DeviationRule = { ...DEFAULT_DEVIATION_RULE, ...input.rule };
  const only = input.connector ?? null;

  const byDay = new Map<string, DailyMetricRow[]>();
  const inWindow = new Set(window.days);
  for (const row of input.metrics) {
    if (row.day === null || !inWindow.has(row.day)) continue;
    if (only !== null && row.connector !== only) continue;
    const rows = byDay.get(row.day) ?? [];
    rows.push(row);
    byDay.set(row.day, rows);
  }

  const stages = PROCESSING_STAGES.map(({ key, label, column }) => {
    const history: number[] = [];
    let deviations = 0;
    const points = window.days.map((day): StagePoint => {
      let stageMs = 0;
      let records = 0;
      for (const row of byDay.get(day) ?? []) {
        stageMs += counter(row, column);
        records += counter(row, 'records');
      }
      const msPerRecord = records > 0 ? stageMs / records : null;
      const deviation = msPerRecord === null ? null : deviationOf(msPerRecord, history, rule);
      if (deviation !== null) deviations++;
      // A flagged day stays in the history: the rule compares with "the previous days", and a
      // lasting shift should stop being flagged once it is the new normal.
      if (msPerRecord !== null) history.push(msPerRecord);
      return { day, msPerRecord, stageMs, records, deviation };
    });
    return { key, label, points, deviations };
  });
  return { windowDays, days: window.days, stages };
}
