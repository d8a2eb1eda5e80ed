import type { RecordOf } from '../model/column';
import type { connectorTable } from '../model/tables/connector';
import type { dailyMetricTable } from '../model/tables/daily-metric';
import { DAY_MS, dayKeyOfDays } from '../schedule/civil-time';

/**
 * The plain rows the dashboard computes over. Hosts query the store (a few hundred daily rows and
 * connectors) and hand them in; the functions here decide every number the charts show.
 */

type DailyMetricRecord = RecordOf<typeof dailyMetricTable>;
type ConnectorRecord = RecordOf<typeof connectorTable>;

/** The additive counters of a daily metric row (everything except its key). */
export const METRIC_COUNTERS = [
  'runs_succeeded',
  'runs_failed',
  'entries',
  'records',
  'rest_api_ms',
  'queue_wait_ms',
  'queue_processing_ms',
  'ci_lookup_ms',
  'vi_creation_ms',
  'risk_rules_ms',
  'assignment_rules_ms',
  'remediation_task_rules_ms',
] as const satisfies readonly (keyof DailyMetricRecord)[];
export type MetricCounter = (typeof METRIC_COUNTERS)[number];

/** A daily metric row: key columns required, counters optional (missing or null read as 0). */
export type DailyMetricRow = Pick<DailyMetricRecord, 'connector' | 'day'> & {
  readonly [K in MetricCounter]?: number | null;
};

/** The connector columns the dashboard reads. */
export type ConnectorRow = Pick<ConnectorRecord, 'sys_id' | 'name'> &
  Partial<
    Pick<
      ConnectorRecord,
      | 'active'
      | 'status'
      | 'schedule_run'
      | 'schedule_day'
      | 'schedule_time'
      | 'schedule_interval_minutes'
      | 'schedule_timezone'
      | 'last_run'
      | 'last_run_status'
      | 'notes'
    >
  >;

/** Chart windows the dashboard offers. */
export type WindowDays = 7 | 30;

/** Counter value of a row, with null, missing, negative and non-finite all read as 0. */
export function counter(row: DailyMetricRow, key: MetricCounter): number {
  const value = row[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** A run of whole UTC days: `days` in order, and the half-open instant range they cover. */
export interface DayWindow {
  readonly days: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly startMs: number;
  /** Exclusive: midnight UTC after the last day. */
  readonly endMs: number;
}

/**
 * `length` whole UTC days ending with the UTC day of `endEpochMs` (today counts, so a run that
 * finished an hour ago is on the chart), `offset` windows back (1 = the previous period).
 */
export function dayWindow(endEpochMs: number, length: number, offset = 0): DayWindow {
  const lastDay = Math.floor(endEpochMs / DAY_MS) - offset * length;
  const firstDay = lastDay - length + 1;
  const days = Array.from({ length }, (_, i) => dayKeyOfDays(firstDay + i));
  return {
    days,
    from: days[0] as string,
    to: days[length - 1] as string,
    startMs: firstDay * DAY_MS,
    endMs: (lastDay + 1) * DAY_MS,
  };
}

/** Name order, case-insensitive, then id: stable on both hosts (no locale-dependent collation). */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  const left = a.name.toLowerCase();
  const right = b.name.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
