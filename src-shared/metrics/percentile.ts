/**
 * Exact statistics for the ingestion highlights. Percentiles use the NEAREST-RANK method: sort
 * the n samples ascending, the p-th percentile is the sample at rank ceil(p/100 × n) (1-based,
 * at least 1). The answer is always one of the samples (no interpolation), so "p95 = 1,240 ms"
 * means a real entry took 1,240 ms, and the same samples give the same answer on every host.
 */

/** Finite values, ascending. */
export function sortedSamples(values: readonly number[]): number[] {
  return values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
}

/** Nearest-rank percentile of ascending samples; null when there are none. p is in (0, 100]. */
export function percentile(sortedAsc: readonly number[], p: number): number | null {
  const n = sortedAsc.length;
  if (n === 0) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil((p * n) / 100)));
  return sortedAsc[rank - 1] as number;
}

export interface SampleSummary {
  readonly count: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly avg: number | null;
  readonly p50: number | null;
  readonly p95: number | null;
}

export function summarize(values: readonly number[]): SampleSummary {
  const sorted = sortedSamples(values);
  const count = sorted.length;
  if (count === 0) return { count, min: null, max: null, avg: null, p50: null, p95: null };
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count,
    min: sorted[0] as number,
    max: sorted[count - 1] as number,
    avg: total / count,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}
