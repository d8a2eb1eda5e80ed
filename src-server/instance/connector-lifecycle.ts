import {
  CONNECTOR_EVENT_TYPES,
  stepConnectorLifecycle,
  type ConnectorCommand,
  type ConnectorEvent,
  type ConnectorLifecycleStatus,
} from '../../src-shared/core/connector-lifecycle-machine';
import { fail, ok, type Result } from '../../src-shared/core/result';
import { connectorTable } from '../../src-shared/model/tables/connector';
import { CONNECTOR_STATUSES, type ConnectorStatus } from '../../src-shared/model/vocabulary';
import { writeLog } from './connector-log';
import { purgeConnectorData } from './connector-purge';
import { glide } from './glide/glide-port';
import { deleteRow, getRow, updateRow } from './glide/glide-store';
import { requestCancel, startRun } from './run/run-starter';

/**
 * The connector lifecycle on the instance: every status change goes through the core's machine.
 * This module runs the machine's commands with Glide (queue a run, cancel runs, purge, delete, log);
 * it decides nothing itself.
 */

export interface LifecycleOptions {
  readonly fullImport?: boolean;
  /** Run to tie log lines to (run completion). */
  readonly run?: string | null;
  readonly attempt?: number;
}

export interface LifecycleOutcome {
  readonly from: ConnectorLifecycleStatus;
  readonly to: ConnectorLifecycleStatus;
  /** The run queued by a `start_run` command, if any. */
  readonly runId: string | null;
  readonly skipped: string | null;
}

export function statusOf(value: string | null | undefined): ConnectorLifecycleStatus {
  return (CONNECTOR_STATUSES as readonly string[]).includes(value ?? '') ? (value as ConnectorStatus) : 'connecting';
}

export function applyConnectorEvent(connectorId: string, event: ConnectorEvent, options: LifecycleOptions = {}): Result<LifecycleOutcome> {
  const connector = getRow(connectorTable, connectorId);
  if (connector === null) return fail('not_found', `connector '${connectorId}' does not exist`, 404);
  const from = statusOf(connector.status);
  const stepped = stepConnectorLifecycle(from, event);
  if (!stepped.ok) return stepped;
  const to = stepped.value.state;
  if (to !== from && to !== 'gone') {
    // The before-update rule re-checks this change with the same machine (see statusChangeIsLegal).
    if (!updateRow(connectorTable, connectorId, { status: to, active: to !== 'disabled' })) {
      return fail('update_rejected', `connector '${connectorId}' status change from '${from}' to '${to}' was rejected`, 409);
    }
  }
  let runId: string | null = null;
  let skipped: string | null = null;
  for (const command of stepped.value.commands) {
    const result = runCommand(connectorId, command, options);
    if (!result.ok) return result;
    if (result.value !== null) {
      runId = result.value.runId;
      skipped = result.value.skipped;
    }
  }
  return ok({ from, to, runId, skipped });
}

function runCommand(connectorId: string, command: ConnectorCommand, options: LifecycleOptions): Result<{ runId: string | null; skipped: string | null } | null> {
  switch (command.kind) {
    case 'log':
      // A deleted connector's log went with it: the last words go to the system log.
      if (getRow(connectorTable, connectorId) === null) glide().log('info', `x_eih connector ${connectorId}: ${command.message}`);
      else writeLog({ connector: connectorId, run: options.run ?? null, level: command.level, stage: 'initiating', event: command.event, message: command.message });
      return ok(null);
    case 'alert':
      // The machine logs the same message to the connector log; the alert goes to the system log.
      glide().log(command.severity === 'error' ? 'error' : 'warn', `x_eih connector ${connectorId}: ${command.message}`);
      return ok(null);
    case 'start_run': {
      const started = startRun(connectorId, command.trigger, { fullImport: options.fullImport === true, attempt: options.attempt ?? 1 });
      return started.ok ? ok(started.value) : started;
    }
    case 'cancel_active_runs':
      requestCancel(connectorId, command.reason);
      return ok(null);
    case 'purge_connector_data': {
      purgeConnectorData(connectorId);
      const purged = applyConnectorEvent(connectorId, { type: 'purge_finished' }, options);
      return purged.ok ? ok(null) : purged;
    }
    case 'delete_connector_record':
      deleteRow(connectorTable, connectorId);
      return ok(null);
  }
}

/** Every event the machine knows, in each variant, to ask it whether a stored change is legal. */
const EVENT_VARIANTS: readonly ConnectorEvent[] = CONNECTOR_EVENT_TYPES.flatMap((type): ConnectorEvent[] => {
  if (type === 'run_failed') return [{ type, retryable: true }, { type, retryable: false }];
  if (type === 'enable') return [{ type, hasSucceededBefore: true }, { type, hasSucceededBefore: false }];
  return [{ type }];
});

/**
 * A status written straight to the record (form, list edit, import) is legal when some event of
 * the core's machine leads from the old status to the new one. The machine is the oracle: no
 * transition table is kept here.
 */
export function statusChangeIsLegal(from: string | null, to: string | null): Result<ConnectorEvent> {
  const target = to ?? '';
  if (!(CONNECTOR_STATUSES as readonly string[]).includes(target)) {
    return fail('invalid_value', `connector status '${target}' is not one of ${CONNECTOR_STATUSES.join(', ')}`, 422);
  }
  const source = statusOf(from);
  for (const event of EVENT_VARIANTS) {
    const stepped = stepConnectorLifecycle(source, event);
    if (stepped.ok && stepped.value.state === target) return ok(event);
  }
  return fail('illegal_transition', `connector in state '${source}' cannot change to '${target}': no lifecycle event leads there`, 409, { from: source, to: target });
}
