import type { RecordOf } from '../model/column';
import type { dailyLatencyTable } from '../model/tables/daily-latency';
import type { LatencyMetric } from '../model/vocabulary';
import {
  accumulateBand,
  decodeLatencyBand,
  encodeLatencyBuckets,
  histogramOfAccumulator,
  newLatencyAccumulator,
  type LatencyBand,
  type LatencyHistogram,
} from './latency-histogram';

/**
 * The stored daily latency rows (x_eih_daily_latency) and the histograms they hold. A row's
 * samples, total, min and max are exact; its buckets must add up to its samples.
 */

type DailyLatencyRecord = RecordOf<typeof dailyLatencyTable>;

/**
 * A daily latency row as a store hands it in: key columns required, figures possibly missing. An
 * all-connectors row (x_eih_daily_latency_total) has no connector.
 */
export type DailyLatencyRow = Pick<DailyLatencyRecord, 'day'> & {
  readonly connector?: string | null;
  readonly metric: string | null;
  readonly samples?: number | null;
  readonly total_ms?: number | null;
  readonly min_ms?: number | null;
  readonly max_ms?: number | null;
  /** JSON text, or the array a store already parsed. */
  readonly buckets?: unknown;
};

/** The columns a host writes for one (connector, day, metric). */
export interface DailyLatencyColumns {
  readonly connector: string;
  readonly day: string;
  readonly metric: LatencyMetric;
  readonly samples: number;
  readonly total_ms: number;
  readonly min_ms: number | null;
  readonly max_ms: number | null;
  readonly buckets: string;
}

/** The columns of an all-connectors row (one day, one metric). */
export type DailyLatencyTotalColumns = Omit<DailyLatencyColumns, 'connector'>;

export interface StoredLatency {
  readonly band: LatencyBand;
  readonly samples: number;
  readonly totalMs: number;
  readonly minMs: number | null;
  readonly maxMs: number | null;
}

const figure = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A row's figures and bucket band; null when the row cannot be trusted (unreadable buckets, or
 * buckets that do not add up to its samples): a damaged row is left out whole, never half-counted.
 */
export function storedLatencyOf(row: DailyLatencyRow): StoredLatency | null {
  const band = decodeLatencyBand(row.buckets ?? '[]');
  const samples = figure(row.samples) ?? 0;
  if (band === null || band.samples !== samples) return null;
  if (samples === 0) return { band, samples: 0, totalMs: 0, minMs: null, maxMs: null };
  const minMs = figure(row.min_ms);
  const maxMs = figure(row.max_ms);
  const totalMs = figure(row.total_ms);
  if (minMs === null || maxMs === null || totalMs === null || minMs > maxMs) return null;
  return { band, samples, totalMs, minMs, maxMs };
}

/** The full histogram a row holds; null as for storedLatencyOf. */
export function histogramOfRow(row: DailyLatencyRow): LatencyHistogram | null {
  const stored = storedLatencyOf(row);
  if (stored === null) return null;
  const accumulator = newLatencyAccumulator();
  accumulateBand(accumulator, stored.band, stored);
  return histogramOfAccumulator(accumulator);
}

export function latencyColumnsOf(key: { readonly connector: string; readonly day: string; readonly metric: LatencyMetric }, histogram: LatencyHistogram): DailyLatencyColumns {
  return {
    connector: key.connector,
    day: key.day,
    metric: key.metric,
    samples: histogram.samples,
    total_ms: histogram.totalMs,
    min_ms: histogram.minMs,
    max_ms: histogram.maxMs,
    buckets: encodeLatencyBuckets(histogram.counts),
  };
}
