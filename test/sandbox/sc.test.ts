import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SC_USER, SC_KEY_HEADER, withSandbox } from './helpers';
import type { Client } from './helpers';

let c: Client | undefined;
afterEach(async () => {
  await c?.sb.close();
  c = undefined;
});

interface Envelope<T = unknown> {
  type: string;
  response: T;
  error_code: number;
  error_msg: string;
}

interface Session {
  token: number;
  cookie: string;
}

async function sc<T = unknown>(client: Client, path: string, init: { method?: string; body?: unknown; session?: Session; keys?: boolean; headers?: Record<string, string> } = {}): Promise<{ status: number; body: Envelope<T>; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(init.headers ?? {}) };
  if (init.session) {
    headers['X-SecurityCenter'] = String(init.session.token);
    headers.cookie = `TNS_SESSIONID=${init.session.cookie}`;
  }
  if (init.keys) headers['x-apikey'] = SC_KEY_HEADER;
  const res = await fetch(`${client.sb.url}${path}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: res.status, body: (await res.json()) as Envelope<T>, headers: res.headers };
}

async function login(client: Client, releaseSession = false): Promise<Session> {
  const res = await sc<{ token: number }>(client, '/rest/token', { body: { username: DEMO_SC_USER.username, password: DEMO_SC_USER.password, releaseSession } });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ type: 'regular', error_code: 0, response: { token: expect.any(Number) } });
  const cookie = /TNS_SESSIONID=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(cookie).toBeDefined();
  return { token: res.body.response.token, cookie: cookie as string };
}

const analysis = (start: number, end: number, filters: unknown[] = [], sourceType = 'cumulative') => ({ type: 'vuln', sourceType, query: { type: 'vuln', tool: 'vulndetails', startOffset: start, endOffset: end, filters } });

describe('Security Center sessions', () => {
  it('GET /rest/system needs no auth and reports version and sessionTimeout as a string', async () => {
    c = await withSandbox({ scSessionTimeoutSeconds: 900 });
    const res = await sc<{ version: string; sessionTimeout: string }>(c, '/rest/system');
    expect(res.status).toBe(200);
    expect(res.body.response).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+/), sessionTimeout: '900' });
  });

  it('logs in, uses token + cookie, logs out', async () => {
    c = await withSandbox();
    const s = await login(c);
    const me = await sc<{ username: string }>(c, '/rest/currentUser', { session: s });
    expect(me.status).toBe(200);
    expect(me.body.response.username).toBe(DEMO_SC_USER.username);
    // The token alone (without its cookie) is not enough.
    const noCookie = await sc(c, '/rest/currentUser', { headers: { 'X-SecurityCenter': String(s.token) } });
    expect(noCookie.status).toBe(403);
    expect(noCookie.body.error_code).toBe(12);
    expect((await sc(c, '/rest/token', { method: 'DELETE', session: s })).body.error_code).toBe(0);
    expect((await sc(c, '/rest/currentUser', { session: s })).status).toBe(403);
  });

  it('rejects bad credentials with a non-zero error_code', async () => {
    c = await withSandbox();
    const res = await sc(c, '/rest/token', { body: { username: DEMO_SC_USER.username, password: 'wrong' } });
    expect(res.status).toBe(403);
    expect(res.body.error_code).not.toBe(0);
  });

  it('expires an idle session after sessionTimeout: HTTP 403 error_code 12', async () => {
    c = await withSandbox({ scSessionTimeoutSeconds: 600 });
    const s = await login(c);
    c.sb.control.advanceClock(599);
    expect((await sc(c, '/rest/currentUser', { session: s })).status).toBe(200);
    // Activity refreshed the timer: another 599 s is still fine, 600 idle seconds are not.
    c.sb.control.advanceClock(599);
    expect((await sc(c, '/rest/currentUser', { session: s })).status).toBe(200);
    c.sb.control.advanceClock(600);
    const expired = await sc(c, '/rest/currentUser', { session: s });
    expect(expired.status).toBe(403);
    expect(expired.body).toMatchObject({ error_code: 12, error_msg: 'This request contains an invalid token.' });
  });

  it('answers {releaseSession:true} at max sessions until the client asks to release', async () => {
    c = await withSandbox({ scMaxSessions: 2 });
    const first = await login(c);
    await login(c);
    const third = await sc<Record<string, unknown>>(c, '/rest/token', { body: { username: DEMO_SC_USER.username, password: DEMO_SC_USER.password, releaseSession: false } });
    expect(third.status).toBe(200);
    expect(third.body.response).toEqual({ releaseSession: true });
    expect(third.headers.get('set-cookie')).toBeNull();
    const released = await login(c, true);
    expect((await sc(c, '/rest/currentUser', { session: released })).status).toBe(200);
    // The oldest session was released to make room.
    expect((await sc(c, '/rest/currentUser', { session: first })).body.error_code).toBe(12);
  });

  it('accepts API keys, and rejects a request carrying both keys and a token with 400', async () => {
    c = await withSandbox();
    expect((await sc(c, '/rest/currentUser', { keys: true })).status).toBe(200);
    const s = await login(c);
    expect((await sc(c, '/rest/currentUser', { keys: true, session: s })).status).toBe(400);
    expect((await sc(c, '/rest/currentUser', { headers: { 'x-apikey': 'accesskey=nope; secretkey=nope;' } })).status).toBe(403);
    expect((await sc(c, '/rest/currentUser')).body.error_code).toBe(12);
  });

  it('expires every session through the control API', async () => {
    c = await withSandbox();
    const s = await login(c);
    expect((await c.control<{ expired: number }>('sc/expire-sessions', {})).expired).toBe(1);
    expect((await sc(c, '/rest/currentUser', { session: s })).body.error_code).toBe(12);
  });
});

describe('Security Center analysis', () => {
  it('pages with startOffset/endOffset; counts are strings; pages cover every record once', async () => {
    c = await withSandbox({ assets: 50, findings: 2600 });
    const total = c.sb.control.count({ product: 'sc', sourceType: 'cumulative' });
    const ids: string[] = [];
    let start = 0;
    for (;;) {
      const page = await sc<{ totalRecords: string; returnedRecords: number; startOffset: string; endOffset: string; results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(start, start + 1000) });
      expect(page.status).toBe(200);
      const r = page.body.response;
      expect(r.totalRecords).toBe(String(total));
      expect(r.startOffset).toBe(String(start));
      expect(typeof r.returnedRecords).toBe('number');
      expect(r.endOffset).toBe(String(start + r.returnedRecords));
      ids.push(...r.results.map((x) => `${String(x.uuid)}:${String(x.pluginID)}:${String(x.port)}:${String(x.firstSeen)}`));
      if (r.returnedRecords < 1000) break;
      start += 1000;
    }
    expect(ids.length).toBe(total);
    // Non-sequential access gives the same page as sequential access.
    const again = await sc<{ results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(1000, 1005) });
    expect(again.body.response.results.map((x) => `${String(x.uuid)}:${String(x.pluginID)}:${String(x.port)}:${String(x.firstSeen)}`)).toEqual(ids.slice(1000, 1005));
  });

  it('small sequential pages resume exactly where the previous page ended', async () => {
    c = await withSandbox({ assets: 30, findings: 1200 });
    const key = (x: Record<string, unknown>): string => `${String(x.uuid)}:${String(x.pluginID)}:${String(x.port)}:${String(x.firstSeen)}:${String(x.lastSeen)}`;
    const whole = (await sc<{ results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 5000) })).body.response.results.map(key);
    const paged: string[] = [];
    for (let start = 0; ; start += 37) {
      const page = (await sc<{ results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(start, start + 37) })).body.response.results;
      paged.push(...page.map(key));
      if (page.length < 37) break;
    }
    expect(paged).toEqual(whole);
  });

  it('returns SC-shaped results: strings everywhere, severity object, repository, hasBeenMitigated', async () => {
    c = await withSandbox({ assets: 20, findings: 600 });
    const res = await sc<{ results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 600) });
    const results = res.body.response.results;
    for (const r of results) {
      expect(r).toMatchObject({
        pluginID: expect.stringMatching(/^\d+$/), severity: { id: expect.stringMatching(/^[0-4]$/), name: expect.any(String) }, ip: expect.any(String), dnsName: expect.any(String),
        port: expect.stringMatching(/^\d+$/), protocol: expect.stringMatching(/^(TCP|UDP)$/), firstSeen: expect.stringMatching(/^\d{10}$/), lastSeen: expect.stringMatching(/^\d{10}$/),
        hasBeenMitigated: expect.stringMatching(/^[01]$/), acceptRisk: '0', recastRisk: '0', repository: { id: expect.any(String), name: expect.any(String) }, family: { id: expect.any(String), name: expect.any(String) },
        pluginText: expect.stringContaining('<plugin_output>'),
      });
      expect('state' in r).toBe(false);
    }
    expect(new Set(results.map((r) => r.hasBeenMitigated))).toEqual(new Set(['0', '1']));
    // Cumulative + hasBeenMitigated "1" are the REOPENED findings of the VM view.
    expect(results.filter((r) => r.hasBeenMitigated === '1').length).toBe(c.sb.control.count({ filters: { state: ['REOPENED'] } }));
  });

  it('sourceType patched returns the FIXED findings with lastMitigated', async () => {
    c = await withSandbox({ assets: 20, findings: 600 });
    const res = await sc<{ totalRecords: string; results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 1000, [], 'patched') });
    expect(res.body.response.totalRecords).toBe(String(c.sb.control.count({ filters: { state: ['FIXED'] } })));
    expect(res.body.response.results.every((r) => typeof r.lastMitigated === 'string' && Number(r.lastMitigated) >= Number(r.lastSeen))).toBe(true);
  });

  it('filters by severity and lastSeen', async () => {
    c = await withSandbox({ assets: 50, findings: 3000 });
    const now = Math.floor(c.sb.control.now() / 1000);
    const from = now - 7 * 86400;
    const filters = [{ filterName: 'severity', operator: '=', value: '3,4' }, { filterName: 'lastSeen', operator: '=', value: `${from}-${now}` }];
    const res = await sc<{ totalRecords: string; results: Array<{ severity: { id: string }; lastSeen: string }> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 5000, filters) });
    const rows = res.body.response.results;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ['3', '4'].includes(r.severity.id) && Number(r.lastSeen) >= from && Number(r.lastSeen) <= now)).toBe(true);
    expect(res.body.response.totalRecords).toBe(String(rows.length));
    expect(rows.length).toBe(c.sb.control.count({ product: 'sc', filters }));
    // The relative form "0:7" (days ago) means the same window here.
    const relative = await sc<{ totalRecords: string }>(c, '/rest/analysis', { keys: true, body: analysis(0, 1, [filters[0], { filterName: 'lastSeen', operator: '=', value: '0:7' }]) });
    expect(relative.body.response.totalRecords).toBe(String(rows.length));
  });

  it('reports an invalid filter as error_code 146 and bad offsets too', async () => {
    c = await withSandbox({ assets: 5, findings: 50 });
    const bad = await sc(c, '/rest/analysis', { keys: true, body: analysis(0, 10, [{ filterName: 'colour', operator: '=', value: 'red' }]) });
    expect(bad.status).toBe(403);
    expect(bad.body.error_code).toBe(146);
    const offsets = await sc(c, '/rest/analysis', { keys: true, body: analysis(10, 5) });
    expect(offsets.body.error_code).toBe(146);
  });

  it('accept-risk rules apply only after /apply; recast-risk rules change the severity', async () => {
    c = await withSandbox({ assets: 10, findings: 300 });
    const first = (await sc<{ results: Array<Record<string, string>> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 1) })).body.response.results[0] as Record<string, string>;
    const target = { repositories: [{ id: (first.repository as unknown as { id: string }).id }], plugin: { id: first.pluginID }, hostType: 'ip', hostValue: first.ip, port: 'any', protocol: 'any', comments: 'accepted', expires: '-1' };
    const rule = await sc<{ id: string }>(c, '/rest/acceptRiskRule', { keys: true, body: target });
    expect(rule.body.error_code).toBe(0);
    const accepted = (f: unknown[]) => sc<{ totalRecords: string }>(c!, '/rest/analysis', { keys: true, body: analysis(0, 1, f) });
    const acceptedFilter = [{ filterName: 'acceptRiskStatus', operator: '=', value: 'accepted' }];
    expect((await accepted(acceptedFilter)).body.response.totalRecords).toBe('0');
    expect((await sc(c, `/rest/acceptRiskRule/${rule.body.response.id}/apply`, { keys: true, body: {} })).body.error_code).toBe(0);
    expect(Number((await accepted(acceptedFilter)).body.response.totalRecords)).toBeGreaterThan(0);
    const recast = await sc(c, '/rest/recastRiskRule', { keys: true, body: { ...target, newSeverity: { id: '4' } } });
    expect(recast.body.error_code).toBe(0);
    const rows = (await sc<{ results: Array<Record<string, unknown>> }>(c, '/rest/analysis', { keys: true, body: analysis(0, 1000, [{ filterName: 'recastRiskStatus', operator: '=', value: 'recast' }]) })).body.response.results;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => (r.severity as { id: string }).id === '4' && r.recastRisk === '1' && r.ip === first.ip)).toBe(true);
  });

  it('works with a session token as well as keys', async () => {
    c = await withSandbox({ assets: 5, findings: 50 });
    const s = await login(c);
    const res = await sc<{ totalRecords: string }>(c, '/rest/analysis', { session: s, body: analysis(0, 10) });
    expect(res.body.error_code).toBe(0);
    expect(Number(res.body.response.totalRecords)).toBeGreaterThan(0);
  });
});

describe('Security Center risk-rule bookkeeping', () => {
  it('lists, gets, applies all and deletes rules; rejects bad rule bodies with error_code 146', async () => {
    c = await withSandbox({ assets: 5, findings: 50 });
    const body = { plugin: { id: '19506' }, hostType: 'all', comments: 'x' };
    const a = await sc<{ id: string; status: string }>(c, '/rest/acceptRiskRule', { keys: true, body });
    expect(a.body.response.status).toBe('1');
    await sc(c, '/rest/acceptRiskRule', { keys: true, body: { ...body, hostType: 'uuid', hostValue: 'abc' } });
    expect((await sc<unknown[]>(c, '/rest/acceptRiskRule', { keys: true })).body.response).toHaveLength(2);
    expect((await sc(c, '/rest/acceptRiskRule/apply', { keys: true, body: {} })).body.error_code).toBe(0);
    expect((await sc<{ status: string }>(c, `/rest/acceptRiskRule/${a.body.response.id}`, { keys: true })).body.response.status).toBe('0');
    expect((await sc(c, `/rest/acceptRiskRule/${a.body.response.id}`, { keys: true, method: 'DELETE' })).body.error_code).toBe(0);
    expect((await sc(c, `/rest/acceptRiskRule/${a.body.response.id}`, { keys: true })).body.error_code).toBe(147);
    const bad: unknown[] = [{ hostType: 'all' }, { plugin: { id: '1' }, hostType: 'dns' }, { plugin: { id: '1' }, hostType: 'ip' }, { plugin: { id: '1' }, protocol: 'sctp' }];
    for (const b of bad) expect((await sc(c, '/rest/acceptRiskRule', { keys: true, body: b })).body.error_code).toBe(146);
    expect((await sc(c, '/rest/recastRiskRule', { keys: true, body: { ...body, newSeverity: 9 } })).body.error_code).toBe(146);
    expect((await sc<unknown[]>(c, '/rest/repository', { keys: true })).body.response).toHaveLength(3);
  });
});
