import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { groupFindings, remediationGroupKey, remediationShortDescription, UNASSIGNED } from '../../../src-shared/rules/remediation-grouping';
import { SEVERITIES } from '../../../src-shared/model/vocabulary';

describe('remediationGroupKey and short description', () => {
  it.each([
    [{ plugin_id: '19506' }, 'Web Team', 'plugin:19506|group:web team'],
    [{ plugin_id: ' 19506 ' }, ' web team ', 'plugin:19506|group:web team'],
    [{ plugin_id: '19506' }, null, `plugin:19506|group:${UNASSIGNED}`],
    [{ plugin_id: '19506' }, '', `plugin:19506|group:${UNASSIGNED}`],
  ])('key(%j, %j) = %s', (finding, group, key) => {
    expect(remediationGroupKey(finding, group)).toBe(key);
  });
  it('bounds very long keys', () => {
    expect(remediationGroupKey({ plugin_id: '1' }, 'g'.repeat(400)).length).toBeLessThanOrEqual(255);
  });
  it.each([
    [{ plugin_id: '19506', plugin_name: 'Apache Log4j RCE' }, 'Web Team', 'Remediate Apache Log4j RCE (plugin 19506) — Web Team'],
    [{ plugin_id: '19506', plugin_name: null }, null, `Remediate plugin 19506 (plugin 19506) — ${UNASSIGNED}`],
    [{ plugin_id: '1', plugin_name: '   ' }, 'G', 'Remediate plugin 1 (plugin 1) — G'],
  ])('description(%j, %j)', (finding, group, text) => {
    expect(remediationShortDescription(finding, group)).toBe(text);
  });
  it('descriptions fit the column', () => {
    expect(remediationShortDescription({ plugin_id: '1', plugin_name: 'n'.repeat(600) }, 'G').length).toBeLessThanOrEqual(500);
  });
});

describe('groupFindings', () => {
  it('groups by plugin and group, counts each item once, keeps the highest severity', () => {
    const groups = groupFindings([
      { finding: { plugin_id: '2', dedupe_key: 'a', plugin_name: 'Two', severity: 'low' }, group: 'Web' },
      { finding: { plugin_id: '2', dedupe_key: 'b', plugin_name: 'Two', severity: 'critical' }, group: 'web' },
      { finding: { plugin_id: '2', dedupe_key: 'b', plugin_name: 'Two', severity: 'critical' }, group: 'Web' },
      { finding: { plugin_id: '2', dedupe_key: 'c' }, group: 'DB' },
      { finding: { plugin_id: '1', dedupe_key: 'd', severity: 'medium' }, group: null },
    ]);
    expect(groups).toEqual([
      { group_key: `plugin:1|group:${UNASSIGNED}`, plugin_id: '1', assignment_group: null, short_description: `Remediate plugin 1 (plugin 1) — ${UNASSIGNED}`, item_count: 1, highest_severity: 'medium', dedupe_keys: ['d'] },
      { group_key: 'plugin:2|group:db', plugin_id: '2', assignment_group: 'DB', short_description: 'Remediate plugin 2 (plugin 2) — DB', item_count: 1, highest_severity: null, dedupe_keys: ['c'] },
      { group_key: 'plugin:2|group:web', plugin_id: '2', assignment_group: 'Web', short_description: 'Remediate Two (plugin 2) — Web', item_count: 2, highest_severity: 'critical', dedupe_keys: ['a', 'b'] },
    ]);
  });
  it('empty input → no groups', () => {
    expect(groupFindings([])).toEqual([]);
  });
  it('property: counts add up to the distinct items per group, and keys are unique', () => {
    const item = fc.record({
      finding: fc.record({ plugin_id: fc.constantFrom('1', '2', '3'), dedupe_key: fc.constantFrom('a', 'b', 'c', 'd', 'e'), severity: fc.constantFrom(...SEVERITIES) }),
      group: fc.option(fc.constantFrom('Web', 'DB', 'Ops'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (list) => {
        const groups = groupFindings(list);
        expect(new Set(groups.map((g) => g.group_key)).size).toBe(groups.length);
        const distinct = new Set(list.map((i) => `${remediationGroupKey(i.finding, i.group)}#${i.finding.dedupe_key}`));
        expect(groups.reduce((n, g) => n + g.item_count, 0)).toBe(distinct.size);
      }),
    );
  });
});
