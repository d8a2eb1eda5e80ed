import type { SampleSummary } from './percentile';

/**
 * A fixed log-scale latency histogram, so percentiles can be pre-aggregated per day and merged
 * over any window instead of recomputed from every sample.
 *
 * Buckets are half-open ranges of milliseconds [lower, next lower). The lower bounds are whole
 * milliseconds computed with integer arithmetic only (no Math.log or Math.pow, whose last bit may
 * differ between engines): from 0, each bucket is max(1, floor(lower / 20)) wide. Below 20 ms every
 * bucket is one millisecond (exact for whole-ms timings); above, a bucket is at most 5 % of its
 * lower bound wide. The last bucket starts at or above 2^31 ms (about 24.9 days) and is open.
 * About 410 buckets in all.
 *
 * Percentiles keep the NEAREST-RANK rule of percentile.ts: the sample at rank ceil(p/100 × n). The
 * histogram knows which bucket holds it and answers that bucket's middle (clamped to the exact
 * min and max; the first and last rank are the min and max themselves), so the answer lies in the
 * same bucket as the exact value: within 5 % of it, and exact below 20 ms. Count, total, min and
 * max are kept exactly, so avg is exact too.
 */

const WIDTH_DIVISOR = 20;
const TOP_MS = 2 ** 31;

function lowerBounds(): number[] {
  const bounds = [0];
  let lower = 0;
  while (lower < TOP_MS) {
    lower += Math.max(1, Math.floor(lower / WIDTH_DIVISOR));
    bounds.push(lower);
  }
  return bounds;
}

/** Lower bound (ms, inclusive) of every bucket, ascending. */
export const LATENCY_BUCKET_BOUNDS: readonly number[] = lowerBounds();
export const LATENCY_BUCKET_COUNT = LATENCY_BUCKET_BOUNDS.length;

/** A duration the histogram can hold: finite and not negative (negative is clock skew). */
export function isLatencySample(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;
}

/** Index of the bucket holding `ms` (a valid sample). */
export function latencyBucketOf(ms: number): number {
  let low = 0;
  let high = LATENCY_BUCKET_COUNT - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((LATENCY_BUCKET_BOUNDS[middle] as number) <= ms) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** [lower, upper) of a bucket; upper is null for the last, open bucket. */
export function latencyBucketRange(index: number): { readonly lower: number; readonly upper: number | null } {
  return { lower: LATENCY_BUCKET_BOUNDS[index] as number, upper: LATENCY_BUCKET_BOUNDS[index + 1] ?? null };
}

export interface LatencyHistogram {
  readonly samples: number;
  readonly totalMs: number;
  readonly minMs: number | null;
  readonly maxMs: number | null;
  /** Samples per bucket, LATENCY_BUCKET_COUNT long; they add up to `samples`. */
  readonly counts: readonly number[];
}

/** A histogram being filled (local to one computation; what leaves it is a LatencyHistogram). */
export interface LatencyAccumulator {
  samples: number;
  totalMs: number;
  minMs: number | null;
  maxMs: number | null;
  readonly counts: number[];
}

export function newLatencyAccumulator(): LatencyAccumulator {
  const counts: number[] = [];
  for (let i = 0; i < LATENCY_BUCKET_COUNT; i++) counts.push(0);
  return { samples: 0, totalMs: 0, minMs: null, maxMs: null, counts };
}

function widen(into: LatencyAccumulator, samples: number, totalMs: number, minMs: number | null, maxMs: number | null): void {
  into.samples += samples;
  into.totalMs += totalMs;
  if (minMs !== null) into.minMs = into.minMs === null ? minMs : Math.min(into.minMs, minMs);
  if (maxMs !== null) into.maxMs = into.maxMs === null ? maxMs : Math.max(into.maxMs, maxMs);
}

/** Adds one sample; false (nothing added) for a value that is not a latency. */
export function accumulateSample(into: LatencyAccumulator, ms: number): boolean {
  if (!isLatencySample(ms)) return false;
  const bucket = latencyBucketOf(ms);
  into.counts[bucket] = (into.counts[bucket] as number) + 1;
  widen(into, 1, ms, ms, ms);
  return true;
}

export function accumulateHistogram(into: LatencyAccumulator, histogram: LatencyHistogram): void {
  const counts = histogram.counts;
  for (let i = 0; i < counts.length; i++) into.counts[i] = (into.counts[i] as number) + (counts[i] as number);
  widen(into, histogram.samples, histogram.totalMs, histogram.minMs, histogram.maxMs);
}

/**
 * Adds a stored band (see decodeLatencyBand) with the exact figures stored next to it, without
 * building a full histogram first: the dashboard merges thousands of rows per request.
 */
export function accumulateBand(into: LatencyAccumulator, band: LatencyBand, figures: Pick<LatencyHistogram, 'samples' | 'totalMs' | 'minMs' | 'maxMs'>): void {
  const counts = band.counts;
  const target = into.counts;
  for (let i = 0, at = band.first; i < counts.length; i++, at++) target[at] = (target[at] as number) + (counts[i] as number);
  widen(into, figures.samples, figures.totalMs, figures.minMs, figures.maxMs);
}

export function histogramOfAccumulator(accumulator: LatencyAccumulator): LatencyHistogram {
  return { samples: accumulator.samples, totalMs: accumulator.totalMs, minMs: accumulator.minMs, maxMs: accumulator.maxMs, counts: accumulator.counts.slice() };
}

export function emptyHistogram(): LatencyHistogram {
  return histogramOfAccumulator(newLatencyAccumulator());
}

/** The histogram of some durations; negative and non-finite ones are skipped. */
export function histogramOf(values: readonly number[]): LatencyHistogram {
  const accumulator = newLatencyAccumulator();
  for (const value of values) accumulateSample(accumulator, value);
  return histogramOfAccumulator(accumulator);
}

/** The histogram of both inputs' samples together (associative and commutative). */
export function mergeHistograms(a: LatencyHistogram, b: LatencyHistogram): LatencyHistogram {
  const accumulator = newLatencyAccumulator();
  accumulateHistogram(accumulator, a);
  accumulateHistogram(accumulator, b);
  return histogramOfAccumulator(accumulator);
}

/** Nearest-rank percentile, answered as the middle of the bucket holding it; null when empty. */
export function histogramPercentile(histogram: Pick<LatencyHistogram, 'samples' | 'minMs' | 'maxMs' | 'counts'>, p: number): number | null {
  const { samples, minMs, maxMs, counts } = histogram;
  if (samples <= 0 || minMs === null || maxMs === null) return null;
  const rank = Math.min(samples, Math.max(1, Math.ceil((p * samples) / 100)));
  // The first and the last rank are the extremes, which are kept exactly.
  if (rank === 1) return minMs;
  if (rank === samples) return maxMs;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] as number;
    if (seen >= rank) {
      const { lower, upper } = latencyBucketRange(i);
      // Whole-ms timings in [lower, upper) are lower..upper-1: their middle, never past the extremes.
      const middle = upper === null ? maxMs : lower + Math.floor((upper - 1 - lower) / 2);
      return Math.min(maxMs, Math.max(minMs, middle));
    }
  }
  // Counts that add up to less than `samples` are a damaged row; the largest sample is the bound.
  return maxMs;
}

/** The ingestion highlights' statistics from a histogram (same shape as `summarize`). */
export function summarizeHistogram(histogram: Pick<LatencyHistogram, 'samples' | 'totalMs' | 'minMs' | 'maxMs' | 'counts'>): SampleSummary {
  if (histogram.samples <= 0) return { count: 0, min: null, max: null, avg: null, p50: null, p95: null };
  return {
    count: histogram.samples,
    min: histogram.minMs,
    max: histogram.maxMs,
    avg: histogram.totalMs / histogram.samples,
    p50: histogramPercentile(histogram, 50),
    p95: histogramPercentile(histogram, 95),
  };
}

/** The non-empty stretch of a histogram's buckets: counts of buckets first, first + 1, ... */
export interface LatencyBand {
  readonly first: number;
  readonly counts: readonly number[];
  /** The counts added up. */
  readonly samples: number;
}

/**
 * Stored form of the buckets: JSON `[first, count, count, ...]` from the first to the last
 * non-empty bucket (`[]` when empty). One day of one connector fills a narrow band, so this is
 * tens of numbers, not 410.
 */
export function encodeLatencyBuckets(counts: readonly number[]): string {
  let first = -1;
  let last = -1;
  for (let i = 0; i < counts.length; i++) {
    if ((counts[i] as number) > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? '[]' : JSON.stringify([first, ...counts.slice(first, last + 1)]);
}

/** A stored band (JSON text, or the array a store already parsed); null when it is not one. */
export function decodeLatencyBand(value: unknown): LatencyBand | null {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  if (!Array.isArray(parsed)) return null;
  if (parsed.length === 0) return { first: 0, counts: [], samples: 0 };
  const first = parsed[0] as unknown;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first + parsed.length - 1 > LATENCY_BUCKET_COUNT) return null;
  let samples = 0;
  for (let i = 1; i < parsed.length; i++) {
    const count = parsed[i] as unknown;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return null;
    samples += count;
  }
  return { first, counts: parsed.slice(1) as number[], samples };
}

/** Dense counts of a stored band; null when it is not one. */
export function decodeLatencyBuckets(value: unknown): number[] | null {
  const band = decodeLatencyBand(value);
  if (band === null) return null;
  const counts = newLatencyAccumulator().counts;
  for (let i = 0; i < band.counts.length; i++) counts[band.first + i] = band.counts[i] as number;
  return counts;
}
