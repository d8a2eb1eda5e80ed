import type { CallOutcome, NetworkFailure } from '../../../src-shared/core/http-outcome';
import { fail, ok, type Result } from '../../../src-shared/core/result';
import { connectionTable } from '../../../src-shared/model/tables/connection';
import type { Platform } from '../../../src-shared/model/vocabulary';
import type { JsonValue, RequestAuth } from '../../../src-shared/tenable';
import { glide, type RestReply } from './glide-port';
import { getRow, readSecret } from './glide-store';

/**
 * Calls Tenable through sn_ws.RESTMessageV2 (synchronous): adds the auth headers the planner only
 * names, parses the answer, and turns RESTMessageV2's "status 0 + error text" into the core's five
 * network failures, so every decision downstream is the same as on the Node host.
 */

export interface TenableTarget {
  readonly connectionId: string;
  readonly platform: Platform;
  readonly baseUrl: string;
  readonly accessKey: string | null;
  readonly secretKey: string | null;
  readonly scUsername: string | null;
  readonly scPassword: string | null;
}

/** Security Center session: kept in memory for one engine pass, never written to a record. */
export interface ScSession {
  token: string | null;
  cookie: string | null;
}

export interface TenableCall {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: JsonValue;
  readonly auth: RequestAuth | 'none';
}

export interface TenableAnswer {
  readonly outcome: CallOutcome;
  readonly elapsedMs: number;
  /** The raw body text (chunks are stored as they came). */
  readonly text: string;
}

const USER_AGENT = 'Integration/1.0 (ServiceNow; Exposure Integration Hub; Build/0.1.0)';
export const HTTP_TIMEOUT_MS = 120_000;

export function loadTarget(connectionId: string | null | undefined): Result<TenableTarget> {
  const connection = getRow(connectionTable, connectionId);
  if (connection === null) return fail('not_found', `connection '${String(connectionId)}' does not exist`, 404);
  if (connection.base_url === null || connection.base_url.trim() === '') {
    return fail('invalid_record', `connection '${connection.name ?? connection.sys_id}' has no base url`, 422);
  }
  return ok({
    connectionId: connection.sys_id,
    platform: connection.platform ?? 'tenable_vm',
    baseUrl: connection.base_url.trim().replace(/\/+$/, ''),
    accessKey: readSecret(connectionTable, connection.sys_id, 'access_key'),
    secretKey: readSecret(connectionTable, connection.sys_id, 'secret_key'),
    scUsername: connection.sc_username,
    scPassword: readSecret(connectionTable, connection.sys_id, 'sc_password'),
  });
}

function authHeaders(target: TenableTarget, auth: TenableCall['auth'], session: ScSession): Record<string, string> {
  if (auth === 'api_keys') {
    return target.platform === 'tenable_sc'
      ? { 'x-apikey': `accesskey=${target.accessKey ?? ''}; secretkey=${target.secretKey ?? ''};` }
      : { 'X-ApiKeys': `accessKey=${target.accessKey ?? ''};secretKey=${target.secretKey ?? ''};` };
  }
  if (auth === 'sc_session') {
    const headers: Record<string, string> = {};
    if (session.token !== null) headers['X-SecurityCenter'] = session.token;
    if (session.cookie !== null) headers['Cookie'] = session.cookie;
    return headers;
  }
  return {};
}

function bodyOf(target: TenableTarget, call: TenableCall): string | undefined {
  if (call.body === undefined && call.auth !== 'sc_login') return undefined;
  if (call.auth === 'sc_login') {
    const base = typeof call.body === 'object' && call.body !== null && !Array.isArray(call.body) ? call.body : {};
    return JSON.stringify({ ...base, username: target.scUsername ?? '', password: target.scPassword ?? '' });
  }
  return JSON.stringify(call.body);
}

/** RESTMessageV2 reports transport failures as text; read which of the five it was. */
export function networkFailureOf(message: string): NetworkFailure {
  if (/unknownhost|unknown host|resolve|nodename|name or service/i.test(message)) return 'dns';
  if (/ssl|tls|certificat|handshake|pkix/i.test(message)) return 'tls';
  if (/timed? ?out|timeout/i.test(message)) return 'timeout';
  if (/refused/i.test(message)) return 'refused';
  return 'reset';
}

export function parseBody(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export function headerOf(reply: RestReply, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(reply.headers)) if (key.toLowerCase() === wanted) return reply.headers[key];
  return undefined;
}

export function callTenable(target: TenableTarget, call: TenableCall, session: ScSession): TenableAnswer {
  const started = glide().nowMs();
  const body = bodyOf(target, call);
  const reply = glide().execute({
    method: call.method,
    endpoint: `${target.baseUrl}${call.path}`,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': USER_AGENT,
      ...authHeaders(target, call.auth, session),
    },
    ...(call.query === undefined ? {} : { query: call.query }),
    ...(body === undefined ? {} : { body }),
    timeoutMs: HTTP_TIMEOUT_MS,
  });
  const elapsedMs = Math.max(0, glide().nowMs() - started);
  if (reply.status === 0) {
    return { outcome: { kind: 'network', failure: networkFailureOf(reply.errorMessage) }, elapsedMs, text: '' };
  }
  const parsed = parseBody(reply.body);
  if (call.auth === 'sc_login') rememberScSession(reply, parsed, session);
  return { outcome: { kind: 'http', status: reply.status, body: parsed, headers: reply.headers }, elapsedMs, text: reply.body };
}

function rememberScSession(reply: RestReply, body: unknown, session: ScSession): void {
  const response = typeof body === 'object' && body !== null ? (body as { response?: { token?: unknown } }).response : undefined;
  const token = response?.token;
  if (typeof token === 'number' || typeof token === 'string') session.token = String(token);
  const cookie = headerOf(reply, 'set-cookie');
  const match = cookie === undefined ? null : /TNS_SESSIONID=[^;]+/.exec(cookie);
  if (match !== null) session.cookie = match[0];
}
