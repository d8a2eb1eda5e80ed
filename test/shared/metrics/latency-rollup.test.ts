import { describe, expect, it } from 'vitest';
import { histogramOfRow } from '../../../src-shared/metrics/daily-latency-rows';
import { histogramOf } from '../../../src-shared/metrics/latency-histogram';
import { applyDailyLatencyDelta, dailyLatencyDelta, dailyLatencyRowsOfSamples, dailyLatencyTotal, distinctLatencyKeys } from '../../../src-shared/metrics/latency-rollup';
import type { EntryForRollup, RunForRollup } from '../../../src-shared/metrics/rollup';

const run = (over: Partial<RunForRollup> = {}): RunForRollup => ({
  sys_id: 'r1',
  connector: 'c1',
  state: 'complete',
  substate: 'succeeded',
  ended: '2026-11-21T00:00:30.000Z',
  rest_api_ms: 1500,
  ...over,
});

// The run crosses midnight: one entry ends on the 20th, one on the 21st.
const entries: EntryForRollup[] = [
  { run: 'r1', queued_at: '2026-11-20T23:58:00.000Z', processing_started: '2026-11-20T23:58:10.000Z', processing_ended: '2026-11-20T23:59:10.000Z' },
  { run: 'r1', queued_at: '2026-11-20 23:58:00', processing_started: '2026-11-20 23:59:30', processing_ended: '2026-11-21 00:00:10' },
  // Never started (closed when the run ended): no sample.
  { run: 'r1', queued_at: '2026-11-20T23:58:00.000Z', processing_started: null, processing_ended: '2026-11-21T00:00:30.000Z' },
];

describe('dailyLatencyDelta', () => {
  it('dates queue times at each entry processing end and REST API time at the run end', () => {
    const result = dailyLatencyDelta(run(), entries);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((d) => [d.connector, d.day, d.metric, d.histogram.samples, d.histogram.totalMs])).toEqual([
      ['c1', '2026-11-20', 'queue_processing', 1, 60_000],
      ['c1', '2026-11-20', 'queue_wait', 1, 10_000],
      ['c1', '2026-11-21', 'queue_processing', 1, 40_000],
      ['c1', '2026-11-21', 'queue_wait', 1, 90_000],
      ['c1', '2026-11-21', 'rest_api', 1, 1500],
    ]);
  });

  it('takes the connector from the run, whatever the entries say', () => {
    const result = dailyLatencyDelta(run(), [{ ...entries[0], connector: 'other' } as EntryForRollup]);
    expect(result.ok && result.value.every((d) => d.connector === 'c1')).toBe(true);
  });

  it('skips skewed (negative) durations and a run without REST API time', () => {
    const skewed: EntryForRollup = { run: 'r1', queued_at: '2026-11-20T10:00:10Z', processing_started: '2026-11-20T10:00:00Z', processing_ended: '2026-11-20T10:00:05Z' };
    const result = dailyLatencyDelta(run({ rest_api_ms: null }), [skewed]);
    expect(result.ok && result.value.map((d) => d.metric)).toEqual(['queue_processing']);
  });

  it.each([
    ['a run not complete', run({ state: 'processing' }), [], 'run_not_complete'],
    ['a run without connector', run({ connector: '' }), [], 'invalid_record'],
    ['a run without end', run({ ended: null }), [], 'invalid_record'],
    ['an entry of another run', run(), [{ ...entries[0], run: 'r2' }], 'invalid_record'],
  ])('refuses %s', (_name, subject, list, code) => {
    const result = dailyLatencyDelta(subject, list as EntryForRollup[]);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('applyDailyLatencyDelta', () => {
  const delta = { connector: 'c1', day: '2026-11-20', metric: 'queue_wait' as const, histogram: histogramOf([100, 300]) };

  it('creates the row, then adds to it', () => {
    const created = applyDailyLatencyDelta(null, delta);
    expect(created).toEqual({ connector: 'c1', day: '2026-11-20', metric: 'queue_wait', samples: 2, total_ms: 400, min_ms: 100, max_ms: 300, buckets: expect.any(String) });
    const added = applyDailyLatencyDelta(created, { ...delta, histogram: histogramOf([50]) });
    expect(added).toMatchObject({ samples: 3, total_ms: 450, min_ms: 50, max_ms: 300 });
    expect(histogramOfRow(added)).toEqual(histogramOf([100, 300, 50]));
  });

  it('reads buckets a store already parsed', () => {
    const created = applyDailyLatencyDelta(null, delta);
    const parsed = { ...created, buckets: JSON.parse(created.buckets) as unknown };
    expect(applyDailyLatencyDelta(parsed, delta)).toMatchObject({ samples: 4, total_ms: 800 });
  });

  it('replaces a row whose buckets do not add up to its samples', () => {
    const damaged = { connector: 'c1', day: '2026-11-20', metric: 'queue_wait', samples: 5, total_ms: 10, min_ms: 1, max_ms: 3, buckets: '[1,1]' };
    expect(applyDailyLatencyDelta(damaged, delta)).toMatchObject({ samples: 2, total_ms: 400, min_ms: 100, max_ms: 300 });
  });
});

describe('dailyLatencyTotal', () => {
  const at = Date.UTC(2026, 10, 20, 12);
  const rows = dailyLatencyRowsOfSamples([
    { metric: 'queue_wait', at, ms: 100, connector: 'a' },
    { metric: 'queue_wait', at, ms: 300, connector: 'a' },
    { metric: 'queue_wait', at, ms: 20, connector: 'b' },
    { metric: 'rest_api', at, ms: 7, connector: 'b' },
    { metric: 'queue_wait', at: at + 86_400_000, ms: 9, connector: 'b' },
  ]);

  it('merges the connector rows of its day and metric only', () => {
    const total = dailyLatencyTotal({ day: '2026-11-20', metric: 'queue_wait' }, rows);
    expect(total).toMatchObject({ day: '2026-11-20', metric: 'queue_wait', samples: 3, total_ms: 420, min_ms: 20, max_ms: 300 });
    expect(total).not.toHaveProperty('connector');
    expect(histogramOfRow(total)).toEqual(histogramOf([100, 300, 20]));
  });

  it('leaves out a damaged row, and is empty without rows', () => {
    const damaged = { connector: 'c', day: '2026-11-20', metric: 'queue_wait', samples: 9, total_ms: 1, min_ms: 1, max_ms: 1, buckets: '[1,1]' };
    expect(dailyLatencyTotal({ day: '2026-11-20', metric: 'queue_wait' }, [...rows, damaged])).toMatchObject({ samples: 3 });
    expect(dailyLatencyTotal({ day: '2026-11-21', metric: 'rest_api' }, rows)).toEqual({ day: '2026-11-21', metric: 'rest_api', samples: 0, total_ms: 0, min_ms: null, max_ms: null, buckets: '[]' });
  });
});

describe('distinctLatencyKeys', () => {
  it('keeps each (day, metric) once, in first-seen order', () => {
    const keys = [
      { day: '2026-11-20', metric: 'rest_api' as const },
      { day: '2026-11-21', metric: 'rest_api' as const },
      { day: '2026-11-20', metric: 'rest_api' as const },
      { day: '2026-11-20', metric: 'queue_wait' as const },
    ];
    expect(distinctLatencyKeys(keys)).toEqual([keys[0], keys[1], keys[3]]);
  });
});
