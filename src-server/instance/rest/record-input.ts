import { fail, ok, type Result } from '../../../src-shared/core/result';
import type { TableDef } from '../../../src-shared/model/column';
import { DEFAULT_STRING_LENGTH } from '../../../src-shared/model/column';
import { parseEncodedQuery } from '../../../src-shared/query/encoded-query';
import type { ListOptions } from '../glide/glide-store';

/**
 * Request input checked against the table model before it reaches GlideRecord: a GlideRecord
 * ignores an unknown field or a bad query silently (and then matches everything), so the API
 * refuses them with a 400 that names the bad value.
 */

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function listOptions(table: TableDef, query: (name: string) => string | undefined): Result<ListOptions> {
  const limitText = query('sysparm_limit');
  const offsetText = query('sysparm_offset');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return fail('invalid_query', `sysparm_limit must be a whole number from 1 to ${MAX_LIMIT}, got '${limitText ?? ''}'`, 400);
  if (!Number.isInteger(offset) || offset < 0) return fail('invalid_query', `sysparm_offset must be a whole number from 0, got '${offsetText ?? ''}'`, 400);
  const encoded = query('sysparm_query');
  const parsed = parseEncodedQuery(table, encoded);
  if (!parsed.ok) return parsed;
  const ordered = parsed.value.orderBy.length > 0;
  return ok({ ...(encoded === undefined || encoded === '' ? {} : { query: encoded }), limit, offset, ...(ordered ? {} : { orderBy: 'sys_created_on', descending: true }) });
}

/**
 * A create or patch body: only the named writable columns, each of its model type (choices from
 * the model's list, strings within their length). `required` names must be present and non-empty.
 */
export function recordInput(table: TableDef, body: unknown, writable: readonly string[], required: readonly string[] = []): Result<Record<string, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('invalid_request', `${table.name} body must be a JSON object`, 400);
  const input = body as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(input)) {
    if (!writable.includes(name)) return fail('invalid_field', `${table.name}.${name} cannot be written through this route`, 400, { field: name });
    const column = table.columns[name];
    if (column === undefined) return fail('invalid_field', `${table.name} has no column '${name}'`, 400, { field: name });
    const value = input[name];
    if (value === null) {
      if (column.mandatory === true) return fail('invalid_value', `${table.name}.${name} is mandatory and cannot be null`, 422, { field: name });
      values[name] = null;
      continue;
    }
    const bad = (expected: string) => fail<Record<string, unknown>>('invalid_value', `${table.name}.${name} expects ${expected}, got ${JSON.stringify(value)}`, 422, { field: name });
    switch (column.type) {
      case 'boolean':
        if (typeof value !== 'boolean') return bad('true or false');
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) return bad('a whole number');
        break;
      case 'decimal':
        if (typeof value !== 'number' || !Number.isFinite(value)) return bad('a number');
        break;
      case 'choice':
        if (typeof value !== 'string' || !(column.choices ?? []).some((c) => c.value === value)) return bad(`one of ${(column.choices ?? []).map((c) => c.value).join(', ')}`);
        break;
      case 'json':
        break;
      case 'datetime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return bad('an ISO-8601 date-time');
        break;
      default:
        if (typeof value !== 'string') return bad('text');
        if (value.length > (column.maxLength ?? DEFAULT_STRING_LENGTH)) return bad(`at most ${column.maxLength ?? DEFAULT_STRING_LENGTH} characters`);
    }
    values[name] = value;
  }
  for (const name of required) {
    const value = values[name];
    if (value === undefined || value === null || value === '') return fail('invalid_value', `${table.name}.${name} is mandatory`, 422, { field: name });
  }
  return ok(values);
}

/** What an API answer shows of a record: every column but the secret ones. */
export function publicRecord(table: TableDef, row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = row as Readonly<Record<string, unknown>>;
  for (const name of Object.keys(source)) {
    if (table.columns[name]?.type === 'secret') continue;
    out[name] = source[name];
  }
  return out;
}
