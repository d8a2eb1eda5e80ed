/**
 * Period-over-period change for a highlight. Changes within ±FLAT_THRESHOLD_PERCENT are `flat`:
 * small wobbles in timing are noise, and an arrow on every tile would hide the one that matters.
 */
export const FLAT_THRESHOLD_PERCENT = 5;

export type TrendDirection = 'up' | 'down' | 'flat';

export interface Trend {
  readonly direction: TrendDirection;
  /** (current − previous) / previous × 100; null when there is no previous value to divide by. */
  readonly percentChange: number | null;
}

/**
 * - either side missing (no data in a period): flat, no percentage: nothing to compare;
 * - previous 0: up when current is above 0 (no percentage: it would be infinite), else flat;
 * - otherwise the percentage, flat when |change| <= the threshold (inclusive).
 */
export function trendOf(current: number | null, previous: number | null, flatThresholdPercent = FLAT_THRESHOLD_PERCENT): Trend {
  if (current === null || previous === null) return { direction: 'flat', percentChange: null };
  if (previous === 0) return { direction: current > 0 ? 'up' : 'flat', percentChange: null };
  const percentChange = ((current - previous) / Math.abs(previous)) * 100;
  if (Math.abs(percentChange) <= flatThresholdPercent) return { direction: 'flat', percentChange };
  return { direction: percentChange > 0 ? 'up' : 'down', percentChange };
}
