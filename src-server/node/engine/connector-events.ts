/**
 * Feeds an event to a connector's lifecycle machine, stores the new status and carries out the
 * machine's commands. The status therefore changes only through the core's rules: green only
 * after a run really succeeded, and an illegal change is refused with the state and the event.
 */
import { stepConnectorLifecycle, type ConnectorCommand, type ConnectorEvent } from '../../../src-shared/core/connector-lifecycle-machine';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectorTable } from '../../../src-shared/model/tables';
import type { ConnectorStatus, RunTrigger } from '../../../src-shared/model/vocabulary';
import type { Row } from '../store/record-codec';
import { writeLog } from './connector-log';
import { isoNow, type EngineDeps } from './engine-deps';

/** What the lifecycle machine may ask the engine to do beyond storing a status. */
export interface ConnectorEffects {
  startRun(connectorId: string, trigger: RunTrigger): Promise<void>;
  cancelActiveRuns(connectorId: string, reason: string): Promise<void>;
  purge(connectorId: string): Promise<void>;
}

export async function applyConnectorEvent(deps: EngineDeps, effects: ConnectorEffects, connectorId: string, event: ConnectorEvent): Promise<Result<Row>> {
  const connector = await deps.records.get(connectorTable, connectorId);
  if (!connector) return fail('not_found', `no connector with sys_id '${connectorId}'`, 404);
  const stepped = stepConnectorLifecycle(connector.status as ConnectorStatus, event, { now: deps.clock() });
  if (!stepped.ok) return stepped;
  const { state, commands } = stepped.value;
  let current: Row = connector;
  if (state !== 'gone' && state !== connector.status) {
    current = (await deps.records.update(connectorTable, connectorId, { status: state }, isoNow(deps))) ?? connector;
  }
  for (const command of commands) {
    // Once the record is gone its logs are gone too: say it in the process log instead.
    if (state === 'gone' && command.kind === 'log') deps.logger.info({ connector: connectorId }, command.message);
    else await carryOut(deps, effects, connectorId, command);
  }
  if (state === 'gone') return ok({ ...connector, status: 'gone' });
  return ok(current);
}

async function carryOut(deps: EngineDeps, effects: ConnectorEffects, connectorId: string, command: ConnectorCommand): Promise<void> {
  switch (command.kind) {
    case 'log':
      await writeLog(deps, { connector: connectorId, level: command.level, stage: 'initiating', message: command.message, event: command.event });
      return;
    case 'alert':
      await writeLog(deps, { connector: connectorId, level: command.severity === 'error' ? 'error' : 'warn', stage: 'initiating', message: command.message, event: 'alert' });
      return;
    case 'start_run':
      await effects.startRun(connectorId, command.trigger);
      return;
    case 'cancel_active_runs':
      await effects.cancelActiveRuns(connectorId, command.reason);
      return;
    case 'purge_connector_data':
      await effects.purge(connectorId);
      return;
    case 'delete_connector_record':
      await deps.records.delete(connectorTable, connectorId);
      return;
  }
}
