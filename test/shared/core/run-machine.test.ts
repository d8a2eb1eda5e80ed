import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RUN_EVENT_TYPES,
  decideTrigger,
  initialRun,
  stageOf,
  stepRun,
  type RunCommand,
  type RunEvent,
  type RunMachineState,
} from '../../../src-shared/core/run-machine';
import { stepConnectorLifecycle } from '../../../src-shared/core/connector-lifecycle-machine';
import { RUN_STATES, RUN_SUBSTATES, RUN_TRIGGERS } from '../../../src-shared/model/vocabulary';

const T0 = Date.UTC(2025, 0, 1);
const at = (seconds: number) => ({ now: T0 + seconds * 1000 });

/** Drive a script of events; every step must be accepted. */
function drive(events: readonly RunEvent[], from: RunMachineState = initialRun()) {
  let state = from;
  const commands: RunCommand[] = [];
  events.forEach((event, i) => {
    const result = stepRun(state, event, at(i));
    if (!result.ok) throw new Error(`step ${i} (${event.type}) rejected: ${result.error.message}`);
    state = result.value.state;
    commands.push(...result.value.commands);
  });
  return { state, commands };
}

const kinds = (commands: readonly RunCommand[]) => commands.map((c) => c.kind);

const happy: readonly RunEvent[] = [
  { type: 'start' },
  { type: 'page_fetched', records: 50 },
  { type: 'entry_processed', records: 50 },
  { type: 'page_fetched', records: 20 },
  { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1_700_000_000 },
  { type: 'entry_processed', records: 18, rejected: 2 },
  { type: 'all_entries_done' },
];

describe('run machine: scripted runs', () => {
  it('a clean run succeeds, advances the cursor and turns the connector green', () => {
    const { state, commands } = drive(happy);
    expect(state).toMatchObject({
      state: 'complete', substate: 'succeeded', pages: 2, recordsFetched: 70, recordsProcessed: 68, recordsRejected: 2,
      entriesProcessed: 2, failure: null, started: T0, ended: T0 + 6000,
    });
    expect(commands).toContainEqual({ kind: 'advance_cursor', to: 1_700_000_000 });
    expect(commands).toContainEqual({ kind: 'update_connector', event: { type: 'run_succeeded' } });
    expect(commands.filter((c) => c.kind === 'log').map((c) => c.kind === 'log' && c.message)).toContain(
      'run succeeded: 68 records processed, 2 rejected',
    );
  });

  it('an incomplete retrieval (failed chunks) succeeds without moving the cursor, and says why', () => {
    const { state, commands } = drive([
      { type: 'start' },
      { type: 'retrieval_finished', cursorMayAdvance: false, cursorTo: 99, reason: 'export had 1 failed chunk' },
      { type: 'all_entries_done' },
    ]);
    expect(state.substate).toBe('succeeded');
    expect(kinds(commands)).not.toContain('advance_cursor');
    expect(commands).toContainEqual({ kind: 'log', level: 'warn', stage: 'fetching', event: 'retrieval_finished', message: 'delta cursor kept: export had 1 failed chunk' });
  });

  it('an incomplete retrieval without a reason still explains the kept cursor', () => {
    const { commands } = drive([{ type: 'start' }, { type: 'retrieval_finished', cursorMayAdvance: false, cursorTo: null }]);
    expect(commands.some((c) => c.kind === 'log' && c.message === 'delta cursor kept: retrieval was incomplete')).toBe(true);
  });

  it('no cursor to advance means no advance command', () => {
    const { commands } = drive([{ type: 'start' }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: null }, { type: 'all_entries_done' }]);
    expect(kinds(commands)).not.toContain('advance_cursor');
  });

  it('a failed entry fails the run at the end (processing stage, retryable), cursor kept', () => {
    const { state, commands } = drive([
      { type: 'start' },
      { type: 'entry_processed', records: 10 },
      { type: 'entry_failed', message: 'lookup table locked' },
      { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 5 },
      { type: 'all_entries_done' },
    ]);
    expect(state.substate).toBe('failed');
    expect(state.failure).toEqual({ stage: 'processing', statusCode: null, message: '1 of 2 entries failed to process', retryable: true });
    expect(kinds(commands)).not.toContain('advance_cursor');
    expect(commands).toContainEqual({ kind: 'update_connector', event: { type: 'run_failed', retryable: true } });
  });

  it('fail carries stage, status code and retryable into log, alert and connector', () => {
    const failure = { stage: 'fetching', statusCode: 403, message: 'export refused', retryable: false } as const;
    const { state, commands } = drive([{ type: 'start' }, { type: 'fail', failure }]);
    expect(state).toMatchObject({ state: 'complete', substate: 'failed', failure });
    expect(commands).toContainEqual({ kind: 'log', level: 'error', stage: 'fetching', event: 'fail', message: 'export refused (status 403)' });
    expect(commands).toContainEqual({ kind: 'alert', severity: 'error', stage: 'fetching', message: 'export refused (status 403)' });
    expect(commands).toContainEqual({ kind: 'update_connector', event: { type: 'run_failed', retryable: false } });
  });

  it('a queued run may fail at the initiating stage', () => {
    const failure = { stage: 'initiating', statusCode: null, message: 'connection inactive', retryable: false } as const;
    expect(drive([{ type: 'fail', failure }]).state.substate).toBe('failed');
  });

  it.each([
    ['queued', [], 'initiating'],
    ['retrieving', [{ type: 'start' }], 'fetching'],
    ['processing', [{ type: 'start' }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1 }], 'processing'],
  ] as const)('timeout in %s → timed_out, stage %s, retryable, worker told to stop', (_s, before, stage) => {
    const { state, commands } = drive([...before, { type: 'timeout' }]);
    expect(state.substate).toBe('timed_out');
    expect(state.failure?.stage).toBe(stage);
    expect(state.failure?.retryable).toBe(true);
    expect(kinds(commands)).toContain('stop_work');
    expect(commands).toContainEqual({ kind: 'update_connector', event: { type: 'run_failed', retryable: true } });
  });

  it('the timeout message names the state and the elapsed time', () => {
    const { state } = drive([{ type: 'start' }, { type: 'page_fetched', records: 1 }, { type: 'timeout' }]);
    expect(state.failure?.message).toBe("run timed out in state 'retrieving' after 2 s");
  });

  it('cancel on a queued run completes at once', () => {
    const { state, commands } = drive([{ type: 'cancel_requested' }]);
    expect(state).toMatchObject({ state: 'complete', substate: 'cancelled' });
    expect(kinds(commands)).not.toContain('update_connector');
  });

  it('cancel while working is honoured at the next heartbeat, not before', () => {
    const { state: asked } = drive([{ type: 'start' }, { type: 'page_fetched', records: 5 }, { type: 'cancel_requested' }, { type: 'entry_processed', records: 5 }]);
    expect(asked).toMatchObject({ state: 'retrieving', cancelRequested: true });
    const again = stepRun(asked, { type: 'cancel_requested' }, at(10));
    expect(again.ok && again.value.commands).toEqual([]);
    const beat = stepRun(asked, { type: 'heartbeat', resume: { page: 1, recordOffset: 5 } }, at(11));
    expect(beat.ok).toBe(true);
    if (!beat.ok) return;
    expect(beat.value.state).toMatchObject({ state: 'complete', substate: 'cancelled', resume: { page: 1, recordOffset: 5 }, ended: T0 + 11_000 });
    expect(kinds(beat.value.commands)).toEqual(['stop_work', 'log']);
  });

  it('work that finishes before the next heartbeat succeeds despite a cancel request (the truth)', () => {
    const { state } = drive([
      { type: 'start' }, { type: 'cancel_requested' }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1 }, { type: 'all_entries_done' },
    ]);
    expect(state.substate).toBe('succeeded');
  });

  it('a heartbeat with resume details saves a checkpoint; without details it changes nothing', () => {
    const started = drive([{ type: 'start' }]).state;
    const withResume = stepRun(started, { type: 'heartbeat', resume: { page: 3, recordOffset: 500 } }, at(1));
    expect(withResume.ok && withResume.value.commands).toEqual([{ kind: 'save_checkpoint', resume: { page: 3, recordOffset: 500 } }]);
    expect(withResume.ok && withResume.value.state.resume).toEqual({ page: 3, recordOffset: 500 });
    const bare = stepRun(started, { type: 'heartbeat' }, at(1));
    expect(bare.ok && bare.value).toEqual({ state: started, commands: [] });
  });

  const illegal: readonly [string, readonly RunEvent[], RunEvent, string][] = [
    ['start twice', [{ type: 'start' }], { type: 'start' }, "run in state 'retrieving' cannot accept event 'start'"],
    ['pages before start', [], { type: 'page_fetched', records: 1 }, "run in state 'queued' cannot accept event 'page_fetched'"],
    ['entries before start', [], { type: 'entry_processed', records: 1 }, "run in state 'queued' cannot accept event 'entry_processed'"],
    ['entry failure before start', [], { type: 'entry_failed', message: 'x' }, "run in state 'queued' cannot accept event 'entry_failed'"],
    ['heartbeat before start', [], { type: 'heartbeat' }, "run in state 'queued' cannot accept event 'heartbeat'"],
    ['finish before retrieval', [{ type: 'start' }], { type: 'all_entries_done' }, "run in state 'retrieving' cannot accept event 'all_entries_done'"],
    ['pages after retrieval', [{ type: 'start' }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1 }], { type: 'page_fetched', records: 1 }, "run in state 'processing' cannot accept event 'page_fetched'"],
    ['retrieval finished twice', [{ type: 'start' }, { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1 }], { type: 'retrieval_finished', cursorMayAdvance: true, cursorTo: 1 }, "run in state 'processing' cannot accept event 'retrieval_finished'"],
    ['anything after complete', [{ type: 'cancel_requested' }], { type: 'heartbeat' }, "run in state 'complete/cancelled' cannot accept event 'heartbeat'"],
    ['fail after success', happy, { type: 'fail', failure: { stage: 'processing', statusCode: null, message: 'x', retryable: true } }, "run in state 'complete/succeeded' cannot accept event 'fail'"],
  ];
  it.each(illegal)('rejects %s', (_name, before, event, message) => {
    const { state } = drive(before);
    const result = stepRun(state, event, at(99));
    expect(result).toMatchObject({ ok: false, error: { code: 'illegal_transition', statusHint: 409, message } });
  });

  it.each([
    [{ type: 'page_fetched', records: -1 }, "event 'page_fetched' has invalid records -1"],
    [{ type: 'page_fetched', records: 1.5 }, "event 'page_fetched' has invalid records 1.5"],
    [{ type: 'entry_processed', records: 1, rejected: -2 }, "event 'entry_processed' has invalid rejected -2"],
    [{ type: 'entry_processed', records: Number.NaN }, "event 'entry_processed' has invalid records NaN"],
  ] as const)('rejects bad counts: %j', (event, message) => {
    const { state } = drive([{ type: 'start' }]);
    expect(stepRun(state, event, at(1))).toMatchObject({ ok: false, error: { code: 'invalid_event', statusHint: 422, message } });
  });

  it.each([
    ['queued', 'initiating'],
    ['retrieving', 'fetching'],
    ['processing', 'processing'],
    ['complete', 'initiating'],
  ] as const)('stageOf(%s) = %s', (state, stage) => {
    expect(stageOf(state)).toBe(stage);
  });

  it('its update_connector commands are events the lifecycle machine accepts', () => {
    const commands = [...drive(happy).commands, ...drive([{ type: 'start' }, { type: 'timeout' }]).commands];
    for (const c of commands) {
      if (c.kind !== 'update_connector') continue;
      expect(stepConnectorLifecycle('connecting', c.event).ok).toBe(true);
    }
  });
});

describe('decideTrigger', () => {
  it.each(RUN_TRIGGERS.map((t) => [t] as const))('starts a %s run when nothing is active', (trigger) => {
    expect(decideTrigger([], trigger)).toEqual({ decision: 'start', trigger });
    expect(decideTrigger([{ number: 'RUN0001', state: 'complete' }], trigger)).toEqual({ decision: 'start', trigger });
  });

  it.each([
    ['schedule', 'info'],
    ['catch_up', 'info'],
    ['manual', 'warn'],
    ['retry', 'warn'],
    ['enable', 'warn'],
    ['create', 'warn'],
  ] as const)('skips an overlapping %s trigger, logged at %s with the reason', (trigger, level) => {
    const decision = decideTrigger([{ number: 'RUN0001', state: 'complete' }, { number: 'RUN0002', state: 'retrieving' }], trigger);
    const reason = `trigger '${trigger}' skipped: run 'RUN0002' is still 'retrieving'`;
    expect(decision).toEqual({
      decision: 'skip', trigger, reason,
      command: { kind: 'log', level, stage: 'initiating', event: 'start', message: reason },
    });
  });

  it('names an unnumbered active run generically', () => {
    const decision = decideTrigger([{ number: null, state: 'queued' }], 'manual');
    expect(decision.decision === 'skip' && decision.reason).toBe("trigger 'manual' skipped: another run is still 'queued'");
  });
});

describe('run machine: properties', () => {
  const failure = fc.record({
    stage: fc.constantFrom('initiating', 'connectivity_test', 'fetching', 'normalizing', 'processing' as const),
    statusCode: fc.option(fc.integer({ min: 100, max: 599 }), { nil: null }),
    message: fc.string({ maxLength: 20 }),
    retryable: fc.boolean(),
  });
  const resume = fc.record({ page: fc.nat(100), recordOffset: fc.nat(10_000) });
  const event: fc.Arbitrary<RunEvent> = fc.oneof(
    fc.constant({ type: 'start' } as const),
    fc.record({ type: fc.constant('page_fetched' as const), records: fc.integer({ min: -2, max: 100 }) }),
    fc.record({ type: fc.constant('retrieval_finished' as const), cursorMayAdvance: fc.boolean(), cursorTo: fc.option(fc.nat(), { nil: null }) }),
    fc.record({ type: fc.constant('entry_processed' as const), records: fc.nat(100), rejected: fc.option(fc.nat(10), { nil: undefined }) }),
    fc.record({ type: fc.constant('entry_failed' as const), message: fc.string({ maxLength: 10 }) }),
    fc.constant({ type: 'all_entries_done' } as const),
    fc.record({ type: fc.constant('fail' as const), failure }),
    fc.constant({ type: 'cancel_requested' } as const),
    fc.record({ type: fc.constant('heartbeat' as const), resume: fc.option(resume, { nil: undefined }) }),
    fc.constant({ type: 'timeout' } as const),
  );
  const ORDER = { queued: 0, retrieving: 1, processing: 2, complete: 3 } as const;

  it('never reaches an illegal state under any event sequence; complete absorbs', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let run = initialRun();
        events.forEach((e, i) => {
          const result = stepRun(run, e, at(i));
          if (!result.ok) {
            expect(['illegal_transition', 'invalid_event']).toContain(result.error.code);
            return;
          }
          const next = result.value.state;
          const commands = result.value.commands;
          expect(run.state).not.toBe('complete');
          expect(RUN_STATES).toContain(next.state);
          expect(RUN_SUBSTATES).toContain(next.substate);
          expect(ORDER[next.state]).toBeGreaterThanOrEqual(ORDER[run.state]);
          expect(next.state === 'complete').toBe(next.substate !== 'none');
          expect(next.failure !== null).toBe(next.substate === 'failed' || next.substate === 'timed_out');
          expect(next.ended !== null).toBe(next.state === 'complete');
          if (next.state === 'retrieving' || next.state === 'processing') expect(next.started).not.toBeNull();
          for (const n of [next.pages, next.recordsFetched, next.recordsProcessed, next.recordsRejected, next.entriesFailed, next.entriesProcessed]) {
            expect(Number.isInteger(n) && n >= 0).toBe(true);
          }
          // The cursor moves and the connector turns green only on a real success.
          const succeededNow = next.substate === 'succeeded' && run.substate === 'none';
          if (kinds(commands).includes('advance_cursor')) expect(succeededNow && next.cursorMayAdvance).toBe(true);
          for (const c of commands) {
            if (c.kind === 'update_connector' && c.event.type === 'run_succeeded') expect(succeededNow).toBe(true);
          }
          // Every completion but a cancel tells the connector how the run ended.
          if (next.state === 'complete' && next.substate !== 'cancelled') expect(kinds(commands)).toContain('update_connector');
          run = next;
        });
        if (run.state === 'complete') {
          for (const type of RUN_EVENT_TYPES) {
            const probe = { type, records: 0, cursorMayAdvance: true, cursorTo: 1, message: 'x', failure: { stage: 'processing', statusCode: null, message: 'x', retryable: true } } as unknown as RunEvent;
            expect(stepRun(run, probe, at(999)).ok).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
