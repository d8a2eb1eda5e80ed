import { decideTrigger } from '../../../src-shared/core/run-machine';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import type { RunTrigger } from '../../../src-shared/model/vocabulary';
import { writeLog } from '../connector-log';
import { count, getRow, insertRow, list, updateRow } from '../glide/glide-store';
import { glide } from '../glide/glide-port';

export interface StartOptions {
  /** Ignore the delta cursor: import everything (UI action "Execute Now with Full data import"). */
  readonly fullImport?: boolean;
  /** Attempt number of this run (retries count up from 1). */
  readonly attempt?: number;
}

export interface StartedRun {
  /** The queued run, or null when the trigger was skipped. */
  readonly runId: string | null;
  readonly skipped: string | null;
}

/**
 * Queues a run of the connector. At most one run per connector may be active (the core's
 * decideTrigger): a trigger while one is active is skipped and the skip is logged. The scheduler
 * tick picks queued runs up, so a UI action returns at once instead of holding the form.
 */
export function startRun(connectorId: string, trigger: RunTrigger, options: StartOptions = {}): Result<StartedRun> {
  const connector = getRow(connectorTable, connectorId);
  if (connector === null) return fail('not_found', `connector '${connectorId}' does not exist`, 404);
  const active = list(integrationRunTable, { where: { connector: connectorId }, query: 'state!=complete' });
  const decision = decideTrigger(active.map((run) => ({ number: run.number, state: run.state ?? 'queued' })), trigger);
  if (decision.decision === 'skip') {
    const command = decision.command;
    writeLog({ connector: connectorId, level: command.level, stage: command.stage, event: command.event, message: command.message });
    return ok({ runId: null, skipped: decision.reason });
  }
  const number = `EIHR${String(count(integrationRunTable) + 1).padStart(7, '0')}`;
  const runId = insertRow(integrationRunTable, {
    number,
    connector: connectorId,
    state: 'queued',
    substate: 'none',
    full_import: options.fullImport === true,
    trigger,
    attempt: options.attempt ?? 1,
    cursor_from: options.fullImport === true ? null : connector.last_success_cursor,
    cancel_requested: false,
  });
  if (runId === null) return fail('insert_failed', `run of connector '${connectorId}' could not be created`, 500);
  updateRow(connectorTable, connectorId, { last_run: runId });
  glide().log('info', `x_eih: run ${number} queued for connector ${connector.name ?? connectorId} (trigger ${trigger})`);
  return ok({ runId, skipped: null });
}

/** Marks every active run of the connector for cancellation; the engine stops at its next heartbeat. */
export function requestCancel(connectorId: string, reason: string): number {
  const active = list(integrationRunTable, { where: { connector: connectorId }, query: 'state!=complete' });
  for (const run of active) {
    updateRow(integrationRunTable, run.sys_id, { cancel_requested: true, notes: reason });
  }
  return active.length;
}
