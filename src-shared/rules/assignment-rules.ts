import { ok, type Result } from '../core/result';
import { matchesAll, type ConditionView } from './conditions';
import { describe, own } from './record-reader';
import { byOrder, parseAll, parseRuleBase, ruleFailure, type RuleBase } from './rule-row';

/**
 * Ordered assignment rules (`x_eih_assignment_rule`): the first ACTIVE rule, by order, whose
 * conditions all hold names the finding's assignment group; when none matches, the default group
 * (or null: unassigned). Rules are data; `parseAssignmentRules` validates them once on load.
 */

export interface AssignmentRule extends RuleBase {
  readonly assignment_group: string;
}

export function parseAssignmentRule(row: unknown, index = 0): Result<AssignmentRule> {
  const base = parseRuleBase(row, index);
  if (!base.ok) return base;
  const group = own(row, 'assignment_group');
  if (typeof group !== 'string' || group.trim() === '') {
    return ruleFailure(base.value.name, 'assignment_group', `expected non-empty text, got ${describe(group)}`);
  }
  return ok({ ...base.value, assignment_group: group.trim() });
}

/** Stored rows → rules in evaluation order, or the first invalid rule's failure. */
export function parseAssignmentRules(rows: unknown): Result<AssignmentRule[]> {
  const parsed = parseAll(rows, parseAssignmentRule);
  return parsed.ok ? ok(byOrder(parsed.value)) : parsed;
}

export interface Assignment {
  readonly group: string | null;
  /** The rule that decided, null when the default applied. */
  readonly rule: string | null;
}

export function assignGroup(rules: readonly AssignmentRule[], view: ConditionView, defaultGroup: string | null = null): Assignment {
  for (const rule of byOrder(rules)) {
    if (rule.active && matchesAll(rule.conditions, view)) return { group: rule.assignment_group, rule: rule.name };
  }
  return { group: defaultGroup, rule: null };
}
