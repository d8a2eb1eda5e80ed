/**
 * Local status change → Tenable, as the core's write-back planner decides (first mapped remote
 * status; recast/accept rules for VM/WAS, accept/recast risk rules for Security Center). Every
 * outcome, including "not synced" and its reason, is written to the connector log.
 */
import { assetTable, connectionTable, connectorTable } from '../../../src-shared/model/tables';
import type { LocalStatus } from '../../../src-shared/model/vocabulary';
import { decideWriteBack, type RequestDescription } from '../../../src-shared/rules/write-back-planner';
import type { RequestCommand } from '../../../src-shared/tenable/planner-protocol';
import type { RevealedConnection } from '../host-services';
import type { Row } from '../store/record-codec';
import { writeLog } from './connector-log';
import type { EngineDeps } from './engine-deps';
import { loadProcessingContext } from './processing-context';
import { TenableTransport } from './tenable-transport';

export interface WriteBackOutcome {
  readonly synced: boolean;
  readonly message: string;
  readonly statusCode: number | null;
}

export async function writeBack(deps: EngineDeps, item: Row, localStatus: LocalStatus): Promise<WriteBackOutcome> {
  const connectorId = String(item.connector);
  const connector = await deps.records.get(connectorTable, connectorId);
  const connection = connector ? await deps.records.get(connectionTable, String(connector.connection)) : undefined;
  if (!connector || !connection) return { synced: false, message: 'connector or connection no longer exists', statusCode: null };
  const context = await loadProcessingContext(deps, connectorId);
  const asset = item.asset ? await deps.records.get(assetTable, String(item.asset)) : undefined;
  const action = decideWriteBack({
    platform: context.platform,
    mapping: context.mapping,
    localStatus,
    finding: {
      dedupe_key: String(item.dedupe_key),
      plugin_id: String(item.plugin_id),
      plugin_name: item.plugin_name as string | null,
      severity: item.severity as never,
      remote_state: item.remote_state as never,
      severity_modification: item.severity_modification as never,
      port: item.port as number | null,
      protocol: item.protocol as string | null,
      url: item.url as string | null,
      repository_id: (item.repository_id as string | null) ?? null,
      asset: { uuid: asset?.tenable_uuid as string | null, fqdn: asset?.fqdn as string | null, hostname: asset?.hostname as string | null, ipv4: asset?.ipv4 as string | null },
    },
  });
  if (action.kind === 'none') {
    await writeLog(deps, { connector: connectorId, level: 'info', stage: 'processing', event: 'write_back', message: `write-back of '${localStatus}' for ${String(item.dedupe_key)} not synced: ${action.reason}` });
    return { synced: false, message: action.reason, statusCode: null };
  }
  const revealed = deps.secrets.revealSecrets(connectionTable, connection) as RevealedConnection;
  const transport = new TenableTransport(revealed, { requestTimeoutMs: 60_000, onRequestMs: () => undefined });
  const scSession = revealed.platform === 'tenable_sc' && !(revealed.access_key && revealed.secret_key);
  if (scSession) {
    const login = await transport.request({ kind: 'request', id: 'login', method: 'POST', path: '/rest/token', body: { releaseSession: true }, auth: 'sc_login' });
    if (login.type !== 'reply' || login.status !== 200) return logged(deps, connectorId, item, localStatus, false, 'security center login for write-back failed', login.type === 'reply' ? login.status : null);
  }
  const replies: unknown[] = [];
  let last: number | null = null;
  for (const [index, description] of action.requests.entries()) {
    const command: RequestCommand = { kind: 'request', id: `wb${index}`, method: description.method as RequestCommand['method'], path: boundPath(description, replies), ...(description.body === undefined ? {} : { body: description.body as never }), auth: scSession ? 'sc_session' : 'api_keys' };
    const reply = await transport.request(command);
    if (reply.type !== 'reply') return logged(deps, connectorId, item, localStatus, false, `${action.purpose} request ${command.method} ${command.path} failed: network error`, null);
    last = reply.status;
    replies.push(reply.body);
    if (reply.status >= 300) return logged(deps, connectorId, item, localStatus, false, `${action.purpose} request ${command.method} ${command.path} answered ${reply.status}`, reply.status);
  }
  return logged(deps, connectorId, item, localStatus, true, `${action.purpose} created in tenable (${action.requests.length} request(s)); the next sync shows its effect`, last);
}

function boundPath(description: RequestDescription, replies: readonly unknown[]): string {
  if (!description.bind) return description.path;
  let value: unknown = replies[description.bind.fromRequest];
  for (const key of description.bind.responsePath.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return description.path.replace(description.bind.placeholder, encodeURIComponent(String(value ?? '')));
}

async function logged(deps: EngineDeps, connector: string, item: Row, localStatus: LocalStatus, synced: boolean, message: string, statusCode: number | null): Promise<WriteBackOutcome> {
  await writeLog(deps, { connector, level: synced ? 'info' : 'error', stage: 'processing', event: 'write_back', message: `write-back of '${localStatus}' for ${String(item.dedupe_key)}: ${message}`, statusCode, retryable: !synced });
  return { synced, message, statusCode };
}

