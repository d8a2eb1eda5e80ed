import { fail, ok, type Result } from '../core/result';
import { parseConditions, type Condition } from './conditions';
import { describe, isPlainObject, own } from './record-reader';

/**
 * The columns assignment rules and risk rules share (name, active, order, conditions), read from
 * a stored row. Nulls take the column defaults (active true, order 100); anything else malformed
 * is a failure naming the rule (or its position when the name itself is bad) and the field.
 */

export interface RuleBase {
  readonly id: string | null;
  readonly name: string;
  readonly active: boolean;
  readonly order: number;
  readonly conditions: readonly Condition[];
}

export const DEFAULT_RULE_ORDER = 100;

export function ruleFailure(ruleName: string, field: string, problem: string): Result<never> {
  return fail('invalid_rule', `rule ${JSON.stringify(ruleName)}: ${field}: ${problem}`, 422, { rule: ruleName, field });
}

export function parseRuleBase(row: unknown, index: number): Result<RuleBase> {
  const label = `#${index}`;
  if (!isPlainObject(row)) return ruleFailure(label, 'row', `expected object, got ${describe(row)}`);
  const nameValue = own(row, 'name');
  if (typeof nameValue !== 'string' || nameValue.trim() === '') return ruleFailure(label, 'name', `expected non-empty text, got ${describe(nameValue)}`);
  const name = nameValue.trim();
  const idValue = own(row, 'sys_id') ?? own(row, 'id');
  const id = typeof idValue === 'string' || typeof idValue === 'number' ? String(idValue) : null;
  const activeValue = own(row, 'active');
  if (activeValue !== undefined && activeValue !== null && typeof activeValue !== 'boolean') {
    return ruleFailure(name, 'active', `expected true or false, got ${describe(activeValue)}`);
  }
  const orderValue = own(row, 'order');
  if (orderValue !== undefined && orderValue !== null && !(typeof orderValue === 'number' && Number.isFinite(orderValue))) {
    return ruleFailure(name, 'order', `expected a number, got ${describe(orderValue)}`);
  }
  const conditions = parseConditions(own(row, 'conditions'), name);
  if (!conditions.ok) return conditions;
  return ok({
    id,
    name,
    active: activeValue !== false,
    order: typeof orderValue === 'number' ? orderValue : DEFAULT_RULE_ORDER,
    conditions: conditions.value,
  });
}

/** Evaluation order: `order` ascending, then name, so equal orders still give one answer. */
export function byOrder<R extends RuleBase>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every row parsed, or the first failure. */
export function parseAll<R>(rows: unknown, parse: (row: unknown, index: number) => Result<R>): Result<R[]> {
  if (!Array.isArray(rows)) return fail('invalid_rule', `rules: expected a list of rules, got ${describe(rows)}`, 422);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i++) {
    const parsed = parse(rows[i] as unknown, i);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}
