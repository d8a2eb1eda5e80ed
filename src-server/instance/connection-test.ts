import { diagnoseConnectionTest, type ConnectionDiagnosis, type ConnectionProbe } from '../../src-shared/core/connection-diagnosis';
import { connectionTestPatch, propagateConnectionTest, type DiagnosisSummary } from '../../src-shared/core/health-propagation';
import { fail, ok, type Result } from '../../src-shared/core/result';
import type { RecordOf } from '../../src-shared/model/column';
import { connectionTable } from '../../src-shared/model/tables/connection';
import { connectorTable } from '../../src-shared/model/tables/connector';
import { applyConnectorEvent } from './connector-lifecycle';
import { getRow, list, updateRow } from './glide/glide-store';
import { callTenable, loadTarget, type TenableCall, type TenableTarget } from './glide/tenable-transport';
import { coreContext } from './instance-context';

/**
 * "Test connection": one credential call per platform, the core's diagnosis, and the connection's
 * record updated. Writing the record fires the after-update rule (onConnectionTested) that spreads
 * the result to every connector using the connection, as Tenable's Manage Connections does.
 */

function probeOf(target: TenableTarget): { probe: ConnectionProbe; call: TenableCall } {
  if (target.platform === 'tenable_was') {
    return { probe: 'was_configs', call: { method: 'POST', path: '/was/v2/configs/search', query: { limit: '1', offset: '0' }, body: {}, auth: 'api_keys' } };
  }
  if (target.platform === 'tenable_sc') {
    if (target.accessKey === null && target.scUsername !== null) {
      return { probe: 'sc_token', call: { method: 'POST', path: '/rest/token', body: { releaseSession: false }, auth: 'sc_login' } };
    }
    return { probe: 'sc_current_user', call: { method: 'GET', path: '/rest/currentUser', auth: 'api_keys' } };
  }
  return { probe: 'session', call: { method: 'GET', path: '/session', auth: 'api_keys' } };
}

export function testConnection(connectionId: string): Result<ConnectionDiagnosis> {
  const target = loadTarget(connectionId);
  if (!target.ok) return target;
  const { probe, call } = probeOf(target.value);
  const session = { token: null, cookie: null };
  const answer = callTenable(target.value, call, session);
  const ctx = coreContext();
  const diagnosis = diagnoseConnectionTest({ platform: target.value.platform, outcome: answer.outcome, probe, baseUrl: target.value.baseUrl, now: ctx.now });
  if (probe === 'sc_token' && session.token !== null) {
    // Do not hold one of the user's Security Center sessions for a test.
    callTenable(target.value, { method: 'DELETE', path: '/rest/token', auth: 'sc_session' }, session);
  }
  const { sys_id: _id, ...patch } = connectionTestPatch(connectionId, diagnosis, ctx);
  if (!updateRow(connectionTable, connectionId, patch)) return fail('update_rejected', `connection '${connectionId}' could not record its test result`, 409);
  return ok(diagnosis);
}

/** The connector form's "Test Connection": tests its connection, which updates it and its siblings. */
export function testConnectorConnection(connectorId: string): Result<ConnectionDiagnosis> {
  const connector = getRow(connectorTable, connectorId);
  if (connector === null) return fail('not_found', `connector '${connectorId}' does not exist`, 404);
  if (connector.connection === null) return fail('invalid_record', `connector '${connectorId}' has no connection to test`, 422);
  return testConnection(connector.connection);
}

/** The suggestion the core gives a clean pass; any other suggestion on a success is a caveat. */
const CLEAN_PASS_SUGGESTION = diagnoseConnectionTest({ platform: 'tenable_vm', probe: 'session', outcome: { kind: 'http', status: 200, body: {} } }).suggestion;

/**
 * The stored test result as the core's summary. The record keeps no reason column, so a success
 * whose suggestion is not the clean-pass one is read as a caveat (the warning is kept).
 */
export function summaryOfConnection(connection: RecordOf<typeof connectionTable>): DiagnosisSummary | null {
  if (connection.status !== 'success' && connection.status !== 'error') return null;
  const clean = connection.status === 'success' && (connection.suggestion ?? '') === CLEAN_PASS_SUGGESTION;
  return {
    status: connection.status,
    statusCode: connection.status_code,
    reason: connection.status === 'error' ? 'unexpected_status' : clean ? 'ok' : 'credentials_not_checked',
    message: connection.message ?? '',
    suggestion: connection.suggestion ?? '',
  };
}

/** Health of every connector on the connection, and the test event for each one's lifecycle. */
export function propagateConnectionResult(connectionId: string): number {
  const connection = getRow(connectionTable, connectionId);
  if (connection === null) return 0;
  const summary = summaryOfConnection(connection);
  if (summary === null) return 0;
  const connectors = list(connectorTable, { where: { connection: connectionId } });
  const patches = propagateConnectionTest(connectionId, summary, connectors);
  for (const patch of patches) {
    updateRow(connectorTable, patch.sys_id, { health: patch.health, warning: patch.warning });
    // Only a connector still waiting for its first sync changes status on a failed test (core rule).
    applyConnectorEvent(patch.sys_id, { type: summary.status === 'success' ? 'test_succeeded' : 'test_failed' });
  }
  return patches.length;
}
