import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONNECTOR_EVENT_TYPES,
  canStartRun,
  stepConnectorLifecycle,
  type ConnectorEvent,
  type ConnectorLifecycleStatus,
} from '../../../src-shared/core/connector-lifecycle-machine';
import { CONNECTOR_STATUSES } from '../../../src-shared/model/vocabulary';

const ctx = { now: 0 };
const STATES: readonly ConnectorLifecycleStatus[] = [...CONNECTOR_STATUSES, 'gone'];

const E = {
  execute: { type: 'execute' },
  ok: { type: 'run_succeeded' },
  failRetry: { type: 'run_failed', retryable: true },
  failFinal: { type: 'run_failed', retryable: false },
  retry: { type: 'retry_scheduled' },
  exhausted: { type: 'retries_exhausted' },
  testOk: { type: 'test_succeeded' },
  testFail: { type: 'test_failed' },
  disable: { type: 'disable' },
  enableNew: { type: 'enable', hasSucceededBefore: false },
  enableOld: { type: 'enable', hasSucceededBefore: true },
  delete: { type: 'delete' },
  purged: { type: 'purge_finished' },
} as const satisfies Record<string, ConnectorEvent>;

type Name = keyof typeof E;
const NAMES = Object.keys(E) as Name[];

/** The full transition table: state × event → next state, or null when the event is illegal there. */
const TABLE: Record<ConnectorLifecycleStatus, Partial<Record<Name, ConnectorLifecycleStatus>>> = {
  connecting: {
    execute: 'connecting', ok: 'connected', failRetry: 'retrying', failFinal: 'failed', retry: 'retrying',
    testOk: 'connecting', testFail: 'failed', disable: 'disabled', delete: 'deleting',
  },
  connected: {
    execute: 'connected', ok: 'connected', failRetry: 'retrying', failFinal: 'failed', retry: 'retrying',
    testOk: 'connected', testFail: 'connected', disable: 'disabled', delete: 'deleting',
  },
  retrying: {
    execute: 'retrying', ok: 'connected', failRetry: 'retrying', failFinal: 'failed', retry: 'retrying', exhausted: 'failed',
    testOk: 'retrying', testFail: 'retrying', disable: 'disabled', delete: 'deleting',
  },
  failed: {
    execute: 'connecting', ok: 'connected', failRetry: 'failed', failFinal: 'failed', testOk: 'failed', testFail: 'failed',
    enableNew: 'connecting', enableOld: 'connecting', disable: 'disabled', delete: 'deleting',
  },
  disabled: {
    enableNew: 'connecting', enableOld: 'connected', ok: 'disabled', failRetry: 'disabled', failFinal: 'disabled',
    testOk: 'disabled', testFail: 'disabled', delete: 'deleting',
  },
  deleting: { purged: 'gone' },
  gone: {},
};

const ROWS = STATES.flatMap((state) => NAMES.map((name) => [state, name, TABLE[state][name] ?? null] as const));

describe('connector lifecycle machine', () => {
  it.each(ROWS)('%s + %s → %s', (state, name, expected) => {
    const result = stepConnectorLifecycle(state, E[name], ctx);
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'illegal_transition',
        statusHint: 409,
        message: `connector in state '${state}' cannot accept event '${E[name].type}'`,
      });
    } else {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.state).toBe(expected);
    }
  });

  it('rejects execute on a deleting connector with the documented failure', () => {
    expect(stepConnectorLifecycle('deleting', { type: 'execute' })).toEqual({
      ok: false,
      error: {
        code: 'illegal_transition',
        message: "connector in state 'deleting' cannot accept event 'execute'",
        statusHint: 409,
        details: { state: 'deleting', event: 'execute' },
      },
    });
  });

  const commandCases: readonly [ConnectorLifecycleStatus, Name, readonly string[]][] = [
    ['failed', 'execute', ['start_run', 'log']],
    ['connected', 'execute', ['start_run', 'log']],
    ['connecting', 'failFinal', ['log', 'alert']],
    ['retrying', 'exhausted', ['log', 'alert']],
    ['connected', 'disable', ['cancel_active_runs', 'log']],
    ['disabled', 'enableOld', ['start_run', 'log']],
    ['failed', 'enableNew', ['start_run', 'log']],
    ['connected', 'delete', ['cancel_active_runs', 'log', 'purge_connector_data']],
    ['deleting', 'purged', ['delete_connector_record', 'log']],
    ['connected', 'ok', []],
    ['connecting', 'ok', ['log']],
    ['connecting', 'testOk', []],
    ['disabled', 'ok', []],
  ];
  it.each(commandCases)('%s + %s emits %j', (state, name, kinds) => {
    const result = stepConnectorLifecycle(state, E[name], ctx);
    expect(result.ok && result.value.commands.map((c) => c.kind)).toEqual(kinds);
  });

  it('starts the run with the trigger that caused it', () => {
    const manual = stepConnectorLifecycle('failed', E.execute);
    const enabled = stepConnectorLifecycle('disabled', E.enableNew);
    expect(manual.ok && manual.value.commands[0]).toEqual({ kind: 'start_run', trigger: 'manual' });
    expect(enabled.ok && enabled.value.commands[0]).toEqual({ kind: 'start_run', trigger: 'enable' });
  });

  it.each([
    ['connecting', true],
    ['connected', true],
    ['retrying', true],
    ['failed', true],
    ['disabled', false],
    ['deleting', false],
    ['gone', false],
  ] as const)('canStartRun(%s) = %s', (status, expected) => {
    expect(canStartRun(status)).toBe(expected);
  });

  it('lists every event type once', () => {
    expect(new Set(CONNECTOR_EVENT_TYPES).size).toBe(CONNECTOR_EVENT_TYPES.length);
    expect(new Set(NAMES.map((n) => E[n].type))).toEqual(new Set(CONNECTOR_EVENT_TYPES));
  });

  describe('properties', () => {
    const event = fc.constantFrom(...NAMES.map((n) => E[n] as ConnectorEvent));

    it('never reaches an illegal state, gone absorbs, green only after a real success', () => {
      fc.assert(
        fc.property(fc.constantFrom(...STATES), fc.array(event, { maxLength: 60 }), (start, events) => {
          let state = start;
          // Evidence of a real success: a run_succeeded accepted, or enable vouched for one.
          let succeeded = start === 'connected';
          for (const e of events) {
            const result = stepConnectorLifecycle(state, e, ctx);
            if (!result.ok) {
              expect(result.error.code).toBe('illegal_transition');
              expect(result.error.statusHint).toBe(409);
              expect(TABLE[state][NAMES.find((n) => E[n] === e) as Name]).toBeUndefined();
              continue;
            }
            const next = result.value.state;
            expect(STATES).toContain(next);
            if (state === 'gone') expect.unreachable('gone accepted an event');
            if (state === 'deleting') expect(next === 'deleting' || next === 'gone').toBe(true);
            if (e.type === 'run_succeeded' && state !== 'disabled') succeeded = true;
            if (e.type === 'enable' && e.hasSucceededBefore) succeeded = true;
            if (next === 'connected' && state !== 'connected') {
              expect(e.type === 'run_succeeded' || (e.type === 'enable' && e.hasSucceededBefore)).toBe(true);
            }
            if (next === 'connected') expect(succeeded).toBe(true);
            // A start_run command is only ever issued where a run may start.
            if (result.value.commands.some((c) => c.kind === 'start_run')) expect(canStartRun(next)).toBe(true);
            state = next;
          }
        }),
        { numRuns: 500 },
      );
    });

    it('rejecting an event never changes anything: illegal steps are pure failures', () => {
      fc.assert(
        fc.property(fc.constantFrom(...STATES), event, (state, e) => {
          const result = stepConnectorLifecycle(state, e, ctx);
          if (!result.ok) expect(result.error.message).toContain(`'${state}'`);
          else expect(result.value.state).toBe(TABLE[state][NAMES.find((n) => E[n] === e) as Name]);
        }),
      );
    });
  });
});
