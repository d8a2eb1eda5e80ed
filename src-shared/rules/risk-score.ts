import { ok, type Result } from '../core/result';
import type { Severity } from '../model/vocabulary';
import { buildConditionView, matchesAll, type AssetCriticality, type ViewInput } from './conditions';
import { describe, own } from './record-reader';
import { byOrder, parseAll, parseRuleBase, ruleFailure, type RuleBase } from './rule-row';

/**
 * Risk score, 0..100 (integer).
 *
 *   S = severity points: info 0, low 20, medium 45, high 70, critical 90
 *   C = CVSS × 10 (v3 first, as normalised); S when unknown
 *   V = VPR × 10; C when unknown (VPR is Tenable's threat-aware view of the same flaw)
 *   technical = 0.4·S + 0.3·C + 0.3·V
 *   base = round((technical + 10 if an exploit is available) × M), clamped to 0..100
 *   M = asset criticality multiplier: low 0.8, medium 1.0 (also unknown), high 1.15, critical 1.3
 *
 * Severity carries the largest weight because it is the one field every source always has (and
 * reflects recasts); CVSS and VPR refine it; an available exploit and a critical asset push a
 * finding up the queue. Then the active risk rules (`x_eih_risk_rule`) whose conditions hold are
 * applied in order, each adding its adjustment; the score is clamped after EACH rule, so a later
 * rule sees the bounded score (that is what makes their order meaningful).
 */

export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { info: 0, low: 20, medium: 45, high: 70, critical: 90 };
export const CRITICALITY_MULTIPLIERS: Readonly<Record<AssetCriticality, number>> = { low: 0.8, medium: 1, high: 1.15, critical: 1.3 };
export const EXPLOIT_POINTS = 10;

export interface RiskFactors {
  readonly severity: Severity;
  readonly cvss?: number | null;
  readonly vpr?: number | null;
  readonly exploit_available?: boolean | null;
  readonly criticality?: AssetCriticality | null;
}

export function clampScore(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

/** A 0..10 score as 0..100 points; null when unknown or not a finite number. */
function tenTimes(score: number | null | undefined): number | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  return Math.min(10, Math.max(0, score)) * 10;
}

export function baseRiskScore(factors: RiskFactors): number {
  const s = SEVERITY_POINTS[factors.severity] ?? 0;
  const c = tenTimes(factors.cvss) ?? s;
  const v = tenTimes(factors.vpr) ?? c;
  const technical = 0.4 * s + 0.3 * c + 0.3 * v;
  const exploit = factors.exploit_available === true ? EXPLOIT_POINTS : 0;
  const multiplier = (factors.criticality ? CRITICALITY_MULTIPLIERS[factors.criticality] : undefined) ?? 1;
  return clampScore(Math.round((technical + exploit) * multiplier));
}

export interface RiskRule extends RuleBase {
  readonly adjustment: number;
}

export function parseRiskRule(row: unknown, index = 0): Result<RiskRule> {
  const base = parseRuleBase(row, index);
  if (!base.ok) return base;
  const adjustment = own(row, 'adjustment');
  if (adjustment !== undefined && adjustment !== null && !(typeof adjustment === 'number' && Number.isFinite(adjustment))) {
    return ruleFailure(base.value.name, 'adjustment', `expected a number, got ${describe(adjustment)}`);
  }
  return ok({ ...base.value, adjustment: typeof adjustment === 'number' ? adjustment : 0 });
}

/** Stored rows → rules in evaluation order, or the first invalid rule's failure. */
export function parseRiskRules(rows: unknown): Result<RiskRule[]> {
  const parsed = parseAll(rows, parseRiskRule);
  return parsed.ok ? ok(byOrder(parsed.value)) : parsed;
}

export interface AppliedRiskRule {
  readonly rule: string;
  readonly adjustment: number;
  /** Score after this rule (clamped). */
  readonly score: number;
}

export interface RiskScore {
  readonly score: number;
  readonly base: number;
  /** The rules that matched, in the order applied: the explanation shown to users. */
  readonly applied: readonly AppliedRiskRule[];
}

export function computeRiskScore(input: ViewInput, rules: readonly RiskRule[] = []): RiskScore {
  const f = input.finding;
  const base = baseRiskScore({
    severity: f.severity ?? 'info',
    cvss: f.cvss ?? null,
    vpr: f.vpr ?? null,
    exploit_available: f.exploit_available ?? null,
    criticality: input.asset?.criticality ?? null,
  });
  const view = buildConditionView(input);
  let score = base;
  const applied: AppliedRiskRule[] = [];
  for (const rule of byOrder(rules)) {
    if (!rule.active || !matchesAll(rule.conditions, view)) continue;
    score = clampScore(score + rule.adjustment);
    applied.push({ rule: rule.name, adjustment: rule.adjustment, score });
  }
  return { score: Math.round(score * 100) / 100, base, applied };
}
