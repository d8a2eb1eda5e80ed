/**
 * ServiceNow encoded queries (`sysparm_query`), the subset scripts and our widgets use:
 * `field=value`, `^` AND, `^OR` OR, `!=`, `>`, `<`, `>=`, `<=`, `IN`, `NOT IN`, `STARTSWITH`,
 * `ENDSWITH`, `LIKE`, `NOT LIKE`, `ISEMPTY`, `ISNOTEMPTY`, `ORDERBY<field>`, `ORDERBYDESC<field>`.
 * `^^` is a literal caret. Like ServiceNow, `a=1^ORb=2^c=3` means `(a=1 OR b=2) AND c=3`.
 *
 * Parsing is pure and checks every field against the table model, so an unknown field is a
 * failure that names it (a 400 at the host), never a query that silently matches everything.
 */
import type { TableDef } from '../model/column';
import { SYSTEM_COLUMNS } from '../model/column';
import { fail, ok, type Result } from '../core/result';

export type QueryOperator = '=' | '!=' | '>' | '<' | '>=' | '<=' | 'IN' | 'NOT IN' | 'STARTSWITH' | 'ENDSWITH' | 'LIKE' | 'NOT LIKE' | 'ISEMPTY' | 'ISNOTEMPTY';

export interface QueryCondition {
  readonly field: string;
  readonly operator: QueryOperator;
  /** Typed for the column: numbers for numeric columns, booleans for booleans, ISO text for datetimes. */
  readonly value: string | number | boolean | null;
  /** For IN / NOT IN. */
  readonly values?: readonly (string | number | boolean)[];
}

export interface QueryOrder {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface EncodedQuery {
  /** AND of groups; each group is an OR of conditions. */
  readonly groups: readonly (readonly QueryCondition[])[];
  readonly orderBy: readonly QueryOrder[];
}

// Longest first so `>=` is not read as `>` followed by `=value`.
const OPERATORS: readonly QueryOperator[] = ['ISNOTEMPTY', 'ISEMPTY', 'STARTSWITH', 'ENDSWITH', 'NOT LIKE', 'LIKE', 'NOT IN', 'IN', '!=', '>=', '<=', '=', '>', '<'];
const FIELD = /^[a-z_][a-z0-9_]*/;
const MAX_QUERY_LENGTH = 8000;
const MAX_CONDITIONS = 100;

function splitOnCarets(query: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < query.length; i++) {
    const char = query.charAt(i);
    if (char === '^' && query.charAt(i + 1) === '^') {
      current += '^';
      i++;
    } else if (char === '^') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function columnType(table: TableDef, field: string): string | undefined {
  if ((SYSTEM_COLUMNS as readonly string[]).includes(field)) return field === 'sys_id' ? 'string' : 'datetime';
  return table.columns[field]?.type;
}

/** ServiceNow writes `2026-11-20 13:05:00` (UTC); we store ISO text. Accept both, and a bare date. */
export function normalizeDateTime(value: string): string | undefined {
  const glide = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!glide) return undefined;
  const time = glide[2] ?? '00:00:00';
  const parsed = new Date(`${glide[1]}T${time.length === 5 ? `${time}:00` : time}${glide[3] ?? 'Z'}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

function typedValue(type: string, field: string, raw: string): Result<string | number | boolean> {
  switch (type) {
    case 'integer':
    case 'decimal': {
      const number = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(number) || (type === 'integer' && !Number.isInteger(number))) {
        return fail('invalid_query_value', `field '${field}' expects a number, got '${raw}'`, 400, { field });
      }
      // Beyond 2^53 a number is no longer exact here, and beyond 2^63 no store can compare it.
      if (type === 'integer' && !Number.isSafeInteger(number)) {
        return fail('invalid_query_value', `field '${field}' expects a whole number within ±${Number.MAX_SAFE_INTEGER}, got '${raw}'`, 400, { field });
      }
      return ok(number);
    }
    case 'boolean':
      if (raw === 'true' || raw === '1') return ok(true);
      if (raw === 'false' || raw === '0') return ok(false);
      return fail('invalid_query_value', `field '${field}' expects true or false, got '${raw}'`, 400, { field });
    case 'datetime': {
      const iso = normalizeDateTime(raw);
      return iso === undefined ? fail('invalid_query_value', `field '${field}' expects a date-time like 2026-11-20 13:05:00, got '${raw}'`, 400, { field }) : ok(iso);
    }
    default:
      return ok(raw);
  }
}

function parseOrder(table: TableDef, part: string): Result<QueryOrder> {
  const desc = part.startsWith('ORDERBYDESC');
  const field = part.slice(desc ? 'ORDERBYDESC'.length : 'ORDERBY'.length);
  if (columnType(table, field) === undefined) return fail('unknown_field', `sysparm_query orders by unknown field '${field}' of ${table.name}`, 400, { field });
  return ok({ field, direction: desc ? 'desc' : 'asc' });
}

function parseCondition(table: TableDef, text: string): Result<QueryCondition> {
  const field = FIELD.exec(text)?.[0];
  if (!field) return fail('invalid_query', `sysparm_query condition '${text}' does not start with a field name`, 400);
  const type = columnType(table, field);
  if (type === undefined) return fail('unknown_field', `sysparm_query names unknown field '${field}' of ${table.name}`, 400, { field });
  const rest = text.slice(field.length);
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (!operator) return fail('invalid_query', `sysparm_query condition '${text}' has no known operator`, 400, { field });
  const raw = rest.slice(operator.length);
  if (operator === 'ISEMPTY' || operator === 'ISNOTEMPTY') {
    if (raw !== '') return fail('invalid_query', `${operator} on '${field}' takes no value, got '${raw}'`, 400, { field });
    return ok({ field, operator, value: null });
  }
  if (operator === 'IN' || operator === 'NOT IN') {
    const values: (string | number | boolean)[] = [];
    for (const item of raw.split(',')) {
      const typed = typedValue(type, field, item);
      if (!typed.ok) return typed;
      values.push(typed.value);
    }
    return ok({ field, operator, value: null, values });
  }
  if (operator === 'STARTSWITH' || operator === 'ENDSWITH' || operator === 'LIKE' || operator === 'NOT LIKE') {
    return ok({ field, operator, value: raw });
  }
  const typed = typedValue(type, field, raw);
  if (!typed.ok) return typed;
  return ok({ field, operator, value: typed.value });
}

export function parseEncodedQuery(table: TableDef, query: string | undefined): Result<EncodedQuery> {
  if (query === undefined || query.trim() === '') return ok({ groups: [], orderBy: [] });
  if (query.length > MAX_QUERY_LENGTH) return fail('invalid_query', `sysparm_query is longer than ${MAX_QUERY_LENGTH} characters`, 400);
  const groups: QueryCondition[][] = [];
  const orderBy: QueryOrder[] = [];
  const parts = splitOnCarets(query);
  if (parts.length > MAX_CONDITIONS) return fail('invalid_query', `sysparm_query has more than ${MAX_CONDITIONS} conditions`, 400);
  for (const part of parts) {
    if (part === '' || part === 'EQ') continue;
    if (part.startsWith('NQ')) return fail('invalid_query', 'sysparm_query ^NQ (new query) is not supported', 400);
    if (part.startsWith('ORDERBY')) {
      const order = parseOrder(table, part);
      if (!order.ok) return order;
      orderBy.push(order.value);
      continue;
    }
    const isOr = part.startsWith('OR');
    const condition = parseCondition(table, isOr ? part.slice(2) : part);
    if (!condition.ok) return condition;
    const last = groups[groups.length - 1];
    if (isOr && last) last.push(condition.value);
    else groups.push([condition.value]);
  }
  return ok({ groups, orderBy });
}
