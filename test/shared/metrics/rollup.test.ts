import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDailyMetricDelta, dailyMetricDelta, type EntryForRollup, type RunForRollup } from '../../../src-shared/metrics/rollup';

const run = (over: Partial<RunForRollup> = {}): RunForRollup => ({
  sys_id: 'r1',
  connector: 'c1',
  state: 'complete',
  substate: 'succeeded',
  ended: '2026-11-20T23:59:59.999Z',
  records_processed: 7,
  rest_api_ms: 1500,
  queue_wait_ms: 11,
  queue_processing_ms: 22,
  ci_lookup_ms: 3,
  vi_creation_ms: 4,
  risk_rules_ms: 5,
  assignment_rules_ms: 6,
  remediation_task_rules_ms: 7,
  ...over,
});

const entries: EntryForRollup[] = [
  { run: 'r1', queued_at: '2026-11-20T10:00:00.000Z', processing_started: '2026-11-20T10:00:10.000Z', processing_ended: '2026-11-20T10:01:10.000Z', records_processed: 100, ci_lookup_ms: 50, vi_creation_ms: 60, risk_rules_ms: 70, assignment_rules_ms: 80, remediation_task_rules_ms: 90 },
  { run: 'r1', queued_at: '2026-11-20 10:00:00', processing_started: '2026-11-20 10:00:30', processing_ended: '2026-11-20 10:00:40', records_processed: 50, ci_lookup_ms: 5 },
];

const zero = { runs_succeeded: 0, runs_failed: 0, entries: 0, records: 0, rest_api_ms: 0, queue_wait_ms: 0, queue_processing_ms: 0, ci_lookup_ms: 0, vi_creation_ms: 0, risk_rules_ms: 0, assignment_rules_ms: 0, remediation_task_rules_ms: 0 };

describe('dailyMetricDelta', () => {
  it.each([
    ['succeeded', 'succeeded', { runs_succeeded: 1, runs_failed: 0 }],
    ['failed', 'failed', { runs_succeeded: 0, runs_failed: 1 }],
    ['timed out counts as failed', 'timed_out', { runs_succeeded: 0, runs_failed: 1 }],
    ['cancelled counts in neither bar', 'cancelled', { runs_succeeded: 0, runs_failed: 0 }],
  ])('%s', (_name, substate, counts) => {
    const result = dailyMetricDelta(run({ substate }), []);
    expect(result.ok && result.value.increments).toMatchObject(counts);
  });

  it('sums entry timings; the run gives outcome, REST API time and the UTC day it ended', () => {
    expect(dailyMetricDelta(run(), entries)).toEqual({
      ok: true,
      value: {
        connector: 'c1',
        day: '2026-11-20',
        increments: {
          runs_succeeded: 1,
          runs_failed: 0,
          entries: 2,
          records: 150,
          rest_api_ms: 1500,
          queue_wait_ms: 40_000,
          queue_processing_ms: 70_000,
          ci_lookup_ms: 55,
          vi_creation_ms: 60,
          risk_rules_ms: 70,
          assignment_rules_ms: 80,
          remediation_task_rules_ms: 90,
        },
      },
    });
  });

  it('falls back to the run columns when the run has no entries', () => {
    const result = dailyMetricDelta(run({ substate: 'failed', ended: '2026-11-21 00:00:00' }), []);
    expect(result).toEqual({
      ok: true,
      value: {
        connector: 'c1',
        day: '2026-11-21',
        increments: { ...zero, runs_failed: 1, records: 7, rest_api_ms: 1500, queue_wait_ms: 11, queue_processing_ms: 22, ci_lookup_ms: 3, vi_creation_ms: 4, risk_rules_ms: 5, assignment_rules_ms: 6, remediation_task_rules_ms: 7 },
      },
    });
  });

  it('reads skewed clocks, missing times and bad numbers as zero', () => {
    const result = dailyMetricDelta(run({ rest_api_ms: Number.NaN }), [
      { processing_started: '2026-11-20T10:00:10Z', processing_ended: '2026-11-20T10:00:00Z', queued_at: null, records_processed: -3, ci_lookup_ms: null },
    ]);
    expect(result.ok && result.value.increments).toEqual({ ...zero, runs_succeeded: 1, entries: 1 });
  });

  it.each([
    ['a run still processing', run({ state: 'processing' }), [], 'run_not_complete', 'cannot roll up run r1 in state processing: only complete runs count', 409],
    ['a run without connector', run({ connector: null }), [], 'invalid_record', 'cannot roll up run r1: connector is empty', 422],
    ['a run without end', run({ ended: null }), [], 'invalid_record', 'cannot roll up run r1: ended is empty', 422],
    ['a run with a bad end', run({ ended: 'yesterday', sys_id: null }), [], 'invalid_record', "cannot roll up run unknown: ended is not a datetime: 'yesterday'", 422],
    ['an entry of another run', run(), [{ run: 'r2' }], 'invalid_record', 'cannot roll up run r1: an entry belongs to run r2', 422],
  ] as const)('refuses %s', (_name, r, es, code, message, statusHint) => {
    const result = dailyMetricDelta(r, es);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, message, statusHint });
  });

  it('accepts a run without a state column (already known complete)', () => {
    expect(dailyMetricDelta(run({ state: undefined }), []).ok).toBe(true);
  });
});

describe('applyDailyMetricDelta', () => {
  it('creates the row when missing and adds to an existing one', () => {
    const delta = dailyMetricDelta(run(), entries);
    if (!delta.ok) throw new Error(delta.error.message);
    const created = applyDailyMetricDelta(null, delta.value);
    expect(created).toEqual({ connector: 'c1', day: '2026-11-20', ...delta.value.increments });
    const again = applyDailyMetricDelta({ ...created, runs_failed: null }, delta.value);
    expect(again.runs_succeeded).toBe(2);
    expect(again.runs_failed).toBe(0);
    expect(again.queue_wait_ms).toBe(80_000);
  });

  it('is additive: applying runs one by one equals summing them (property)', () => {
    const arbRun = fc.record({
      substate: fc.constantFrom('succeeded', 'failed', 'timed_out', 'cancelled'),
      records_processed: fc.nat(10_000),
      rest_api_ms: fc.nat(100_000),
      ci_lookup_ms: fc.nat(100_000),
    });
    fc.assert(
      fc.property(fc.array(arbRun, { minLength: 1, maxLength: 20 }), (runs) => {
        let row = null as ReturnType<typeof applyDailyMetricDelta> | null;
        for (const r of runs) {
          const delta = dailyMetricDelta(run(r), []);
          if (!delta.ok) throw new Error(delta.error.message);
          row = applyDailyMetricDelta(row, delta.value);
        }
        expect(row?.records).toBe(runs.reduce((s, r) => s + r.records_processed, 0));
        expect(row?.runs_succeeded).toBe(runs.filter((r) => r.substate === 'succeeded').length);
        expect(row?.runs_failed).toBe(runs.filter((r) => r.substate === 'failed' || r.substate === 'timed_out').length);
        expect(row?.rest_api_ms).toBe(runs.reduce((s, r) => s + r.rest_api_ms, 0));
      }),
    );
  });
});
