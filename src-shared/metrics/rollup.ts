import { fail, ok, type Result } from '../core/result';
import { parseUtcDateTime, utcDayOf } from '../schedule/civil-time';
import { METRIC_COUNTERS, counter, type DailyMetricRow, type MetricCounter } from './metric-rows';
import { barOutcomeOfSubstate } from './run-outcome';

/**
 * Keeps the daily metrics pre-aggregated: when a run reaches `complete`, the host adds this delta
 * to the (connector, day) row, creating it if missing, in the same transaction that completes the
 * run (so a crash can neither lose nor double-count it). The day is the UTC day the run ENDED,
 * which is why the runs drill-down filters on `ended`.
 *
 * Sources: the run's outcome and REST API time come from the run; entry-level figures (entry count,
 * records, queue wait, queue processing, per-stage ms) are summed from its import queue entries,
 * which carry the raw timings. A run without entries (it failed before the first page) falls back
 * to the run's own columns for those figures.
 */

type StageColumn = 'ci_lookup_ms' | 'vi_creation_ms' | 'risk_rules_ms' | 'assignment_rules_ms' | 'remediation_task_rules_ms';
const STAGE_COLUMNS: readonly StageColumn[] = ['ci_lookup_ms', 'vi_creation_ms', 'risk_rules_ms', 'assignment_rules_ms', 'remediation_task_rules_ms'];

type Timings = { readonly [K in StageColumn]?: number | null };

export interface RunForRollup extends Timings {
  readonly sys_id?: string | null;
  readonly connector: string | null;
  readonly state?: string | null;
  readonly substate: string | null;
  readonly ended: string | null;
  readonly records_processed?: number | null;
  readonly rest_api_ms?: number | null;
  readonly queue_wait_ms?: number | null;
  readonly queue_processing_ms?: number | null;
}

export interface EntryForRollup extends Timings {
  readonly run?: string | null;
  readonly queued_at?: string | null;
  readonly processing_started?: string | null;
  readonly processing_ended?: string | null;
  readonly records_processed?: number | null;
}

export interface DailyMetricDelta {
  readonly connector: string;
  readonly day: string;
  readonly increments: { readonly [K in MetricCounter]: number };
}

/** A non-negative whole number of ms/records; null, negative and non-finite count as 0. */
function amount(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** Elapsed ms between two datetimes; 0 when either is missing or they are out of order (skew). */
function between(from: string | null | undefined, to: string | null | undefined): number {
  const start = parseUtcDateTime(from);
  const end = parseUtcDateTime(to);
  return start === null || end === null ? 0 : Math.max(0, end - start);
}

/**
 * What every roll-up of a run checks first: it is complete, names its connector, has ended, and
 * every entry handed in is its own. Gives the connector and the end instant.
 */
export function rollupSubject(run: RunForRollup, entries: readonly EntryForRollup[]): Result<{ readonly connector: string; readonly ended: number }> {
  const id = run.sys_id ?? 'unknown';
  if (run.state !== undefined && run.state !== null && run.state !== 'complete') {
    return fail('run_not_complete', `cannot roll up run ${id} in state ${run.state}: only complete runs count`, 409, { run: id, state: run.state });
  }
  if (run.connector === null || run.connector === '') {
    return fail('invalid_record', `cannot roll up run ${id}: connector is empty`, 422, { run: id });
  }
  const ended = parseUtcDateTime(run.ended);
  if (ended === null) {
    return fail('invalid_record', `cannot roll up run ${id}: ended is ${run.ended === null || run.ended === '' ? 'empty' : `not a datetime: '${run.ended}'`}`, 422, {
      run: id,
      ended: run.ended,
    });
  }
  const stranger = entries.find((entry) => entry.run !== undefined && entry.run !== null && run.sys_id !== undefined && run.sys_id !== null && entry.run !== run.sys_id);
  if (stranger !== undefined) {
    return fail('invalid_record', `cannot roll up run ${id}: an entry belongs to run ${String(stranger.run)}`, 422, { run: id, entryRun: stranger.run });
  }
  return ok({ connector: run.connector, ended });
}

export function dailyMetricDelta(run: RunForRollup, entries: readonly EntryForRollup[]): Result<DailyMetricDelta> {
  const subject = rollupSubject(run, entries);
  if (!subject.ok) return subject;
  const { connector, ended } = subject.value;

  const outcome = barOutcomeOfSubstate(run.substate);
  const fromEntries = entries.length > 0;
  const sum = (pick: (entry: EntryForRollup) => number): number => entries.reduce((total, entry) => total + pick(entry), 0);
  const stage = (column: StageColumn): number => (fromEntries ? sum((entry) => amount(entry[column])) : amount(run[column]));

  const increments: { [K in MetricCounter]: number } = {
    runs_succeeded: outcome === 'succeeded' ? 1 : 0,
    runs_failed: outcome === 'failed' ? 1 : 0,
    entries: entries.length,
    records: fromEntries ? sum((entry) => amount(entry.records_processed)) : amount(run.records_processed),
    rest_api_ms: amount(run.rest_api_ms),
    queue_wait_ms: fromEntries ? sum((entry) => between(entry.queued_at, entry.processing_started)) : amount(run.queue_wait_ms),
    queue_processing_ms: fromEntries ? sum((entry) => between(entry.processing_started, entry.processing_ended)) : amount(run.queue_processing_ms),
    ci_lookup_ms: 0,
    vi_creation_ms: 0,
    risk_rules_ms: 0,
    assignment_rules_ms: 0,
    remediation_task_rules_ms: 0,
  };
  for (const column of STAGE_COLUMNS) increments[column] = stage(column);
  return ok({ connector, day: utcDayOf(ended), increments });
}

/** The row after adding a delta (a new row when there was none): what the host writes back. */
export function applyDailyMetricDelta(row: DailyMetricRow | null, delta: DailyMetricDelta): DailyMetricRow & { readonly [K in MetricCounter]: number } {
  const next = { connector: delta.connector, day: delta.day } as DailyMetricRow & { [K in MetricCounter]: number };
  for (const key of METRIC_COUNTERS) next[key] = (row === null ? 0 : counter(row, key)) + delta.increments[key];
  return next;
}
