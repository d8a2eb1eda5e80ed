import type { CoreContext } from '../core/context';
import { storedLatencyOf, type DailyLatencyRow } from './daily-latency-rows';
import type { IngestionMetric } from './drill-down';
import { accumulateBand, newLatencyAccumulator, summarizeHistogram, type LatencyAccumulator } from './latency-histogram';
import { dayWindow, type WindowDays } from './metric-rows';
import type { SampleSummary } from './percentile';
import { FLAT_THRESHOLD_PERCENT, trendOf, type Trend } from './trend';

/**
 * "Ingestion health" highlights: import queue processing time, import queue wait time and REST API
 * time, each as avg / p50 / p95 over the window and over the previous window of the same length,
 * with a trend per statistic. For all three, up means slower.
 *
 * Everything comes from the daily latency rows (x_eih_daily_latency: one histogram per connector,
 * day and metric, rolled up from the samples of every completed run, see latency-rollup.ts; or
 * their per-day merge across connectors, x_eih_daily_latency_total: the same figures), never
 * half from the daily metric counters: avg and percentiles then describe the same population, and
 * the drill-down list holds the records counted (plus those of runs not completed yet, whose
 * samples count once they complete). Count, min,
 * max and avg are exact; p50 and p95 are nearest-rank within one histogram bucket of the exact
 * sample (at most 5 % off, exact below 20 ms; see latency-histogram.ts).
 */

export const INGESTION_METRICS: readonly { readonly key: IngestionMetric; readonly label: string }[] = [
  { key: 'queue_processing', label: 'Import queue processing time' },
  { key: 'queue_wait', label: 'Import queue wait time' },
  { key: 'rest_api', label: 'REST API time' },
];

export interface IngestionHighlight {
  readonly key: IngestionMetric;
  readonly label: string;
  readonly current: SampleSummary;
  readonly previous: SampleSummary;
  readonly trend: { readonly avg: Trend; readonly p50: Trend; readonly p95: Trend };
}

export interface IngestionHealth {
  readonly windowDays: WindowDays;
  readonly current: { readonly from: string; readonly to: string };
  readonly previous: { readonly from: string; readonly to: string };
  readonly highlights: readonly IngestionHighlight[];
}

export interface IngestionHealthInput {
  /**
   * Daily latency rows covering at least both windows (older rows are ignored): connector rows, or
   * all-connectors rows (no connector) when no connector is chosen.
   */
  readonly latency: readonly DailyLatencyRow[];
  readonly windowDays: WindowDays;
  readonly connector?: string | null;
  readonly flatThresholdPercent?: number;
}

export function ingestionHealth(input: IngestionHealthInput, ctx: CoreContext): IngestionHealth {
  const current = dayWindow(ctx.now, input.windowDays);
  const previous = dayWindow(ctx.now, input.windowDays, 1);
  const only = input.connector ?? null;
  const flat = input.flatThresholdPercent ?? FLAT_THRESHOLD_PERCENT;

  const merged = new Map<string, LatencyAccumulator>();
  for (const row of input.latency) {
    if (only !== null && row.connector !== only) continue;
    // Day keys are yyyy-mm-dd: they compare as text in calendar order.
    const day = row.day ?? '';
    const period = day >= current.from && day <= current.to ? 'current' : day >= previous.from && day <= previous.to ? 'previous' : null;
    if (period === null) continue;
    const stored = storedLatencyOf(row);
    if (stored === null || stored.samples === 0) continue;
    const key = `${String(row.metric)}|${period}`;
    let accumulator = merged.get(key);
    if (accumulator === undefined) {
      accumulator = newLatencyAccumulator();
      merged.set(key, accumulator);
    }
    accumulateBand(accumulator, stored.band, stored);
  }

  const summaryOf = (key: string): SampleSummary => {
    const accumulator = merged.get(key);
    return summarizeHistogram(accumulator ?? newLatencyAccumulator());
  };
  const highlights = INGESTION_METRICS.map(({ key, label }) => {
    const now = summaryOf(`${key}|current`);
    const before = summaryOf(`${key}|previous`);
    return {
      key,
      label,
      current: now,
      previous: before,
      trend: { avg: trendOf(now.avg, before.avg, flat), p50: trendOf(now.p50, before.p50, flat), p95: trendOf(now.p95, before.p95, flat) },
    };
  });
  return {
    windowDays: input.windowDays,
    current: { from: current.from, to: current.to },
    previous: { from: previous.from, to: previous.to },
    highlights,
  };
}
