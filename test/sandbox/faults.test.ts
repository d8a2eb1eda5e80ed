import { afterEach, describe, expect, it } from 'vitest';
import { FAULT_KINDS } from '../../src-server/sandbox/index';
import type { FaultKind, FaultRule } from '../../src-server/sandbox/index';
import { DEMO_SC_USER, FAST, SC_KEY_HEADER, withSandbox } from './helpers';
import type { Client, ExportStatus } from './helpers';

let c: Client | undefined;
afterEach(async () => {
  await c?.sb.close();
  c = undefined;
});

async function finishedExport(client: Client, body: unknown = { num_assets: 50 }): Promise<ExportStatus> {
  const created = await client.vmJson<{ export_uuid: string }>('/vulns/export', { body });
  let st = (await client.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body;
  for (let k = 0; k < 50 && st.status !== 'FINISHED'; k++) st = (await client.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body;
  return st;
}

async function scLogin(client: Client): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${client.sb.url}/rest/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: DEMO_SC_USER.username, password: DEMO_SC_USER.password }) });
  const body = (await res.json()) as { response: { token: number } };
  return { token: String(body.response.token), cookie: /TNS_SESSIONID=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '' };
}

describe('fault kinds', () => {
  it('has 13 stable fault ids', () => {
    expect(FAULT_KINDS).toEqual(['http_429', 'http_5xx', 'connection_reset', 'slow_response', 'truncated_body', 'malformed_json', 'chunk_not_found', 'export_error', 'export_stuck', 'chunks_failed', 'sc_token_expired', 'keys_revoked', 'duplicate_export']);
  });

  it('http_429: 429 with retry-after and an HTML body, then normal service', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.session', kind: 'http_429', times: 1, params: { retryAfterSeconds: 3 } }] });
    const res = await c.vm('/session');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.text()).toContain('429 Too Many Requests');
    expect((await c.vm('/session')).status).toBe(200);
    expect(c.sb.control.faultLog().map((f) => [f.routeId, f.kind])).toEqual([['vm.session', 'http_429']]);
  });

  it.each([500, 502, 503, 504] as const)('http_5xx: status %i', async (status) => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.server_status', kind: 'http_5xx', times: 1, params: { status } }] });
    const res = await c.vm('/server/status');
    expect(res.status).toBe(status);
    await res.text();
    expect((await c.vm('/server/status')).status).toBe(200);
  });

  it('connection_reset: the socket is destroyed before any response', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.session', kind: 'connection_reset', times: 1 }] });
    await expect(c.vm('/session')).rejects.toThrow();
    expect((await c.vm('/session')).status).toBe(200);
  });

  it('slow_response: answers normally after the delay', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.session', kind: 'slow_response', times: 1, params: { delayMs: 300 } }] });
    const t0 = performance.now();
    expect((await c.vm('/session')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(280);
    const t1 = performance.now();
    await c.vm('/session');
    expect(performance.now() - t1).toBeLessThan(280);
  });

  it('truncated_body: a JSON answer and a streamed chunk both break off mid-body', async () => {
    c = await withSandbox({ assets: 50, findings: 500, ...FAST, faults: [{ endpoint: 'vm.session', kind: 'truncated_body', times: 1 }, { endpoint: 'vm.vulns_export.chunk', kind: 'truncated_body', times: 1 }] });
    const res = await c.vm('/session');
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    const st = await finishedExport(c);
    const chunk = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    await expect(chunk.text()).rejects.toThrow();
    const again = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    expect(((await again.json()) as unknown[]).length).toBeGreaterThan(0);
  });

  it('malformed_json: a 200 chunk whose body does not parse', async () => {
    c = await withSandbox({ assets: 50, findings: 500, ...FAST, faults: [{ endpoint: 'vm.vulns_export.chunk', kind: 'malformed_json', times: 1 }] });
    const st = await finishedExport(c);
    const bad = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    expect(bad.status).toBe(200);
    const text = await bad.text();
    expect(text.startsWith('[{')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    expect(() => JSON.parse(text.slice(0))).toThrow();
    expect(Array.isArray(await (await c.vm(`/vulns/export/${st.uuid}/chunks/1`)).json())).toBe(true);
  });

  it('chunk_not_found: 404 {"error":"Chunk does not exist"} for an available chunk', async () => {
    c = await withSandbox({ assets: 50, findings: 500, ...FAST, faults: [{ endpoint: 'vm.vulns_export.chunk', kind: 'chunk_not_found', times: 1 }] });
    const st = await finishedExport(c);
    const res = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Chunk does not exist' });
    expect((await c.vm(`/vulns/export/${st.uuid}/chunks/1`)).status).toBe(200);
  });

  it('export_error: the job turns ERROR and frees its slot', async () => {
    c = await withSandbox({ assets: 200, findings: 500, faults: [{ endpoint: 'vm.vulns_export.status', kind: 'export_error', times: 1 }] });
    const created = await c.vmJson<{ export_uuid: string }>('/vulns/export', { body: {} });
    const st = await c.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`);
    expect(st.body.status).toBe('ERROR');
    expect((await c.vm('/vulns/export', { body: {} })).status).toBe(200);
  });

  it('export_stuck: the job stays PROCESSING until cancelled, blocking duplicates', async () => {
    c = await withSandbox({ assets: 200, findings: 500, ...FAST, faults: [{ endpoint: 'vm.vulns_export.create', kind: 'export_stuck', times: 1 }] });
    const created = await c.vmJson<{ export_uuid: string }>('/vulns/export', { body: {} });
    for (let k = 0; k < 20; k++) expect((await c.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body.status).toBe('PROCESSING');
    c.sb.control.completeExports();
    expect((await c.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body.status).toBe('PROCESSING');
    expect((await c.vm('/vulns/export', { body: {} })).status).toBe(409);
    await c.vm(`/vulns/export/${created.body.export_uuid}/cancel`, { method: 'POST' });
    expect((await c.vmJson<ExportStatus>(`/vulns/export/${created.body.export_uuid}/status`)).body.status).toBe('CANCELLED');
  });

  it('chunks_failed: FINISHED with non-empty chunks_failed; failed chunks cannot be downloaded', async () => {
    c = await withSandbox({ assets: 200, findings: 500, ...FAST, faults: [{ endpoint: 'vm.vulns_export.create', kind: 'chunks_failed', times: 1, params: { count: 2 } }] });
    const st = await finishedExport(c);
    expect(st).toMatchObject({ status: 'FINISHED', chunks_failed: [1, 2], chunks_available: [3, 4] });
    expect((await c.vm(`/vulns/export/${st.uuid}/chunks/1`)).status).toBe(404);
    // Also on a status poll of a finished job: the last available chunk fails.
    c.sb.control.addFault({ endpoint: 'vm.vulns_export.status', kind: 'chunks_failed', times: 1 });
    const after = await c.vmJson<ExportStatus>(`/vulns/export/${st.uuid}/status`);
    expect(after.body).toMatchObject({ chunks_failed: [1, 2, 4], chunks_available: [3] });
  });

  it('sc_token_expired: 403 error_code 12, the session is gone, a new login works', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'sc.current_user', kind: 'sc_token_expired', times: 1 }] });
    const s = await scLogin(c);
    const headers = { 'X-SecurityCenter': s.token, cookie: `TNS_SESSIONID=${s.cookie}` };
    const res = await fetch(`${c.sb.url}/rest/currentUser`, { headers });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error_code: 12, error_msg: 'This request contains an invalid token.' });
    expect((await fetch(`${c.sb.url}/rest/currentUser`, { headers })).status).toBe(403);
    const fresh = await scLogin(c);
    expect((await fetch(`${c.sb.url}/rest/currentUser`, { headers: { 'X-SecurityCenter': fresh.token, cookie: `TNS_SESSIONID=${fresh.cookie}` } })).status).toBe(200);
    // With API keys the fault still answers error_code 12 once.
    c.sb.control.addFault({ endpoint: 'sc.current_user', kind: 'sc_token_expired', times: 1 });
    const keyed = await fetch(`${c.sb.url}/rest/currentUser`, { headers: { 'x-apikey': SC_KEY_HEADER } });
    expect(((await keyed.json()) as { error_code: number }).error_code).toBe(12);
  });

  it('keys_revoked: 401 now and afterwards, until restored', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.session', kind: 'keys_revoked', times: 1 }] });
    expect((await c.vm('/session')).status).toBe(401);
    expect((await c.vm('/vulns/export/status')).status).toBe(401);
    c.sb.control.restoreKeys();
    expect((await c.vm('/session')).status).toBe(200);
  });

  it('duplicate_export: 409 with an active job the client can adopt', async () => {
    c = await withSandbox({ assets: 100, findings: 500, ...FAST, faults: [{ endpoint: 'vm.vulns_export.create', kind: 'duplicate_export', times: 1 }] });
    const res = await c.vmJson<{ active_job_id: string; failure_reason: string }>('/vulns/export', { body: { num_assets: 50 } });
    expect(res.status).toBe(409);
    const st = await c.vmJson<ExportStatus>(`/vulns/export/${res.body.active_job_id}/status`);
    expect(st.body.status).toBe('FINISHED');
    expect(st.body.chunks_available.length).toBeGreaterThan(0);
  });
});

describe('fault scheduling', () => {
  async function statuses(client: Client, n: number, path = '/session'): Promise<number[]> {
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const res = await client.vm(path);
      out.push(res.status);
      await res.text();
    }
    return out;
  }

  it('consumes a scripted sequence in order (null = no fault)', async () => {
    c = await withSandbox({ faults: [{ endpoint: 'vm.*', sequence: [null, 'http_429', null, 'http_5xx', 'keys_revoked'], params: { status: 502 } }] });
    expect(await statuses(c, 6)).toEqual([200, 429, 200, 502, 401, 401]);
    expect(c.sb.control.faults()[0]?.sequence).toEqual([]);
  });

  it('fires with a seeded probability: same seed, same pattern', async () => {
    const rule: FaultRule = { endpoint: 'vm.session', kind: 'http_5xx', probability: 0.3 };
    const a = await withSandbox({ seed: 7, faults: [rule] });
    const b = await withSandbox({ seed: 7, faults: [rule] });
    const d = await withSandbox({ seed: 8, faults: [rule] });
    try {
      const pa = await statuses(a, 60);
      expect(await statuses(b, 60)).toEqual(pa);
      expect(await statuses(d, 60)).not.toEqual(pa);
      const share = pa.filter((s) => s === 503).length / 60;
      expect(share).toBeGreaterThan(0.1);
      expect(share).toBeLessThan(0.55);
    } finally {
      await Promise.all([a.sb.close(), b.sb.close(), d.sb.close()]);
    }
  });

  it('only fires a kind where it can act (chunk_not_found never hits /session)', async () => {
    c = await withSandbox({ faults: [{ endpoint: '*', kind: 'chunk_not_found' }] });
    expect(await statuses(c, 3)).toEqual([200, 200, 200]);
    expect(c.sb.control.faultLog()).toEqual([]);
  });

  it('is driven over HTTP too: add, list with log, clear, reject invalid rules', async () => {
    c = await withSandbox();
    const added = await c.control<{ rules: FaultRule[] }>('faults', { endpoint: 'vm.session', kind: 'http_429', times: 2 });
    expect(added.rules).toHaveLength(1);
    expect(await statuses(c, 3)).toEqual([429, 429, 200]);
    const listed = await c.control<{ rules: FaultRule[]; log: Array<{ kind: FaultKind }> }>('faults');
    expect(listed.log.map((f) => f.kind)).toEqual(['http_429', 'http_429']);
    await c.control('faults', { rules: [{ endpoint: 'vm.session', kind: 'http_5xx' }] });
    expect(await statuses(c, 1)).toEqual([503]);
    await c.control('faults', undefined, 'DELETE');
    expect(await statuses(c, 1)).toEqual([200]);
    const bad = await fetch(`${c.sb.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ endpoint: 'vm.session', kind: 'gremlins' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/unknown fault kind: gremlins/);
    c.sb.control.setFaults([{ endpoint: 'vm.session', kind: 'http_429', times: 1 }]);
    expect(await statuses(c, 2)).toEqual([429, 200]);
  });
});
