import { afterEach, describe, expect, it } from 'vitest';
import { testConnection, testConnectorConnection, summaryOfConnection } from '../../src-server/instance/connection-test';
import { networkFailureOf } from '../../src-server/instance/glide/tenable-transport';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double.uninstall());

describe('connection test → health of every connector using the connection', () => {
  it('a passing test marks every connector on the connection healthy, leaves others alone, never turns one green', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const other = seedConnection(double);
    const a = seedConnector(double, conn);
    const b = seedConnector(double, conn, { status: 'failed', health: 'unhealthy', warning: 'old failure' });
    const c = seedConnector(double, other);
    double.rest = () => jsonReply(200, { id: 1, username: 'api.user@example.com' });

    const outcome = testConnection(conn);

    expect(outcome.ok && outcome.value.reason).toBe('ok');
    expect(double.requests[0]?.endpoint).toBe('https://cloud.tenable.example/session');
    expect(field(double, 'x_eih_connection', conn, 'status')).toBe('success');
    expect(field(double, 'x_eih_connection', conn, 'status_code')).toBe('200');
    expect(field(double, 'x_eih_connection', conn, 'message')).toContain("'api.user@example.com'");
    expect(field(double, 'x_eih_connection', conn, 'last_tested')).toMatch(/^2026-03-02 09:00:00$/);
    for (const id of [a, b]) {
      expect(field(double, 'x_eih_connector', id, 'health')).toBe('healthy');
      expect(field(double, 'x_eih_connector', id, 'warning')).toBeNull();
    }
    expect(field(double, 'x_eih_connector', a, 'status')).toBe('connecting');
    expect(field(double, 'x_eih_connector', b, 'status')).toBe('failed');
    expect(field(double, 'x_eih_connector', c, 'health')).toBe('unknown');
    expect(double.db.ruleLog.filter((r) => r.startsWith('EIH propagate connection test'))).toHaveLength(1);
  });

  it('a failing test marks them unhealthy with the diagnosis, and fails a connector that never synced', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const fresh = seedConnector(double, conn);
    const synced = seedConnector(double, conn, { status: 'connected', health: 'healthy', last_run_status: 'succeeded' });
    double.rest = () => jsonReply(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' });

    const outcome = testConnectorConnection(synced);

    expect(outcome.ok && outcome.value.reason).toBe('invalid_credentials');
    expect(field(double, 'x_eih_connection', conn, 'status')).toBe('error');
    for (const id of [fresh, synced]) {
      expect(field(double, 'x_eih_connector', id, 'health')).toBe('unhealthy');
      expect(field(double, 'x_eih_connector', id, 'warning')).toMatch(/^Connection test failed: .*API keys/);
    }
    expect(field(double, 'x_eih_connector', fresh, 'status')).toBe('failed');
    expect(field(double, 'x_eih_connector', synced, 'status')).toBe('connected');
  });

  it('a passing test with a caveat keeps the caveat as the warning (WAS keys that see no project)', () => {
    double = instanceDouble();
    const conn = seedConnection(double, { platform: 'tenable_was' });
    const id = seedConnector(double, conn, { project_types: 'WAS' });
    double.rest = () => jsonReply(200, { items: [], pagination: { total: 0, offset: 0, limit: 1 } });
    testConnection(conn);
    expect(double.requests[0]?.method).toBe('POST');
    expect(double.requests[0]?.endpoint).toBe('https://cloud.tenable.example/was/v2/configs/search');
    expect(field(double, 'x_eih_connector', id, 'health')).toBe('healthy');
    expect(field(double, 'x_eih_connector', id, 'warning')).toMatch(/no Web App Scanning projects/);
  });

  it('Security Center with a username logs in with it, then ends the session', () => {
    double = instanceDouble();
    const conn = seedConnection(double, { platform: 'tenable_sc', access_key: null, secret_key: null, sc_username: 'secman', sc_password: 'pw', base_url: 'https://sc.example/' });
    seedConnector(double, conn);
    double.rest = (request) =>
      request.method === 'POST'
        ? jsonReply(200, { error_code: 0, response: { token: 1234, username: 'secman' } }, { 'Set-Cookie': 'TNS_SESSIONID=abc; path=/' })
        : jsonReply(200, { error_code: 0 });
    const outcome = testConnection(conn);
    expect(outcome.ok && outcome.value.status).toBe('success');
    expect(JSON.parse(double.requests[0]?.body ?? '{}')).toMatchObject({ username: 'secman', password: 'pw' });
    expect(double.requests[1]).toMatchObject({ method: 'DELETE', endpoint: 'https://sc.example/rest/token' });
    expect(double.requests[1]?.headers).toMatchObject({ 'X-SecurityCenter': '1234', Cookie: 'TNS_SESSIONID=abc' });
  });

  it.each([
    ['java.net.UnknownHostException: cloud.tenable.example', 'dns'],
    ['javax.net.ssl.SSLHandshakeException: PKIX path building failed', 'tls'],
    ['Request timed out', 'timeout'],
    ['Connection refused (Connection refused)', 'refused'],
    ['Connection reset', 'reset'],
  ] as const)('RESTMessageV2 error %j is the network failure %s', (message, kind) => {
    expect(networkFailureOf(message)).toBe(kind);
  });

  it('a transport failure becomes a diagnosed error without an HTTP status', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    double.rest = () => ({ status: 0, body: '', headers: {}, errorMessage: 'java.net.UnknownHostException: cloud.tenable.example' });
    const outcome = testConnection(conn);
    expect(outcome.ok && outcome.value.reason).toBe('dns');
    expect(field(double, 'x_eih_connection', conn, 'status_code')).toBeNull();
  });

  it('reads a stored result back as the core summary; pending has none', () => {
    double = instanceDouble();
    const base = { sys_id: 'x', sys_created_on: '', sys_updated_on: '' } as const;
    expect(summaryOfConnection({ ...base, status: 'pending' } as never)).toBeNull();
    expect(summaryOfConnection({ ...base, status: 'error', status_code: 403, message: 'm', suggestion: 's' } as never)).toMatchObject({ status: 'error', statusCode: 403 });
  });
});
