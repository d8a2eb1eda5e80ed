import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  buildConditionView,
  CONDITION_FIELDS,
  CONDITION_OPERATORS,
  evaluateCondition,
  matchesAll,
  parseConditions,
  type Condition,
} from '../../../src-shared/rules/conditions';

const view = buildConditionView({
  platform: 'tenable_vm',
  finding: {
    severity: 'high',
    plugin_id: '19506',
    plugin_name: 'Apache Log4j RCE',
    plugin_family: 'Web Servers',
    cve: ['CVE-2021-44228', 'CVE-2021-45046'],
    cvss: 9.8,
    vpr: null,
    exploit_available: true,
    remote_state: 'OPEN',
    port: 443,
    protocol: 'tcp',
  },
  asset: { fqdn: 'Web01.Example.com', ipv4: '10.0.0.5', os: 'Linux', criticality: 'high' },
});

describe('evaluateCondition', () => {
  const cases: { c: Condition; expected: boolean }[] = [
    { c: { field: 'severity', operator: 'eq', value: 'HIGH' }, expected: true },
    { c: { field: 'severity', operator: 'eq', value: 'low' }, expected: false },
    { c: { field: 'severity', operator: 'neq', value: 'low' }, expected: true },
    { c: { field: 'vpr', operator: 'neq', value: 5 }, expected: true },
    { c: { field: 'plugin_id', operator: 'eq', value: 19506 }, expected: true },
    { c: { field: 'port', operator: 'eq', value: '443' }, expected: true },
    { c: { field: 'exploit_available', operator: 'eq', value: true }, expected: true },
    { c: { field: 'exploit_available', operator: 'eq', value: 'true' }, expected: false },
    { c: { field: 'platform', operator: 'in', value: ['tenable_sc', 'tenable_vm'] }, expected: true },
    { c: { field: 'severity', operator: 'in', value: ['low', 'medium'] }, expected: false },
    { c: { field: 'cve', operator: 'eq', value: 'cve-2021-44228' }, expected: true },
    { c: { field: 'cve', operator: 'neq', value: 'CVE-2021-44228' }, expected: false },
    { c: { field: 'cve', operator: 'contains', value: '45046' }, expected: true },
    { c: { field: 'cve', operator: 'starts_with', value: 'CVE-2021' }, expected: true },
    { c: { field: 'plugin_name', operator: 'contains', value: 'log4j' }, expected: true },
    { c: { field: 'asset.fqdn', operator: 'starts_with', value: 'web01.' }, expected: true },
    { c: { field: 'asset.fqdn', operator: 'starts_with', value: 'db' }, expected: false },
    { c: { field: 'port', operator: 'starts_with', value: '44' }, expected: true },
    { c: { field: 'exploit_available', operator: 'contains', value: 'true' }, expected: false },
    { c: { field: 'cvss', operator: 'gte', value: 9 }, expected: true },
    { c: { field: 'cvss', operator: 'gt', value: 9.8 }, expected: false },
    { c: { field: 'cvss', operator: 'lt', value: 10 }, expected: true },
    { c: { field: 'cvss', operator: 'lte', value: 9.8 }, expected: true },
    { c: { field: 'vpr', operator: 'gte', value: 0 }, expected: false },
    { c: { field: 'severity', operator: 'gte', value: 'high' }, expected: true },
    { c: { field: 'severity', operator: 'gt', value: 'high' }, expected: false },
    { c: { field: 'severity', operator: 'gte', value: 3 }, expected: true },
    { c: { field: 'severity', operator: 'lt', value: 'critical' }, expected: true },
    { c: { field: 'asset.criticality', operator: 'gte', value: 'HIGH' }, expected: true },
    { c: { field: 'asset.criticality', operator: 'lte', value: 'medium' }, expected: false },
    { c: { field: 'plugin_name', operator: 'gt', value: 1 }, expected: false },
    { c: { field: 'url', operator: 'exists' }, expected: false },
    { c: { field: 'url', operator: 'exists', value: false }, expected: true },
    { c: { field: 'cve', operator: 'exists', value: true }, expected: true },
    { c: { field: 'asset.hostname', operator: 'eq', value: 'x' }, expected: false },
    { c: { field: 'asset.hostname', operator: 'neq', value: 'x' }, expected: true },
  ];
  it.each(cases)('$c.field $c.operator $c.value → $expected', ({ c, expected }) => {
    expect(evaluateCondition(c, view)).toBe(expected);
  });

  it('matchesAll: all must hold; an empty list always holds', () => {
    expect(matchesAll([], view)).toBe(true);
    expect(matchesAll([{ field: 'severity', operator: 'eq', value: 'high' }, { field: 'cvss', operator: 'gte', value: 9 }], view)).toBe(true);
    expect(matchesAll([{ field: 'severity', operator: 'eq', value: 'high' }, { field: 'cvss', operator: 'gte', value: 10 }], view)).toBe(false);
  });

  it('an empty view has every field, missing values null', () => {
    const empty = buildConditionView({ finding: {} });
    expect(Object.keys(empty).sort()).toEqual([...CONDITION_FIELDS].sort());
    expect(empty.cve).toEqual([]);
  });
});

describe('parseConditions', () => {
  it('accepts JSON text and arrays', () => {
    expect(parseConditions('[{"field":"severity","operator":"eq","value":"high"}]', 'r')).toEqual({ ok: true, value: [{ field: 'severity', operator: 'eq', value: 'high' }] });
    expect(parseConditions([{ field: 'url', operator: 'exists' }], 'r')).toEqual({ ok: true, value: [{ field: 'url', operator: 'exists' }] });
    expect(parseConditions([], 'r')).toEqual({ ok: true, value: [] });
  });
  const failures: { name: string; json: unknown; field: string; problem: RegExp }[] = [
    { name: 'bad JSON', json: '[{', field: 'conditions', problem: /not valid json/ },
    { name: 'not a list', json: { field: 'x' }, field: 'conditions', problem: /expected a list of conditions, got an object/ },
    { name: 'null', json: null, field: 'conditions', problem: /got null/ },
    { name: 'condition not object', json: ['x'], field: 'conditions[0]', problem: /expected object/ },
    { name: 'unknown key', json: [{ field: 'severity', operater: 'eq', value: 1 }], field: 'conditions[0].operater', problem: /unknown key/ },
    { name: 'unknown field', json: [{ field: 'sev', operator: 'eq', value: 'x' }], field: 'conditions[0].field', problem: /unknown field "sev"/ },
    { name: 'unknown operator', json: [{ field: 'severity', operator: 'like', value: 'x' }], field: 'conditions[0].operator', problem: /unknown operator "like"/ },
    { name: 'eq without value', json: [{ field: 'severity', operator: 'eq' }], field: 'conditions[0].value', problem: /expected text, number or boolean, got nothing/ },
    { name: 'eq with object', json: [{ field: 'severity', operator: 'eq', value: {} }], field: 'conditions[0].value', problem: /got an object/ },
    { name: 'in with empty list', json: [{ field: 'severity', operator: 'in', value: [] }], field: 'conditions[0].value', problem: /non-empty list/ },
    { name: 'in with nested list', json: [{ field: 'severity', operator: 'in', value: ['a', ['b']] }], field: 'conditions[0].value[1]', problem: /got an array/ },
    { name: 'contains number', json: [{ field: 'plugin_name', operator: 'contains', value: 5 }], field: 'conditions[0].value', problem: /non-empty text/ },
    { name: 'starts_with empty', json: [{ field: 'plugin_name', operator: 'starts_with', value: '' }], field: 'conditions[0].value', problem: /non-empty text/ },
    { name: 'gte text on numeric field', json: [{ field: 'cvss', operator: 'gte', value: 'high' }], field: 'conditions[0].value', problem: /expected a number, got "high"/ },
    { name: 'gte unknown rank', json: [{ field: 'severity', operator: 'gte', value: 'urgent' }], field: 'conditions[0].value', problem: /one of info, low, medium, high, critical/ },
    { name: 'exists with text', json: [{ field: 'url', operator: 'exists', value: 'yes' }], field: 'conditions[0].value', problem: /expected true or false/ },
    { name: 'second condition bad', json: [{ field: 'url', operator: 'exists' }, { field: 'x', operator: 'eq', value: 1 }], field: 'conditions[1].field', problem: /unknown field/ },
  ];
  it.each(failures)('rejects $name, naming the rule and the field', ({ json, field, problem }) => {
    const result = parseConditions(json, 'DB team');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_rule');
    expect(result.error.message.startsWith(`rule "DB team": ${field}: `)).toBe(true);
    expect(result.error.message).toMatch(problem);
    expect(result.error.details).toEqual({ rule: 'DB team', field });
  });

  it('never throws on arbitrary input; whatever parses evaluates to a boolean', () => {
    const conditionLike = fc.record({
      field: fc.oneof(fc.constantFrom(...CONDITION_FIELDS), fc.string()),
      operator: fc.oneof(fc.constantFrom(...CONDITION_OPERATORS), fc.string()),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom('high', 'low', 3)),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(conditionLike), fc.array(conditionLike).map((a) => JSON.stringify(a))), (json) => {
        const parsed = parseConditions(json, 'r');
        if (parsed.ok) expect(typeof matchesAll(parsed.value, view)).toBe('boolean');
      }),
    );
  });
});
