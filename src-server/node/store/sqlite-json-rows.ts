/**
 * SQLite select-list items that render each row as JSON text inside the database, the way
 * `fromRow` and `JSON.stringify` would render it: booleans (stored 0/1) as true/false, json
 * columns parsed (text that is not JSON stays a string), everything else as stored. A list page
 * then crosses into JavaScript as one string per row instead of an object with a property per
 * column, which is most of what a page of wide rows costs better-sqlite3 and the codec.
 *
 * `json_object` takes at most 127 arguments in a default build, so wide projections are split
 * into several objects that `joinJsonParts` splices back together.
 */
import type { TableDef } from '../../../src-shared/model/column';

/** Columns per `json_object` call: two arguments each, well under SQLite's default limit of 127. */
const COLUMNS_PER_PART = 50;

export interface SecretPresenceSpec {
  /** Key of the added object. */
  readonly as: string;
  /** Secret columns reported as 'set' (a non-empty text) or 'not_set'. */
  readonly columns: readonly string[];
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function valueSql(table: TableDef, name: string): string {
  const ref = quoteIdentifier(name);
  switch (table.columns[name]?.type) {
    case 'boolean':
      return `case when ${ref} is null then null when ${ref} = 1 then json('true') else json('false') end`;
    case 'json':
      return `case when typeof(${ref}) = 'text' and json_valid(${ref}) then json(${ref}) else ${ref} end`;
    default:
      return ref;
  }
}

function presenceSql(spec: SecretPresenceSpec): string {
  const pairs = spec.columns.map((name) => {
    const ref = quoteIdentifier(name);
    return `${quoteText(name)}, case when typeof(${ref}) = 'text' and ${ref} <> '' then 'set' else 'not_set' end`;
  });
  return `${quoteText(spec.as)}, json_object(${pairs.join(', ')})`;
}

/** One or more `json_object(...)` expressions whose objects, spliced in order, are the row. */
export function jsonRowParts(table: TableDef, columns: readonly string[], presence?: SecretPresenceSpec): string[] {
  const pairs = columns.map((name) => `${quoteText(name)}, ${valueSql(table, name)}`);
  if (presence !== undefined) pairs.push(presenceSql(presence));
  const parts: string[] = [];
  for (let start = 0; start < pairs.length; start += COLUMNS_PER_PART) parts.push(`json_object(${pairs.slice(start, start + COLUMNS_PER_PART).join(', ')})`);
  return parts.length > 0 ? parts : ['json_object()'];
}

/** `{"a":1}` + `{"b":2}` → `{"a":1,"b":2}` (each part is a non-empty object from `jsonRowParts`). */
export function joinJsonParts(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0] as string;
  return `{${parts.map((part) => part.slice(1, -1)).join(',')}}`;
}
