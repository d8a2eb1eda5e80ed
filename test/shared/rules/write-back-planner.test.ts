import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decideWriteBack, type WriteBackFinding, type WriteBackInput } from '../../../src-shared/rules/write-back-planner';
import { defaultStatusMapping, validateMapping } from '../../../src-shared/rules/status-mapping';
import { LOCAL_STATUSES, PLATFORMS, REMOTE_STATES } from '../../../src-shared/model/vocabulary';

const mapping = defaultStatusMapping();

function finding(overrides: Partial<WriteBackFinding> = {}): WriteBackFinding {
  return {
    dedupe_key: 'f-1',
    plugin_id: '19506',
    severity: 'high',
    remote_state: 'OPEN',
    severity_modification: 'NONE',
    port: 443,
    protocol: 'tcp',
    repository_id: '1',
    asset: { uuid: 'u-1', fqdn: 'web01.example.com', hostname: 'web01', ipv4: '10.0.0.5' },
    ...overrides,
  };
}

describe('decideWriteBack: VM and WAS recast/accept rules', () => {
  it('VM risk_accepted → one ACCEPT rule request', () => {
    expect(decideWriteBack({ platform: 'tenable_vm', mapping, localStatus: 'risk_accepted', finding: finding(), options: { expiresAt: '2025-01-01T00:00:00.000Z' } })).toEqual({
      kind: 'requests',
      purpose: 'accept_rule',
      requests: [
        {
          method: 'POST',
          path: '/v1/recast/rules',
          body: {
            rule_name: 'eih accept: plugin 19506 on web01.example.com',
            description: 'created by exposure integration hub for finding f-1',
            resource_type: 'HOST',
            rule_value: { action: 'ACCEPT', comment: 'risk accepted in exposure integration hub', false_positive: false },
            filter: {
              and: [
                { property: 'asset.name', operator: 'eq', value: ['web01.example.com'] },
                { property: 'plugin.id', operator: 'eq', value: [19506] },
                { property: 'port', operator: 'eq', value: [443] },
              ],
            },
            expires_at: '2025-01-01T00:00:00.000Z',
          },
        },
      ],
    });
  });

  it('WAS false_positive → ACCEPT with false_positive true on a WEBAPP, no port filter', () => {
    const action = decideWriteBack({ platform: 'tenable_was', mapping, localStatus: 'false_positive', finding: finding({ port: null }), options: { comment: 'verified by alice' } });
    expect(action.kind).toBe('requests');
    if (action.kind !== 'requests') return;
    expect(action.purpose).toBe('false_positive_rule');
    const body = action.requests[0]?.body as Record<string, unknown>;
    expect(body['resource_type']).toBe('WEBAPP');
    expect(body['rule_value']).toEqual({ action: 'ACCEPT', comment: 'verified by alice', false_positive: true });
    expect((body['filter'] as { and: unknown[] }).and).toHaveLength(2);
    expect(body['expires_at']).toBeUndefined();
  });

  it('falls back to hostname, then ip, for the asset name', () => {
    const a = decideWriteBack({ platform: 'tenable_vm', mapping, localStatus: 'risk_accepted', finding: finding({ asset: { ipv4: '10.1.1.1' } }) });
    expect(a.kind === 'requests' && (a.requests[0]?.body as { rule_name: string }).rule_name).toBe('eih accept: plugin 19506 on 10.1.1.1');
  });
});

describe('decideWriteBack: Security Center risk rules', () => {
  it('risk_accepted → acceptRiskRule then apply, bound to the created id', () => {
    expect(decideWriteBack({ platform: 'tenable_sc', mapping, localStatus: 'risk_accepted', finding: finding(), options: { scExpires: 1735689600 } })).toEqual({
      kind: 'requests',
      purpose: 'accept_rule',
      requests: [
        {
          method: 'POST',
          path: '/rest/acceptRiskRule',
          body: {
            repositories: [{ id: '1' }],
            plugin: { id: '19506' },
            hostType: 'ip',
            hostValue: '10.0.0.5',
            port: '443',
            protocol: '6',
            comments: 'risk accepted in exposure integration hub',
            expires: 1735689600,
          },
        },
        {
          method: 'POST',
          path: '/rest/acceptRiskRule/{id}/apply',
          body: { repository: { id: '1' } },
          bind: { placeholder: '{id}', fromRequest: 0, responsePath: 'response.id' },
        },
      ],
    });
  });

  it('false_positive → recastRiskRule to info; uuid host when there is no ip; any port/protocol', () => {
    const action = decideWriteBack({ platform: 'tenable_sc', mapping, localStatus: 'false_positive', finding: finding({ asset: { uuid: 'agent-1' }, port: null, protocol: 'icmpv6' }) });
    expect(action).toMatchObject({
      kind: 'requests',
      purpose: 'false_positive_rule',
      requests: [{ method: 'POST', path: '/rest/recastRiskRule', body: { hostType: 'uuid', hostValue: 'agent-1', port: 'any', protocol: 'any', expires: -1, newSeverity: { id: '0' } } }],
    });
  });
});

describe('decideWriteBack: no-ops carry a reason', () => {
  const cases: { name: string; input: WriteBackInput; reason: RegExp }[] = [
    { name: 'acceptance switched off', input: { platform: 'tenable_vm', mapping, localStatus: 'risk_accepted', finding: finding(), options: { acceptanceWriteBack: false } }, reason: /switched off/ },
    { name: 'already accepted (VM)', input: { platform: 'tenable_vm', mapping, localStatus: 'risk_accepted', finding: finding({ severity_modification: 'ACCEPTED' }) }, reason: /already reports the finding as accepted/ },
    { name: 'already accepted (SC accept)', input: { platform: 'tenable_sc', mapping, localStatus: 'risk_accepted', finding: finding({ severity_modification: 'ACCEPTED' }) }, reason: /already/ },
    { name: 'already recast to info (SC false positive)', input: { platform: 'tenable_sc', mapping, localStatus: 'false_positive', finding: finding({ severity_modification: 'RECASTED', severity: 'info' }) }, reason: /recast to info/ },
    { name: 'no asset name (VM)', input: { platform: 'tenable_vm', mapping, localStatus: 'risk_accepted', finding: finding({ asset: {} }) }, reason: /no asset name/ },
    { name: 'no repository (SC)', input: { platform: 'tenable_sc', mapping, localStatus: 'risk_accepted', finding: finding({ repository_id: null }) }, reason: /repository/ },
    { name: 'no host (SC)', input: { platform: 'tenable_sc', mapping, localStatus: 'risk_accepted', finding: finding({ asset: { fqdn: 'x' } }) }, reason: /no ip or agent uuid/ },
    { name: 'in_progress unmapped', input: { platform: 'tenable_vm', mapping, localStatus: 'in_progress', finding: finding() }, reason: /in_progress is not mapped to a tenable status: not synced/ },
    { name: 'fixed without a scan template (VM)', input: { platform: 'tenable_vm', mapping, localStatus: 'fixed', finding: finding() }, reason: /no tenable api marks a finding fixed/ },
    { name: 'fixed on WAS even with a template', input: { platform: 'tenable_was', mapping, localStatus: 'fixed', finding: finding(), options: { remediationScan: { templateUuid: 't' } } }, reason: /no tenable api marks a finding fixed/ },
    { name: 'fixed on SC', input: { platform: 'tenable_sc', mapping, localStatus: 'fixed', finding: finding() }, reason: /next scan/ },
    { name: 'fixed but already FIXED', input: { platform: 'tenable_vm', mapping, localStatus: 'fixed', finding: finding({ remote_state: 'FIXED' }), options: { remediationScan: { templateUuid: 't' } } }, reason: /already reports the finding fixed/ },
    { name: 'identified while open', input: { platform: 'tenable_vm', mapping, localStatus: 'identified', finding: finding({ remote_state: 'REOPENED' }) }, reason: /identified maps to OPEN: tenable already reports the finding reopened/ },
    { name: 'identified while fixed', input: { platform: 'tenable_vm', mapping, localStatus: 'identified', finding: finding({ remote_state: 'FIXED' }) }, reason: /no tenable api reopens/ },
    { name: 'identified while accepted', input: { platform: 'tenable_vm', mapping, localStatus: 'identified', finding: finding({ severity_modification: 'ACCEPTED' }) }, reason: /accept rule in tenable can only be removed there/ },
  ];
  it.each(cases)('$name', ({ input, reason }) => {
    const action = decideWriteBack(input);
    expect(action.kind).toBe('none');
    if (action.kind === 'none') expect(action.reason).toMatch(reason);
  });
});

describe('decideWriteBack: fixed with an opted-in remediation scan (VM)', () => {
  it('plans POST /scans/remediation for the one plugin and target', () => {
    expect(
      decideWriteBack({ platform: 'tenable_vm', mapping, localStatus: 'fixed', finding: finding(), options: { remediationScan: { templateUuid: 'tpl-1', scannerId: 's-1' } } }),
    ).toEqual({
      kind: 'requests',
      purpose: 'remediation_scan',
      requests: [
        {
          method: 'POST',
          path: '/scans/remediation',
          body: { uuid: 'tpl-1', settings: { name: 'eih remediation scan: plugin 19506 on web01.example.com', text_targets: 'web01.example.com', scanner_id: 's-1' }, enabled_plugins: [19506] },
        },
      ],
    });
  });
  it('uses the first mapped remote status: fixed mapped to nothing is not synced even with a template', () => {
    const custom = validateMapping([{ local_status: 'identified', remote_status: 'OPEN', order: 0, mapping_version: 1 }]);
    if (!custom.ok) throw new Error('mapping');
    const action = decideWriteBack({ platform: 'tenable_vm', mapping: custom.value, localStatus: 'fixed', finding: finding(), options: { remediationScan: { templateUuid: 't' } } });
    expect(action).toEqual({ kind: 'none', reason: 'local status fixed is not mapped to a tenable status: not synced' });
  });
});

describe('decideWriteBack: properties', () => {
  it('always returns plain data: requests with a path, or none with a reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...LOCAL_STATUSES),
        fc.constantFrom(...REMOTE_STATES),
        fc.constantFrom('NONE' as const, 'ACCEPTED' as const, 'RECASTED' as const, null),
        fc.boolean(),
        (platform, localStatus, remote, modification, withScan) => {
          const action = decideWriteBack({
            platform,
            mapping,
            localStatus,
            finding: finding({ remote_state: remote, severity_modification: modification }),
            options: withScan ? { remediationScan: { templateUuid: 't' } } : {},
          });
          expect(JSON.parse(JSON.stringify(action))).toEqual(action);
          if (action.kind === 'none') expect(action.reason.length).toBeGreaterThan(0);
          else for (const r of action.requests) expect(r.path.startsWith('/')).toBe(true);
        },
      ),
    );
  });
});
