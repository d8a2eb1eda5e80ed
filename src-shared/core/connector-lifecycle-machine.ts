import type { ConnectorStatus, LogLevel, RunTrigger } from '../model/vocabulary';
import type { CoreContext } from './context';
import { fail, ok, type Result } from './result';

/**
 * A connector's lifecycle (Tenable Exposure Management's statuses plus an explicit `retrying`).
 *
 * The one promise: `connected` (green) is shown only after a run really succeeded. Creating a
 * connector, testing its connection or enabling a connector whose last run failed never turns it
 * green. `gone` is not stored: it means the record has been purged.
 */

export type ConnectorLifecycleStatus = ConnectorStatus | 'gone';

export type ConnectorEvent =
  /** A user pressed Execute Now (or the scheduler asked for a run). */
  | { readonly type: 'execute' }
  | { readonly type: 'run_succeeded' }
  /** `retryable` = the retry policy will try this run again. */
  | { readonly type: 'run_failed'; readonly retryable: boolean }
  | { readonly type: 'retry_scheduled' }
  | { readonly type: 'retries_exhausted' }
  /** A connection test made from or for this connector. */
  | { readonly type: 'test_succeeded' }
  | { readonly type: 'test_failed' }
  | { readonly type: 'disable' }
  /**
   * `hasSucceededBefore`: the connector's last finished run succeeded (host: `last_run_status`
   * is succeeded). Only then may enabling go straight back to green.
   */
  | { readonly type: 'enable'; readonly hasSucceededBefore: boolean }
  | { readonly type: 'delete' }
  | { readonly type: 'purge_finished' };

export type ConnectorEventType = ConnectorEvent['type'];

export const CONNECTOR_EVENT_TYPES = [
  'execute',
  'run_succeeded',
  'run_failed',
  'retry_scheduled',
  'retries_exhausted',
  'test_succeeded',
  'test_failed',
  'disable',
  'enable',
  'delete',
  'purge_finished',
] as const satisfies readonly ConnectorEventType[];

export type ConnectorCommand =
  | { readonly kind: 'start_run'; readonly trigger: RunTrigger }
  /** Disable and delete stop work in flight; the run machine honours it at the next heartbeat. */
  | { readonly kind: 'cancel_active_runs'; readonly reason: string }
  /** Remove the connector's imported data, then report `purge_finished`. */
  | { readonly kind: 'purge_connector_data' }
  | { readonly kind: 'delete_connector_record' }
  | { readonly kind: 'log'; readonly level: LogLevel; readonly event: ConnectorEventType; readonly message: string }
  | { readonly kind: 'alert'; readonly severity: 'warning' | 'error'; readonly message: string };

export interface ConnectorStep {
  readonly state: ConnectorLifecycleStatus;
  readonly commands: readonly ConnectorCommand[];
}

/** A scheduled or manual run may start only while the connector is live. */
export function canStartRun(status: ConnectorLifecycleStatus): boolean {
  return status === 'connecting' || status === 'connected' || status === 'retrying' || status === 'failed';
}

export function stepConnectorLifecycle(state: ConnectorLifecycleStatus, event: ConnectorEvent, _ctx?: CoreContext): Result<ConnectorStep> {
  const next = transition(state, event);
  if (next === null) {
    return fail('illegal_transition', `connector in state '${state}' cannot accept event '${event.type}'`, 409, {
      state,
      event: event.type,
    });
  }
  return ok(next);
}

function transition(state: ConnectorLifecycleStatus, event: ConnectorEvent): ConnectorStep | null {
  switch (state) {
    case 'connecting':
    case 'connected':
    case 'retrying':
    case 'failed':
      return live(state, event);
    case 'disabled':
      return disabled(event);
    case 'deleting':
      return event.type === 'purge_finished'
        ? to('gone', [{ kind: 'delete_connector_record' }, log('info', event, 'connector data purged; connector deleted')])
        : null;
    case 'gone':
      return null;
  }
}

function live(state: 'connecting' | 'connected' | 'retrying' | 'failed', event: ConnectorEvent): ConnectorStep | null {
  switch (event.type) {
    case 'execute':
      // A failed connector starts over as `connecting`: it is not green until this run succeeds.
      return to(state === 'failed' ? 'connecting' : state, [{ kind: 'start_run', trigger: 'manual' }, log('info', event, 'run requested')]);
    case 'run_succeeded':
      return to('connected', state === 'connected' ? [] : [log('info', event, `run succeeded; connector was '${state}', now connected`)]);
    case 'run_failed':
      if (state === 'failed') return to('failed', [log('error', event, 'run failed again')]);
      return event.retryable
        ? to('retrying', [log('warn', event, 'run failed; it will be retried')])
        : toFailed(event, 'run failed and cannot be retried');
    case 'retry_scheduled':
      return state === 'failed' ? null : to('retrying', [log('info', event, 'retry scheduled')]);
    case 'retries_exhausted':
      return state === 'retrying' ? toFailed(event, 'run failed after its last retry') : null;
    case 'test_succeeded':
      // A passing test proves the credentials, not the sync: the status waits for a run.
      return to(state, []);
    case 'test_failed':
      // The first sync cannot work with credentials that fail: say so now, not after a timeout.
      // Elsewhere health shows the failed test and the next run decides the status.
      return state === 'connecting'
        ? toFailed(event, 'connection test failed before the first sync succeeded')
        : to(state, [log('warn', event, 'connection test failed')]);
    case 'enable':
      // Only a failed connector is "enabled" again from a live state: it restarts like Execute Now.
      return state === 'failed' ? to('connecting', [{ kind: 'start_run', trigger: 'enable' }, log('info', event, 'connector re-enabled')]) : null;
    case 'disable':
      return to('disabled', [{ kind: 'cancel_active_runs', reason: 'connector disabled' }, log('info', event, 'connector disabled; data kept')]);
    case 'delete':
      return toDeleting(event);
    case 'purge_finished':
      return null;
  }
}

function disabled(event: ConnectorEvent): ConnectorStep | null {
  switch (event.type) {
    case 'enable':
      return to(event.hasSucceededBefore ? 'connected' : 'connecting', [
        { kind: 'start_run', trigger: 'enable' },
        log('info', event, 'connector enabled; catching up'),
      ]);
    // A run already in flight when the connector was disabled may still report its end.
    case 'run_succeeded':
    case 'run_failed':
    case 'test_succeeded':
    case 'test_failed':
      return to('disabled', []);
    case 'delete':
      return toDeleting(event);
    default:
      return null;
  }
}

function toFailed(event: ConnectorEvent, message: string): ConnectorStep {
  return to('failed', [log('error', event, message), { kind: 'alert', severity: 'error', message }]);
}

function toDeleting(event: ConnectorEvent): ConnectorStep {
  // The log comes before the purge: a host may run the purge in the background, and a log
  // written after it started could outlive the purge of the connector's logs.
  return to('deleting', [
    { kind: 'cancel_active_runs', reason: 'connector deleted' },
    log('info', event, 'connector deletion started'),
    { kind: 'purge_connector_data' },
  ]);
}

function to(state: ConnectorLifecycleStatus, commands: readonly ConnectorCommand[]): ConnectorStep {
  return { state, commands };
}

function log(level: LogLevel, event: ConnectorEvent, message: string): ConnectorCommand {
  return { kind: 'log', level, event: event.type, message };
}
