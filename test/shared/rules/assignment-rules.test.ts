import { describe, it, expect } from 'vitest';
import { assignGroup, parseAssignmentRule, parseAssignmentRules, type AssignmentRule } from '../../../src-shared/rules/assignment-rules';
import { buildConditionView } from '../../../src-shared/rules/conditions';

function rules(rows: unknown[]): AssignmentRule[] {
  const parsed = parseAssignmentRules(rows);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const table = rules([
  { sys_id: 'r3', name: 'catch-all', order: 900, conditions: '[]', assignment_group: 'Service Desk' },
  { sys_id: 'r1', name: 'web critical', order: 10, conditions: [{ field: 'severity', operator: 'eq', value: 'critical' }, { field: 'plugin_family', operator: 'eq', value: 'Web Servers' }], assignment_group: 'Web Team' },
  { sys_id: 'r2', name: 'linux', order: 20, conditions: [{ field: 'asset.os', operator: 'contains', value: 'linux' }], assignment_group: 'Linux Team' },
  { sys_id: 'r0', name: 'disabled first', order: 1, active: false, conditions: [], assignment_group: 'Nobody' },
]);

describe('assignGroup: first active matching rule by order', () => {
  const cases: { name: string; finding: Record<string, unknown>; asset: Record<string, unknown>; group: string | null; rule: string | null }[] = [
    { name: 'web critical wins over linux (lower order)', finding: { severity: 'critical', plugin_family: 'Web Servers' }, asset: { os: 'Linux' }, group: 'Web Team', rule: 'web critical' },
    { name: 'linux when not web critical', finding: { severity: 'high', plugin_family: 'Web Servers' }, asset: { os: 'Ubuntu Linux' }, group: 'Linux Team', rule: 'linux' },
    { name: 'catch-all for everything else', finding: { severity: 'low' }, asset: { os: 'Windows' }, group: 'Service Desk', rule: 'catch-all' },
  ];
  it.each(cases)('$name', ({ finding, asset, group, rule }) => {
    expect(assignGroup(table, buildConditionView({ finding, asset }))).toEqual({ group, rule });
  });

  it('no match → the default group, or null', () => {
    const noCatchAll = table.filter((r) => r.name !== 'catch-all');
    const v = buildConditionView({ finding: { severity: 'low' } });
    expect(assignGroup(noCatchAll, v, 'Triage')).toEqual({ group: 'Triage', rule: null });
    expect(assignGroup(noCatchAll, v)).toEqual({ group: null, rule: null });
    expect(assignGroup([], v)).toEqual({ group: null, rule: null });
  });

  it('equal orders break ties by name; parse sorts by order', () => {
    const tied = rules([
      { name: 'b', order: 5, conditions: [], assignment_group: 'B' },
      { name: 'a', order: 5, conditions: [], assignment_group: 'A' },
    ]);
    expect(tied.map((r) => r.name)).toEqual(['a', 'b']);
    expect(assignGroup([...tied].reverse(), buildConditionView({ finding: {} })).group).toBe('A');
    expect(table.map((r) => r.name)).toEqual(['disabled first', 'web critical', 'linux', 'catch-all']);
  });
});

describe('parseAssignmentRule', () => {
  it('fills column defaults (active true, order 100) and keeps the id', () => {
    expect(parseAssignmentRule({ sys_id: 'x', name: ' n ', conditions: [], assignment_group: ' G ', active: null, order: null })).toEqual({
      ok: true,
      value: { id: 'x', name: 'n', active: true, order: 100, conditions: [], assignment_group: 'G' },
    });
    const numeric = parseAssignmentRule({ id: 7, name: 'n', conditions: [], assignment_group: 'G' });
    expect(numeric.ok && numeric.value.id).toBe('7');
    const noId = parseAssignmentRule({ name: 'n', conditions: [], assignment_group: 'G' });
    expect(noId.ok && noId.value.id).toBeNull();
  });
  const failures: { name: string; row: unknown; message: RegExp }[] = [
    { name: 'not an object', row: 'x', message: /^rule "#0": row: expected object/ },
    { name: 'no name', row: { conditions: [], assignment_group: 'G' }, message: /^rule "#0": name: expected non-empty text/ },
    { name: 'bad active', row: { name: 'r', active: 'yes', conditions: [], assignment_group: 'G' }, message: /^rule "r": active: expected true or false, got "yes"/ },
    { name: 'bad order', row: { name: 'r', order: '1', conditions: [], assignment_group: 'G' }, message: /^rule "r": order: expected a number/ },
    { name: 'bad conditions JSON', row: { name: 'r', conditions: '{oops', assignment_group: 'G' }, message: /^rule "r": conditions: not valid json/ },
    { name: 'missing conditions', row: { name: 'r', assignment_group: 'G' }, message: /^rule "r": conditions: expected a list of conditions, got nothing/ },
    { name: 'bad condition field', row: { name: 'r', conditions: [{ field: 'owner', operator: 'eq', value: 'x' }], assignment_group: 'G' }, message: /^rule "r": conditions\[0\]\.field: unknown field "owner"/ },
    { name: 'no group', row: { name: 'r', conditions: [], assignment_group: ' ' }, message: /^rule "r": assignment_group: expected non-empty text/ },
  ];
  it.each(failures)('rejects $name', ({ row, message }) => {
    const result = parseAssignmentRule(row);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_rule');
      expect(result.error.message).toMatch(message);
    }
  });
  it('parseAssignmentRules reports the first invalid rule, by position when unnamed', () => {
    const result = parseAssignmentRules([{ name: 'ok', conditions: [], assignment_group: 'G' }, { conditions: [] }]);
    expect(!result.ok && result.error.message).toMatch(/^rule "#1": name/);
    const notList = parseAssignmentRules({});
    expect(!notList.ok && notList.error.message).toMatch(/expected a list of rules/);
  });
});
