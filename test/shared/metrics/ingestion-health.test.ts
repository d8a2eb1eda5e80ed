import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestionHealth, type IngestionHealthInput } from '../../../src-shared/metrics/ingestion-health';
import { samplesOfEntry, samplesOfRun, type IngestionSample } from '../../../src-shared/metrics/ingestion-samples';
import { latencyBucketOf } from '../../../src-shared/metrics/latency-histogram';
import { applyDailyLatencyDelta, dailyLatencyRowsOfSamples, latencyDeltasOfSamples } from '../../../src-shared/metrics/latency-rollup';
import { summarize, percentile, sortedSamples } from '../../../src-shared/metrics/percentile';
import type { DailyLatencyRow } from '../../../src-shared/metrics/daily-latency-rows';

const NOW = Date.UTC(2026, 10, 20, 15, 30);
const ctx = { now: NOW };
const DAY = 86_400_000;
const today = Date.UTC(2026, 10, 20);

const sample = (metric: IngestionSample['metric'], daysAgo: number, ms: number, connector = 'a'): IngestionSample => ({
  metric,
  at: today - daysAgo * DAY + 3_600_000,
  ms,
  connector,
});

/** The health the daily latency rows holding these samples give. */
function healthOf(samples: readonly IngestionSample[], input: Omit<IngestionHealthInput, 'latency'>) {
  return ingestionHealth({ latency: dailyLatencyRowsOfSamples(samples), ...input }, ctx);
}

/** Same bucket as the exact value: what "approximate to within one bucket" promises. */
const sameBucket = (estimate: number | null, exact: number) => {
  expect(estimate).not.toBeNull();
  expect(latencyBucketOf(estimate as number)).toBe(latencyBucketOf(exact));
};

describe('ingestionHealth', () => {
  it('avg, p50, p95 for the window and the previous window, with trends', () => {
    const samples = [
      // current 7 days: 100, 200, 300, 400 → avg 250, p50 200, p95 400
      sample('queue_processing', 0, 100),
      sample('queue_processing', 1, 200),
      sample('queue_processing', 3, 300),
      sample('queue_processing', 6, 400),
      // previous 7 days (7..13 days ago): 100, 100 → avg 100
      sample('queue_processing', 7, 100),
      sample('queue_processing', 13, 100),
      // older than both windows: ignored
      sample('queue_processing', 14, 99_999),
      // wait time only now
      sample('queue_wait', 2, 50),
      // REST API flat within 5%
      sample('rest_api', 0, 1000),
      sample('rest_api', 8, 980),
    ];
    const health = healthOf(samples, { windowDays: 7 });
    expect(health.current).toEqual({ from: '2026-11-14', to: '2026-11-20' });
    expect(health.previous).toEqual({ from: '2026-11-07', to: '2026-11-13' });
    expect(health.highlights.map((h) => h.key)).toEqual(['queue_processing', 'queue_wait', 'rest_api']);
    const [processing, wait, rest] = health.highlights;
    // Count, min, max and avg exact; p50 in 200's bucket [200, 210); p95 is the top rank: the max.
    expect(processing?.current).toEqual({ count: 4, min: 100, max: 400, avg: 250, p50: 204, p95: 400 });
    sameBucket(processing?.current.p50 ?? null, 200);
    expect(processing?.previous).toMatchObject({ count: 2, avg: 100, p50: 100, p95: 100 });
    expect(processing?.trend.avg).toEqual({ direction: 'up', percentChange: 150 });
    expect(processing?.trend.p95).toEqual({ direction: 'up', percentChange: 300 });
    expect(wait?.current.avg).toBe(50);
    expect(wait?.trend.avg).toEqual({ direction: 'flat', percentChange: null });
    expect(rest?.trend.avg.direction).toBe('flat');
    expect(rest?.label).toBe('REST API time');
  });

  it('30-day window puts samples 29 days ago in the current period and 30 days ago in the previous one', () => {
    const health = healthOf([sample('rest_api', 29, 10), sample('rest_api', 30, 20), sample('rest_api', 59, 30), sample('rest_api', 60, 40)], { windowDays: 30 });
    const rest = health.highlights[2];
    expect(rest?.current.count).toBe(1);
    expect(rest?.previous).toMatchObject({ count: 2, min: 20, max: 30 });
    expect(rest?.trend.avg).toEqual({ direction: 'down', percentChange: -60 });
  });

  it('filters by connector and drops skewed (negative) or non-finite samples', () => {
    const samples = [sample('queue_wait', 0, 10, 'a'), sample('queue_wait', 0, 1000, 'b'), sample('queue_wait', 0, -5, 'a'), { ...sample('queue_wait', 0, 1, 'a'), at: Number.NaN }, sample('queue_wait', 0, Number.NaN, 'a')];
    const health = healthOf(samples, { windowDays: 7, connector: 'a' });
    expect(health.highlights[1]?.current).toMatchObject({ count: 1, avg: 10 });
    expect(healthOf(samples, { windowDays: 7 }).highlights[1]?.current).toMatchObject({ count: 2, avg: 505 });
  });

  it('a custom flat threshold changes the verdict', () => {
    const samples = [sample('rest_api', 0, 108), sample('rest_api', 8, 100)];
    expect(healthOf(samples, { windowDays: 7 }).highlights[2]?.trend.avg.direction).toBe('up');
    expect(healthOf(samples, { windowDays: 7, flatThresholdPercent: 10 }).highlights[2]?.trend.avg.direction).toBe('flat');
  });

  it('percentiles stay within [min, max] and p50 <= p95 for any samples (property)', () => {
    const arb = fc.record({
      metric: fc.constantFrom<IngestionSample['metric']>('queue_processing', 'queue_wait', 'rest_api'),
      at: fc.integer({ min: today - 70 * DAY, max: today + DAY - 1 }),
      ms: fc.integer({ min: 0, max: 3_600_000 }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 200 }), fc.constantFrom<7 | 30>(7, 30), (samples, windowDays) => {
        for (const h of healthOf(samples, { windowDays }).highlights) {
          for (const period of [h.current, h.previous]) {
            if (period.count === 0) {
              expect(period.p50).toBeNull();
              continue;
            }
            expect(period.p50 as number).toBeGreaterThanOrEqual(period.min as number);
            expect(period.p50 as number).toBeLessThanOrEqual(period.p95 as number);
            expect(period.p95 as number).toBeLessThanOrEqual(period.max as number);
          }
        }
      }),
    );
  });

  it('from the rows, gives what the samples give: count, min, max, avg exact, p50 and p95 in the bucket of the exact sample (property)', () => {
    const arb = fc.record({
      metric: fc.constantFrom<IngestionSample['metric']>('queue_processing', 'queue_wait', 'rest_api'),
      at: fc.integer({ min: today - 70 * DAY, max: today + DAY - 1 }),
      ms: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 3_600_000 })),
      connector: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 200 }), fc.constantFrom<7 | 30>(7, 30), fc.constantFrom<string | null>(null, 'a'), (samples, windowDays, connector) => {
        const health = healthOf(samples, { windowDays, connector });
        const windows = { current: health.current, previous: health.previous };
        for (const h of health.highlights) {
          for (const period of ['current', 'previous'] as const) {
            const { from, to } = windows[period];
            const values = samples
              .filter((s) => s.metric === h.key && (connector === null || s.connector === connector))
              .filter((s) => new Date(s.at).toISOString().slice(0, 10) >= from && new Date(s.at).toISOString().slice(0, 10) <= to)
              .map((s) => s.ms);
            const exact = summarize(values);
            const got = h[period];
            expect({ count: got.count, min: got.min, max: got.max, avg: got.avg }).toEqual({ count: exact.count, min: exact.min, max: exact.max, avg: exact.avg });
            if (exact.count === 0) continue;
            sameBucket(got.p50, percentile(sortedSamples(values), 50) as number);
            sameBucket(got.p95, percentile(sortedSamples(values), 95) as number);
          }
        }
      }),
    );
  });

  it('rows added run by run give the same health as the rows of all samples at once (property)', () => {
    const arb = fc.record({
      metric: fc.constantFrom<IngestionSample['metric']>('queue_processing', 'queue_wait', 'rest_api'),
      at: fc.integer({ min: today - 14 * DAY, max: today + DAY - 1 }),
      ms: fc.integer({ min: 0, max: 600_000 }),
      connector: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arb, { maxLength: 20 }), { maxLength: 10 }), (runs) => {
        const rows = new Map<string, DailyLatencyRow>();
        for (const run of runs) {
          for (const delta of latencyDeltasOfSamples(run)) {
            const key = `${delta.connector}|${delta.day}|${delta.metric}`;
            rows.set(key, applyDailyLatencyDelta(rows.get(key) ?? null, delta));
          }
        }
        expect(ingestionHealth({ latency: [...rows.values()], windowDays: 7 }, ctx)).toEqual(healthOf(runs.flat(), { windowDays: 7 }));
      }),
    );
  });

  it('leaves out a damaged row whole, and rows of other days or metrics', () => {
    const good = dailyLatencyRowsOfSamples([sample('queue_wait', 0, 100), sample('queue_wait', 0, 300)]);
    const damaged: DailyLatencyRow[] = [
      { connector: 'a', day: '2026-11-19', metric: 'queue_wait', samples: 2, total_ms: 50, min_ms: 10, max_ms: 40, buckets: '[10,1]' },
      { connector: 'a', day: '2026-11-19', metric: 'queue_wait', samples: 1, total_ms: 50, min_ms: 50, max_ms: 50, buckets: 'not json' },
      { connector: 'a', day: '2026-11-19', metric: 'queue_wait', samples: 1, total_ms: 50, min_ms: null, max_ms: 50, buckets: '[50,1]' },
      { connector: 'a', day: '2026-11-21', metric: 'queue_wait', samples: 1, total_ms: 5, min_ms: 5, max_ms: 5, buckets: '[5,1]' },
      { connector: 'a', day: '2026-11-19', metric: 'unknown', samples: 1, total_ms: 5, min_ms: 5, max_ms: 5, buckets: '[5,1]' },
    ];
    const health = ingestionHealth({ latency: [...good, ...damaged], windowDays: 7 }, ctx);
    expect(health.highlights[1]?.current).toMatchObject({ count: 2, min: 100, max: 300, avg: 200 });
  });
});

describe('samples from records', () => {
  it.each([
    [
      'entry with every time',
      { connector: 'a', queued_at: '2026-11-20T10:00:00.000Z', processing_started: '2026-11-20T10:00:05.000Z', processing_ended: '2026-11-20 10:01:05' },
      [
        { metric: 'queue_processing', at: Date.UTC(2026, 10, 20, 10, 1, 5), ms: 60_000, connector: 'a' },
        { metric: 'queue_wait', at: Date.UTC(2026, 10, 20, 10, 1, 5), ms: 5_000, connector: 'a' },
      ],
    ],
    ['entry without queued_at', { processing_started: '2026-11-20T10:00:00Z', processing_ended: '2026-11-20T10:00:01Z' }, [{ metric: 'queue_processing', at: Date.UTC(2026, 10, 20, 10, 0, 1), ms: 1000, connector: null }]],
    ['entry still processing', { queued_at: '2026-11-20T10:00:00Z', processing_started: '2026-11-20T10:00:00Z', processing_ended: null }, []],
    ['entry never started', { queued_at: '2026-11-20T10:00:00Z', processing_ended: '2026-11-20T10:00:00Z' }, []],
  ])('%s', (_name, entry, expected) => expect(samplesOfEntry(entry)).toEqual(expected));

  it.each([
    ['finished run', { connector: 'a', ended: '2026-11-20T10:00:00Z', rest_api_ms: 1234 }, [{ metric: 'rest_api', at: Date.UTC(2026, 10, 20, 10), ms: 1234, connector: 'a' }]],
    ['unfinished run', { ended: null, rest_api_ms: 1234 }, []],
    ['run without timing', { ended: '2026-11-20T10:00:00Z', rest_api_ms: null }, []],
  ])('%s', (_name, run, expected) => expect(samplesOfRun(run)).toEqual(expected));
});
