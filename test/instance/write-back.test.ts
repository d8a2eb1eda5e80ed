import { afterEach, describe, expect, it } from 'vitest';
import { boundPath } from '../../src-server/instance/write-back';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { call } from './support/hub-call';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { replay } from './support/recorded-tenable';

let double: GlideDouble;
afterEach(() => double.uninstall());

interface Seeded {
  readonly connector: string;
  readonly item: string;
}

/** A connector on `platform` with one open critical finding on web1 (10.0.0.5), port 443/tcp. */
function seedItem(connection: Record<string, string | number | boolean | null> = {}, item: Record<string, string | number | boolean | null> = {}): Seeded {
  const connector = seedConnector(double, seedConnection(double, connection), { status: 'connected', last_run_status: 'succeeded' });
  const asset = double.insertRaw('x_eih_asset', { tenable_uuid: 'a1b2c3d4-0000-4000-8000-000000000001', hostname: 'web1', fqdn: 'web1.example.com', ipv4: '10.0.0.5' });
  const id = double.insertRaw('x_eih_vulnerable_item', {
    connector,
    asset,
    dedupe_key: 'finding-1',
    plugin_id: '19506',
    plugin_name: 'Apache Log4j RCE',
    severity: 'critical',
    remote_state: 'OPEN',
    local_status: 'identified',
    severity_modification: 'NONE',
    port: 443,
    protocol: 'tcp',
    repository_id: '7',
    ...item,
  });
  return { connector, item: id };
}

interface WriteBack {
  synced: boolean;
  message: string;
  status_code: number | null;
}

function patch(id: string, body: unknown): { status: number; result: Record<string, unknown> & { write_back?: WriteBack }; error?: string } {
  const answer = call('patchVulnerableItem', { params: { id }, body });
  return { status: answer.status, result: (answer.body.result ?? {}) as Record<string, unknown> & { write_back?: WriteBack }, ...(answer.body.error ? { error: answer.body.error.message } : {}) };
}

function writeBackLogs(connector: string): { level: string | null; message: string | null; status_code: string | null; retryable: string | null }[] {
  return double
    .rows('x_eih_connector_log')
    .filter((l) => l['connector'] === connector && l['event'] === 'write_back')
    .map((l) => ({ level: l['level'] ?? null, message: l['message'] ?? null, status_code: l['status_code'] ?? null, retryable: l['retryable'] ?? null }));
}

describe('PATCH /vulnerable-items/{id} writes a local status change back to Tenable', () => {
  it('VM risk accepted → one accept rule POST /v1/recast/rules scoped to the asset, plugin and port; synced and logged', () => {
    double = instanceDouble();
    const { connector, item } = seedItem();
    const script = replay(double, [{ method: 'POST', path: '/v1/recast/rules', reply: jsonReply(200, { id: 'rule-1' }) }]);

    const answer = patch(item, { local_status: 'risk_accepted' });

    expect(answer.status).toBe(200);
    expect(answer.result['local_status']).toBe('risk_accepted');
    expect(answer.result.write_back).toEqual({ synced: true, message: 'accept_rule created in tenable (1 request(s)); the next sync shows its effect', status_code: 200 });
    expect(script.unexpected).toEqual([]);
    const sent = double.requests[0];
    expect(sent?.headers['X-ApiKeys']).toBe('accessKey=AK;secretKey=SK;');
    const body = JSON.parse(sent?.body ?? '{}');
    expect(body.rule_value).toMatchObject({ action: 'ACCEPT', false_positive: false });
    expect(body.filter.and).toEqual([
      { property: 'asset.name', operator: 'eq', value: ['web1.example.com'] },
      { property: 'plugin.id', operator: 'eq', value: [19506] },
      { property: 'port', operator: 'eq', value: [443] },
    ]);
    expect(field(double, 'x_eih_vulnerable_item', item, 'local_status')).toBe('risk_accepted');
    expect(writeBackLogs(connector)).toEqual([{ level: 'info', message: "write-back of 'risk_accepted' for finding-1: accept_rule created in tenable (1 request(s)); the next sync shows its effect", status_code: '200', retryable: '0' }]);
  });

  it('VM false positive → an accept rule flagged false_positive', () => {
    double = instanceDouble();
    const { item } = seedItem();
    replay(double, [{ method: 'POST', path: '/v1/recast/rules', reply: jsonReply(200, {}) }]);
    const answer = patch(item, { local_status: 'false_positive' });
    expect(answer.result.write_back?.synced).toBe(true);
    expect(JSON.parse(double.requests[0]?.body ?? '{}').rule_value.false_positive).toBe(true);
  });

  it('Security Center accept is two steps: the apply path is bound to the id the first reply gave', () => {
    double = instanceDouble();
    const { item } = seedItem({ platform: 'tenable_sc', base_url: 'https://sc.example' });
    const script = replay(double, [
      { method: 'POST', path: '/rest/acceptRiskRule', reply: jsonReply(200, { error_code: 0, response: { id: '77' } }) },
      { method: 'POST', path: '/rest/acceptRiskRule/77/apply', reply: jsonReply(200, { error_code: 0, response: {} }) },
    ]);

    const answer = patch(item, { local_status: 'risk_accepted' });

    expect(script.unexpected).toEqual([]);
    expect(script.remaining()).toBe(0);
    expect(answer.result.write_back).toEqual({ synced: true, message: 'accept_rule created in tenable (2 request(s)); the next sync shows its effect', status_code: 200 });
    expect(double.requests[0]?.headers['x-apikey']).toBe('accesskey=AK; secretkey=SK;');
    const rule = JSON.parse(double.requests[0]?.body ?? '{}');
    expect(rule).toMatchObject({ repositories: [{ id: '7' }], plugin: { id: '19506' }, hostType: 'ip', hostValue: '10.0.0.5', port: '443', protocol: '6' });
    expect(JSON.parse(double.requests[1]?.body ?? '{}')).toEqual({ repository: { id: '7' } });
  });

  it('Security Center with a user signs in, sends the session token and cookie, and signs out afterwards', () => {
    double = instanceDouble();
    const { item } = seedItem({ platform: 'tenable_sc', base_url: 'https://sc.example', access_key: null, secret_key: null, sc_username: 'secman', sc_password: 'pw' });
    const script = replay(double, [
      { method: 'POST', path: '/rest/token', reply: jsonReply(200, { error_code: 0, response: { token: 4242 } }, { 'Set-Cookie': 'TNS_SESSIONID=abc123; Path=/; HttpOnly' }) },
      { method: 'POST', path: '/rest/acceptRiskRule', reply: jsonReply(200, { error_code: 0, response: { id: 9 } }) },
      { method: 'POST', path: '/rest/acceptRiskRule/9/apply', reply: jsonReply(200, { error_code: 0, response: {} }) },
      { method: 'DELETE', path: '/rest/token', reply: jsonReply(200, { error_code: 0 }) },
    ]);

    const answer = patch(item, { local_status: 'risk_accepted' });

    expect(script.unexpected).toEqual([]);
    expect(script.remaining()).toBe(0);
    expect(answer.result.write_back?.synced).toBe(true);
    expect(JSON.parse(double.requests[0]?.body ?? '{}')).toEqual({ releaseSession: true, username: 'secman', password: 'pw' });
    for (const sent of double.requests.slice(1)) {
      expect(sent.headers['X-SecurityCenter']).toBe('4242');
      expect(sent.headers['Cookie']).toBe('TNS_SESSIONID=abc123');
    }
  });

  it('a failed Security Center sign-in is reported, not synced, and nothing else is sent', () => {
    double = instanceDouble();
    const { connector, item } = seedItem({ platform: 'tenable_sc', base_url: 'https://sc.example', access_key: null, secret_key: null, sc_username: 'secman', sc_password: 'bad' });
    replay(double, [{ method: 'POST', path: '/rest/token', reply: jsonReply(403, { error_code: 74, error_msg: 'Invalid login credentials' }) }]);
    const answer = patch(item, { local_status: 'risk_accepted' });
    expect(answer.result.write_back).toEqual({ synced: false, message: 'security center login for write-back failed', status_code: 403 });
    expect(double.requests).toHaveLength(1);
    expect(writeBackLogs(connector)[0]).toMatchObject({ level: 'error', status_code: '403', retryable: '1' });
  });

  it('a Security Center first reply without an id stops before a request to a wrong path', () => {
    double = instanceDouble();
    const { item } = seedItem({ platform: 'tenable_sc', base_url: 'https://sc.example' });
    replay(double, [{ method: 'POST', path: '/rest/acceptRiskRule', reply: jsonReply(200, { error_code: 0, response: {} }) }]);
    const answer = patch(item, { local_status: 'risk_accepted' });
    expect(answer.result.write_back?.synced).toBe(false);
    expect(answer.result.write_back?.message).toBe('accept_rule request 2 has no id to address: the reply to request 1 lacks response.id');
    expect(double.requests).toHaveLength(1);
  });

  it.each([
    [403, { statusCode: 403, error: 'Forbidden' }],
    [500, { error: 'internal' }],
  ])('Tenable answering %i is reported with its status code, logged as an error, and the local status still changes', (status, body) => {
    double = instanceDouble();
    const { connector, item } = seedItem();
    replay(double, [{ method: 'POST', path: '/v1/recast/rules', reply: jsonReply(status, body) }]);
    const answer = patch(item, { local_status: 'risk_accepted' });
    expect(answer.status).toBe(200);
    expect(answer.result.write_back).toEqual({ synced: false, message: `accept_rule request POST /v1/recast/rules answered ${status}`, status_code: status });
    expect(field(double, 'x_eih_vulnerable_item', item, 'local_status')).toBe('risk_accepted');
    expect(writeBackLogs(connector)).toEqual([{ level: 'error', message: `write-back of 'risk_accepted' for finding-1: accept_rule request POST /v1/recast/rules answered ${status}`, status_code: String(status), retryable: '1' }]);
  });

  it('a network failure is reported without a status code', () => {
    double = instanceDouble();
    const { item } = seedItem();
    double.rest = () => ({ status: 0, body: '', headers: {}, errorMessage: 'java.net.SocketTimeoutException: Read timed out' });
    const answer = patch(item, { local_status: 'risk_accepted' });
    expect(answer.result.write_back).toEqual({ synced: false, message: 'accept_rule request POST /v1/recast/rules failed: network error (timeout)', status_code: null });
  });

  it.each([
    ['in_progress', {}, 'local status in_progress is not mapped to a tenable status: not synced'],
    ['fixed', {}, 'no tenable api marks a finding fixed: the next scan that no longer detects it reports it fixed'],
    ['risk_accepted', { severity_modification: 'ACCEPTED' }, 'tenable already reports the finding as accepted'],
  ] as const)('%s (%j) is decided by the core as not synced: no request, the reason answered and logged', (status, item, reason) => {
    double = instanceDouble();
    const seeded = seedItem({}, item);
    const answer = patch(seeded.item, { local_status: status });
    expect(double.requests).toEqual([]);
    expect(answer.result.write_back).toEqual({ synced: false, message: reason, status_code: null });
    expect(writeBackLogs(seeded.connector)).toEqual([{ level: 'info', message: `write-back of '${status}' for finding-1 not synced: ${reason}`, status_code: null, retryable: '0' }]);
  });

  it('the connector status mapping decides: a mapped status is still not synced when Tenable already reports it', () => {
    double = instanceDouble();
    const { connector, item } = seedItem();
    double.insertRaw('x_eih_status_mapping', { connector, local_status: 'in_progress', remote_status: 'OPEN', order: 0, mapping_version: 2 });
    double.insertRaw('x_eih_status_mapping', { connector, local_status: 'identified', remote_status: 'REOPENED', order: 0, mapping_version: 2 });
    double.insertRaw('x_eih_status_mapping', { connector, local_status: 'fixed', remote_status: 'FIXED', order: 0, mapping_version: 2 });
    const answer = patch(item, { local_status: 'in_progress' });
    expect(answer.result.write_back?.message).toBe('in_progress maps to OPEN: tenable already reports the finding open');
  });

  it('an unchanged status writes nothing back; a group-only change needs the status too', () => {
    double = instanceDouble();
    const { connector, item } = seedItem();
    const answer = patch(item, { local_status: 'identified', assignment_group: 'Linux team' });
    expect(answer.result.write_back).toEqual({ synced: false, message: 'status unchanged: nothing to write back', status_code: null });
    expect(answer.result['assignment_group']).toBe('Linux team');
    expect(double.requests).toEqual([]);
    expect(writeBackLogs(connector)).toEqual([]);
    expect(patch(item, { assignment_group: 'Other' }).status).toBe(422);
  });

  it.each([
    [{ local_status: 'closed' }, 422],
    [{ local_status: null }, 422],
    [{ local_status: 'fixed', severity: 'low' }, 400],
    [['risk_accepted'], 400],
  ])('refuses %j with %i and changes nothing', (body, status) => {
    double = instanceDouble();
    const { item } = seedItem();
    expect(patch(item, body).status).toBe(status);
    expect(field(double, 'x_eih_vulnerable_item', item, 'local_status')).toBe('identified');
    expect(double.requests).toEqual([]);
  });

  it('answers 404 for an unknown item, and not synced when its connector is gone', () => {
    double = instanceDouble();
    expect(patch('nope', { local_status: 'fixed' }).status).toBe(404);
    const orphan = double.insertRaw('x_eih_vulnerable_item', { connector: 'gone', dedupe_key: 'k', plugin_id: '1', local_status: 'identified' });
    expect(patch(orphan, { local_status: 'risk_accepted' }).result.write_back).toEqual({ synced: false, message: 'connector or connection no longer exists', status_code: null });
  });
});

describe('boundPath', () => {
  const apply = { method: 'POST', path: '/rest/acceptRiskRule/{id}/apply', bind: { placeholder: '{id}', fromRequest: 0, responsePath: 'response.id' } } as const;
  it.each([
    [[{ response: { id: 12 } }], '/rest/acceptRiskRule/12/apply'],
    [[{ response: { id: 'a/b' } }], '/rest/acceptRiskRule/a%2Fb/apply'],
    [[{ response: { id: '' } }], null],
    [[{ response: null }], null],
    [[], null],
  ])('binds %j → %s', (replies, expected) => {
    expect(boundPath(apply, replies)).toBe(expected);
  });
  it('leaves an unbound path as it is', () => {
    expect(boundPath({ method: 'POST', path: '/v1/recast/rules' }, [])).toBe('/v1/recast/rules');
  });
});
