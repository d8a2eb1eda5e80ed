import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentile, sortedSamples, summarize } from '../../../src-shared/metrics/percentile';
import { trendOf } from '../../../src-shared/metrics/trend';

describe('percentile (nearest rank)', () => {
  // The textbook example for nearest rank: 15, 20, 35, 40, 50.
  const textbook = [15, 20, 35, 40, 50];
  it.each([
    [5, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [95, 50],
    [100, 50],
  ])('p%i of 15,20,35,40,50 = %i', (p, expected) => expect(percentile(textbook, p)).toBe(expected));

  it.each([
    ['one sample', [7], 50, 7],
    ['one sample p95', [7], 95, 7],
    ['20 samples p95 is rank 19', Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
    ['21 samples p95 is rank 20 (ceil)', Array.from({ length: 21 }, (_, i) => i + 1), 95, 20],
    ['even count p50 is the lower middle', [1, 2, 3, 4], 50, 2],
    ['p0 is clamped to rank 1', [3, 4], 0, 3],
  ])('%s', (_name, samples, p, expected) => expect(percentile(samples, p)).toBe(expected));

  it('is null without samples', () => expect(percentile([], 50)).toBeNull());

  it('sorts numerically and drops non-finite values', () => {
    expect(sortedSamples([10, 9, 100, Number.NaN, 1, Number.POSITIVE_INFINITY])).toEqual([1, 9, 10, 100]);
  });

  it('summarize gives count, min, max, avg, p50, p95', () => {
    expect(summarize([100, 300, 200, 400])).toEqual({ count: 4, min: 100, max: 400, avg: 250, p50: 200, p95: 400 });
    expect(summarize([])).toEqual({ count: 0, min: null, max: null, avg: null, p50: null, p95: null });
  });

  it('percentiles are samples within [min, max], monotone in p, and p50 <= p95 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (values, a, b) => {
        const sorted = sortedSamples(values);
        const s = summarize(values);
        expect(values).toContain(s.p50);
        expect(s.p50 as number).toBeGreaterThanOrEqual(s.min as number);
        expect(s.p95 as number).toBeLessThanOrEqual(s.max as number);
        expect(s.p50 as number).toBeLessThanOrEqual(s.p95 as number);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(percentile(sorted, lo) as number).toBeLessThanOrEqual(percentile(sorted, hi) as number);
        // Nearest rank: at least p% of the samples are <= the answer, and fewer than p% are below it.
        const answer = percentile(sorted, hi) as number;
        expect(sorted.filter((v) => v <= answer).length * 100).toBeGreaterThanOrEqual(hi * sorted.length);
        expect(sorted.filter((v) => v < answer).length * 100).toBeLessThan(hi * sorted.length);
      }),
    );
  });
});

describe('trendOf', () => {
  it.each([
    ['up 50%', 150, 100, { direction: 'up', percentChange: 50 }],
    ['down 50%', 50, 100, { direction: 'down', percentChange: -50 }],
    ['+5% is flat (inclusive)', 105, 100, { direction: 'flat', percentChange: 5 }],
    ['−5% is flat (inclusive)', 95, 100, { direction: 'flat', percentChange: -5 }],
    ['+5.1% is up', 105.1, 100, { direction: 'up', percentChange: expect.closeTo(5.1, 6) }],
    ['no previous data', 100, null, { direction: 'flat', percentChange: null }],
    ['no current data', null, 100, { direction: 'flat', percentChange: null }],
    ['from zero to something', 10, 0, { direction: 'up', percentChange: null }],
    ['zero to zero', 0, 0, { direction: 'flat', percentChange: null }],
  ] as const)('%s', (_name, current, previous, expected) => {
    expect(trendOf(current, previous)).toEqual(expected);
  });

  it('honours a custom flat threshold', () => {
    expect(trendOf(108, 100, 10).direction).toBe('flat');
    expect(trendOf(108, 100, 0).direction).toBe('up');
  });
});
