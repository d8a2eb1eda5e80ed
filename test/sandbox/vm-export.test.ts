import { afterEach, describe, expect, it } from 'vitest';
import { FAST, runExport, withSandbox } from './helpers';
import type { Client, ExportStatus } from './helpers';

let c: Client | undefined;
afterEach(async () => {
  await c?.sb.close();
  c = undefined;
});

async function create(client: Client, body: unknown = {}, base = '/vulns/export'): Promise<string> {
  const res = await client.vmJson<{ export_uuid: string }>(base, { body });
  expect(res.status).toBe(200);
  return res.body.export_uuid;
}

const status = async (client: Client, id: string, base = '/vulns/export'): Promise<ExportStatus> => (await client.vmJson<ExportStatus>(`${base}/${id}/status`)).body;

describe('vulnerability export lifecycle', () => {
  it('goes QUEUED → PROCESSING with chunks appearing one per poll → FINISHED', async () => {
    c = await withSandbox({ assets: 200, findings: 2000 });
    const id = await create(c, { num_assets: 50 });
    const seen: Array<[string, number[]]> = [];
    for (let k = 0; k < 6; k++) {
      const st = await status(c, id);
      seen.push([st.status, st.chunks_available]);
    }
    expect(seen).toEqual([
      ['QUEUED', []],
      ['PROCESSING', [1]],
      ['PROCESSING', [1, 2]],
      ['PROCESSING', [1, 2, 3]],
      ['FINISHED', [1, 2, 3, 4]],
      ['FINISHED', [1, 2, 3, 4]],
    ]);
    const final = await status(c, id);
    expect(final).toMatchObject({ total_chunks: 4, finished_chunks: 4, chunks_failed: [], chunks_cancelled: [], num_assets_per_chunk: 50, filters: {} });
  });

  it('downloads each chunk as a JSON array with octet-stream content type and exact counts', async () => {
    c = await withSandbox({ assets: 120, findings: 3000, ...FAST });
    const { status: st, records } = await runExport(c, '/vulns/export', { num_assets: 50 });
    expect(st.total_chunks).toBe(3);
    expect(records.length).toBe(c.sb.control.count({ product: 'vm' }));
    const res = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    // A chunk holds the findings of at most num_assets assets.
    const assets = new Set(((await res.json()) as Array<{ asset: { uuid: string } }>).map((r) => r.asset.uuid));
    expect(assets.size).toBeLessThanOrEqual(50);
    expect(new Set(records.map((r) => r.finding_id)).size).toBe(records.length);
  });

  it('serves records shaped like Tenable, omitting empty attributes', async () => {
    c = await withSandbox({ assets: 50, findings: 1500, ...FAST });
    const { records } = await runExport(c, '/vulns/export', { filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    const states = new Set(records.map((r) => r.state));
    expect(states).toEqual(new Set(['OPEN', 'REOPENED', 'FIXED']));
    for (const r of records) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['asset', 'plugin', 'port', 'scan', 'output', 'severity', 'severity_id', 'severity_modification_type', 'state', 'first_found', 'last_found', 'indexed', 'source', 'finding_id']));
      const asset = r.asset as Record<string, unknown>;
      expect(asset).toMatchObject({ uuid: expect.any(String), hostname: expect.any(String), fqdn: expect.any(String), ipv4: expect.stringMatching(/^10\./) });
      const plugin = r.plugin as Record<string, unknown>;
      expect(plugin).toMatchObject({ id: expect.any(Number), name: expect.any(String), family: expect.any(String) });
      expect(['info', 'low', 'medium', 'high', 'critical'][r.severity_id as number]).toBe(r.severity);
      expect('last_fixed' in r).toBe(r.state === 'FIXED');
      expect(r.first_found as string <= (r.last_found as string)).toBe(true);
      if ((r.severity_id as number) === 0) expect('cve' in plugin).toBe(false);
      else expect(plugin).toMatchObject({ cve: expect.any(Array), cvss3_base_score: expect.any(Number), vpr: { score: expect.any(Number) }, exploit_available: expect.any(Boolean) });
      for (const [k, v] of Object.entries(asset)) expect(v === '' || v === null || (Array.isArray(v) && v.length === 0), k).toBe(false);
      expect(r.port).toMatchObject({ port: expect.any(Number), protocol: expect.stringMatching(/^(TCP|UDP)$/) });
    }
  });

  it('has a realistic severity and state mix', async () => {
    c = await withSandbox({ assets: 200, findings: 20000 });
    const total = c.sb.control.count({ filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    const share = (filters: object): number => c!.sb.control.count({ filters: { state: ['OPEN', 'REOPENED', 'FIXED'], ...filters } }) / total;
    expect(total).toBe(20000);
    expect(share({ severity: ['critical'] })).toBeLessThan(0.08);
    expect(share({ severity: ['info', 'low', 'medium'] })).toBeGreaterThan(0.75);
    expect(share({ state: ['FIXED'] })).toBeGreaterThan(0.1);
    expect(share({ state: ['REOPENED'] })).toBeGreaterThan(0.03);
    expect(share({ state: ['OPEN'] })).toBeGreaterThan(0.5);
  });

  it('answers 409 with active_job_id for a duplicate request and lets a different request through', async () => {
    c = await withSandbox({ assets: 100, findings: 500 });
    const id = await create(c, { num_assets: 50, filters: { severity: ['high', 'critical'] } });
    // Same filters in another key order: still a duplicate.
    const dup = await c.vmJson<{ active_job_id: string; failure_reason: string }>('/vulns/export', { body: { filters: { severity: ['high', 'critical'] }, num_assets: 50 } });
    expect(dup.status).toBe(409);
    expect(dup.body.active_job_id).toBe(id);
    expect(dup.body.failure_reason).toMatch(/conflict with the ongoing export/);
    const other = await c.vmJson('/vulns/export', { body: { num_assets: 50, filters: { severity: ['low'] } } });
    expect(other.status).toBe(200);
  });

  it('allows at most 2 concurrent exports: the third gets 429 with retry-after and an HTML body', async () => {
    c = await withSandbox({ assets: 100, findings: 500, exports: { retryAfterSeconds: 7 } });
    await create(c, { filters: { severity: ['low'] } });
    const second = await create(c, { filters: { severity: ['medium'] } });
    const third = await c.vm('/vulns/export', { body: { filters: { severity: ['high'] } } });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('7');
    expect(third.headers.get('content-type')).toMatch(/text\/html/);
    expect(await third.text()).toMatch(/<html>[\s\S]*429 Too Many Requests/);
    // Asset exports have their own budget.
    expect((await c.vm('/assets/export', { body: { chunk_size: 100 } })).status).toBe(200);
    // Cancelling one frees a slot.
    expect((await c.vmJson(`/vulns/export/${second}/cancel`, { method: 'POST' })).body).toEqual({ status: 'CANCELLED' });
    expect((await c.vm('/vulns/export', { body: { filters: { severity: ['high'] } } })).status).toBe(200);
  });

  it('expires chunks 24 hours after they became available (404 Chunk does not exist)', async () => {
    c = await withSandbox({ assets: 60, findings: 300, ...FAST });
    const { status: st } = await runExport(c, '/vulns/export', { num_assets: 50 });
    expect((await c.vm(`/vulns/export/${st.uuid}/chunks/1`)).status).toBe(200);
    c.sb.control.advanceClock(24 * 3600 - 1);
    expect((await c.vm(`/vulns/export/${st.uuid}/chunks/1`)).status).toBe(200);
    await c.control('clock', { advanceSeconds: 1 });
    const gone = await c.vm(`/vulns/export/${st.uuid}/chunks/1`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: 'Chunk does not exist' });
  });

  it('answers 404 for unknown exports, chunks not yet available and bad chunk ids', async () => {
    c = await withSandbox({ assets: 100, findings: 300 });
    const missing = await c.vmJson('/vulns/export/00000000-0000-4000-8000-000000000000/status');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: 404, message: 'Export expired or not found' });
    const id = await create(c);
    expect((await c.vm(`/vulns/export/${id}/chunks/1`)).status).toBe(404);
    expect((await c.vm(`/vulns/export/${id}/chunks/abc`)).status).toBe(404);
  });

  it('cancels: status CANCELLED, remaining chunks listed in chunks_cancelled, no further progress', async () => {
    c = await withSandbox({ assets: 200, findings: 1000 });
    const id = await create(c, { num_assets: 50 });
    await status(c, id);
    await status(c, id); // chunk 1 available
    expect((await c.vmJson(`/vulns/export/${id}/cancel`, { method: 'POST' })).body).toEqual({ status: 'CANCELLED' });
    const st = await status(c, id);
    const again = await status(c, id);
    expect(st).toMatchObject({ status: 'CANCELLED', chunks_available: [1], chunks_cancelled: [2, 3, 4] });
    expect(again.chunks_available).toEqual([1]);
    // A new identical request is not a duplicate any more.
    expect((await c.vm('/vulns/export', { body: { num_assets: 50 } })).status).toBe(200);
  });

  it('lists exports with GET /vulns/export/status', async () => {
    c = await withSandbox({ assets: 50, findings: 100 });
    const a = await create(c, { filters: { severity: ['low'] } });
    const b = await create(c, { filters: { severity: ['high'] } });
    const list = await c.vmJson<{ exports: Array<{ uuid: string; status: string }> }>('/vulns/export/status');
    expect(list.body.exports.map((e) => e.uuid)).toEqual([a, b]);
    expect(list.body.exports.every((e) => e.status === 'QUEUED')).toBe(true);
  });

  it('progresses by the clock when secondsPerChunk is set, even without polls', async () => {
    c = await withSandbox({ assets: 150, findings: 300, exports: { queuedPolls: 1000, chunksPerPoll: 0, secondsPerChunk: 30 } });
    const id = await create(c, { num_assets: 50 });
    expect((await status(c, id)).status).toBe('QUEUED');
    c.sb.control.advanceClock(65);
    expect(await status(c, id)).toMatchObject({ status: 'PROCESSING', chunks_available: [1, 2] });
    c.sb.control.advanceClock(30);
    expect(await status(c, id)).toMatchObject({ status: 'FINISHED', chunks_available: [1, 2, 3] });
  });

  it('finishes chunks in a seeded shuffled order when asked', async () => {
    c = await withSandbox({ assets: 500, findings: 500, exports: { queuedPolls: 0, chunkOrder: 'shuffled' } });
    const id = await create(c, { num_assets: 50 });
    let st = await status(c, id);
    while (st.status !== 'FINISHED') st = await status(c, id);
    expect([...st.chunks_available].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(st.chunks_available).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('clamps num_assets to 50..5000', async () => {
    c = await withSandbox({ assets: 6000, findings: 6000 });
    for (const [asked, got] of [[1, 50], [100, 100], [99999, 5000]] as const) {
      const id = await create(c, { num_assets: asked, filters: { plugin_id: [asked] } });
      await status(c, id);
      const st = (await c.vmJson<Record<string, unknown>>(`/vulns/export/${id}/status`)).body;
      expect(st.num_assets_per_chunk).toBe(got);
      expect(st.total_chunks).toBe(Math.ceil(6000 / got));
      await c.vm(`/vulns/export/${id}/cancel`, { method: 'POST' });
    }
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ['uppercase severity', { filters: { severity: ['HIGH'] } }, /invalid severity value: HIGH/],
    ['millisecond since', { filters: { since: 1748736000000 } }, /looks like milliseconds/],
    ['last_found without state', { filters: { last_found: 1748736000 } }, /state is required/],
    ['unknown filter', { filters: { severities: ['high'] } }, /unknown filter: severities/],
    ['bad state', { filters: { state: ['CLOSED'] } }, /invalid state value: CLOSED/],
    ['num_assets as text', { num_assets: 'fifty' }, /num_assets must be a number/],
    ['array body', [], /JSON object/],
  ];
  it.each(invalid)('rejects %s with 400', async (_name, body, message) => {
    c = await withSandbox({ assets: 10, findings: 10 });
    const res = await c.vmJson<{ statusCode: number; message: string }>('/vulns/export', { body });
    expect(res.status).toBe(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('accepts state case-insensitively and tolerates tag filters', async () => {
    c = await withSandbox({ assets: 50, findings: 400, ...FAST });
    const { records } = await runExport(c, '/vulns/export', { filters: { state: ['fixed'], 'tag.Environment': ['Production'] } });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.state === 'FIXED')).toBe(true);
  });

  it('honours severity and plugin filters exactly (compared with control counts)', async () => {
    c = await withSandbox({ assets: 100, findings: 3000, ...FAST });
    const filters = { severity: ['high', 'critical'], state: ['OPEN', 'REOPENED'] };
    const { records } = await runExport(c, '/vulns/export', { filters });
    expect(records.length).toBe(c.sb.control.count({ filters }));
    expect(records.every((r) => r.severity === 'high' || r.severity === 'critical')).toBe(true);
    expect(records.every((r) => r.state !== 'FIXED')).toBe(true);
    const pluginId = (records[0]?.plugin as { id: number }).id;
    const byPlugin = await runExport(c, '/vulns/export', { filters: { plugin_id: [pluginId] } });
    expect(byPlugin.records.length).toBeGreaterThan(0);
    expect(byPlugin.records.every((r) => (r.plugin as { id: number }).id === pluginId)).toBe(true);
  });

  it('reports empty chunks in empty_chunks_count and serves them as []', async () => {
    c = await withSandbox({ assets: 200, findings: 200, ...FAST });
    const [fixedId] = c.sb.control.fixFindings({ count: 1 });
    const since = Math.floor(c.sb.control.now() / 1000);
    const { status: st, records } = await runExport(c, '/vulns/export', { num_assets: 50, filters: { since, state: ['OPEN', 'REOPENED', 'FIXED'] } });
    expect(records.map((r) => r.finding_id)).toEqual([fixedId]);
    expect(st.total_chunks).toBe(4);
    expect(st.empty_chunks_count).toBe(3);
  });
});

describe('since-delta semantics', () => {
  it('returns OPEN/REOPENED seen since T plus FIXED fixed since T, nothing else', async () => {
    c = await withSandbox({ assets: 100, findings: 5000, ...FAST });
    c.sb.control.advanceClock(3600);
    const since = Math.floor(c.sb.control.now() / 1000);
    const all = ['OPEN', 'REOPENED', 'FIXED'];
    // Nothing changed since T yet.
    expect((await runExport(c, '/vulns/export', { filters: { since, state: all } })).records).toEqual([]);
    c.sb.control.advanceClock(60);
    const fixed = c.sb.control.fixFindings({ count: 5 });
    const reopened = c.sb.control.reopenFindings({ count: 3 });
    const added = (await c.control<{ finding_ids: string[] }>('findings/add', { count: 2 })).finding_ids;
    const { records } = await runExport(c, '/vulns/export', { filters: { since, state: all } });
    const byId = new Map(records.map((r) => [r.finding_id as string, r]));
    expect(new Set(byId.keys())).toEqual(new Set([...fixed, ...reopened, ...added]));
    for (const id of fixed) expect(byId.get(id)).toMatchObject({ state: 'FIXED', last_fixed: new Date(since * 1000 + 60_000).toISOString() });
    for (const id of reopened) expect(byId.get(id)).toMatchObject({ state: 'REOPENED', last_found: new Date(since * 1000 + 60_000).toISOString() });
    for (const id of added) expect(byId.get(id)).toMatchObject({ state: 'OPEN', severity_modification_type: 'NONE' });
    expect(records.length).toBe(c.sb.control.count({ filters: { since, state: all } }));
    // The default state filter (omitted = OPEN + REOPENED) drops the fixes.
    const open = await runExport(c, '/vulns/export', { filters: { since } });
    expect(new Set(open.records.map((r) => r.finding_id))).toEqual(new Set([...reopened, ...added]));
  });

  it('includes late-indexed findings that a last_found cursor would miss', async () => {
    c = await withSandbox({ assets: 100, findings: 5000, ...FAST });
    const epoch = Math.floor(c.sb.control.now() / 1000);
    const T = epoch - 2 * 3600;
    const all = ['OPEN', 'REOPENED', 'FIXED'];
    const { records } = await runExport(c, '/vulns/export', { filters: { since: T, state: all } });
    const late = records.filter((r) => r.state !== 'FIXED' && Date.parse(r.last_found as string) < T * 1000);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => Date.parse(r.indexed as string) >= T * 1000)).toBe(true);
    const byLastFound = c.sb.control.count({ filters: { last_found: T, state: all } });
    expect(records.length).toBeGreaterThan(byLastFound);
  });

  it('sees the data as it was when the export was created (snapshot)', async () => {
    c = await withSandbox({ assets: 100, findings: 1000, exports: { queuedPolls: 0, chunksPerPoll: 1 } });
    const filters = { state: ['FIXED'] };
    const before = c.sb.control.count({ filters });
    const id = await create(c, { num_assets: 50, filters });
    c.sb.control.fixFindings({ count: 10 });
    expect(c.sb.control.count({ filters })).toBe(before + 10);
    let st = await status(c, id);
    while (st.status !== 'FINISHED') st = await status(c, id);
    let n = 0;
    for (const chunk of st.chunks_available) n += ((await (await c.vm(`/vulns/export/${id}/chunks/${chunk}`)).json()) as unknown[]).length;
    expect(n).toBe(before);
  });
});

describe('asset export', () => {
  it('exports every asset once with Tenable asset fields, chunked by chunk_size', async () => {
    c = await withSandbox({ assets: 230, findings: 100, ...FAST });
    const { status: st, records } = await runExport(c, '/assets/export', { chunk_size: 100 });
    expect(st.total_chunks).toBe(3);
    expect(records.length).toBe(230);
    expect(new Set(records.map((r) => r.id)).size).toBe(230);
    expect(records[0]).toMatchObject({ id: expect.any(String), hostnames: [expect.any(String)], fqdns: [expect.any(String)], ipv4s: [expect.any(String)], tags: [{ key: 'Environment', value: expect.any(String) }], sources: expect.any(Array) });
    const prod = await runExport(c, '/assets/export', { chunk_size: 100, filters: { 'tag.Environment': ['Production'] } });
    expect(prod.records.length).toBe(c.sb.control.count({ product: 'assets', filters: { 'tag.Environment': ['Production'] } }));
    expect(prod.records.every((r) => (r.tags as Array<{ value: string }>)[0]?.value === 'Production')).toBe(true);
    // The asset uuids match the asset objects of vulnerability records.
    const vulns = await runExport(c, '/vulns/export', {});
    const ids = new Set(records.map((r) => r.id));
    expect(vulns.records.every((v) => ids.has((v.asset as { uuid: string }).uuid))).toBe(true);
  });
});
