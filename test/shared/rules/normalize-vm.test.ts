import { describe, it, expect } from 'vitest';
import { normalizeVmRecord } from '../../../src-shared/rules/normalize-vm';
import { MAX_OUTPUT_LENGTH } from '../../../src-shared/rules/normalized';
import { vmRecord, withPath } from './fixtures';

function accepted(record: unknown) {
  const outcome = normalizeVmRecord(record);
  if (!outcome.ok) throw new Error(`expected accept, got ${outcome.path}: ${outcome.reason}`);
  return outcome.value;
}

describe('normalizeVmRecord: a documented record', () => {
  it('maps every field the importer uses', () => {
    const { platform, asset, finding } = accepted(vmRecord());
    expect(platform).toBe('tenable_vm');
    expect(asset).toEqual({
      uuid: 'a1b2c3d4-0000-4000-8000-000000000001',
      hostname: 'web01',
      fqdn: 'web01.example.com',
      ipv4: '10.0.0.5',
      ipv6: 'fe80::1',
      mac: '00:16:3e:5d:7a:71',
      netbios: 'WEB01',
      os: 'Linux Kernel 5.4',
    });
    expect(finding).toEqual({
      dedupe_key: 'f-0001',
      source_finding_id: 'f-0001',
      plugin_id: '19506',
      plugin_name: 'Nessus Scan Information',
      plugin_family: 'Settings',
      cve: ['CVE-2021-44228', 'CVE-2021-45046'],
      cvss: 9.8,
      vpr: 8.9,
      exploit_available: true,
      severity: 'critical',
      severity_modification: 'NONE',
      remote_state: 'OPEN',
      first_found: '2024-01-01T00:00:00.000Z',
      last_found: '2024-02-01T12:30:00.000Z',
      last_fixed: null,
      port: 443,
      protocol: 'tcp',
      url: null,
      output: 'plugin output',
      output_truncated: false,
      repository_id: null,
    });
  });
});

describe('normalizeVmRecord: accepted variations', () => {
  const cases: { name: string; record: Record<string, unknown>; check: (v: ReturnType<typeof accepted>) => unknown; expected: unknown }[] = [
    { name: 'fallback dedupe key without finding_id', record: withPath(vmRecord(), 'finding_id', undefined), check: (v) => v.finding.dedupe_key, expected: 'a1b2c3d4-0000-4000-8000-000000000001:19506:443:tcp' },
    { name: 'fallback key with no port object', record: withPath(withPath(vmRecord(), 'finding_id', undefined), 'port', undefined), check: (v) => v.finding.dedupe_key, expected: 'a1b2c3d4-0000-4000-8000-000000000001:19506:0:' },
    { name: 'numeric finding_id becomes text', record: vmRecord({ finding_id: 42 }), check: (v) => v.finding.dedupe_key, expected: '42' },
    { name: 'cvss2 when cvss3 is missing', record: withPath(vmRecord(), 'plugin.cvss3_base_score', undefined), check: (v) => v.finding.cvss, expected: 7.5 },
    { name: 'no cvss at all', record: withPath(withPath(vmRecord(), 'plugin.cvss3_base_score', undefined), 'plugin.cvss_base_score', undefined), check: (v) => v.finding.cvss, expected: null },
    { name: 'cvss as numeric text', record: withPath(vmRecord(), 'plugin.cvss3_base_score', '5.5'), check: (v) => v.finding.cvss, expected: 5.5 },
    { name: 'plugin id as digit text', record: withPath(vmRecord(), 'plugin.id', '123'), check: (v) => v.finding.plugin_id, expected: '123' },
    { name: 'severity in upper case', record: vmRecord({ severity: 'HIGH' }), check: (v) => v.finding.severity, expected: 'high' },
    { name: 'severity_id when severity is missing', record: withPath(vmRecord(), 'severity', undefined), check: (v) => v.finding.severity, expected: 'critical' },
    { name: 'state in lower case', record: vmRecord({ state: 'reopened' }), check: (v) => v.finding.remote_state, expected: 'REOPENED' },
    { name: 'FIXED with last_fixed', record: vmRecord({ state: 'FIXED', last_fixed: '2024-05-01T00:00:00Z' }), check: (v) => [v.finding.remote_state, v.finding.last_fixed], expected: ['FIXED', '2024-05-01T00:00:00.000Z'] },
    { name: 'epoch-second text timestamp', record: vmRecord({ first_found: '1700000000' }), check: (v) => v.finding.first_found, expected: '2023-11-14T22:13:20.000Z' },
    { name: 'epoch-second number timestamp', record: vmRecord({ first_found: 1700000000 }), check: (v) => v.finding.first_found, expected: '2023-11-14T22:13:20.000Z' },
    { name: 'ISO with offset normalised to UTC', record: vmRecord({ last_found: '2024-01-01T02:00:00+02:00' }), check: (v) => v.finding.last_found, expected: '2024-01-01T00:00:00.000Z' },
    { name: 'accepted modification', record: vmRecord({ severity_modification_type: 'ACCEPTED' }), check: (v) => v.finding.severity_modification, expected: 'ACCEPTED' },
    { name: 'missing modification', record: withPath(vmRecord(), 'severity_modification_type', undefined), check: (v) => v.finding.severity_modification, expected: null },
    { name: 'no cve', record: withPath(vmRecord(), 'plugin.cve', undefined), check: (v) => v.finding.cve, expected: [] },
    { name: 'cve duplicates and blanks removed', record: withPath(vmRecord(), 'plugin.cve', ['CVE-1', ' ', 'CVE-1', 'CVE-2']), check: (v) => v.finding.cve, expected: ['CVE-1', 'CVE-2'] },
    { name: 'exploit missing means false', record: withPath(vmRecord(), 'plugin.exploit_available', undefined), check: (v) => v.finding.exploit_available, expected: false },
    { name: 'no vpr', record: withPath(vmRecord(), 'plugin.vpr', undefined), check: (v) => v.finding.vpr, expected: null },
    { name: 'asset arrays (asset export shape)', record: withPath(vmRecord(), 'asset.fqdn', ['', 'b.example.com']), check: (v) => v.asset.fqdn, expected: 'b.example.com' },
    { name: 'empty asset array', record: withPath(vmRecord(), 'asset.ipv4', []), check: (v) => v.asset.ipv4, expected: null },
    { name: 'no output', record: withPath(vmRecord(), 'output', undefined), check: (v) => [v.finding.output, v.finding.output_truncated], expected: [null, false] },
    { name: 'inherited names are not data', record: vmRecord({ constructor: 'x' }), check: (v) => v.finding.plugin_id, expected: '19506' },
  ];
  it.each(cases)('$name', ({ record, check, expected }) => {
    expect(check(accepted(record))).toEqual(expected);
  });

  it('truncates long output safely and says so', () => {
    const long = 'a'.repeat(MAX_OUTPUT_LENGTH - 13) + '😀'.repeat(20);
    const { finding } = accepted(vmRecord({ output: long }));
    expect(finding.output_truncated).toBe(true);
    expect(finding.output?.length).toBeLessThanOrEqual(MAX_OUTPUT_LENGTH);
    expect(finding.output?.endsWith('[truncated]')).toBe(true);
    expect(finding.output).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('bounds very long fallback keys with a hash, distinct per input', () => {
    const base = withPath(vmRecord(), 'finding_id', undefined);
    const a = accepted(withPath(base, 'asset.uuid', 'u'.repeat(300) + 'a')).finding.dedupe_key;
    const b = accepted(withPath(base, 'asset.uuid', 'u'.repeat(300) + 'b')).finding.dedupe_key;
    expect(a.length).toBeLessThanOrEqual(255);
    expect(a).not.toBe(b);
  });
});

describe('normalizeVmRecord: rejections name the path and the reason', () => {
  const cases: { name: string; record: unknown; path: string; reason: RegExp }[] = [
    { name: 'not an object', record: 'x', path: '$', reason: /expected object, got "x"/ },
    { name: 'an array', record: [], path: '$', reason: /expected object, got an array/ },
    { name: 'null', record: null, path: '$', reason: /got null/ },
    { name: 'missing asset', record: withPath(vmRecord(), 'asset', undefined), path: '$.asset', reason: /missing, expected object/ },
    { name: 'asset not object', record: vmRecord({ asset: 5 }), path: '$.asset', reason: /expected object, got 5/ },
    { name: 'missing plugin', record: withPath(vmRecord(), 'plugin', undefined), path: '$.plugin', reason: /missing/ },
    { name: 'plugin id text', record: withPath(vmRecord(), 'plugin.id', 'abc'), path: '$.plugin.id', reason: /^expected integer, got "abc"$/ },
    { name: 'plugin id fraction', record: withPath(vmRecord(), 'plugin.id', 1.5), path: '$.plugin.id', reason: /expected integer, got 1.5/ },
    { name: 'plugin id missing', record: withPath(vmRecord(), 'plugin.id', undefined), path: '$.plugin.id', reason: /missing, expected integer/ },
    { name: 'plugin id negative', record: withPath(vmRecord(), 'plugin.id', -1), path: '$.plugin.id', reason: /expected integer >= 0, got -1/ },
    { name: 'cvss out of range', record: withPath(vmRecord(), 'plugin.cvss3_base_score', 11), path: '$.plugin.cvss3_base_score', reason: /<= 10/ },
    { name: 'cvss not numeric', record: withPath(vmRecord(), 'plugin.cvss_base_score', 'high'), path: '$.plugin.cvss_base_score', reason: /expected number/ },
    { name: 'vpr not object', record: withPath(vmRecord(), 'plugin.vpr', 3), path: '$.plugin.vpr', reason: /expected object/ },
    { name: 'vpr score bad', record: withPath(vmRecord(), 'plugin.vpr.score', true), path: '$.plugin.vpr.score', reason: /expected number, got true/ },
    { name: 'cve element not text', record: withPath(vmRecord(), 'plugin.cve', ['CVE-1', 7]), path: '$.plugin.cve[1]', reason: /expected string, got 7/ },
    { name: 'cve not a list', record: withPath(vmRecord(), 'plugin.cve', { a: 1 }), path: '$.plugin.cve', reason: /array of strings/ },
    { name: 'exploit not boolean', record: withPath(vmRecord(), 'plugin.exploit_available', 'maybe'), path: '$.plugin.exploit_available', reason: /expected boolean/ },
    { name: 'name not text', record: withPath(vmRecord(), 'plugin.name', 5), path: '$.plugin.name', reason: /expected string, got 5/ },
    { name: 'port out of range', record: withPath(vmRecord(), 'port.port', 70000), path: '$.port.port', reason: /<= 65535/ },
    { name: 'unknown severity', record: vmRecord({ severity: 'severe' }), path: '$.severity', reason: /expected one of info, low, medium, high, critical, got "severe"/ },
    { name: 'severity id out of range', record: withPath(withPath(vmRecord(), 'severity', undefined), 'severity_id', 9), path: '$.severity_id', reason: /<= 4/ },
    { name: 'no severity at all', record: withPath(withPath(vmRecord(), 'severity', undefined), 'severity_id', undefined), path: '$.severity', reason: /missing, expected severity or severity_id/ },
    { name: 'missing state', record: withPath(vmRecord(), 'state', undefined), path: '$.state', reason: /missing, expected one of OPEN, REOPENED, FIXED/ },
    { name: 'unknown state', record: vmRecord({ state: 'ACTIVE' }), path: '$.state', reason: /got "ACTIVE"/ },
    { name: 'unknown modification', record: vmRecord({ severity_modification_type: 'X' }), path: '$.severity_modification_type', reason: /got "X"/ },
    { name: 'bad timestamp text', record: vmRecord({ first_found: 'yesterday' }), path: '$.first_found', reason: /ISO-8601 text or epoch seconds, got "yesterday"/ },
    { name: 'impossible ISO date', record: vmRecord({ last_found: '2024-13-45T00:00:00Z' }), path: '$.last_found', reason: /ISO-8601/ },
    { name: 'timestamp object', record: vmRecord({ last_fixed: {} }), path: '$.last_fixed', reason: /got an object/ },
    { name: 'output not text', record: vmRecord({ output: 12 }), path: '$.output', reason: /expected string, got 12/ },
    { name: 'finding id object', record: vmRecord({ finding_id: {} }), path: '$.finding_id', reason: /id, got an object/ },
    { name: 'no finding id and no asset uuid', record: withPath(withPath(vmRecord(), 'finding_id', undefined), 'asset.uuid', undefined), path: '$.finding_id', reason: /no dedupe key/ },
    { name: 'asset field not text', record: withPath(vmRecord(), 'asset.hostname', 12), path: '$.asset.hostname', reason: /string or array of strings/ },
    { name: 'asset array element not text', record: withPath(vmRecord(), 'asset.hostname', [null]), path: '$.asset.hostname[0]', reason: /got null/ },
  ];
  it.each(cases)('$name', ({ record, path, reason }) => {
    const outcome = normalizeVmRecord(record);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.path).toBe(path);
    expect(outcome.reason).toMatch(reason);
  });

  it('uses the path prefix it is given', () => {
    const outcome = normalizeVmRecord(withPath(vmRecord(), 'plugin.id', 'abc'), '$[3]');
    expect(outcome).toEqual({ ok: false, path: '$[3].plugin.id', reason: 'expected integer, got "abc"' });
  });
});
