import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LATENCY_BUCKET_BOUNDS,
  LATENCY_BUCKET_COUNT,
  decodeLatencyBand,
  decodeLatencyBuckets,
  emptyHistogram,
  encodeLatencyBuckets,
  histogramOf,
  histogramPercentile,
  latencyBucketOf,
  latencyBucketRange,
  mergeHistograms,
  summarizeHistogram,
} from '../../../src-shared/metrics/latency-histogram';
import { percentile, sortedSamples, summarize } from '../../../src-shared/metrics/percentile';

/** Whole-ms durations from 0 to a day, skewed towards small values as real timings are. */
const duration = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 86_400_000 }));
const durations = fc.array(duration, { maxLength: 300 });

describe('latency buckets', () => {
  it('start at 0, rise, are one ms wide below 20 ms and at most 5 % of their lower bound above', () => {
    expect(LATENCY_BUCKET_BOUNDS[0]).toBe(0);
    expect(LATENCY_BUCKET_COUNT).toBe(LATENCY_BUCKET_BOUNDS.length);
    for (let i = 0; i + 1 < LATENCY_BUCKET_COUNT; i++) {
      const { lower, upper } = latencyBucketRange(i);
      expect(Number.isInteger(lower)).toBe(true);
      expect(upper as number).toBeGreaterThan(lower);
      if (lower < 20) expect(upper).toBe(lower + 1);
      else expect((upper as number) - lower).toBeLessThanOrEqual(lower / 20);
    }
    // The last bucket is open and starts past 2^31 ms (about 24.9 days).
    expect(latencyBucketRange(LATENCY_BUCKET_COUNT - 1).upper).toBeNull();
    expect(LATENCY_BUCKET_BOUNDS[LATENCY_BUCKET_COUNT - 1] as number).toBeGreaterThanOrEqual(2 ** 31);
    expect(LATENCY_BUCKET_COUNT).toBeLessThan(450);
  });

  it.each([
    [0, 0],
    [19, 19],
    [19.99, 19],
    [20, 20],
    [21, 21],
  ])('%s ms is in bucket %s', (ms, bucket) => expect(latencyBucketOf(ms)).toBe(bucket));

  it('every value lies in [lower, upper) of its bucket (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 33, noNaN: true }), (ms) => {
        const { lower, upper } = latencyBucketRange(latencyBucketOf(ms));
        expect(ms).toBeGreaterThanOrEqual(lower);
        if (upper !== null) expect(ms).toBeLessThan(upper);
      }),
    );
  });
});

describe('latency histogram', () => {
  it('count, total, min and max are exact, as summarize gives them (property)', () => {
    fc.assert(
      fc.property(durations, (values) => {
        const histogram = histogramOf(values);
        const exact = summarize(values);
        expect(histogram.samples).toBe(values.length);
        expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
        expect(histogram.totalMs).toBe(values.reduce((a, b) => a + b, 0));
        const summary = summarizeHistogram(histogram);
        expect({ count: summary.count, min: summary.min, max: summary.max, avg: summary.avg }).toEqual({ count: exact.count, min: exact.min, max: exact.max, avg: exact.avg });
      }),
    );
  });

  it('a percentile lies in the bucket of the exact nearest-rank sample: within 5 %, exact below 20 ms (property)', () => {
    fc.assert(
      fc.property(fc.array(duration, { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        const exact = percentile(sortedSamples(values), p) as number;
        const estimate = histogramPercentile(histogramOf(values), p) as number;
        expect(latencyBucketOf(estimate)).toBe(latencyBucketOf(exact));
        expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(Math.max(0, exact / 20));
        expect(estimate).toBeGreaterThanOrEqual(Math.min(...values));
        expect(estimate).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('answers the middle of the bucket, clamped to the extremes; one sample is exact', () => {
    // 200 is in [200, 210): whole-ms values 200..209, middle 204.
    expect(latencyBucketRange(latencyBucketOf(200))).toEqual({ lower: 200, upper: 210 });
    expect(histogramPercentile(histogramOf([200, 209, 201]), 50)).toBe(204);
    expect(histogramPercentile(histogramOf([209]), 95)).toBe(209);
    expect(histogramPercentile(histogramOf([201, 202, 203]), 50)).toBe(203);
    // The first and last rank are the exact extremes.
    expect(histogramPercentile(histogramOf([201, 205, 400]), 95)).toBe(400);
    expect(histogramPercentile(histogramOf([201, 205, 400]), 1)).toBe(201);
    expect(histogramPercentile(histogramOf([7, 8, 9, 10]), 50)).toBe(8);
    expect(histogramPercentile(histogramOf([3 * 2 ** 31]), 50)).toBe(3 * 2 ** 31);
    expect(histogramPercentile(emptyHistogram(), 50)).toBeNull();
  });

  it('skips negative and non-finite durations (clock skew, missing data)', () => {
    expect(histogramOf([-5, Number.NaN, Number.POSITIVE_INFINITY, 10])).toMatchObject({ samples: 1, totalMs: 10, minMs: 10, maxMs: 10 });
    expect(summarizeHistogram(emptyHistogram())).toEqual({ count: 0, min: null, max: null, avg: null, p50: null, p95: null });
  });

  it('merge is commutative and associative, and equals the histogram of all samples (property)', () => {
    fc.assert(
      fc.property(durations, durations, durations, (a, b, c) => {
        const [ha, hb, hc] = [histogramOf(a), histogramOf(b), histogramOf(c)];
        expect(mergeHistograms(ha, hb)).toEqual(mergeHistograms(hb, ha));
        expect(mergeHistograms(mergeHistograms(ha, hb), hc)).toEqual(mergeHistograms(ha, mergeHistograms(hb, hc)));
        expect(mergeHistograms(mergeHistograms(ha, hb), hc)).toEqual(histogramOf([...a, ...b, ...c]));
        expect(mergeHistograms(ha, emptyHistogram())).toEqual(ha);
      }),
    );
  });
});

describe('stored buckets', () => {
  it('keep only the band from the first to the last non-empty bucket', () => {
    expect(encodeLatencyBuckets(emptyHistogram().counts)).toBe('[]');
    expect(encodeLatencyBuckets(histogramOf([3, 5, 5]).counts)).toBe('[3,1,0,2]');
    expect(decodeLatencyBand('[3,1,0,2]')).toEqual({ first: 3, counts: [1, 0, 2], samples: 3 });
    expect(decodeLatencyBand([3, 1, 0, 2])).toEqual({ first: 3, counts: [1, 0, 2], samples: 3 });
  });

  it('round-trip every histogram (property)', () => {
    fc.assert(
      fc.property(durations, (values) => {
        const counts = histogramOf(values).counts;
        const text = encodeLatencyBuckets(counts);
        expect(decodeLatencyBuckets(text)).toEqual(counts);
        expect(decodeLatencyBuckets(JSON.parse(text))).toEqual(counts);
      }),
    );
  });

  it.each([
    ['not JSON', '[1,'],
    ['not an array', '{"1":2}'],
    ['a negative count', '[0,-1]'],
    ['a fractional count', '[0,1.5]'],
    ['a negative first bucket', '[-1,1]'],
    ['a band past the last bucket', JSON.stringify([LATENCY_BUCKET_COUNT - 1, 1, 1])],
    ['text counts', '[0,"1"]'],
    ['a number', 5],
  ])('reject %s', (_name, value) => expect(decodeLatencyBand(value)).toBeNull());

  it('accept a band ending on the last bucket', () => {
    expect(decodeLatencyBand([LATENCY_BUCKET_COUNT - 2, 1, 1])?.samples).toBe(2);
  });
});
