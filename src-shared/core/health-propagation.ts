import { DEFAULT_STRING_LENGTH, type RecordOf } from '../model/column';
import { connectionTable } from '../model/tables/connection';
import { connectorTable } from '../model/tables/connector';
import type { CoreContext } from './context';
import { isoOf } from './context';
import type { ConnectionDiagnosis } from './connection-diagnosis';
import { fail, ok, type Result } from './result';

/**
 * Tenable's "Manage Connections" behaviour: testing a connection marks every connector using it
 * healthy or unhealthy, and a test started from a connector also updates its connection (and so
 * its siblings). Health is not status: a passing test never turns a connector green — only a
 * successful run does (see connector-lifecycle-machine).
 */

type ConnectionRecord = RecordOf<typeof connectionTable>;
type ConnectorRecord = RecordOf<typeof connectorTable>;

export type ConnectorRef = Pick<ConnectorRecord, 'sys_id' | 'connection'>;
export type ConnectorHealthPatch = Pick<ConnectorRecord, 'sys_id' | 'health' | 'warning'>;
export type ConnectionTestPatch = Pick<ConnectionRecord, 'sys_id' | 'status' | 'status_code' | 'message' | 'suggestion' | 'last_tested'>;
export type DiagnosisSummary = Pick<ConnectionDiagnosis, 'status' | 'statusCode' | 'reason' | 'message' | 'suggestion'>;

export interface ConnectorTestPropagation {
  readonly connection: ConnectionTestPatch;
  /** The tested connector first, then its siblings on the same connection. */
  readonly connectors: readonly ConnectorHealthPatch[];
}

/** Health patches for every connector that uses `connectionId`; other connectors are untouched. */
export function propagateConnectionTest(
  connectionId: string,
  diagnosis: DiagnosisSummary,
  connectors: readonly ConnectorRef[],
): ConnectorHealthPatch[] {
  const patch = healthOf(diagnosis);
  return connectors.filter((c) => c.connection === connectionId).map((c) => ({ sys_id: c.sys_id, ...patch }));
}

/** The connection record's side of a test: what Manage Connections shows. */
export function connectionTestPatch(connectionId: string, diagnosis: DiagnosisSummary, ctx: CoreContext): ConnectionTestPatch {
  const columns = connectionTable.columns;
  return {
    sys_id: connectionId,
    status: diagnosis.status,
    status_code: diagnosis.statusCode,
    message: clip(diagnosis.message, columns.message.maxLength),
    suggestion: clip(diagnosis.suggestion, columns.suggestion.maxLength),
    last_tested: isoOf(ctx.now),
  };
}

/** A test run from a connector: update its connection, itself and every sibling on that connection. */
export function propagateConnectorTest(
  connector: ConnectorRef,
  diagnosis: DiagnosisSummary,
  connectors: readonly ConnectorRef[],
  ctx: CoreContext,
): Result<ConnectorTestPropagation> {
  const connectionId = connector.connection;
  if (connectionId === null || connectionId === '') {
    return fail('invalid_record', `connector '${connector.sys_id}' has no connection to test`, 422);
  }
  const patch = healthOf(diagnosis);
  const siblings = propagateConnectionTest(connectionId, diagnosis, connectors).filter((p) => p.sys_id !== connector.sys_id);
  return ok({
    connection: connectionTestPatch(connectionId, diagnosis, ctx),
    connectors: [{ sys_id: connector.sys_id, ...patch }, ...siblings],
  });
}

/**
 * Healthy on success, unhealthy on error. The warning column carries what the admin must know:
 * the failure, or a caveat of a passing test (no projects visible); a clean pass clears it.
 */
function healthOf(diagnosis: DiagnosisSummary): Pick<ConnectorHealthPatch, 'health' | 'warning'> {
  const max = connectorTable.columns.warning.maxLength;
  if (diagnosis.status === 'error') {
    return { health: 'unhealthy', warning: clip(`Connection test failed: ${diagnosis.message} ${diagnosis.suggestion}`, max) };
  }
  if (diagnosis.reason !== 'ok') return { health: 'healthy', warning: clip(`${diagnosis.message} ${diagnosis.suggestion}`, max) };
  return { health: 'healthy', warning: null };
}

/** Stores reject (or silently cut) text over the column's length: cut it here, visibly. */
function clip(text: string, columnMaxLength: number | undefined): string {
  const maxLength = columnMaxLength ?? DEFAULT_STRING_LENGTH;
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
