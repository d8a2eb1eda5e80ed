import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONNECTION_PROBES,
  DIAGNOSIS_REASONS,
  diagnoseConnectionTest,
  type ConnectionDiagnosis,
  type ConnectionTestInput,
} from '../../../src-shared/core/connection-diagnosis';
import { NETWORK_FAILURES } from '../../../src-shared/core/http-outcome';
import { PLATFORMS } from '../../../src-shared/model/vocabulary';

const http = (status: number, body: unknown = {}, headers?: Record<string, string>) =>
  ({ kind: 'http', status, body, ...(headers === undefined ? {} : { headers }) }) as const;

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

interface Case {
  readonly name: string;
  readonly input: ConnectionTestInput;
  readonly status: 'success' | 'error';
  readonly statusCode: number | null;
  readonly reason: ConnectionDiagnosis['reason'];
  /** Fragments the message must contain (what happened). */
  readonly message: readonly string[];
  /** Fragments the suggestion must contain (what to do). */
  readonly suggestion: readonly string[];
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'vm 200 session: connected as the key owner',
    input: { platform: 'tenable_vm', probe: 'session', outcome: http(200, { id: 1, username: 'api@example.com' }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ['Connected to Tenable Vulnerability Management', "'api@example.com'"],
    suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'vm 204 without a body still succeeds',
    input: { platform: 'tenable_vm', outcome: http(204, null) },
    status: 'success', statusCode: 204, reason: 'ok',
    message: ['Connected to Tenable Vulnerability Management.'], suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'vm 200 server/status ready: reachable, keys not checked',
    input: { platform: 'tenable_vm', probe: 'server_status', outcome: http(200, { code: 200, status: 'ready' }) },
    status: 'success', statusCode: 200, reason: 'credentials_not_checked',
    message: ['does not check the API keys'], suggestion: ['GET /session'], retryable: false,
  },
  {
    name: 'vm 200 server/status loading',
    input: { platform: 'tenable_vm', probe: 'server_status', outcome: http(200, { code: 200, status: 'loading' }) },
    status: 'error', statusCode: 200, reason: 'server_not_ready',
    message: ["'loading'"], suggestion: ['wait a few minutes'], retryable: true,
  },
  {
    name: 'vm 200 server/status locked',
    input: { platform: 'tenable_vm', probe: 'server_status', outcome: http(200, { status: 'locked' }) },
    status: 'error', statusCode: 200, reason: 'server_not_ready',
    message: ["'locked'"], suggestion: ['status.tenable.com'], retryable: true,
  },
  {
    name: 'vm 200 with an html page (proxy login or portal)',
    input: { platform: 'tenable_vm', baseUrl: 'https://portal.example.com', outcome: http(200, '<!doctype html><html></html>') },
    status: 'error', statusCode: 200, reason: 'not_tenable_api',
    message: ['web page', 'https://portal.example.com'], suggestion: ['https://cloud.tenable.com'], retryable: false,
  },
  {
    name: 'vm 401 invalid keys (Tenable body)',
    input: { platform: 'tenable_vm', probe: 'session', outcome: http(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' }) },
    status: 'error', statusCode: 401, reason: 'invalid_credentials',
    message: ['did not accept the API keys', 'Invalid credentials.'], suggestion: ['Generate a new key pair', 'API Keys'], retryable: false,
  },
  {
    name: 'vm 401 without a body',
    input: { platform: 'tenable_vm', outcome: http(401, '') },
    status: 'error', statusCode: 401, reason: 'invalid_credentials',
    message: ['did not accept the API keys.'], suggestion: ['secret key'], retryable: false,
  },
  {
    name: 'vm 403 missing permission',
    input: { platform: 'tenable_vm', probe: 'session', outcome: http(403, { error: 'You do not have permission to view this resource' }) },
    status: 'error', statusCode: 403, reason: 'missing_permission',
    message: ['refused the request (403)', 'You do not have permission'], suggestion: ['Can View', 'Access Control'], retryable: false,
  },
  {
    name: 'vm 404 wrong base URL',
    input: { platform: 'tenable_vm', baseUrl: 'https://cloud.tenable.com/api', outcome: http(404, { error: 'Not Found' }) },
    status: 'error', statusCode: 404, reason: 'wrong_base_url',
    message: ['404', 'https://cloud.tenable.com/api'], suggestion: ['https://cloud.tenable.com', 'no path'], retryable: false,
  },
  {
    name: 'vm 429 with retry-after seconds',
    input: { platform: 'tenable_vm', outcome: http(429, '<html>Too Many Requests</html>', { 'retry-after': '30' }) },
    status: 'error', statusCode: 429, reason: 'rate_limited',
    message: ['rate limiting'], suggestion: ['Wait 30 seconds', 'own key pair'], retryable: true, retryAfterSeconds: 30,
  },
  {
    name: 'vm 429 with Retry-After as an HTTP date (read against now)',
    input: { platform: 'tenable_vm', now: NOW, outcome: http(429, '', { 'Retry-After': new Date(NOW + 90_000).toUTCString() }) },
    status: 'error', statusCode: 429, reason: 'rate_limited',
    message: ['429'], suggestion: ['Wait 90 seconds'], retryable: true, retryAfterSeconds: 90,
  },
  {
    name: 'vm 429 with an HTTP-date Retry-After but no now: the date is not guessed',
    input: { platform: 'tenable_vm', outcome: http(429, '', { 'Retry-After': new Date(NOW + 90_000).toUTCString() }) },
    status: 'error', statusCode: 429, reason: 'rate_limited',
    message: ['429'], suggestion: ['Wait a minute'], retryable: true,
  },
  {
    name: 'vm 429 without retry-after',
    input: { platform: 'tenable_vm', outcome: http(429, '') },
    status: 'error', statusCode: 429, reason: 'rate_limited',
    message: ['429'], suggestion: ['Wait a minute'], retryable: true,
  },
  {
    name: 'vm 429 with retry-after 1 says "1 second"',
    input: { platform: 'tenable_vm', outcome: http(429, '', { 'retry-after': '1' }) },
    status: 'error', statusCode: 429, reason: 'rate_limited',
    message: ['429'], suggestion: ['Wait 1 second and'], retryable: true, retryAfterSeconds: 1,
  },
  {
    name: 'vm 500 internal error',
    input: { platform: 'tenable_vm', outcome: http(500, {}) },
    status: 'error', statusCode: 500, reason: 'server_error',
    message: ['internal error (500)'], suggestion: ["Tenable's side", 'status.tenable.com'], retryable: true,
  },
  {
    name: 'vm 503 unavailable',
    input: { platform: 'tenable_vm', outcome: http(503, {}) },
    status: 'error', statusCode: 503, reason: 'service_unavailable',
    message: ['unavailable right now (503)'], suggestion: ['wait a few minutes'], retryable: true,
  },
  {
    name: 'sc 502 bad gateway points at the on-premises service',
    input: { platform: 'tenable_sc', outcome: http(502, 'bad gateway') },
    status: 'error', statusCode: 502, reason: 'service_unavailable',
    message: ['Tenable Security Center', '502'], suggestion: ['Security Center administrator'], retryable: true,
  },
  {
    name: 'vm 301 redirect (http instead of https)',
    input: { platform: 'tenable_vm', baseUrl: 'http://cloud.tenable.com', outcome: http(301, '') },
    status: 'error', statusCode: 301, reason: 'redirected',
    message: ['redirected', '301'], suggestion: ['https://', 'http:// instead of https://'], retryable: false,
  },
  {
    name: 'vm 400 bad request',
    input: { platform: 'tenable_vm', outcome: http(400, { message: 'Invalid header' }) },
    status: 'error', statusCode: 400, reason: 'bad_request',
    message: ['(400)', 'Invalid header'], suggestion: ['no path', 'stray characters'], retryable: false,
  },
  {
    name: 'vm 418 unexpected status',
    input: { platform: 'tenable_vm', outcome: http(418, {}) },
    status: 'error', statusCode: 418, reason: 'unexpected_status',
    message: ['unexpected HTTP status 418'], suggestion: ['Tenable support'], retryable: false,
  },
  {
    name: 'dns failure',
    input: { platform: 'tenable_vm', baseUrl: 'https://clod.tenable.com', outcome: { kind: 'network', failure: 'dns' } },
    status: 'error', statusCode: null, reason: 'dns',
    message: ['could not be resolved', 'https://clod.tenable.com'], suggestion: ['spelling', 'DNS'], retryable: true,
  },
  {
    name: 'dns failure on security center suggests internal name or MID server',
    input: { platform: 'tenable_sc', outcome: { kind: 'network', failure: 'dns' } },
    status: 'error', statusCode: null, reason: 'dns',
    message: ['could not be resolved'], suggestion: ['MID server'], retryable: true,
  },
  {
    name: 'tls failure on security center (self-signed certificate)',
    input: { platform: 'tenable_sc', outcome: { kind: 'network', failure: 'tls' } },
    status: 'error', statusCode: null, reason: 'tls',
    message: ['TLS handshake'], suggestion: ['self-signed', 'CA certificate'], retryable: false,
  },
  {
    name: 'tls failure on cloud (inspecting proxy)',
    input: { platform: 'tenable_vm', outcome: { kind: 'network', failure: 'tls' } },
    status: 'error', statusCode: null, reason: 'tls',
    message: ['TLS handshake'], suggestion: ['https://', 'proxy'], retryable: false,
  },
  {
    name: 'timeout on cloud',
    input: { platform: 'tenable_was', outcome: { kind: 'network', failure: 'timeout' } },
    status: 'error', statusCode: null, reason: 'timeout',
    message: ['No answer came back'], suggestion: ['port 443', 'firewall'], retryable: true,
  },
  {
    name: 'timeout on security center',
    input: { platform: 'tenable_sc', outcome: { kind: 'network', failure: 'timeout' } },
    status: 'error', statusCode: null, reason: 'timeout',
    message: ['time limit'], suggestion: ['MID server'], retryable: true,
  },
  {
    name: 'connection refused',
    input: { platform: 'tenable_sc', outcome: { kind: 'network', failure: 'refused' } },
    status: 'error', statusCode: null, reason: 'refused',
    message: ['refused'], suggestion: ['port', 'running'], retryable: true,
  },
  {
    name: 'connection reset',
    input: { platform: 'tenable_vm', outcome: { kind: 'network', failure: 'reset' } },
    status: 'error', statusCode: null, reason: 'reset',
    message: ['reset'], suggestion: ['TLS inspection'], retryable: true,
  },
  {
    name: 'sc error_code 12 as HTTP 403: expired token',
    input: { platform: 'tenable_sc', probe: 'sc_current_user', outcome: http(403, { error_code: 12, error_msg: 'This request contains an invalid token.' }) },
    status: 'error', statusCode: 403, reason: 'sc_token_expired',
    message: ['error_code 12', 'invalid token'], suggestion: ['Test again', 'API keys'], retryable: true,
  },
  {
    name: 'sc error_code 12 as HTTP 200 (string code): expired token',
    input: { platform: 'tenable_sc', probe: 'sc_current_user', outcome: http(200, { error_code: '12', error_msg: '' }) },
    status: 'error', statusCode: 200, reason: 'sc_token_expired',
    message: ['(error_code 12)'], suggestion: ['session timeout'], retryable: true,
  },
  {
    name: 'sc max sessions: releaseSession true without token',
    input: { platform: 'tenable_sc', probe: 'sc_token', outcome: http(200, { type: 'regular', response: { releaseSession: true }, error_code: 0 }) },
    status: 'error', statusCode: 200, reason: 'sc_max_sessions',
    message: ['maximum number of sessions'], suggestion: ['releaseSession=true', 'Log this Security Center user out'], retryable: true,
  },
  {
    name: 'sc 200 with a non-zero error_code',
    input: { platform: 'tenable_sc', probe: 'sc_current_user', outcome: http(200, { error_code: 146, error_msg: 'Invalid filter' }) },
    status: 'error', statusCode: 200, reason: 'sc_error',
    message: ['error_code 146', 'Invalid filter'], suggestion: ['Security Manager or Auditor'], retryable: false,
  },
  {
    name: 'sc 403 other error_code: missing permission',
    input: { platform: 'tenable_sc', outcome: http(403, { error_code: 146, error_msg: 'Permission denied' }) },
    status: 'error', statusCode: 403, reason: 'missing_permission',
    message: ['403, error_code 146', 'Permission denied'], suggestion: ['Security Manager or Auditor'], retryable: false,
  },
  {
    name: 'sc 403 with no body',
    input: { platform: 'tenable_sc', outcome: http(403, null) },
    status: 'error', statusCode: 403, reason: 'missing_permission',
    message: ['(403)'], suggestion: ['repositories'], retryable: false,
  },
  {
    name: 'sc 401 invalid username or password',
    input: { platform: 'tenable_sc', probe: 'sc_token', outcome: http(401, { error_code: 0, error_msg: 'Invalid login credentials' }) },
    status: 'error', statusCode: 401, reason: 'invalid_credentials',
    message: ['Security Center did not accept the credentials'], suggestion: ['username and password', 'API Keys'], retryable: false,
  },
  {
    name: 'sc 400 token and keys both sent',
    input: { platform: 'tenable_sc', outcome: http(400, { error_code: 0 }) },
    status: 'error', statusCode: 400, reason: 'conflicting_credentials',
    message: ['both a session token and API keys'], suggestion: ['not both'], retryable: false,
  },
  {
    name: 'sc 200 token issued',
    input: { platform: 'tenable_sc', probe: 'sc_token', outcome: http(200, { response: { token: 123456789 }, error_code: 0, error_msg: '' }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ['Connected to Tenable Security Center.'], suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'sc 200 current user',
    input: { platform: 'tenable_sc', probe: 'sc_current_user', outcome: http(200, { response: { username: 'svc_eih' }, error_code: 0 }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ["as 'svc_eih'"], suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'sc 404 wrong base URL mentions /rest',
    input: { platform: 'tenable_sc', outcome: http(404, 'not found') },
    status: 'error', statusCode: 404, reason: 'wrong_base_url',
    message: ['Tenable Security Center API'], suggestion: ['/rest'], retryable: false,
  },
  {
    name: 'was 403 on /was/v2/configs/search: module not licensed',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(403, { error: 'Forbidden' }) },
    status: 'error', statusCode: 403, reason: 'was_not_licensed',
    message: ['not licensed'], suggestion: ['Settings > License', 'Scan Operator'], retryable: false,
  },
  {
    name: 'was zero projects (count from host): success with a warning',
    input: { platform: 'tenable_was', probe: 'session', wasProjectCount: 0, outcome: http(200, { username: 'u' }) },
    status: 'success', statusCode: 200, reason: 'no_projects_visible',
    message: ['no Web App Scanning projects'], suggestion: ['Can View', 'test again'], retryable: false,
  },
  {
    name: 'was zero projects (read from pagination.total)',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(200, { pagination: { total: 0, offset: 0, limit: 200 }, items: [] }) },
    status: 'success', statusCode: 200, reason: 'no_projects_visible',
    message: ['no Web App Scanning projects'], suggestion: ['Access Control'], retryable: false,
  },
  {
    name: 'was zero projects (read from items when no pagination)',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(200, { items: [] }) },
    status: 'success', statusCode: 200, reason: 'no_projects_visible',
    message: ['no Web App Scanning projects'], suggestion: ['scan'], retryable: false,
  },
  {
    name: 'was projects visible',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(200, { pagination: { total: 3 }, items: [{}, {}, {}] }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ['3 Web App Scanning projects visible'], suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'was one project visible (singular)',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(200, { items: [{}] }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ['1 Web App Scanning project visible'], suggestion: ['No action needed'], retryable: false,
  },
  {
    name: 'was configs with an unreadable body: plain success',
    input: { platform: 'tenable_was', probe: 'was_configs', outcome: http(200, { something: 'else' }) },
    status: 'success', statusCode: 200, reason: 'ok',
    message: ['Connected to Tenable Web App Scanning.'], suggestion: ['No action needed'], retryable: false,
  },
];

describe('diagnoseConnectionTest', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = diagnoseConnectionTest(c.input);
    expect(d.status).toBe(c.status);
    expect(d.statusCode).toBe(c.statusCode);
    expect(d.reason).toBe(c.reason);
    expect(d.retryable).toBe(c.retryable);
    for (const fragment of c.message) expect(d.message).toContain(fragment);
    for (const fragment of c.suggestion) expect(d.suggestion).toContain(fragment);
    expect(d.retryAfterSeconds).toBe(c.retryAfterSeconds);
  });

  it('covers every diagnosis reason with a table case', () => {
    const covered = new Set(CASES.map((c) => c.reason));
    expect(DIAGNOSIS_REASONS.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('always answers with a status, a message and a concrete suggestion (property)', () => {
    const body = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.record({ error_code: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom('0', '12', 'x')), error_msg: fc.string() }),
      fc.record({ response: fc.record({ releaseSession: fc.boolean(), token: fc.integer() }, { requiredKeys: [] }) }),
      fc.record({ status: fc.constantFrom('ready', 'loading', 'locked'), message: fc.string(), error: fc.string() }, { requiredKeys: [] }),
      fc.record({ pagination: fc.record({ total: fc.nat() }), items: fc.array(fc.constant({})) }, { requiredKeys: [] }),
      fc.anything(),
    );
    const outcome = fc.oneof(
      fc.record({
        kind: fc.constant('http' as const),
        status: fc.integer({ min: 100, max: 599 }),
        body,
        headers: fc.dictionary(fc.constantFrom('retry-after', 'Retry-After', 'x-other'), fc.string()),
      }),
      fc.record({ kind: fc.constant('network' as const), failure: fc.constantFrom(...NETWORK_FAILURES) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORMS),
        outcome,
        fc.option(fc.constantFrom(...CONNECTION_PROBES), { nil: undefined }),
        fc.option(fc.nat({ max: 50 }), { nil: undefined }),
        (platform, o, probe, wasProjectCount) => {
          const input: ConnectionTestInput = {
            platform,
            outcome: o,
            ...(probe === undefined ? {} : { probe }),
            ...(wasProjectCount === undefined ? {} : { wasProjectCount }),
            now: 0,
          };
          const d = diagnoseConnectionTest(input);
          expect(['success', 'error']).toContain(d.status);
          expect(DIAGNOSIS_REASONS).toContain(d.reason);
          expect(d.message.length).toBeGreaterThan(10);
          expect(d.suggestion.length).toBeGreaterThan(20);
          expect(d.statusCode).toBe(o.kind === 'http' ? o.status : null);
          // Only 2xx answers can be a success; a network failure never is.
          if (d.status === 'success') expect(o.kind === 'http' && o.status >= 200 && o.status < 300).toBe(true);
          if (d.retryAfterSeconds !== undefined) expect(d.retryAfterSeconds).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('security center bad credentials (error_code 74)', () => {
  it('is invalid credentials, not a missing permission, with the HTTP status Security Center sent', () => {
    const diagnosis = diagnoseConnectionTest({
      platform: 'tenable_sc',
      probe: 'sc_token',
      outcome: { kind: 'http', status: 403, body: { error_code: 74, error_msg: 'Invalid login credentials.' } },
    });
    expect(diagnosis).toMatchObject({ status: 'error', statusCode: 403, reason: 'invalid_credentials', retryable: false });
    expect(diagnosis.suggestion).toContain('Re-enter');
  });
});
