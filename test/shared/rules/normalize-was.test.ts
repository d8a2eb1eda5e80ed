import { describe, it, expect } from 'vitest';
import { hostOfUrl, normalizeWasRecord } from '../../../src-shared/rules/normalize-was';
import { wasRecord, withPath } from './fixtures';

function accepted(record: unknown) {
  const outcome = normalizeWasRecord(record);
  if (!outcome.ok) throw new Error(`expected accept, got ${outcome.path}: ${outcome.reason}`);
  return outcome.value;
}

describe('normalizeWasRecord: a documented finding', () => {
  it('maps every field the importer uses', () => {
    const { platform, asset, finding } = accepted(wasRecord());
    expect(platform).toBe('tenable_was');
    expect(asset).toMatchObject({ uuid: 'b1b2c3d4-0000-4000-8000-000000000002', fqdn: 'shop.example.com', ipv4: '10.0.0.9', hostname: null });
    expect(finding).toMatchObject({
      dedupe_key: 'w-0001',
      plugin_id: '98100',
      plugin_name: 'Cross-Site Scripting',
      severity: 'high',
      remote_state: 'OPEN',
      url: 'https://Shop.Example.com:8443/cart?id=1',
      port: null,
      protocol: null,
      output: 'reflected payload',
      first_found: '2024-03-01T00:00:00.000Z',
      cve: [],
      cvss: null,
      exploit_available: false,
    });
  });
});

describe('normalizeWasRecord: variations', () => {
  const cases: { name: string; record: Record<string, unknown>; check: (v: ReturnType<typeof accepted>) => unknown; expected: unknown }[] = [
    { name: 'lowercase severity (pyTenable)', record: wasRecord({ severity: 'medium' }), check: (v) => v.finding.severity, expected: 'medium' },
    { name: 'uppercase severity (spec)', record: wasRecord({ severity: 'CRITICAL' }), check: (v) => v.finding.severity, expected: 'critical' },
    { name: 'INFO', record: wasRecord({ severity: 'INFO' }), check: (v) => v.finding.severity, expected: 'info' },
    { name: 'severity_id fallback', record: withPath(wasRecord(), 'severity', undefined), check: (v) => v.finding.severity, expected: 'high' },
    { name: 'fixed state', record: wasRecord({ state: 'fixed', last_fixed: '1700000000' }), check: (v) => [v.finding.remote_state, v.finding.last_fixed], expected: ['FIXED', '2023-11-14T22:13:20.000Z'] },
    { name: 'fallback key: uuid, plugin, url, method, input', record: withPath(wasRecord(), 'finding_id', undefined), check: (v) => v.finding.dedupe_key, expected: 'b1b2c3d4-0000-4000-8000-000000000002:98100:https://Shop.Example.com:8443/cart?id=1:GET:id' },
    { name: 'fallback key without url/method/input', record: withPath(withPath(withPath(withPath(wasRecord(), 'finding_id', undefined), 'url', undefined), 'http_method', undefined), 'input_name', undefined), check: (v) => v.finding.dedupe_key, expected: 'b1b2c3d4-0000-4000-8000-000000000002:98100:::' },
    { name: 'fqdn from url when asset has none', record: withPath(wasRecord(), 'asset.fqdn', undefined), check: (v) => v.asset.fqdn, expected: 'shop.example.com' },
    { name: 'proof used when output is absent', record: withPath(wasRecord(), 'output', undefined), check: (v) => v.finding.output, expected: 'proof text' },
    { name: 'plugin scores when present', record: withPath(withPath(wasRecord(), 'plugin.cvss3_base_score', 6.1), 'plugin.vpr', { score: 4 }), check: (v) => [v.finding.cvss, v.finding.vpr], expected: [6.1, 4] },
  ];
  it.each(cases)('$name', ({ record, check, expected }) => {
    expect(check(accepted(record))).toEqual(expected);
  });
});

describe('normalizeWasRecord: rejections', () => {
  const cases: { name: string; record: unknown; path: string; reason: RegExp }[] = [
    { name: 'not an object', record: 3, path: '$', reason: /got 3/ },
    { name: 'unknown severity', record: wasRecord({ severity: 'URGENT' }), path: '$.severity', reason: /got "URGENT"/ },
    { name: 'plugin id text', record: withPath(wasRecord(), 'plugin.id', 'xss'), path: '$.plugin.id', reason: /expected integer, got "xss"/ },
    { name: 'url not text', record: wasRecord({ url: ['a'] }), path: '$.url', reason: /expected string, got an array/ },
    { name: 'no asset', record: withPath(wasRecord(), 'asset', undefined), path: '$.asset', reason: /missing/ },
    { name: 'no dedupe key', record: withPath(withPath(wasRecord(), 'finding_id', undefined), 'asset.uuid', undefined), path: '$.finding_id', reason: /no dedupe key/ },
    { name: 'bad state', record: wasRecord({ state: 1 }), path: '$.state', reason: /got 1/ },
  ];
  it.each(cases)('$name', ({ record, path, reason }) => {
    const outcome = normalizeWasRecord(record);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.path).toBe(path);
    expect(outcome.reason).toMatch(reason);
  });
});

describe('hostOfUrl', () => {
  it.each([
    ['https://Shop.Example.com:8443/cart', 'shop.example.com'],
    ['http://user:pw@host.example/x', 'host.example'],
    ['http://[::1]:8080/', '[::1]'],
    ['ftp://files.example', 'files.example'],
    ['/relative/path', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, host) => {
    expect(hostOfUrl(url)).toBe(host);
  });
});
