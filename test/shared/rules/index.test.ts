import { describe, it, expect } from 'vitest';
import * as rules from '../../../src-shared/rules';

describe('rules public API (index.ts)', () => {
  it.each([
    'normalizePage',
    'normalizeRecord',
    'normalizeVmRecord',
    'normalizeWasRecord',
    'normalizeScRecord',
    'defaultStatusMapping',
    'validateMapping',
    'remoteToLocal',
    'localToRemote',
    'nextMappingVersion',
    'selectMapping',
    'reviseMapping',
    'applyRemoteState',
    'decideWriteBack',
    'parseSeverityFilter',
    'serializeSeverityFilter',
    'evaluateSeverityFilter',
    'toVmSeverityFilter',
    'toWasSeverityFilter',
    'toScSeverityFilter',
    'matchAsset',
    'assetLookupKeys',
    'computeRiskScore',
    'baseRiskScore',
    'parseRiskRules',
    'parseConditions',
    'evaluateCondition',
    'buildConditionView',
    'parseAssignmentRules',
    'assignGroup',
    'remediationGroupKey',
    'remediationShortDescription',
    'groupFindings',
    'truncateText',
  ])('exports %s', (name) => {
    expect(typeof (rules as Record<string, unknown>)[name]).toBe('function');
  });

  it('wires the pieces together end to end: normalise, match, score, assign, group', () => {
    const page = rules.normalizePage('tenable_vm', [
      {
        asset: { uuid: 'u-1', fqdn: 'web01.example.com' },
        plugin: { id: 1, name: 'Flaw', family: 'Web Servers', cvss3_base_score: 9 },
        severity: 'critical',
        state: 'OPEN',
        finding_id: 'f-1',
      },
    ]);
    const record = page.accepted[0];
    expect(record).toBeDefined();
    if (record === undefined) return;
    expect(rules.matchAsset(record.asset, [{ id: 'ci-1', fqdn: 'WEB01.example.com' }])).toEqual({ kind: 'match', assetId: 'ci-1', matchedOn: 'fqdn' });
    const view = rules.buildConditionView({ platform: record.platform, finding: record.finding, asset: record.asset });
    const assignment = rules.parseAssignmentRules([{ name: 'web', conditions: [{ field: 'plugin_family', operator: 'eq', value: 'web servers' }], assignment_group: 'Web' }]);
    expect(assignment.ok).toBe(true);
    if (!assignment.ok) return;
    const { group } = rules.assignGroup(assignment.value, view);
    expect(group).toBe('Web');
    expect(rules.computeRiskScore({ finding: record.finding }).score).toBe(90);
    expect(rules.groupFindings([{ finding: record.finding, group }])[0]?.group_key).toBe('plugin:1|group:web');
    expect(rules.applyRemoteState(rules.defaultStatusMapping(), null, record.finding.remote_state).local_status).toBe('identified');
  });
});
