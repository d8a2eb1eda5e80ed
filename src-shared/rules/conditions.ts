import { fail, ok, type Result } from '../core/result';
import { SEVERITIES, type Platform } from '../model/vocabulary';
import type { NormalizedAsset, NormalizedFinding } from './normalized';
import { describe, isPlainObject, own } from './record-reader';

/**
 * Rule conditions as data: `[{ field, operator, value }]`, all of which must hold (an empty list
 * always holds, which makes a catch-all rule). Shared by assignment rules and risk rules. Stored
 * as JSON, so every condition is validated when a rule is loaded — an unknown field or operator or
 * a value of the wrong shape is a failure naming the rule and the condition, never a rule that
 * silently matches nothing.
 *
 * Semantics: text compares case-insensitively; a numeric text equals the same number (plugin ids
 * are text, users type numbers); list fields (cve) match when ANY element matches; severity and
 * asset.criticality compare by rank with gt/gte/lt/lte (`severity gte "high"`, or
 * `severity gte 3`: info=0 .. critical=4, criticality low=0 .. critical=3); a missing value
 * satisfies only `neq` and `exists: false`.
 */

export const CONDITION_OPERATORS = ['eq', 'neq', 'in', 'contains', 'starts_with', 'gte', 'lte', 'gt', 'lt', 'exists'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const CONDITION_FIELDS = [
  'platform',
  'severity',
  'plugin_id',
  'plugin_name',
  'plugin_family',
  'cve',
  'cvss',
  'vpr',
  'exploit_available',
  'remote_state',
  'severity_modification',
  'port',
  'protocol',
  'url',
  'asset.uuid',
  'asset.hostname',
  'asset.fqdn',
  'asset.ipv4',
  'asset.ipv6',
  'asset.netbios',
  'asset.os',
  'asset.criticality',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

export const ASSET_CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type AssetCriticality = (typeof ASSET_CRITICALITIES)[number];

/** Fields whose text values have an order, for gt/gte/lt/lte. */
const RANKED: Partial<Record<ConditionField, readonly string[]>> = {
  severity: SEVERITIES,
  'asset.criticality': ASSET_CRITICALITIES,
};

export type Scalar = string | number | boolean;

export interface Condition {
  readonly field: ConditionField;
  readonly operator: ConditionOperator;
  readonly value?: Scalar | readonly Scalar[];
}

export type ConditionView = Readonly<Record<ConditionField, unknown>>;

export interface ViewInput {
  readonly platform?: Platform | null;
  readonly finding: Partial<NormalizedFinding>;
  readonly asset?: Partial<NormalizedAsset> & { readonly criticality?: AssetCriticality | null };
}

/** Flattens a finding and its asset into the fields conditions can name. */
export function buildConditionView(input: ViewInput): ConditionView {
  const f = input.finding;
  const a = input.asset ?? {};
  return {
    platform: input.platform ?? null,
    severity: f.severity ?? null,
    plugin_id: f.plugin_id ?? null,
    plugin_name: f.plugin_name ?? null,
    plugin_family: f.plugin_family ?? null,
    cve: f.cve ?? [],
    cvss: f.cvss ?? null,
    vpr: f.vpr ?? null,
    exploit_available: f.exploit_available ?? null,
    remote_state: f.remote_state ?? null,
    severity_modification: f.severity_modification ?? null,
    port: f.port ?? null,
    protocol: f.protocol ?? null,
    url: f.url ?? null,
    'asset.uuid': a.uuid ?? null,
    'asset.hostname': a.hostname ?? null,
    'asset.fqdn': a.fqdn ?? null,
    'asset.ipv4': a.ipv4 ?? null,
    'asset.ipv6': a.ipv6 ?? null,
    'asset.netbios': a.netbios ?? null,
    'asset.os': a.os ?? null,
    'asset.criticality': a.criticality ?? null,
  };
}

// ---------------------------------------------------------------- parsing

const INVALID = 'invalid_rule';

function invalid(ruleName: string, field: string, problem: string): Result<never> {
  return fail(INVALID, `rule ${JSON.stringify(ruleName)}: ${field}: ${problem}`, 422, { rule: ruleName, field });
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

const CONDITION_KEYS = ['field', 'operator', 'value'];

function checkValue(ruleName: string, at: string, field: ConditionField, operator: ConditionOperator, value: unknown): Result<true> {
  const where = `${at}.value`;
  switch (operator) {
    case 'exists':
      return value === undefined || typeof value === 'boolean' ? ok(true) : invalid(ruleName, where, `expected true or false, got ${describe(value)}`);
    case 'in':
      if (!Array.isArray(value) || value.length === 0) return invalid(ruleName, where, `expected a non-empty list, got ${describe(value)}`);
      for (let i = 0; i < value.length; i++) {
        if (!isScalar(value[i])) return invalid(ruleName, `${where}[${i}]`, `expected text, number or boolean, got ${describe(value[i])}`);
      }
      return ok(true);
    case 'contains':
    case 'starts_with':
      return typeof value === 'string' && value !== '' ? ok(true) : invalid(ruleName, where, `expected non-empty text, got ${describe(value)}`);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const ranks = RANKED[field];
      if (typeof value === 'number' && Number.isFinite(value)) return ok(true);
      if (ranks !== undefined && typeof value === 'string' && ranks.includes(value.toLowerCase())) return ok(true);
      const expected = ranks === undefined ? 'a number' : `a number or one of ${ranks.join(', ')}`;
      return invalid(ruleName, where, `expected ${expected}, got ${describe(value)}`);
    }
    default:
      return isScalar(value) ? ok(true) : invalid(ruleName, where, `expected text, number or boolean, got ${describe(value)}`);
  }
}

function parseCondition(ruleName: string, raw: unknown, at: string): Result<Condition> {
  if (!isPlainObject(raw)) return invalid(ruleName, at, `expected object, got ${describe(raw)}`);
  const extra = Object.keys(raw).find((k) => !CONDITION_KEYS.includes(k));
  if (extra !== undefined) return invalid(ruleName, `${at}.${extra}`, 'unknown key (expected field, operator, value)');
  const fieldValue = own(raw, 'field');
  const field = CONDITION_FIELDS.find((f) => f === fieldValue);
  if (field === undefined) return invalid(ruleName, `${at}.field`, `unknown field ${describe(fieldValue)}`);
  const operatorValue = own(raw, 'operator');
  const operator = CONDITION_OPERATORS.find((o) => o === operatorValue);
  if (operator === undefined) return invalid(ruleName, `${at}.operator`, `unknown operator ${describe(operatorValue)}`);
  const value = own(raw, 'value');
  const checked = checkValue(ruleName, at, field, operator, value);
  if (!checked.ok) return checked;
  return ok(value === undefined ? { field, operator } : { field, operator, value: value as Scalar | readonly Scalar[] });
}

/** Conditions as stored (JSON text or an already-parsed array) → validated conditions. */
export function parseConditions(json: unknown, ruleName: string): Result<Condition[]> {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json) as unknown;
    } catch {
      return invalid(ruleName, 'conditions', 'not valid json');
    }
  }
  if (!Array.isArray(raw)) return invalid(ruleName, 'conditions', `expected a list of conditions, got ${describe(raw)}`);
  const out: Condition[] = [];
  for (let i = 0; i < raw.length; i++) {
    const parsed = parseCondition(ruleName, raw[i] as unknown, `conditions[${i}]`);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

// ---------------------------------------------------------------- evaluation

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

function asNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
  return null;
}

function scalarEquals(actual: unknown, expected: Scalar): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') return actual.toLowerCase() === expected.toLowerCase();
  if (typeof actual === 'boolean' || typeof expected === 'boolean') return actual === expected;
  const a = asNumber(actual);
  const b = asNumber(expected);
  return a !== null && b !== null && a === b;
}

function valuesOf(actual: unknown): unknown[] {
  if (Array.isArray(actual)) return actual.filter((v) => v !== null && v !== undefined && v !== '');
  return actual === null || actual === undefined || actual === '' ? [] : [actual];
}

/** Rank of a ranked field's value: its name's position (info=0 .. critical=4), or a number as is. */
function rankOf(ranks: readonly string[], value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return null;
  const index = ranks.indexOf(value.toLowerCase());
  return index >= 0 ? index : null;
}

function compare(field: ConditionField, operator: ConditionOperator, actual: unknown, expected: Scalar): boolean {
  const ranks = RANKED[field];
  const a = ranks === undefined ? asNumber(actual) : rankOf(ranks, actual);
  const b = ranks === undefined ? asNumber(expected) : rankOf(ranks, expected);
  if (a === null || b === null) return false;
  if (operator === 'gt') return a > b;
  if (operator === 'gte') return a >= b;
  if (operator === 'lt') return a < b;
  return a <= b;
}

export function evaluateCondition(condition: Condition, view: ConditionView): boolean {
  const values = valuesOf(view[condition.field]);
  const expected = condition.value;
  switch (condition.operator) {
    case 'exists':
      return (values.length > 0) === (expected === undefined ? true : expected === true);
    case 'neq':
      return !values.some((v) => scalarEquals(v, expected as Scalar));
    case 'eq':
      return values.some((v) => scalarEquals(v, expected as Scalar));
    case 'in': {
      const list = expected as readonly Scalar[];
      return values.some((v) => list.some((e) => scalarEquals(v, e)));
    }
    case 'contains': {
      const needle = String(expected).toLowerCase();
      return values.some((v) => (typeof v === 'string' || typeof v === 'number') && String(v).toLowerCase().includes(needle));
    }
    case 'starts_with': {
      const prefix = String(expected).toLowerCase();
      return values.some((v) => (typeof v === 'string' || typeof v === 'number') && String(v).toLowerCase().startsWith(prefix));
    }
    default:
      return values.some((v) => compare(condition.field, condition.operator, v, expected as Scalar));
  }
}

/** True when every condition holds; an empty list always holds. */
export function matchesAll(conditions: readonly Condition[], view: ConditionView): boolean {
  return conditions.every((c) => evaluateCondition(c, view));
}
