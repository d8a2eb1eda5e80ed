import type { RecordOf } from '../../src-shared/model/column';
import { assetTable } from '../../src-shared/model/tables/asset';
import { connectorTable } from '../../src-shared/model/tables/connector';
import { statusMappingTable } from '../../src-shared/model/tables/status-mapping';
import type { vulnerableItemTable } from '../../src-shared/model/tables/vulnerable-item';
import type { LocalStatus } from '../../src-shared/model/vocabulary';
import { decideWriteBack, type RequestDescription, type WriteBackFinding } from '../../src-shared/rules/write-back-planner';
import { defaultStatusMapping, selectMapping } from '../../src-shared/rules/status-mapping';
import type { JsonValue } from '../../src-shared/tenable';
import { writeLog } from './connector-log';
import { getRow, list } from './glide/glide-store';
import { callTenable, loadTarget, type ScSession, type TenableTarget } from './glide/tenable-transport';

/**
 * Local status change → Tenable, as the core's write-back planner decides (accept rule, false
 * positive rule, or "not synced" with its reason), over RESTMessageV2. Every outcome, including
 * "not synced", is written to the connector log, as on the Node host (engine/write-back.ts).
 */

export interface WriteBackOutcome {
  readonly synced: boolean;
  readonly message: string;
  readonly statusCode: number | null;
}

type ItemRow = RecordOf<typeof vulnerableItemTable>;

export function writeBack(item: ItemRow, localStatus: LocalStatus): WriteBackOutcome {
  const connectorId = item.connector ?? '';
  const connector = getRow(connectorTable, connectorId);
  const target = connector === null ? null : loadTarget(connector.connection);
  if (connector === null || target === null || !target.ok) return { synced: false, message: 'connector or connection no longer exists', statusCode: null };
  const selected = selectMapping(list(statusMappingTable, { where: { connector: connectorId } }));
  const asset = getRow(assetTable, item.asset);
  const action = decideWriteBack({
    platform: target.value.platform,
    mapping: selected.ok ? selected.value : defaultStatusMapping(),
    localStatus,
    finding: {
      dedupe_key: item.dedupe_key ?? '',
      plugin_id: item.plugin_id ?? '',
      plugin_name: item.plugin_name,
      severity: item.severity ?? 'info',
      remote_state: item.remote_state ?? 'OPEN',
      severity_modification: item.severity_modification as WriteBackFinding['severity_modification'],
      port: item.port,
      protocol: item.protocol,
      url: item.url,
      repository_id: item.repository_id,
      asset: { uuid: asset?.tenable_uuid ?? null, fqdn: asset?.fqdn ?? null, hostname: asset?.hostname ?? null, ipv4: asset?.ipv4 ?? null },
    },
  });
  if (action.kind === 'none') {
    writeLog({ connector: connectorId, level: 'info', stage: 'processing', event: 'write_back', message: `write-back of '${localStatus}' for ${item.dedupe_key ?? item.sys_id} not synced: ${action.reason}` });
    return { synced: false, message: action.reason, statusCode: null };
  }
  const done = (synced: boolean, message: string, statusCode: number | null) => logged(connectorId, item, localStatus, synced, message, statusCode);
  const session: ScSession = { token: null, cookie: null };
  const scSession = usesScSession(target.value);
  if (scSession) {
    const login = callTenable(target.value, { method: 'POST', path: '/rest/token', body: { releaseSession: true }, auth: 'sc_login' }, session);
    if (login.outcome.kind !== 'http' || login.outcome.status !== 200 || session.token === null) {
      return done(false, 'security center login for write-back failed', login.outcome.kind === 'http' ? login.outcome.status : null);
    }
  }
  try {
    const replies: unknown[] = [];
    let last: number | null = null;
    for (const [index, description] of action.requests.entries()) {
      const path = boundPath(description, replies);
      if (path === null) return done(false, `${action.purpose} request ${index + 1} has no id to address: the reply to request ${(description.bind?.fromRequest ?? 0) + 1} lacks ${description.bind?.responsePath ?? ''}`, last);
      const answer = callTenable(
        target.value,
        { method: description.method, path, ...(description.body === undefined ? {} : { body: description.body as JsonValue }), auth: scSession ? 'sc_session' : 'api_keys' },
        session,
      );
      if (answer.outcome.kind === 'network') return done(false, `${action.purpose} request ${description.method} ${path} failed: network error (${answer.outcome.failure})`, null);
      last = answer.outcome.status;
      replies.push(answer.outcome.body);
      if (answer.outcome.status >= 300) return done(false, `${action.purpose} request ${description.method} ${path} answered ${answer.outcome.status}`, answer.outcome.status);
    }
    return done(true, `${action.purpose} created in tenable (${action.requests.length} request(s)); the next sync shows its effect`, last);
  } finally {
    // Do not hold one of the user's Security Center sessions after the change is written.
    if (scSession && session.token !== null) callTenable(target.value, { method: 'DELETE', path: '/rest/token', auth: 'sc_session' }, session);
  }
}

/** Security Center without a complete API key pair signs in with its user (as the Node host does). */
function usesScSession(target: TenableTarget): boolean {
  return target.platform === 'tenable_sc' && !(target.accessKey !== null && target.accessKey !== '' && target.secretKey !== null && target.secretKey !== '');
}

/**
 * Fills `{id}` of a later request (SC's apply step) from an earlier request's JSON reply; null when
 * that reply does not hold the value (the request is not sent to a wrong path).
 */
export function boundPath(description: RequestDescription, replies: readonly unknown[]): string | null {
  if (description.bind === undefined) return description.path;
  let value: unknown = replies[description.bind.fromRequest];
  for (const key of description.bind.responsePath.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value) === '') return null;
  return description.path.replace(description.bind.placeholder, encodeURIComponent(String(value)));
}

function logged(connector: string, item: ItemRow, localStatus: LocalStatus, synced: boolean, message: string, statusCode: number | null): WriteBackOutcome {
  writeLog({
    connector,
    level: synced ? 'info' : 'error',
    stage: 'processing',
    event: 'write_back',
    message: `write-back of '${localStatus}' for ${item.dedupe_key ?? item.sys_id}: ${message}`,
    statusCode,
    retryable: !synced,
  });
  return { synced, message, statusCode };
}
