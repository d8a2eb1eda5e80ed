import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectionTable } from '../../../src-shared/model/tables/connection';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { testConnection } from '../connection-test';
import { count, deleteRow, getRow, insertRow, list, updateRow } from '../glide/glide-store';
import { nowIso } from '../instance-context';
import { answer, type HubAnswer, type HubCall } from './hub-http';
import { projectSearch } from './project-search';
import { listOptions, publicRecord, recordInput } from './record-input';

/** Connections: Tenable credentials and their last test (Manage Connections). */

const WRITABLE = ['name', 'active', 'connection_alias', 'platform', 'base_url', 'access_key', 'secret_key', 'sc_username', 'sc_password'] as const;

export function listRecords(table: typeof connectionTable | typeof connectorTable, call: HubCall): Result<HubAnswer> {
  const options = listOptions(table, (n) => call.query(n));
  if (!options.ok) return options;
  const rows = list(table, options.value);
  const total = count(table, options.value);
  return answer(rows.map((row) => publicRecord(table, row)), 200, { 'X-Total-Count': String(total) });
}

export function listConnections(call: HubCall): Result<HubAnswer> {
  return listRecords(connectionTable, call);
}

function found(id: string | undefined): Result<NonNullable<ReturnType<typeof getRow<typeof connectionTable>>>> {
  const row = getRow(connectionTable, id);
  return row === null ? fail('not_found', `connection '${id ?? ''}' does not exist`, 404) : ok(row);
}

export function getConnection(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  return row.ok ? answer(publicRecord(connectionTable, row.value)) : row;
}

export function createConnection(call: HubCall): Result<HubAnswer> {
  const input = recordInput(connectionTable, call.body, WRITABLE, ['name', 'platform', 'base_url']);
  if (!input.ok) return input;
  if (count(connectionTable, { where: { name: input.value['name'] as string } }) > 0) {
    return fail('duplicate', `a connection named '${String(input.value['name'])}' already exists`, 409);
  }
  const id = insertRow(connectionTable, { ...input.value, status: 'pending', updated: nowIso() });
  if (id === null) return fail('insert_failed', 'connection could not be created', 500);
  return answer(publicRecord(connectionTable, getRow(connectionTable, id) ?? {}), 201);
}

export function patchConnection(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const input = recordInput(connectionTable, call.body, WRITABLE);
  if (!input.ok) return input;
  // New credentials or address make the old test result meaningless.
  const retest = ['base_url', 'access_key', 'secret_key', 'sc_username', 'sc_password', 'platform'].some((k) => k in input.value);
  updateRow(connectionTable, row.value.sys_id, { ...input.value, updated: nowIso(), ...(retest ? { status: 'pending' } : {}) });
  return answer(publicRecord(connectionTable, getRow(connectionTable, row.value.sys_id) ?? {}));
}

export function deleteConnection(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const users = count(connectorTable, { where: { connection: row.value.sys_id } });
  if (users > 0) return fail('in_use', `connection '${row.value.name ?? row.value.sys_id}' is used by ${users} connector(s): delete them first`, 409);
  deleteRow(connectionTable, row.value.sys_id);
  return answer({ deleted: row.value.sys_id });
}

export function postConnectionTest(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  if (!row.ok) return row;
  const diagnosis = testConnection(row.value.sys_id);
  if (!diagnosis.ok) return diagnosis;
  return answer({ diagnosis: diagnosis.value, connection: publicRecord(connectionTable, getRow(connectionTable, row.value.sys_id) ?? {}) });
}

/** The wizard's project search before the connector exists: through the connection itself. */
export function listConnectionProjects(call: HubCall): Result<HubAnswer> {
  const row = found(call.params['id']);
  return row.ok ? projectSearch(call, row.value.sys_id) : row;
}
