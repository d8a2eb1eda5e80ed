import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { baseRiskScore, clampScore, computeRiskScore, parseRiskRule, parseRiskRules, type RiskFactors, type RiskRule } from '../../../src-shared/rules/risk-score';
import { ASSET_CRITICALITIES, CONDITION_FIELDS } from '../../../src-shared/rules/conditions';
import { SEVERITIES } from '../../../src-shared/model/vocabulary';

describe('baseRiskScore (formula in risk-score.ts)', () => {
  const cases: { name: string; f: RiskFactors; score: number }[] = [
    { name: 'info, nothing else', f: { severity: 'info' }, score: 0 },
    { name: 'low only', f: { severity: 'low' }, score: 20 },
    { name: 'medium only', f: { severity: 'medium' }, score: 45 },
    { name: 'high only', f: { severity: 'high' }, score: 70 },
    { name: 'critical only', f: { severity: 'critical' }, score: 90 },
    { name: 'medium with cvss 5', f: { severity: 'medium', cvss: 5 }, score: 48 }, // 18 + 15 + 15
    { name: 'high, cvss 9.8, vpr 5.9', f: { severity: 'high', cvss: 9.8, vpr: 5.9 }, score: 75 }, // 28 + 29.4 + 17.7 = 75.1
    { name: 'exploit adds 10', f: { severity: 'high', exploit_available: true }, score: 80 },
    { name: 'critical asset multiplies', f: { severity: 'high', criticality: 'critical' }, score: 91 },
    { name: 'low criticality lowers', f: { severity: 'high', criticality: 'low' }, score: 56 },
    { name: 'everything maxed is clamped at 100', f: { severity: 'critical', cvss: 10, vpr: 10, exploit_available: true, criticality: 'critical' }, score: 100 },
    { name: 'out-of-range cvss is bounded', f: { severity: 'info', cvss: 50, vpr: -3 }, score: 30 }, // 0 + 30 + 0
    { name: 'NaN cvss is unknown', f: { severity: 'low', cvss: Number.NaN }, score: 20 },
  ];
  it.each(cases)('$name → $score', ({ f, score }) => {
    expect(baseRiskScore(f)).toBe(score);
  });
  it('clampScore', () => {
    expect(clampScore(-5)).toBe(0);
    expect(clampScore(150)).toBe(100);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(clampScore(42.5)).toBe(42.5);
  });
});

function riskRules(rows: unknown[]): RiskRule[] {
  const parsed = parseRiskRules(rows);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('computeRiskScore with risk rules', () => {
  const rules = riskRules([
    { name: 'internet facing', order: 20, conditions: [{ field: 'asset.fqdn', operator: 'contains', value: 'dmz' }], adjustment: 40 },
    { name: 'log4j', order: 10, conditions: [{ field: 'cve', operator: 'eq', value: 'CVE-2021-44228' }], adjustment: 25 },
    { name: 'lab hosts', order: 30, conditions: [{ field: 'asset.hostname', operator: 'starts_with', value: 'lab' }], adjustment: -80 },
    { name: 'inactive', order: 1, active: false, conditions: [], adjustment: 50 },
  ]);
  it('applies matching rules in order and explains them', () => {
    const result = computeRiskScore({ finding: { severity: 'high', cve: ['CVE-2021-44228'] }, asset: { fqdn: 'web.dmz.example' } }, rules);
    expect(result).toEqual({
      base: 70,
      score: 100,
      applied: [
        { rule: 'log4j', adjustment: 25, score: 95 },
        { rule: 'internet facing', adjustment: 40, score: 100 },
      ],
    });
  });
  it('clamps after each rule, so order matters', () => {
    const result = computeRiskScore({ finding: { severity: 'high', cve: ['CVE-2021-44228'] }, asset: { fqdn: 'lab1.dmz', hostname: 'lab1' } }, rules);
    expect(result.applied.map((a) => a.score)).toEqual([95, 100, 20]);
    expect(result.score).toBe(20);
  });
  it('no rules → the base score; missing severity counts as info', () => {
    expect(computeRiskScore({ finding: { severity: 'medium' } })).toEqual({ base: 45, score: 45, applied: [] });
    expect(computeRiskScore({ finding: {} }).score).toBe(0);
  });
  it('asset criticality feeds the base', () => {
    expect(computeRiskScore({ finding: { severity: 'high' }, asset: { criticality: 'critical' } }).base).toBe(91);
  });
  it('decimal adjustments are kept to two places', () => {
    const r = riskRules([{ name: 'tiny', conditions: [], adjustment: 0.333 }]);
    expect(computeRiskScore({ finding: { severity: 'low' } }, r).score).toBe(20.33);
  });
});

describe('parseRiskRule', () => {
  it('defaults the adjustment to 0', () => {
    expect(parseRiskRule({ name: 'r', conditions: [], adjustment: null })).toEqual({
      ok: true,
      value: { id: null, name: 'r', active: true, order: 100, conditions: [], adjustment: 0 },
    });
  });
  it.each([
    [{ name: 'r', conditions: [], adjustment: '10' }, /^rule "r": adjustment: expected a number, got "10"/],
    [{ name: 'r', conditions: [], adjustment: Number.POSITIVE_INFINITY }, /adjustment: expected a number/],
    [{ name: 'r', conditions: [{ field: 'cvss', operator: 'gte', value: 'x' }] }, /^rule "r": conditions\[0\]\.value/],
    [{ conditions: [] }, /^rule "#0": name/],
  ])('rejects %j', (row, message) => {
    const result = parseRiskRule(row);
    expect(!result.ok && result.error.message).toMatch(message);
  });
  it('parseRiskRules fails on the first bad row', () => {
    expect(parseRiskRules([{ name: 'a', conditions: [] }, { name: 'b', conditions: 'x' }]).ok).toBe(false);
  });
});

describe('properties', () => {
  const severity = fc.constantFrom(...SEVERITIES);
  const maybeNumber = fc.option(fc.oneof(fc.double(), fc.double({ min: 0, max: 10, noNaN: true })), { nil: null });
  const criticality = fc.option(fc.constantFrom(...ASSET_CRITICALITIES), { nil: null });
  const ruleArb = fc.record({
    name: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
    order: fc.integer({ min: -10, max: 10 }),
    active: fc.boolean(),
    adjustment: fc.double({ min: -1000, max: 1000, noNaN: true }),
    conditions: fc.array(
      fc.record({ field: fc.constantFrom(...CONDITION_FIELDS), operator: fc.constant('exists'), value: fc.boolean() }),
      { maxLength: 2 },
    ),
  });

  it('the risk score is always within 0..100, whatever the inputs and rules', () => {
    fc.assert(
      fc.property(severity, maybeNumber, maybeNumber, fc.option(fc.boolean(), { nil: null }), criticality, fc.array(ruleArb, { maxLength: 6 }), (sev, cvss, vpr, exploit, crit, rows) => {
        const rules = riskRules(rows);
        const result = computeRiskScore({ finding: { severity: sev, cvss, vpr, exploit_available: exploit ?? undefined }, asset: { criticality: crit } }, rules);
        expect(result.base).toBeGreaterThanOrEqual(0);
        expect(result.base).toBeLessThanOrEqual(100);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const a of result.applied) expect(a.score >= 0 && a.score <= 100).toBe(true);
      }),
    );
  });

  it('a higher severity never lowers the base score, all else equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), maybeNumber, maybeNumber, fc.boolean(), criticality, (i, cvss, vpr, exploit, crit) => {
        const lower = baseRiskScore({ severity: SEVERITIES[i] ?? 'info', cvss, vpr, exploit_available: exploit, criticality: crit });
        const higher = baseRiskScore({ severity: SEVERITIES[i + 1] ?? 'critical', cvss, vpr, exploit_available: exploit, criticality: crit });
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });
});
