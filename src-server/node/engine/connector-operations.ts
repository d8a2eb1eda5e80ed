/**
 * What admins do to connectors, as the API and the CLI call it: every change of status goes
 * through the core's lifecycle machine (illegal ones are refused naming state and event), every
 * decision (mapping, severity filter, diagnosis, health) comes from the core.
 */
import { diagnoseConnectionTest } from '../../../src-shared/core/connection-diagnosis';
import { stepConnectorLifecycle } from '../../../src-shared/core/connector-lifecycle-machine';
import { propagateConnectorTest } from '../../../src-shared/core/health-propagation';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectionTable, connectorProjectTable, connectorTable, integrationRunTable, statusMappingTable } from '../../../src-shared/model/tables';
import type { ConnectorStatus, Severity } from '../../../src-shared/model/vocabulary';
import { evaluateSeverityFilter, serializeSeverityFilter } from '../../../src-shared/rules/severity-filter';
import { defaultStatusMapping, reviseMapping, selectMapping, validateMapping, type MappingEdit, type StatusMapping } from '../../../src-shared/rules/status-mapping';
import { scheduleInputOfConnector, validateSchedule } from '../../../src-shared/schedule/validate-schedule';
import type { ConnectionTester, RevealedConnection } from '../host-services';
import type { Row } from '../store/record-codec';
import { writeLog } from './connector-log';
import { isoNow } from './engine-deps';
import type { Engine } from './engine';

export interface ConnectorDraft {
  readonly values: Row;
  readonly statusMapping?: readonly MappingEdit[];
  readonly severities?: readonly Severity[];
  readonly projects?: readonly { project_type: string; external_id: string; name?: string | null }[];
}

export class ConnectorOperations {
  constructor(
    private readonly engine: Engine,
    private readonly tester: ConnectionTester,
  ) {}

  private get deps() {
    return this.engine.deps;
  }

  private async load(id: string): Promise<Result<Row>> {
    const connector = await this.deps.records.get(connectorTable, id);
    return connector ? ok(connector) : fail('not_found', `no connector with sys_id '${id}'`, 404);
  }

  /** Creates a connector (status connecting) and starts its first sync. */
  async create(draft: ConnectorDraft): Promise<Result<Row>> {
    const { records } = this.deps;
    const connection = await records.get(connectionTable, String(draft.values.connection));
    if (!connection) return fail('invalid_reference', `invalid field 'connection': no connection with sys_id '${String(draft.values.connection)}'`, 400, { field: 'connection' });
    const schedule = validateSchedule(scheduleInputOfConnector({ schedule_run: 'daily', schedule_time: '02:00', schedule_timezone: 'UTC', ...draft.values } as never));
    if (!schedule.ok) return schedule;
    const mapping = draft.statusMapping ? validateMapping(draft.statusMapping.map((row, i) => ({ ...row, order: row.order ?? i, mapping_version: 1 })), 1) : ok(defaultStatusMapping(1));
    if (!mapping.ok) return mapping;
    const severities = draft.severities ?? null;
    const evaluation = severities ? evaluateSeverityFilter(severities) : null;
    const now = isoNow(this.deps);
    const connector = await records.insert(
      connectorTable,
      {
        ...draft.values,
        status: 'connecting',
        health: 'unknown',
        ...(severities ? { severity_filter: serializeSeverityFilter(severities) } : {}),
        warning: evaluation?.warning ?? null,
      },
      now,
    );
    const id = String(connector.sys_id);
    await this.writeMapping(id, mapping.value);
    for (const project of draft.projects ?? []) {
      await records.insert(connectorProjectTable, { connector: id, project_type: project.project_type, external_id: project.external_id, name: project.name ?? null }, now);
    }
    await writeLog(this.deps, { connector: id, level: 'info', stage: 'initiating', message: `connector '${String(connector.name)}' created; first sync starting`, event: 'create' });
    const started = await this.engine.startRun(id, 'create', true);
    if (!started.ok) await writeLog(this.deps, { connector: id, level: 'warn', stage: 'initiating', message: `first sync not started: ${started.error.message}` });
    return ok((await records.get(connectorTable, id)) ?? connector);
  }

  async update(id: string, values: Row): Promise<Result<Row>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    if (current.value.status === 'deleting') return fail('illegal_transition', "connector in state 'deleting' cannot accept event 'update'", 409);
    if ('connection' in values && !(await this.deps.records.get(connectionTable, String(values.connection)))) {
      return fail('invalid_reference', `invalid field 'connection': no connection with sys_id '${String(values.connection)}'`, 400, { field: 'connection' });
    }
    const schedule = validateSchedule(scheduleInputOfConnector({ ...current.value, ...values } as never));
    if (!schedule.ok) return schedule;
    const updated = await this.deps.records.update(connectorTable, id, values, isoNow(this.deps));
    return ok(updated ?? current.value);
  }

  /** Execute Now: a full import when asked, else a delta from the last good cursor. */
  async execute(id: string, fullImport: boolean): Promise<Result<Row>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const legal = stepConnectorLifecycle(current.value.status as ConnectorStatus, { type: 'execute' });
    if (!legal.ok) return legal;
    const started = await this.engine.startRun(id, 'manual', fullImport);
    if (!started.ok) return started;
    if (legal.value.state !== current.value.status) await this.deps.records.update(connectorTable, id, { status: legal.value.state }, isoNow(this.deps));
    return started;
  }

  async enable(id: string): Promise<Result<Row>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const event = { type: 'enable', hasSucceededBefore: current.value.last_run_status === 'succeeded' } as const;
    const legal = stepConnectorLifecycle(current.value.status as ConnectorStatus, event);
    if (!legal.ok) return legal;
    // Active first: the run the lifecycle machine starts is refused for an inactive connector.
    await this.deps.records.update(connectorTable, id, { active: true }, isoNow(this.deps));
    const result = await this.engine.connectorEvent(id, event);
    if (!result.ok) {
      await this.deps.records.update(connectorTable, id, { active: current.value.active }, isoNow(this.deps));
      return result;
    }
    return this.load(id);
  }

  async disable(id: string): Promise<Result<Row>> {
    const result = await this.engine.connectorEvent(id, { type: 'disable' });
    if (result.ok) await this.deps.records.update(connectorTable, id, { active: false }, isoNow(this.deps));
    return result.ok ? this.load(id) : result;
  }

  async delete(id: string): Promise<Result<Row>> {
    return this.engine.connectorEvent(id, { type: 'delete' });
  }

  async cancel(id: string): Promise<Result<Row[]>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const active = (await this.deps.records.findBy(integrationRunTable, { connector: id })).filter((run) => run.state !== 'complete');
    if (active.length === 0) return fail('no_active_run', `connector '${String(current.value.name)}' has no active run to cancel`, 409);
    const cancelled: Row[] = [];
    for (const run of active) {
      const result = await this.engine.cancelRun(String(run.sys_id));
      if (result.ok) cancelled.push(result.value);
    }
    return ok(cancelled);
  }

  /** Test from a connector: updates its connection and the health of every connector using it. */
  async test(id: string): Promise<Result<Row>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const { records } = this.deps;
    const connection = await records.get(connectionTable, String(current.value.connection));
    if (!connection) return fail('invalid_reference', 'the connector has no connection to test', 422);
    const input = await this.tester.test(this.deps.secrets.revealSecrets(connectionTable, connection) as RevealedConnection);
    const now = this.deps.clock();
    const diagnosis = diagnoseConnectionTest({ ...input, now });
    const siblings = await records.findBy(connectorTable, { connection: String(connection.sys_id) });
    const propagation = propagateConnectorTest(current.value as never, diagnosis, siblings as never, { now });
    if (!propagation.ok) return propagation;
    const nowIso = new Date(now).toISOString();
    const { sys_id: connectionId, ...connectionPatch } = propagation.value.connection;
    await records.update(connectionTable, connectionId, { ...connectionPatch, updated: nowIso }, nowIso);
    for (const { sys_id: connectorId, ...patch } of propagation.value.connectors) await records.update(connectorTable, connectorId, patch, nowIso);
    const event = diagnosis.status === 'success' ? { type: 'test_succeeded' as const } : { type: 'test_failed' as const };
    await this.engine.connectorEvent(id, event);
    await writeLog(this.deps, { connector: id, level: diagnosis.status === 'success' ? 'info' : 'error', stage: 'connectivity_test', message: `connection test: ${diagnosis.message}`, statusCode: diagnosis.statusCode, retryable: diagnosis.retryable, event: event.type });
    return ok({ status: diagnosis.status, status_code: diagnosis.statusCode, message: diagnosis.message, suggestion: diagnosis.suggestion, updated: nowIso, reason: diagnosis.reason });
  }

  async statusMapping(id: string): Promise<Result<StatusMapping>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const rows = await this.deps.records.findBy(statusMappingTable, { connector: id });
    if (rows.length === 0) return ok(defaultStatusMapping());
    return selectMapping(rows);
  }

  /** A new mapping version: edits apply to future syncs only, items keep their status. */
  async replaceStatusMapping(id: string, edit: readonly MappingEdit[]): Promise<Result<StatusMapping>> {
    const current = await this.statusMapping(id);
    if (!current.ok) return current;
    const revised = reviseMapping(current.value, edit);
    if (!revised.ok) return revised;
    await this.writeMapping(id, revised.value);
    await writeLog(this.deps, { connector: id, level: 'info', stage: 'initiating', message: `status mapping changed to version ${revised.value.version}; it applies from the next sync`, event: 'mapping_changed' });
    return revised;
  }

  async replaceSeverityFilter(id: string, severities: readonly Severity[]): Promise<Result<Row>> {
    const current = await this.load(id);
    if (!current.ok) return current;
    const evaluation = evaluateSeverityFilter(severities);
    const updated = await this.deps.records.update(connectorTable, id, { severity_filter: serializeSeverityFilter(severities), warning: evaluation.warning ?? null }, isoNow(this.deps));
    return ok(updated ?? current.value);
  }

  private async writeMapping(connectorId: string, mapping: StatusMapping): Promise<void> {
    const now = isoNow(this.deps);
    for (const row of mapping.rows) await this.deps.records.insert(statusMappingTable, { connector: connectorId, ...row }, now);
  }
}
