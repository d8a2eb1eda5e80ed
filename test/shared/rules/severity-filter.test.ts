import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SEVERITY_FILTER,
  evaluateSeverityFilter,
  matchesSeverityFilter,
  NO_SEVERITY_WARNING,
  parseSeverityFilter,
  serializeSeverityFilter,
  severityFromScId,
  severityFromText,
  toScSeverityFilter,
  toVmSeverityFilter,
  toWasSeverityFilter,
} from '../../../src-shared/rules/severity-filter';
import { SEVERITIES, type Severity } from '../../../src-shared/model/vocabulary';
import { connectorTable } from '../../../src-shared/model/tables/connector';

describe('severity filter column', () => {
  it('the default is all five, the same as the column default', () => {
    expect(DEFAULT_SEVERITY_FILTER).toEqual(['info', 'low', 'medium', 'high', 'critical']);
    expect(parseSeverityFilter(String(connectorTable.columns.severity_filter.default))).toEqual({ ok: true, value: [...SEVERITIES] });
  });
  it.each([
    [null, ['info', 'low', 'medium', 'high', 'critical']],
    [undefined, ['info', 'low', 'medium', 'high', 'critical']],
    ['', []],
    [' , ', []],
    ['critical,high', ['high', 'critical']],
    ['HIGH, Medium ,high', ['medium', 'high']],
    ['Notification,low', ['info', 'low']],
    ['informational', ['info']],
  ])('parse %j → %j', (column, expected) => {
    expect(parseSeverityFilter(column)).toEqual({ ok: true, value: expected });
  });
  it.each([['severe'], ['high,urgent'], ['0']])('parse %j fails naming the value', (column) => {
    const result = parseSeverityFilter(column);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_severity_filter');
      expect(result.error.message).toContain(JSON.stringify(column.split(',').pop()));
    }
  });
  it.each([
    [[], ''],
    [['critical', 'info'], 'info,critical'],
    [['low', 'low'], 'low'],
  ] as const)('serialise %j → %j', (list, text) => {
    expect(serializeSeverityFilter(list)).toBe(text);
  });
  it('round trips any selection', () => {
    fc.assert(
      fc.property(fc.subarray([...SEVERITIES]), (list) => {
        expect(parseSeverityFilter(serializeSeverityFilter(list))).toEqual({ ok: true, value: list });
      }),
    );
  });
});

describe('evaluateSeverityFilter', () => {
  it('none selected → imports nothing, with a warning for the connector', () => {
    expect(evaluateSeverityFilter([])).toEqual({ severities: [], importsNothing: true, warning: NO_SEVERITY_WARNING });
  });
  it('some selected → no warning', () => {
    expect(evaluateSeverityFilter(['critical', 'high'])).toEqual({ severities: ['high', 'critical'], importsNothing: false });
  });
  it('matchesSeverityFilter', () => {
    expect(matchesSeverityFilter(['high'], 'high')).toBe(true);
    expect(matchesSeverityFilter(['high'], 'low')).toBe(false);
    expect(matchesSeverityFilter([], 'critical')).toBe(false);
  });
});

describe('platform values', () => {
  const cases: { list: Severity[]; vm: string[]; wasUpper: string[]; wasLower: string[]; sc: string }[] = [
    { list: [...SEVERITIES], vm: ['info', 'low', 'medium', 'high', 'critical'], wasUpper: ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], wasLower: ['info', 'low', 'medium', 'high', 'critical'], sc: '0,1,2,3,4' },
    { list: ['critical', 'high'], vm: ['high', 'critical'], wasUpper: ['HIGH', 'CRITICAL'], wasLower: ['high', 'critical'], sc: '3,4' },
    { list: [], vm: [], wasUpper: [], wasLower: [], sc: '' },
  ];
  it.each(cases)('$list', ({ list, vm, wasUpper, wasLower, sc }) => {
    expect(toVmSeverityFilter(list)).toEqual(vm);
    expect(toWasSeverityFilter(list)).toEqual(wasUpper);
    expect(toWasSeverityFilter(list, 'lower')).toEqual(wasLower);
    expect(toScSeverityFilter(list)).toBe(sc);
  });
  it.each([
    ['HIGH', 'high'],
    ['high', 'high'],
    ['Info', 'info'],
    ['none', 'info'],
    ['bad', null],
  ])('WAS/any text %s → %s', (text, severity) => {
    expect(severityFromText(text)).toBe(severity);
  });
  it.each([
    ['0', 'info'],
    ['4', 'critical'],
    [' 2 ', 'medium'],
    ['5', null],
    ['x', null],
  ])('SC id %j → %s', (id, severity) => {
    expect(severityFromScId(id)).toBe(severity);
  });
});
