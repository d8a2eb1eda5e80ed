import { describe, it, expect } from 'vitest';
import { normalizeScRecord, scRemoteState } from '../../../src-shared/rules/normalize-sc';
import type { ScSourceType } from '../../../src-shared/rules/normalized';
import { scRecord } from './fixtures';

function accepted(record: unknown, sourceType: ScSourceType = 'cumulative') {
  const outcome = normalizeScRecord(record, sourceType);
  if (!outcome.ok) throw new Error(`expected accept, got ${outcome.path}: ${outcome.reason}`);
  return outcome.value;
}

describe('normalizeScRecord: a documented analysis result', () => {
  it('maps every field the importer uses', () => {
    const { platform, asset, finding } = accepted(scRecord());
    expect(platform).toBe('tenable_sc');
    expect(asset).toEqual({
      uuid: null,
      hostname: null,
      fqdn: 'target-cent7.incus',
      ipv4: '10.238.64.1',
      ipv6: null,
      mac: '00:16:3e:5d:7a:71',
      netbios: null,
      os: 'Linux Kernel 2.6',
    });
    expect(finding).toEqual({
      dedupe_key: 'sc:1:10.238.64.1:443:TCP:10107',
      source_finding_id: null,
      plugin_id: '10107',
      plugin_name: 'HTTP Server Type and Version',
      plugin_family: 'Web Servers',
      cve: ['CVE-2019-0211', 'CVE-2019-0217'],
      cvss: 7.8,
      vpr: null,
      exploit_available: true,
      severity: 'medium',
      severity_modification: 'NONE',
      remote_state: 'OPEN',
      first_found: '2023-11-14T22:13:20.000Z',
      last_found: '2023-11-15T22:13:20.000Z',
      last_fixed: null,
      port: 443,
      protocol: 'tcp',
      url: null,
      output: '<plugin_output>Apache</plugin_output>',
      output_truncated: false,
      repository_id: '1',
    });
  });
});

describe('normalizeScRecord: state from the source type', () => {
  it.each([
    ['cumulative', '0', 'OPEN'],
    ['cumulative', '1', 'REOPENED'],
    ['patched', '0', 'FIXED'],
    ['patched', '1', 'FIXED'],
  ] as const)('%s with hasBeenMitigated %s → %s', (sourceType, mitigated, state) => {
    expect(accepted(scRecord({ hasBeenMitigated: mitigated }), sourceType).finding.remote_state).toBe(state);
    expect(scRemoteState(sourceType, mitigated === '1')).toBe(state);
  });
  it('defaults to cumulative', () => {
    const outcome = normalizeScRecord(scRecord({ hasBeenMitigated: '1' }));
    expect(outcome.ok && outcome.value.finding.remote_state).toBe('REOPENED');
  });
});

describe('normalizeScRecord: variations', () => {
  const cases: { name: string; record: Record<string, unknown>; check: (v: ReturnType<typeof accepted>) => unknown; expected: unknown }[] = [
    { name: 'severity by name when id is missing', record: scRecord({ severity: { name: 'High' } }), check: (v) => v.finding.severity, expected: 'high' },
    { name: 'severity id 4', record: scRecord({ severity: { id: '4', name: 'Critical' } }), check: (v) => v.finding.severity, expected: 'critical' },
    { name: 'accepted risk', record: scRecord({ acceptRisk: '1' }), check: (v) => v.finding.severity_modification, expected: 'ACCEPTED' },
    { name: 'recast risk', record: scRecord({ recastRisk: '1' }), check: (v) => v.finding.severity_modification, expected: 'RECASTED' },
    { name: 'cvss2 fallback', record: scRecord({ cvssV3BaseScore: '' }), check: (v) => v.finding.cvss, expected: 6.5 },
    { name: 'vpr as text', record: scRecord({ vprScore: '6.7' }), check: (v) => v.finding.vpr, expected: 6.7 },
    { name: 'exploit No', record: scRecord({ exploitAvailable: 'No' }), check: (v) => v.finding.exploit_available, expected: false },
    { name: 'protocol number 17', record: scRecord({ protocol: '17' }), check: (v) => v.finding.protocol, expected: 'udp' },
    { name: 'protocol as number', record: scRecord({ protocol: 6 }), check: (v) => v.finding.protocol, expected: 'tcp' },
    { name: 'unknown protocol kept', record: scRecord({ protocol: 'SCTP' }), check: (v) => v.finding.protocol, expected: 'sctp' },
    { name: 'repository id as number', record: scRecord({ repository: { id: 1, name: 'Main' } }), check: (v) => v.finding.repository_id, expected: '1' },
    { name: 'lastMitigated (patched)', record: scRecord({ lastMitigated: '1700172800' }), check: (v) => v.finding.last_fixed, expected: '2023-11-16T22:13:20.000Z' },
    { name: '-1 means never', record: scRecord({ lastMitigated: '-1' }), check: (v) => v.finding.last_fixed, expected: null },
    { name: 'hostUUID is the asset uuid', record: scRecord({ hostUUID: 'ABC-1' }), check: (v) => v.asset.uuid, expected: 'abc-1' },
    { name: 'uuid when hostUUID is blank', record: scRecord({ uuid: 'agent-2' }), check: (v) => v.asset.uuid, expected: 'agent-2' },
    { name: 'key from hostUniqueness when vulnUniqueness is missing', record: scRecord({ vulnUniqueness: '' }), check: (v) => v.finding.dedupe_key, expected: 'sc:1:10.238.64.1:target-cent7.incus:443:TCP:10107' },
    { name: 'documented fallback when both are missing', record: scRecord({ vulnUniqueness: undefined, hostUniqueness: undefined }), check: (v) => v.finding.dedupe_key, expected: 'sc:1:10.238.64.1:443:TCP:10107' },
    { name: 'fallback prefers hostUUID', record: scRecord({ vulnUniqueness: undefined, hostUniqueness: undefined, hostUUID: 'h-9' }), check: (v) => v.finding.dedupe_key, expected: 'sc:1:h-9:443:TCP:10107' },
    { name: 'uniqueness field with a number value', record: scRecord({ vulnUniqueness: 'ip,port,pluginID', port: 80 }), check: (v) => v.finding.dedupe_key, expected: 'sc:10.238.64.1:80:10107' },
    { name: 'uniqueness field absent from record counts as blank', record: scRecord({ vulnUniqueness: 'ip,hostUUIDx,pluginID' }), check: (v) => v.finding.dedupe_key, expected: 'sc:10.238.64.1::10107' },
    { name: 'cve as list', record: scRecord({ cve: ['CVE-1'] }), check: (v) => v.finding.cve, expected: ['CVE-1'] },
  ];
  it.each(cases)('$name', ({ record, check, expected }) => {
    expect(check(accepted(record))).toEqual(expected);
  });
});

describe('normalizeScRecord: rejections', () => {
  const cases: { name: string; record: unknown; path: string; reason: RegExp }[] = [
    { name: 'not an object', record: 'row', path: '$', reason: /got "row"/ },
    { name: 'plugin id text', record: scRecord({ pluginID: 'abc' }), path: '$.pluginID', reason: /^expected integer, got "abc"$/ },
    { name: 'plugin id missing', record: scRecord({ pluginID: '' }), path: '$.pluginID', reason: /missing/ },
    { name: 'severity missing', record: scRecord({ severity: undefined }), path: '$.severity', reason: /missing, expected object/ },
    { name: 'severity id 7', record: scRecord({ severity: { id: '7' } }), path: '$.severity.id', reason: /<= 4/ },
    { name: 'severity without id or name', record: scRecord({ severity: {} }), path: '$.severity.name', reason: /missing/ },
    { name: 'severity unknown name', record: scRecord({ severity: { name: 'Severe' } }), path: '$.severity.name', reason: /got "Severe"/ },
    { name: 'bad firstSeen', record: scRecord({ firstSeen: 'soon' }), path: '$.firstSeen', reason: /epoch seconds, got "soon"/ },
    { name: 'bad hasBeenMitigated', record: scRecord({ hasBeenMitigated: 'perhaps' }), path: '$.hasBeenMitigated', reason: /expected boolean/ },
    { name: 'port text', record: scRecord({ port: 'https' }), path: '$.port', reason: /expected integer, got "https"/ },
    { name: 'repository not object', record: scRecord({ repository: 'Live' }), path: '$.repository', reason: /expected object/ },
    { name: 'uniqueness not text', record: scRecord({ vulnUniqueness: 5 }), path: '$.vulnUniqueness', reason: /expected string/ },
    { name: 'uniqueness value is an object', record: scRecord({ vulnUniqueness: 'family,pluginID' }), path: '$.family', reason: /uniqueness field, got an object/ },
    { name: 'no host value for the uniqueness fields', record: scRecord({ ip: '', vulnUniqueness: 'repositoryID,ip,port,protocol,pluginID' }), path: '$.vulnUniqueness', reason: /no dedupe key/ },
    { name: 'no host identity at all', record: scRecord({ ip: '', dnsName: '', vulnUniqueness: '', hostUniqueness: '' }), path: '$.ip', reason: /no dedupe key/ },
    { name: 'pluginText not text', record: scRecord({ pluginText: 3 }), path: '$.pluginText', reason: /expected string/ },
  ];
  it.each(cases)('$name', ({ record, path, reason }) => {
    const outcome = normalizeScRecord(record);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.path).toBe(path);
    expect(outcome.reason).toMatch(reason);
  });
});
