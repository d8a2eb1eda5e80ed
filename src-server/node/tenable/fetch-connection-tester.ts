/**
 * Test Connection over real HTTP: one credential call per platform, its outcome handed to the
 * core's diagnosis. Redirects are not followed, so keys only ever go to the validated address.
 */
import type { ConnectionProbe, ConnectionTestInput } from '../../../src-shared/core/connection-diagnosis';
import type { CallOutcome } from '../../../src-shared/core/http-outcome';
import type { ConnectionTester, RevealedConnection } from '../host-services';
import { networkFailureOf } from './network-failure';
import { scApiKeysHeader, usesScApiKeys, vmApiKeysHeader } from './tenable-auth';
import { USER_AGENT } from './user-agent';
import { headerRecord } from './header-record';

export interface ConnectionTesterOptions {
  readonly timeoutMs?: number;
}

const MAX_BODY_CHARS = 64 * 1024;

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<CallOutcome> {
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'User-Agent': USER_AGENT, Accept: 'application/json', ...(init.headers as Record<string, string>) } });
    const text = (await response.text()).slice(0, MAX_BODY_CHARS);
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Gateways answer HTML; the diagnosis reads text too.
    }
    return { kind: 'http', status: response.status, body, headers: headerRecord(response.headers) };
  } catch (error) {
    return { kind: 'network', failure: networkFailureOf(error) };
  }
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export function createFetchConnectionTester(options: ConnectionTesterOptions = {}): ConnectionTester {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async test(connection: RevealedConnection): Promise<ConnectionTestInput> {
      const base = connection.base_url;
      const result = (probe: ConnectionProbe, outcome: CallOutcome, extra: Partial<ConnectionTestInput> = {}): ConnectionTestInput => ({ platform: connection.platform, outcome, probe, baseUrl: base, ...extra });
      switch (connection.platform) {
        case 'tenable_vm':
          return result('session', await call(joinUrl(base, '/session'), { headers: vmApiKeysHeader(connection) }, timeoutMs));
        case 'tenable_was': {
          const outcome = await call(joinUrl(base, '/was/v2/configs/search?limit=200&offset=0&sort=name:asc'), { method: 'POST', headers: { ...vmApiKeysHeader(connection), 'Content-Type': 'application/json' }, body: '{}' }, timeoutMs);
          const items = outcome.kind === 'http' && outcome.body && typeof outcome.body === 'object' ? (outcome.body as { items?: unknown }).items : undefined;
          return result('was_configs', outcome, Array.isArray(items) ? { wasProjectCount: items.length } : {});
        }
        case 'tenable_sc': {
          if (usesScApiKeys(connection)) return result('sc_current_user', await call(joinUrl(base, '/rest/currentUser'), { headers: scApiKeysHeader(connection) }, timeoutMs));
          const logIn = (releaseSession: boolean) =>
            call(joinUrl(base, '/rest/token'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: connection.sc_username ?? '', password: connection.sc_password ?? '', releaseSession }) }, timeoutMs);
          let login = await logIn(false);
          // At its session limit the user gets {response:{releaseSession:true}} and no token: log in
          // once more releasing the oldest session, as a run does (and as the diagnosis promises).
          if (asksToReleaseSession(login)) login = await logIn(true);
          await releaseScSession(base, login, timeoutMs);
          return result('sc_token', login);
        }
      }
    },
  };
}

function asksToReleaseSession(login: CallOutcome): boolean {
  if (login.kind !== 'http' || login.status !== 200) return false;
  const response = (login.body as { response?: { releaseSession?: unknown; token?: unknown } } | undefined)?.response;
  return response?.releaseSession === true && (response.token === undefined || response.token === null);
}

/** A test must not leave a Security Center session behind (they count against max sessions). */
async function releaseScSession(base: string, login: CallOutcome, timeoutMs: number): Promise<void> {
  if (login.kind !== 'http' || login.status !== 200) return;
  const token = (login.body as { response?: { token?: unknown } } | undefined)?.response?.token;
  const cookie = login.headers?.['set-cookie']?.split(';')[0];
  if (token === undefined || token === null) return;
  await call(joinUrl(base, '/rest/token'), { method: 'DELETE', headers: { 'X-SecurityCenter': String(token), ...(cookie ? { Cookie: cookie } : {}) } }, timeoutMs);
}
