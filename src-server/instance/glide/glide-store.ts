import type { RecordOf, TableDef } from '../../../src-shared/model/column';
import { SYSTEM_COLUMNS } from '../../../src-shared/model/column';
import { columnTypeOf, decodeValue, encodeValue, isSecret } from './glide-codec';
import { glide, type GlideRecordPort } from './glide-port';

/**
 * Typed records over GlideRecord: reads decode every model column, writes encode them, and
 * secret columns are never read (the connection test decrypts them on its own, see readSecret).
 */

export type Row<T extends TableDef> = RecordOf<T>;
export type Patch<T extends TableDef> = Partial<Omit<RecordOf<T>, 'sys_id' | 'sys_created_on' | 'sys_updated_on'>>;
export type Equals = Readonly<Record<string, string | number | boolean | null>>;

export interface ListOptions {
  /** An encoded query, already checked against the model by the caller. */
  readonly query?: string;
  readonly where?: Equals;
  /** `field IN (values)`: one query for a batch of keys (GlideRecord's comma-separated IN). */
  readonly whereIn?: { readonly field: string; readonly values: readonly string[] };
  readonly orderBy?: string;
  readonly descending?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export function readRow<T extends TableDef>(table: T, record: GlideRecordPort): Row<T> {
  const row: Record<string, unknown> = {};
  for (const name of SYSTEM_COLUMNS) row[name] = decodeValue(columnTypeOf(table, name) ?? 'string', record.getValue(name));
  row['sys_id'] = record.getUniqueValue();
  for (const name of Object.keys(table.columns)) {
    const column = table.columns[name];
    row[name] = isSecret(column) || column === undefined ? null : decodeValue(column.type, record.getValue(name));
  }
  return row as Row<T>;
}

function applyPatch<T extends TableDef>(table: T, record: GlideRecordPort, patch: Patch<T> | Readonly<Record<string, unknown>>): void {
  for (const name of Object.keys(patch)) {
    const column = table.columns[name];
    if (column === undefined) continue;
    record.setValue(name, encodeValue(column.type, (patch as Record<string, unknown>)[name]));
  }
}

function addEquals(record: GlideRecordPort, table: TableDef, where: Equals): void {
  for (const name of Object.keys(where)) {
    const value = where[name];
    if (value === null || value === undefined) record.addNullQuery(name);
    else record.addQuery(name, encodeValue(columnTypeOf(table, name) ?? 'string', value) ?? '');
  }
}

function filtered(table: TableDef, options: Pick<ListOptions, 'query' | 'where' | 'whereIn'>): GlideRecordPort {
  const record = glide().newRecord(table.name);
  if (options.where !== undefined) addEquals(record, table, options.where);
  if (options.whereIn !== undefined) record.addQuery(options.whereIn.field, 'IN', options.whereIn.values.join(','));
  if (options.query !== undefined && options.query !== '') record.addEncodedQuery(options.query);
  return record;
}

function cursor(table: TableDef, options: ListOptions): GlideRecordPort {
  const record = filtered(table, options);
  if (options.orderBy !== undefined) {
    if (options.descending === true) record.orderByDesc(options.orderBy);
    else record.orderBy(options.orderBy);
  }
  const offset = options.offset ?? 0;
  if (options.limit !== undefined) record.chooseWindow(offset, offset + options.limit);
  else if (offset > 0) record.chooseWindow(offset, Number.MAX_SAFE_INTEGER);
  record.query();
  return record;
}

export function list<T extends TableDef>(table: T, options: ListOptions = {}): Row<T>[] {
  const record = cursor(table, options);
  const rows: Row<T>[] = [];
  while (record.next()) rows.push(readRow(table, record));
  return rows;
}

/** Values per IN query: keeps each query's text well under the instance's URL/SQL limits. */
const IN_CHUNK = 100;

/**
 * Rows whose `field` is one of `values`, in IN queries of IN_CHUNK values. A value holding a comma
 * cannot travel in GlideRecord's comma-separated IN, so it is asked for on its own.
 */
export function listByValues<T extends TableDef>(table: T, field: string, values: readonly string[], where?: Equals): Row<T>[] {
  const unique = [...new Set(values)];
  const plain = unique.filter((v) => v.indexOf(',') < 0);
  const rows: Row<T>[] = [];
  for (let start = 0; start < plain.length; start += IN_CHUNK) {
    rows.push(...list(table, { ...(where === undefined ? {} : { where }), whereIn: { field, values: plain.slice(start, start + IN_CHUNK) } }));
  }
  for (const value of unique.filter((v) => v.indexOf(',') >= 0)) rows.push(...list(table, { where: { ...where, [field]: value } }));
  return rows;
}

/** Rows matching the filters, ignoring the window: for `X-Total-Count`. */
export function count(table: TableDef, options: Pick<ListOptions, 'query' | 'where' | 'whereIn'> = {}): number {
  const record = filtered(table, options);
  record.query();
  return record.getRowCount();
}

export function first<T extends TableDef>(table: T, options: ListOptions): Row<T> | null {
  return list(table, { ...options, limit: 1 })[0] ?? null;
}

export function getRow<T extends TableDef>(table: T, sysId: string | null | undefined): Row<T> | null {
  if (sysId === null || sysId === undefined || sysId === '') return null;
  const record = glide().newRecord(table.name);
  return record.get(sysId) ? readRow(table, record) : null;
}

export function insertRow<T extends TableDef>(table: T, values: Patch<T> | Readonly<Record<string, unknown>>): string | null {
  const record = glide().newRecord(table.name);
  record.initialize();
  applyPatch(table, record, values);
  const id = record.insert();
  return id === null || id === '' ? null : id;
}

/** Writes the patch; false when the record does not exist or a business rule aborted the update. */
export function updateRow<T extends TableDef>(table: T, sysId: string, patch: Patch<T> | Readonly<Record<string, unknown>>): boolean {
  const record = glide().newRecord(table.name);
  if (!record.get(sysId)) return false;
  applyPatch(table, record, patch);
  const id = record.update();
  return id !== null && id !== '' && record.isActionAborted?.() !== true;
}

export function deleteRow(table: TableDef, sysId: string): boolean {
  const record = glide().newRecord(table.name);
  if (!record.get(sysId)) return false;
  return record.deleteRecord();
}

/** Deletes every row matching `where`; returns how many went. */
export function deleteWhere(table: TableDef, where: Equals): number {
  const record = cursor(table, { where });
  let removed = 0;
  while (record.next()) {
    if (record.deleteRecord()) removed += 1;
  }
  return removed;
}

/**
 * Deletes every row matching the filters in one GlideRecord.deleteMultiple (no row-by-row loop:
 * retention may remove thousands of log lines); returns how many matched.
 */
export function deleteMatching(table: TableDef, options: Pick<ListOptions, 'query' | 'where' | 'whereIn'>): number {
  const counted = filtered(table, options);
  counted.query();
  const matched = counted.getRowCount();
  if (matched === 0) return 0;
  filtered(table, options).deleteMultiple();
  return matched;
}

/** The decrypted text of a password2 column, for the one caller that must send it (Tenable auth). */
export function readSecret(table: TableDef, sysId: string, column: string): string | null {
  const record = glide().newRecord(table.name);
  if (!record.get(sysId)) return null;
  const value = record.getElement(column).getDecryptedValue();
  return value === null || value === '' ? null : value;
}
