import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST, runExport, withSandbox } from './helpers';
import type { Client } from './helpers';

interface SearchBody {
  pagination: { total: number; offset: number; limit: number; sort: unknown[] };
  items: Array<Record<string, unknown> & { name: string; config_id: string }>;
}

describe('WAS', () => {
  let c: Client;
  beforeAll(async () => {
    c = await withSandbox({ wasApps: 45, wasFindings: 900, assets: 5, findings: 5, ...FAST });
  });
  afterAll(() => c.sb.close());

  const search = (query: string, body?: unknown) => c.vmJson<SearchBody>(`/was/v2/configs/search${query}`, { body: body ?? {} });

  it('pages through configs with limit/offset and stops at total', async () => {
    const names: string[] = [];
    let offset = 0;
    for (;;) {
      const page = await search(`?limit=20&offset=${offset}&sort=name:asc`);
      expect(page.status).toBe(200);
      expect(page.body.pagination).toMatchObject({ total: 45, offset, limit: 20, sort: [{ name: 'name', order: 'asc' }] });
      if (page.body.items.length === 0) break;
      names.push(...page.body.items.map((i) => i.name));
      offset += 20;
      if (offset >= page.body.pagination.total) break;
    }
    expect(names.length).toBe(45);
    expect(new Set(names).size).toBe(45);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('returns Tenable config fields', async () => {
    const page = await search('?limit=1');
    expect(page.body.items[0]).toMatchObject({
      config_id: expect.any(String), name: expect.any(String), description: expect.any(String), target: expect.stringMatching(/^https:\/\//),
      owner_id: expect.any(String), created_at: expect.any(String), updated_at: expect.any(String),
      schedule: { rrule: expect.any(String), starttime: expect.any(String), timezone: 'UTC', enabled: true },
      last_scan: { scan_id: expect.any(String), status: 'completed', finalized_at: expect.any(String) },
    });
  });

  const filters: Array<[string, unknown, (name: string) => boolean]> = [
    ['match (case-insensitive substring)', { field: 'name', operator: 'match', value: 'SHOP' }, (n) => n.toLowerCase().includes('shop')],
    ['contains', { field: 'name', operator: 'contains', value: 'portal' }, (n) => n.includes('portal')],
    ['eq', { field: 'name', operator: 'eq', value: 'Payments API' }, (n) => n === 'Payments API'],
    ['OR group', { OR: [{ field: 'name', operator: 'eq', value: 'Payments API' }, { field: 'name', operator: 'eq', value: 'Docs site' }] }, (n) => n === 'Payments API' || n === 'Docs site'],
    ['AND group', { AND: [{ field: 'name', operator: 'match', value: 'portal' }, { field: 'name', operator: 'nmatch', value: 'billing' }] }, (n) => n.toLowerCase().includes('portal') && !n.toLowerCase().includes('billing')],
  ];
  it.each(filters)('filters by name: %s', async (_n, body, expected) => {
    const page = await search('?limit=200', body);
    const all = await search('?limit=200');
    const want = all.body.items.map((i) => i.name).filter(expected);
    expect(want.length).toBeGreaterThan(0);
    expect(page.body.items.map((i) => i.name).sort()).toEqual(want.sort());
    expect(page.body.pagination.total).toBe(want.length);
  });

  it('sorts descending', async () => {
    const page = await search('?limit=200&sort=name:desc');
    const names = page.body.items.map((i) => i.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });

  const bad: Array<[string, string, unknown, RegExp]> = [
    ['limit above 200', '?limit=201', {}, /limit must be an integer between 1 and 200/],
    ['unknown field', '?limit=10', { field: 'colour', operator: 'eq', value: 'x' }, /unsupported filter field/],
    ['unknown operator', '?limit=10', { field: 'name', operator: 'like', value: 'x' }, /unsupported filter operator/],
    ['unknown sort', '?sort=colour:asc', {}, /unsupported sort/],
  ];
  it.each(bad)('rejects %s with 400', async (_n, query, body, message) => {
    const res = await c.vmJson<{ message: string }>(`/was/v2/configs/search${query}`, { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('exports findings with the WAS record shape', async () => {
    const { records, status } = await runExport(c, '/was/v1/export/vulns', { filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    expect(status.status).toBe('FINISHED');
    expect(records.length).toBe(900);
    for (const r of records) {
      expect(r).toMatchObject({
        finding_id: expect.any(String), url: expect.stringMatching(/^https:\/\//), state: expect.stringMatching(/^(OPEN|REOPENED|FIXED)$/),
        severity: expect.any(String), severity_id: expect.any(Number), severity_modification_type: 'NONE', first_found: expect.any(String), last_found: expect.any(String),
        indexed_at: expect.any(String), plugin: { id: expect.any(Number), name: expect.any(String), cwe: expect.any(Array), owasp_2021: expect.any(Array) },
        asset: { uuid: expect.any(String), fqdn: expect.any(String), ipv4: expect.any(String) }, scan: { uuid: expect.any(String) },
      });
      if ('input_type' in r) expect(r).toMatchObject({ input_name: expect.any(String), http_method: expect.any(String) });
      expect('last_fixed' in r).toBe(r.state === 'FIXED');
    }
    expect(records.some((r) => 'input_type' in r)).toBe(true);
  });

  it('accepts WAS severities in either case and honours asset and state filters', async () => {
    const upper = await runExport(c, '/was/v1/export/vulns', { filters: { severity: ['HIGH', 'CRITICAL'] } });
    const lower = await runExport(c, '/was/v1/export/vulns', { filters: { severity: ['high', 'critical'] } });
    expect(upper.records.length).toBeGreaterThan(0);
    expect(upper.records.map((r) => r.finding_id)).toEqual(lower.records.map((r) => r.finding_id));
    expect(upper.records.length).toBe(c.sb.control.count({ product: 'was', filters: { severity: ['high', 'critical'] } }));
    const uuid = (upper.records[0]?.asset as { uuid: string }).uuid;
    const one = await runExport(c, '/was/v1/export/vulns', { filters: { asset_uuid: [uuid], state: ['open'] } });
    expect(one.records.length).toBeGreaterThan(0);
    expect(one.records.every((r) => (r.asset as { uuid: string }).uuid === uuid && r.state === 'OPEN')).toBe(true);
  });

  it('supports fix and since deltas for WAS, and cancel via PUT', async () => {
    const since = Math.floor(c.sb.control.now() / 1000);
    const fixed = c.sb.control.fixFindings({ product: 'was', count: 4 });
    const delta = await runExport(c, '/was/v1/export/vulns', { filters: { since, state: ['OPEN', 'REOPENED', 'FIXED'] } });
    expect(delta.records.map((r) => r.finding_id).sort()).toEqual([...fixed].sort());
    const created = await c.vmJson<{ export_uuid: string }>('/was/v1/export/vulns', { body: { filters: { severity: ['low'] } } });
    const cancelled = await c.vmJson(`/was/v1/export/vulns/${created.body.export_uuid}/cancel`, { method: 'PUT' });
    expect(cancelled.body).toEqual({ status: 'CANCELLED' });
    const list = await c.vmJson<{ exports: Array<{ uuid: string; status: string }> }>('/was/v1/export/vulns/status');
    expect(list.body.exports.find((e) => e.uuid === created.body.export_uuid)?.status).toBe('CANCELLED');
  });
});
