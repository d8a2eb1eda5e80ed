import { afterEach, describe, expect, it } from 'vitest';
import { FAST, runExport, withSandbox } from './helpers';
import type { Client } from './helpers';

let c: Client | undefined;
afterEach(async () => {
  await c?.sb.close();
  c = undefined;
});

describe('control API (/_sandbox/)', () => {
  it('reports state and moves the clock', async () => {
    c = await withSandbox({ assets: 30, findings: 300, startTime: '2025-01-01T00:00:00Z' });
    const state = await c.control<{ now: number; vm: { assets: number; findings: number } }>('state');
    expect(state).toMatchObject({ now: Date.parse('2025-01-01T00:00:00Z'), vm: { assets: 30, findings: 300 } });
    expect(await c.control('clock', { advanceSeconds: 90 })).toEqual({ now: Date.parse('2025-01-01T00:01:30Z'), iso: '2025-01-01T00:01:30.000Z' });
    expect((await c.control<{ iso: string }>('clock')).iso).toBe('2025-01-01T00:01:30.000Z');
    const bad = await fetch(`${c.sb.url}/_sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: -5 }) });
    expect(bad.status).toBe(400);
  });

  it('fixes, reopens and adds findings; counts follow exactly', async () => {
    c = await withSandbox({ assets: 30, findings: 900 });
    const open = { state: ['OPEN', 'REOPENED'] };
    const fixedFilter = { state: ['FIXED'] };
    const open0 = c.sb.control.count({ filters: open });
    const fixed0 = c.sb.control.count({ filters: fixedFilter });
    const fixed = (await c.control<{ finding_ids: string[] }>('findings/fix', { count: 7 })).finding_ids;
    expect(fixed).toHaveLength(7);
    expect((await c.control<{ count: number }>('count', { filters: open })).count).toBe(open0 - 7);
    expect(c.sb.control.count({ filters: fixedFilter })).toBe(fixed0 + 7);
    const reopened1 = c.sb.control.count({ filters: { state: ['REOPENED'] } });
    const reopened = (await c.control<{ finding_ids: string[] }>('findings/reopen', { findingIds: fixed.slice(0, 2) })).finding_ids;
    expect(reopened).toEqual(fixed.slice(0, 2));
    expect(c.sb.control.count({ filters: { state: ['REOPENED'] } })).toBe(reopened1 + 2);
    const added = (await c.control<{ finding_ids: string[] }>('findings/add', { count: 3, assetIndex: 4 })).finding_ids;
    expect(added).toHaveLength(3);
    expect(c.sb.control.count({ filters: open })).toBe(open0 - 7 + 2 + 3);
    expect((await c.control<{ vm: { findings: number } }>('state')).vm.findings).toBe(903);
    // Fixing an already fixed finding by id is a no-op.
    expect(c.sb.control.fixFindings({ findingIds: [fixed[5] as string] })).toEqual([]);
    const unknown = await fetch(`${c.sb.url}/_sandbox/findings/fix`, { method: 'POST', body: JSON.stringify({ findingIds: ['nope'] }) });
    expect(unknown.status).toBe(400);
    const badAsset = await fetch(`${c.sb.url}/_sandbox/findings/add`, { method: 'POST', body: JSON.stringify({ count: 1, assetIndex: 30 }) });
    expect(badAsset.status).toBe(400);
  });

  it('counts per product and rejects bad filters', async () => {
    c = await withSandbox({ assets: 30, findings: 900, wasApps: 4, wasFindings: 80 });
    expect(await c.control('count', { product: 'was', filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } })).toEqual({ count: 80 });
    expect(await c.control('count', { product: 'assets' })).toEqual({ count: 30 });
    const sc = await c.control<{ count: number }>('count', { product: 'sc', sourceType: 'patched' });
    expect(sc.count).toBe(c.sb.control.count({ filters: { state: ['FIXED'] } }));
    const bad = await fetch(`${c.sb.url}/_sandbox/count`, { method: 'POST', body: JSON.stringify({ filters: { severity: ['HIGH'] } }) });
    expect(bad.status).toBe(400);
  });

  it('completes active exports on demand', async () => {
    c = await withSandbox({ assets: 200, findings: 400 });
    const created = await c.vmJson<{ export_uuid: string }>('/vulns/export', { body: {} });
    expect(await c.control('exports/complete', {})).toEqual({ completed: 1 });
    const st = await c.vmJson<{ status: string; chunks_available: number[] }>(`/vulns/export/${created.body.export_uuid}/status`);
    expect(st.body).toMatchObject({ status: 'FINISHED', chunks_available: [1, 2, 3, 4] });
  });

  it('logs requests with route ids and user agents', async () => {
    c = await withSandbox({ assets: 5, findings: 5 });
    await c.vm('/session');
    await fetch(`${c.sb.url}/session`);
    const { requests } = await c.control<{ requests: Array<{ routeId: string; status: number; userAgent: string }> }>('requests');
    expect(requests.map((r) => [r.routeId, r.status])).toEqual([['vm.session', 200], ['vm.session', 401]]);
    expect(requests[0]?.userAgent).toMatch(/^Integration\/1\.0/);
  });

  it('resets data, rules, jobs, sessions, clock and faults to the start', async () => {
    c = await withSandbox({ assets: 30, findings: 300, ...FAST, faults: [{ endpoint: 'vm.session', kind: 'http_429', times: 1 }] });
    const pristine = await runExport(c, '/vulns/export', { filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    c.sb.control.fixFindings({ count: 20 });
    c.sb.control.addFindings({ count: 5 });
    c.sb.control.advanceClock(3600);
    await c.vmJson('/v1/recast/rules', { body: { resource_type: 'HOST', rule_value: { action: 'ACCEPT' }, filter: { and: [{ property: 'asset.ipv4', operator: 'eq', value: ['10.0.0.1'] }] } } });
    expect(await c.control('reset', {})).toEqual({ reset: true });
    expect((await c.control<{ seq: number; recastRules: number; exports: unknown[] }>('state'))).toMatchObject({ seq: 0, recastRules: 0, exports: [] });
    expect((await c.vm('/session')).status).toBe(429);
    const again = await runExport(c, '/vulns/export', { filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    expect(again.records).toEqual(pristine.records);
  });

  it('can be switched off', async () => {
    c = await withSandbox({ controlApi: false });
    expect((await fetch(`${c.sb.url}/_sandbox/state`)).status).toBe(404);
    // The method interface still works.
    expect(c.sb.control.stats().vm.assets).toBe(200);
  });

  it('rejects invalid options loudly', async () => {
    const { startSandbox } = await import('../../src-server/sandbox/index');
    await expect(startSandbox({ findings: -1 })).rejects.toThrow(/findings must be a non-negative integer/);
    await expect(startSandbox({ startTime: 'yesterday-ish' })).rejects.toThrow(/startTime is not a time/);
    await expect(startSandbox({ faults: [{ endpoint: 'x', kind: 'nope' as never }] })).rejects.toThrow(/unknown fault kind/);
  });
});
