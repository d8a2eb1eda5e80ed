import type { CoreContext } from '../core/context';
import { parseUtcDateTime } from '../schedule/civil-time';
import type { IngestionMetric } from './drill-down';
import { dayWindow, type WindowDays } from './metric-rows';
import { summarize, type SampleSummary } from './percentile';
import { FLAT_THRESHOLD_PERCENT, trendOf, type Trend } from './trend';

/**
 * "Ingestion health" highlights: import queue processing time, import queue wait time and REST API
 * time, each as avg / p50 / p95 over the window and over the previous window of the same length,
 * with a trend per statistic. For all three, up means slower.
 *
 * Everything comes from the samples (one per queue entry or per run), never half from the daily
 * aggregates: avg and percentiles then describe the same population, and the drill-down list holds
 * exactly the records counted. Percentiles are nearest-rank (see percentile.ts).
 */

export const INGESTION_METRICS: readonly { readonly key: IngestionMetric; readonly label: string }[] = [
  { key: 'queue_processing', label: 'Import queue processing time' },
  { key: 'queue_wait', label: 'Import queue wait time' },
  { key: 'rest_api', label: 'REST API time' },
];

export interface IngestionSample {
  readonly metric: IngestionMetric;
  /** When the sample happened: an entry's processing end, a run's end (epoch ms). */
  readonly at: number;
  readonly ms: number;
  readonly connector?: string | null;
}

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
  readonly samples: readonly IngestionSample[];
  readonly windowDays: WindowDays;
  readonly connector?: string | null;
  readonly flatThresholdPercent?: number;
}

export function ingestionHealth(input: IngestionHealthInput, ctx: CoreContext): IngestionHealth {
  const current = dayWindow(ctx.now, input.windowDays);
  const previous = dayWindow(ctx.now, input.windowDays, 1);
  const only = input.connector ?? null;
  const flat = input.flatThresholdPercent ?? FLAT_THRESHOLD_PERCENT;

  const buckets = new Map<string, number[]>();
  for (const sample of input.samples) {
    // A negative or non-finite duration is clock skew between workers, not a measurement.
    if (!Number.isFinite(sample.ms) || sample.ms < 0 || !Number.isFinite(sample.at)) continue;
    if (only !== null && sample.connector !== only) continue;
    const period = sample.at >= current.startMs && sample.at < current.endMs ? 'current' : sample.at >= previous.startMs && sample.at < previous.endMs ? 'previous' : null;
    if (period === null) continue;
    const key = `${sample.metric}|${period}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(sample.ms);
    buckets.set(key, bucket);
  }

  const highlights = INGESTION_METRICS.map(({ key, label }) => {
    const now = summarize(buckets.get(`${key}|current`) ?? []);
    const before = summarize(buckets.get(`${key}|previous`) ?? []);
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

/** Queue wait (queued → processing started) and processing (started → ended) of one entry. */
export function samplesOfEntry(entry: {
  readonly connector?: string | null;
  readonly queued_at?: string | null;
  readonly processing_started?: string | null;
  readonly processing_ended?: string | null;
}): IngestionSample[] {
  const queued = parseUtcDateTime(entry.queued_at);
  const started = parseUtcDateTime(entry.processing_started);
  const ended = parseUtcDateTime(entry.processing_ended);
  // Both samples are dated at the processing end, as the drill-down filters entries on it.
  if (ended === null || started === null) return [];
  const connector = entry.connector ?? null;
  const samples: IngestionSample[] = [{ metric: 'queue_processing', at: ended, ms: ended - started, connector }];
  if (queued !== null) samples.push({ metric: 'queue_wait', at: ended, ms: started - queued, connector });
  return samples;
}

/** REST API time of one finished run, dated at its end. */
export function samplesOfRun(run: { readonly connector?: string | null; readonly ended?: string | null; readonly rest_api_ms?: number | null }): IngestionSample[] {
  const ended = parseUtcDateTime(run.ended);
  if (ended === null || typeof run.rest_api_ms !== 'number') return [];
  return [{ metric: 'rest_api', at: ended, ms: run.rest_api_ms, connector: run.connector ?? null }];
}
