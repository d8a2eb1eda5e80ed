import { afterEach, describe, expect, it } from 'vitest';
import { FAST, runExport, withSandbox } from './helpers';
import type { Client } from './helpers';

let c: Client | undefined;
afterEach(async () => {
  await c?.sb.close();
  c = undefined;
});

const ALL = ['OPEN', 'REOPENED', 'FIXED'];

describe('recast / accept rules (POST /v1/recast/rules)', () => {
  it('a RECAST rule changes severity in the next export, not in a running one', async () => {
    c = await withSandbox({ assets: 20, findings: 400, ...FAST });
    const first = await runExport(c, '/vulns/export', { filters: { state: ALL } });
    const target = first.records.find((r) => r.severity === 'medium') as Record<string, unknown>;
    const host = (target.asset as { hostname: string }).hostname;
    const pluginId = (target.plugin as { id: number }).id;
    // An export created before the rule keeps the old view.
    const before = await c.vmJson<{ export_uuid: string }>('/vulns/export', { body: { num_assets: 60, filters: { state: ALL } } });
    const rule = await c.vmJson<Record<string, unknown>>('/v1/recast/rules', {
      body: {
        rule_name: 'downgrade', description: 'false alarm on this host', resource_type: 'HOST',
        rule_value: { action: 'RECAST', severity: 'low', comment: 'compensating control' },
        filter: { and: [{ property: 'asset.name', operator: 'eq', value: [host] }, { property: 'plugin.id', operator: 'eq', value: [String(pluginId)] }] },
      },
    });
    expect(rule.status).toBe(200);
    expect(rule.body).toMatchObject({ id: expect.any(String), rule_value: { action: 'RECAST', severity: 'low' }, resource_type: 'HOST' });
    const after = await runExport(c, '/vulns/export', { filters: { state: ALL } });
    const recast = after.records.find((r) => r.finding_id === target.finding_id) as Record<string, unknown>;
    expect(recast).toMatchObject({ severity: 'low', severity_id: 1, severity_default_id: 2, severity_modification_type: 'RECASTED' });
    const untouched = after.records.filter((r) => (r.asset as { hostname: string }).hostname !== host || (r.plugin as { id: number }).id !== pluginId);
    expect(untouched.every((r) => r.severity_modification_type === 'NONE')).toBe(true);
    // The earlier job still reports the original severity.
    const st = await c.vmJson<{ chunks_available: number[] }>(`/vulns/export/${before.body.export_uuid}/status`);
    const old = ((await (await c.vm(`/vulns/export/${before.body.export_uuid}/chunks/${st.body.chunks_available[0] ?? 1}`)).json()) as Array<Record<string, unknown>>).find((r) => r.finding_id === target.finding_id);
    expect(old?.severity).toBe('medium');
    // Severity filters see the recast severity.
    expect(c.sb.control.count({ filters: { state: ALL, severity: ['medium'] } })).toBe(first.records.filter((r) => r.severity === 'medium').length - after.records.filter((r) => r.severity_modification_type === 'RECASTED').length);
  });

  it('an ACCEPT rule marks findings ACCEPTED; deleting it restores NONE', async () => {
    c = await withSandbox({ assets: 20, findings: 400, ...FAST });
    const [id] = (await runExport(c, '/vulns/export', {})).records.map((r) => r.finding_id as string);
    const rule = await c.vmJson<{ id: string }>('/v1/recast/rules', {
      body: { rule_name: 'accept one', resource_type: 'HOST', rule_value: { action: 'ACCEPT', comment: 'risk accepted' }, filter: { and: [{ property: 'finding_id', operator: 'eq', value: [id] }] } },
    });
    const accepted = await runExport(c, '/vulns/export', {});
    expect(accepted.records.filter((r) => r.severity_modification_type === 'ACCEPTED').map((r) => r.finding_id)).toEqual([id]);
    const listed = await c.vmJson<{ rules: Array<{ id: string }> }>('/v1/recast/rules');
    expect(listed.body.rules.map((r) => r.id)).toEqual([rule.body.id]);
    const searched = await c.vmJson<{ rules: unknown[]; pagination: { total: number } }>('/v1/recast/rules/search', { body: { rule_name: 'accept' } });
    expect(searched.body.pagination.total).toBe(1);
    expect((await c.vm(`/v1/recast/rules/${rule.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await c.vm(`/v1/recast/rules/${rule.body.id}`)).status).toBe(404);
    const restored = await runExport(c, '/vulns/export', {});
    expect(restored.records.every((r) => r.severity_modification_type === 'NONE')).toBe(true);
  });

  it('an expired rule no longer applies', async () => {
    c = await withSandbox({ assets: 5, findings: 50, ...FAST });
    const expires = Math.floor(c.sb.control.now() / 1000) + 60;
    await c.vmJson('/v1/recast/rules', { body: { resource_type: 'HOST', rule_value: { action: 'RECAST', severity: 'critical' }, filter: { and: [{ property: 'asset.ipv4', operator: 'eq', value: ['10.0.0.1'] }] }, expires_at: expires } });
    expect((await runExport(c, '/vulns/export', {})).records.some((r) => r.severity_modification_type === 'RECASTED')).toBe(true);
    c.sb.control.advanceClock(61);
    expect((await runExport(c, '/vulns/export', {})).records.some((r) => r.severity_modification_type === 'RECASTED')).toBe(false);
  });

  it('a WEBAPP rule changes WAS findings only', async () => {
    c = await withSandbox({ assets: 5, findings: 50, wasApps: 3, wasFindings: 60, ...FAST });
    const was = await runExport(c, '/was/v1/export/vulns', {});
    const fqdn = (was.records[0]?.asset as { fqdn: string }).fqdn;
    await c.vmJson('/v1/recast/rules', { body: { resource_type: 'WEBAPP', rule_value: { action: 'ACCEPT' }, filter: { and: [{ property: 'asset.name', operator: 'eq', value: [fqdn] }] } } });
    const after = await runExport(c, '/was/v1/export/vulns', {});
    expect(after.records.filter((r) => r.severity_modification_type === 'ACCEPTED').length).toBe(was.records.filter((r) => (r.asset as { fqdn: string }).fqdn === fqdn).length);
    expect((await runExport(c, '/vulns/export', {})).records.every((r) => r.severity_modification_type === 'NONE')).toBe(true);
  });

  const invalid: Array<[string, unknown, RegExp]> = [
    ['unknown action', { rule_value: { action: 'IGNORE' }, filter: { and: [{ property: 'asset.name', operator: 'eq', value: ['x'] }] } }, /action must be RECAST or ACCEPT/],
    ['recast without severity', { rule_value: { action: 'RECAST' }, filter: { and: [{ property: 'asset.name', operator: 'eq', value: ['x'] }] } }, /severity must be one of/],
    ['unsupported property', { rule_value: { action: 'ACCEPT' }, filter: { and: [{ property: 'asset.colour', operator: 'eq', value: ['x'] }] } }, /unsupported filter property/],
    ['no filter', { rule_value: { action: 'ACCEPT' } }, /filter must be an object/],
    ['expires in ms', { rule_value: { action: 'ACCEPT' }, filter: { and: [{ property: 'asset.name', operator: 'eq', value: ['x'] }] }, expires_at: 1748736000000 }, /expires_at must be unix seconds/],
    ['bad resource type', { resource_type: 'CLOUD', rule_value: { action: 'ACCEPT' }, filter: { and: [{ property: 'asset.name', operator: 'eq', value: ['x'] }] } }, /resource_type/],
  ];
  it.each(invalid)('rejects %s with 400', async (_n, body, message) => {
    c = await withSandbox({ assets: 5, findings: 5 });
    const res = await c.vmJson<{ message: string }>('/v1/recast/rules', { body });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('updates a rule with PUT', async () => {
    c = await withSandbox({ assets: 5, findings: 50, ...FAST });
    const filter = { and: [{ property: 'asset.ipv4', operator: 'eq', value: ['10.0.0.1'] }] };
    const created = await c.vmJson<{ id: string; created_at: string }>('/v1/recast/rules', { body: { resource_type: 'HOST', rule_value: { action: 'RECAST', severity: 'critical' }, filter } });
    const updated = await c.vmJson<{ id: string; created_at: string; rule_value: { action: string } }>(`/v1/recast/rules/${created.body.id}`, { method: 'PUT', body: { resource_type: 'HOST', rule_value: { action: 'ACCEPT' }, filter } });
    expect(updated.body).toMatchObject({ id: created.body.id, created_at: created.body.created_at, rule_value: { action: 'ACCEPT' } });
    const mods = new Set((await runExport(c, '/vulns/export', {})).records.map((r) => r.severity_modification_type));
    expect(mods).toEqual(new Set(['NONE', 'ACCEPTED']));
  });
});
