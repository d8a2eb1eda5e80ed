import type { FailureStage, LogLevel, RunState, RunSubstate, RunTrigger } from '../model/vocabulary';
import type { ConnectorEvent } from './connector-lifecycle-machine';
import type { CoreContext } from './context';
import type { ResumeDetails } from './heartbeat-policy';
import { fail, ok, type Result } from './result';

/**
 * One integration run: queued → retrieving → processing → complete (succeeded | failed |
 * cancelled | timed_out). Its status tells the truth: it is complete only when the work stopped,
 * succeeded only when every entry was processed, and the delta cursor advances only then.
 *
 * Pages may be processed while retrieval continues (chunks are handled as soon as they appear),
 * so entry events are accepted in `retrieving` too. Cancellation is delivered through the
 * heartbeat (Temporal's design): a worker learns of it at its next beat and stops there.
 */

export interface RunFailure {
  readonly stage: FailureStage;
  readonly statusCode: number | null;
  readonly message: string;
  readonly retryable: boolean;
}

export interface RunMachineState {
  readonly state: RunState;
  readonly substate: RunSubstate;
  readonly cancelRequested: boolean;
  readonly pages: number;
  readonly recordsFetched: number;
  readonly recordsProcessed: number;
  readonly recordsRejected: number;
  readonly entriesProcessed: number;
  readonly entriesFailed: number;
  /** Where the delta cursor moves when the run succeeds; null = nothing to advance. */
  readonly cursorTo: number | null;
  /** False when retrieval was incomplete (e.g. an export had failed chunks): keep the old cursor. */
  readonly cursorMayAdvance: boolean;
  readonly failure: RunFailure | null;
  readonly resume: ResumeDetails | null;
  /** Epoch ms. */
  readonly started: number | null;
  readonly ended: number | null;
}

export type RunEvent =
  | { readonly type: 'start' }
  | { readonly type: 'page_fetched'; readonly records: number }
  | { readonly type: 'retrieval_finished'; readonly cursorMayAdvance: boolean; readonly cursorTo: number | null; readonly reason?: string }
  | { readonly type: 'entry_processed'; readonly records: number; readonly rejected?: number }
  | { readonly type: 'entry_failed'; readonly message: string }
  | { readonly type: 'all_entries_done' }
  | { readonly type: 'fail'; readonly failure: RunFailure }
  | { readonly type: 'cancel_requested' }
  | { readonly type: 'heartbeat'; readonly resume?: ResumeDetails }
  | { readonly type: 'timeout' };

export type RunEventType = RunEvent['type'];

export const RUN_EVENT_TYPES = [
  'start',
  'page_fetched',
  'retrieval_finished',
  'entry_processed',
  'entry_failed',
  'all_entries_done',
  'fail',
  'cancel_requested',
  'heartbeat',
  'timeout',
] as const satisfies readonly RunEventType[];

export type RunCommand =
  | { readonly kind: 'log'; readonly level: LogLevel; readonly stage: FailureStage; readonly event: RunEventType; readonly message: string }
  /** Feed this event to the connector's lifecycle machine. */
  | { readonly kind: 'update_connector'; readonly event: ConnectorEvent }
  | { readonly kind: 'advance_cursor'; readonly to: number }
  | { readonly kind: 'alert'; readonly severity: 'warning' | 'error'; readonly stage: FailureStage; readonly message: string }
  /** Persist the resume details of the last beat, so a retry continues from there. */
  | { readonly kind: 'save_checkpoint'; readonly resume: ResumeDetails }
  /** Tell the worker (and the remote export) to stop. */
  | { readonly kind: 'stop_work'; readonly reason: string };

export interface RunStep {
  readonly state: RunMachineState;
  readonly commands: readonly RunCommand[];
}

export function initialRun(): RunMachineState {
  return {
    state: 'queued',
    substate: 'none',
    cancelRequested: false,
    pages: 0,
    recordsFetched: 0,
    recordsProcessed: 0,
    recordsRejected: 0,
    entriesProcessed: 0,
    entriesFailed: 0,
    cursorTo: null,
    cursorMayAdvance: false,
    failure: null,
    resume: null,
    started: null,
    ended: null,
  };
}

/** The stage a failure in this state is attributed to (Tenable's connector log stages). */
export function stageOf(state: RunState): FailureStage {
  if (state === 'retrieving') return 'fetching';
  if (state === 'processing') return 'processing';
  return 'initiating';
}

export function stepRun(run: RunMachineState, event: RunEvent, ctx: CoreContext): Result<RunStep> {
  const bad = invalidCount(event);
  if (bad !== null) return fail('invalid_event', `event '${event.type}' has invalid ${bad.field} ${String(bad.value)}`, 422);
  const next = transition(run, event, ctx);
  if (next === null) {
    const where = run.state === 'complete' ? `complete/${run.substate}` : run.state;
    return fail('illegal_transition', `run in state '${where}' cannot accept event '${event.type}'`, 409, {
      state: run.state,
      substate: run.substate,
      event: event.type,
    });
  }
  return ok(next);
}

function transition(run: RunMachineState, event: RunEvent, ctx: CoreContext): RunStep | null {
  if (run.state === 'complete') return null;
  const stage = stageOf(run.state);
  switch (event.type) {
    case 'start':
      if (run.state !== 'queued') return null;
      return step({ ...run, state: 'retrieving', started: ctx.now }, [log('info', 'initiating', event, 'run started')]);
    case 'page_fetched':
      if (run.state !== 'retrieving') return null;
      return step({ ...run, pages: run.pages + 1, recordsFetched: run.recordsFetched + event.records }, []);
    case 'retrieval_finished': {
      if (run.state !== 'retrieving') return null;
      const held = event.cursorMayAdvance ? [] : [log('warn', 'fetching', event, `delta cursor kept: ${event.reason ?? 'retrieval was incomplete'}`)];
      return step({ ...run, state: 'processing', cursorMayAdvance: event.cursorMayAdvance, cursorTo: event.cursorTo }, [
        log('info', 'fetching', event, `retrieval finished: ${run.pages} pages, ${run.recordsFetched} records`),
        ...held,
      ]);
    }
    case 'entry_processed': {
      const rejected = event.rejected ?? 0;
      if (run.state === 'queued') return null;
      return step(
        {
          ...run,
          entriesProcessed: run.entriesProcessed + 1,
          recordsProcessed: run.recordsProcessed + event.records,
          recordsRejected: run.recordsRejected + rejected,
        },
        [],
      );
    }
    case 'entry_failed':
      if (run.state === 'queued') return null;
      return step({ ...run, entriesFailed: run.entriesFailed + 1 }, [log('error', 'processing', event, `entry failed: ${event.message}`)]);
    case 'all_entries_done':
      if (run.state !== 'processing') return null;
      return run.entriesFailed > 0
        ? failed(run, event, ctx, 'failed', {
            stage: 'processing',
            statusCode: null,
            message: `${run.entriesFailed} of ${run.entriesFailed + run.entriesProcessed} entries failed to process`,
            retryable: true,
          })
        : succeeded(run, event, ctx);
    case 'fail':
      return failed(run, event, ctx, 'failed', event.failure);
    case 'timeout':
      return failed(run, event, ctx, 'timed_out', {
        stage,
        statusCode: null,
        message: `run timed out in state '${run.state}'${run.started === null ? '' : ` after ${Math.round((ctx.now - run.started) / 1000)} s`}`,
        retryable: true,
      });
    case 'cancel_requested':
      // Nothing works on a queued run, so nothing needs to hear a heartbeat: cancel at once.
      if (run.state === 'queued') return complete(run, ctx, 'cancelled', [log('warn', stage, event, 'run cancelled before it started')]);
      if (run.cancelRequested) return step(run, []);
      return step({ ...run, cancelRequested: true }, [log('info', stage, event, 'cancel requested; the run stops at its next heartbeat')]);
    case 'heartbeat': {
      if (run.state === 'queued') return null;
      const resume = event.resume ?? run.resume;
      if (run.cancelRequested) {
        return complete({ ...run, resume }, ctx, 'cancelled', [
          { kind: 'stop_work', reason: 'cancelled at user request' },
          log('warn', stage, event, `run cancelled at user request after ${run.recordsProcessed} records`),
        ]);
      }
      if (event.resume === undefined) return step(run, []);
      return step({ ...run, resume: event.resume }, [{ kind: 'save_checkpoint', resume: event.resume }]);
    }
  }
}

function succeeded(run: RunMachineState, event: RunEvent, ctx: CoreContext): RunStep {
  const advance: RunCommand[] = run.cursorMayAdvance && run.cursorTo !== null ? [{ kind: 'advance_cursor', to: run.cursorTo }] : [];
  return complete(run, ctx, 'succeeded', [
    ...advance,
    log('info', 'processing', event, `run succeeded: ${run.recordsProcessed} records processed, ${run.recordsRejected} rejected`),
    { kind: 'update_connector', event: { type: 'run_succeeded' } },
  ]);
}

function failed(run: RunMachineState, event: RunEvent, ctx: CoreContext, substate: 'failed' | 'timed_out', failure: RunFailure): RunStep {
  const code = failure.statusCode === null ? '' : ` (status ${failure.statusCode})`;
  const message = `${failure.message}${code}`;
  const stop: RunCommand[] = event.type === 'timeout' ? [{ kind: 'stop_work', reason: 'run timed out' }] : [];
  return complete({ ...run, failure }, ctx, substate, [
    ...stop,
    log('error', failure.stage, event, message),
    { kind: 'alert', severity: 'error', stage: failure.stage, message },
    { kind: 'update_connector', event: { type: 'run_failed', retryable: failure.retryable } },
  ]);
}

function complete(run: RunMachineState, ctx: CoreContext, substate: Exclude<RunSubstate, 'none'>, commands: readonly RunCommand[]): RunStep {
  return step({ ...run, state: 'complete', substate, ended: ctx.now }, commands);
}

function step(state: RunMachineState, commands: readonly RunCommand[]): RunStep {
  return { state, commands };
}

function log(level: LogLevel, stage: FailureStage, event: RunEvent, message: string): RunCommand {
  return { kind: 'log', level, stage, event: event.type, message };
}

/** Counts must be whole and non-negative, or the run's totals would lie. */
function invalidCount(event: RunEvent): { field: string; value: number } | null {
  const counts: [string, number | undefined][] =
    event.type === 'page_fetched'
      ? [['records', event.records]]
      : event.type === 'entry_processed'
        ? [['records', event.records], ['rejected', event.rejected]]
        : [];
  for (const [field, value] of counts) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) return { field, value };
  }
  return null;
}

/** A run that has not completed holds the connector: at most one per connector. */
export interface ActiveRunRef {
  readonly number: string | null;
  readonly state: RunState;
}

export type TriggerDecision =
  | { readonly decision: 'start'; readonly trigger: RunTrigger }
  | {
      readonly decision: 'skip';
      readonly trigger: RunTrigger;
      readonly reason: string;
      readonly command: Extract<RunCommand, { kind: 'log' }>;
    };

/**
 * Overlapping runs of one connector would fetch the same data twice and race on the cursor, so a
 * trigger while a run is active is skipped, and the skip is logged so nobody wonders why nothing
 * ran.
 */
export function decideTrigger(activeRunsForConnector: readonly ActiveRunRef[], trigger: RunTrigger): TriggerDecision {
  const active = activeRunsForConnector.find((run) => run.state !== 'complete');
  if (active === undefined) return { decision: 'start', trigger };
  const name = active.number === null ? 'another run' : `run '${active.number}'`;
  const reason = `trigger '${trigger}' skipped: ${name} is still '${active.state}'`;
  return {
    decision: 'skip',
    trigger,
    reason,
    // A skipped schedule is routine; a skipped manual or retry request is something a user waits for.
    command: { kind: 'log', level: trigger === 'schedule' || trigger === 'catch_up' ? 'info' : 'warn', stage: 'initiating', event: 'start', message: reason },
  };
}
