import { fail, ok, type Result } from '../../../src-shared/core/result';
import { assetTable } from '../../../src-shared/model/tables/asset';
import { connectionTable } from '../../../src-shared/model/tables/connection';
import { connectorLogTable } from '../../../src-shared/model/tables/connector-log';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { statusMappingTable } from '../../../src-shared/model/tables/status-mapping';
import { vulnerableItemTable } from '../../../src-shared/model/tables/vulnerable-item';
import { LOCAL_STATUSES, REMOTE_STATES, type LocalStatus, type RemoteState, type Severity } from '../../../src-shared/model/vocabulary';
import {
  evaluateSeverityFilter,
  parseSeverityFilter,
  reviseMapping,
  selectMapping,
  serializeSeverityFilter,
  severityFromText,
  type MappingEdit,
  type StatusMapping,
} from '../../../src-shared/rules';
import { scheduleInputOfConnector, validateSchedule, type ConnectorScheduleColumns } from '../../../src-shared/schedule';
import { testConnectorConnection } from '../connection-test';
import { applyConnectorEvent } from '../connector-lifecycle';
import { count, getRow, insertRow, list, updateRow } from '../glide/glide-store';
import { requestCancel, startRun } from '../run/run-starter';
import { listRecords } from './connection-handlers';
import { answer, type HubAnswer, type HubCall } from './hub-http';
import { projectSearch } from './project-search';
import { listOptions, publicRecord, recordInput } from './record-input';

/** Connectors: CRUD, and every action through the core's lifecycle machine. */

const WRITABLE = [
  'name', 'connection', 'project_types', 'import_all', 'severity_filter', 'schedule_run', 'schedule_day', 'schedule_time',
  'schedule_interval_minutes', 'schedule_timezone', 'max_attempts_override', 'time_limit_override', 'maximum_delay_override', 'notes',
] as const;

type ConnectorRow = NonNullable<ReturnType<typeof getRow<typeof connectorTable>>>;

function found(id: string | undefined): Result<ConnectorRow> {
  const row = getRow(connectorTable, id);
  return row === null ? fail('not_found', `connector '${id ?? ''}' does not exist`, 404) : ok(row);
}

function current(id: string): Record<string, unknown> {
  return publicRecord(connectorTable, getRow(connectorTable, id) ?? {});
}

/** Schedule and severity filter are checked by the core before they are stored. */
function checkSettings(merged: object): Result<true> {
  const schedule = validateSchedule(scheduleInputOfConnector(merged as ConnectorScheduleColumns));
  if (!schedule.ok) return schedule;
  const severities = parseSeverityFilter((merged as { severity_filter?: string | null }).severity_filter);
  if (!severities.ok) return severities;
  return ok(true);
}

export function listConnectors(call: HubCall): Result<HubAnswer> {
  return listRecords(connectorTable, call);
}

export function getConnector(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  return row.ok ? answer(publicRecord(connectorTable, row.value)) : row;
}

export function createConnector(call: HubCall): Result<HubAnswer> {
  const input = recordInput(connectorTable, call.body, WRITABLE, ['name', 'connection']);
  if (!input.ok) return input;
  if (getRow(connectionTable, input.value['connection'] as string) === null) return fail('invalid_value', `connection '${String(input.value['connection'])}' does not exist`, 422);
  const checked = checkSettings(input.value);
  if (!checked.ok) return checked;
  // A new connector is never green: it starts `connecting` and its first sync decides.
  const id = insertRow(connectorTable, { ...input.value, status: 'connecting', health: 'unknown', active: true });
  if (id === null) return fail('insert_failed', 'connector could not be created', 500);
  const started = startRun(id, 'create');
  return answer({ connector: current(id), run: started.ok ? started.value.runId : null }, 201);
}

export function patchConnector(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const body = call.body as Record<string, unknown> | null;
  if (typeof body === 'object' && body !== null && ('status' in body || 'active' in body)) {
    return fail('invalid_field', 'connector status changes through POST .../enable, .../disable, .../execute or DELETE', 400, { field: 'status' });
  }
  const input = recordInput(connectorTable, call.body, WRITABLE);
  if (!input.ok) return input;
  const checked = checkSettings({ ...row.value, ...input.value });
  if (!checked.ok) return checked;
  updateRow(connectorTable, row.value.sys_id, input.value);
  return answer(current(row.value.sys_id));
}

function lifecycle(call: HubCall, event: Parameters<typeof applyConnectorEvent>[1], options: Parameters<typeof applyConnectorEvent>[2] = {}, status = 200): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const outcome = applyConnectorEvent(row.value.sys_id, event, options);
  if (!outcome.ok) return outcome;
  return answer({ connector: event.type === 'delete' ? null : current(row.value.sys_id), from: outcome.value.from, to: outcome.value.to, run: outcome.value.runId, skipped: outcome.value.skipped }, status);
}

export function deleteConnector(call: HubCall): Result<HubAnswer> {
  return lifecycle(call, { type: 'delete' });
}

export function enableConnector(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  return lifecycle(call, { type: 'enable', hasSucceededBefore: row.value.last_run_status === 'succeeded' });
}

export function disableConnector(call: HubCall): Result<HubAnswer> {
  return lifecycle(call, { type: 'disable' });
}

export function executeConnector(call: HubCall): Result<HubAnswer> {
  const body = call.body as { full_import?: unknown } | undefined;
  if (body !== undefined && body !== null && body.full_import !== undefined && typeof body.full_import !== 'boolean') {
    return fail('invalid_value', `full_import expects true or false, got ${JSON.stringify(body.full_import)}`, 422);
  }
  return lifecycle(call, { type: 'execute' }, { fullImport: body?.full_import === true }, 202);
}

export function cancelConnector(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const runs = requestCancel(row.value.sys_id, 'cancelled at user request');
  if (runs === 0) return fail('nothing_to_cancel', `connector '${row.value.name ?? row.value.sys_id}' has no active run to cancel`, 409);
  return answer({ cancel_requested: runs }, 202);
}

export function testConnector(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const diagnosis = testConnectorConnection(row.value.sys_id);
  if (!diagnosis.ok) return diagnosis;
  return answer({ diagnosis: diagnosis.value, connector: current(row.value.sys_id) });
}

function childList(call: HubCall, table: typeof connectorLogTable, orderBy: string): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const options = listOptions(table, (n) => call.query(n));
  if (!options.ok) return options;
  const where = { connector: row.value.sys_id };
  const rows = list(table, { orderBy, descending: true, ...options.value, where });
  return answer(rows.map((r) => publicRecord(table, r)), 200, { 'X-Total-Count': String(count(table, { ...options.value, where })) });
}

/** The wizard's project search through this connector's connection. */
export function listConnectorProjects(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  return row.ok ? projectSearch(call, row.value.connection) : row;
}

export function listConnectorLogs(call: HubCall): Result<HubAnswer> {
  return childList(call, connectorLogTable, 'created');
}

/** Assets the connector reported: those its vulnerable items point at. */
export function listConnectorAssets(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const ids = new Set<string>();
  for (const item of list(vulnerableItemTable, { where: { connector: row.value.sys_id }, limit: 10_000 })) if (item.asset !== null) ids.add(item.asset);
  if (ids.size === 0) return answer([], 200, { 'X-Total-Count': '0' });
  const options = listOptions(assetTable, (n) => call.query(n));
  if (!options.ok) return options;
  const scoped = `sys_idIN${[...ids].join(',')}${options.value.query === undefined ? '' : `^${options.value.query}`}`;
  const rows = list(assetTable, { ...options.value, query: scoped });
  return answer(rows, 200, { 'X-Total-Count': String(count(assetTable, { query: scoped })) });
}

function mappingOf(connectorId: string): Result<StatusMapping> {
  return selectMapping(list(statusMappingTable, { where: { connector: connectorId } }));
}

export function getStatusMapping(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const mapping = mappingOf(row.value.sys_id);
  return mapping.ok ? answer(mapping.value) : mapping;
}

/** A new version of the mapping; earlier rows stay, so running syncs keep the version they pinned. */
export function putStatusMapping(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const rows = (call.body as { rows?: unknown } | undefined)?.rows;
  if (!Array.isArray(rows)) return fail('invalid_request', 'status mapping body must be { "rows": [{ "local_status", "remote_status", "order"? }] }', 400);
  const edit: MappingEdit[] = [];
  for (const [index, item] of rows.entries()) {
    const r = item as { local_status?: unknown; remote_status?: unknown; order?: unknown };
    if (!(LOCAL_STATUSES as readonly unknown[]).includes(r.local_status) || !(REMOTE_STATES as readonly unknown[]).includes(r.remote_status)) {
      return fail('invalid_status_mapping', `status mapping row ${index}: unknown local_status ${JSON.stringify(r.local_status)} or remote_status ${JSON.stringify(r.remote_status)}`, 422);
    }
    edit.push({ local_status: r.local_status as LocalStatus, remote_status: r.remote_status as RemoteState, ...(typeof r.order === 'number' ? { order: r.order } : {}) });
  }
  const currentMapping = mappingOf(row.value.sys_id);
  if (!currentMapping.ok) return currentMapping;
  const revised = reviseMapping(currentMapping.value, edit);
  if (!revised.ok) return revised;
  for (const mappingRow of revised.value.rows) insertRow(statusMappingTable, { connector: row.value.sys_id, ...mappingRow });
  return answer(revised.value);
}

export function getSeverityFilter(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const severities = parseSeverityFilter(row.value.severity_filter);
  return severities.ok ? answer(evaluateSeverityFilter(severities.value)) : severities;
}

export function putSeverityFilter(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const given = (call.body as { severities?: unknown } | undefined)?.severities;
  if (!Array.isArray(given)) return fail('invalid_request', 'severity filter body must be { "severities": ["low", ...] }', 400);
  const parsed: Severity[] = [];
  for (const text of given) {
    const severity = typeof text === 'string' ? severityFromText(text) : null;
    if (severity === null) return fail('invalid_severity_filter', `severity filter: unknown severity ${JSON.stringify(text)}`, 422);
    parsed.push(severity);
  }
  updateRow(connectorTable, row.value.sys_id, { severity_filter: serializeSeverityFilter(parsed) });
  return answer(evaluateSeverityFilter(parsed));
}
