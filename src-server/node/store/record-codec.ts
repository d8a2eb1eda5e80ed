/**
 * Converts between records (what the core and the API see) and rows (what a dialect stores),
 * guided by the table model: SQLite has no boolean type and neither driver stores JSON values.
 */
import type { TableDef } from '../../../src-shared/model/column';
import type { StoreDialect } from './dialect';

export type Row = Record<string, unknown>;

export function toRow(table: TableDef, record: Row, dialect: StoreDialect): Row {
  const row: Row = {};
  for (const [name, value] of Object.entries(record)) {
    const column = table.columns[name];
    if (value === undefined) continue;
    if (!column || value === null) {
      row[name] = value;
      continue;
    }
    if (column.type === 'boolean') row[name] = dialect === 'sqlite' ? (value ? 1 : 0) : Boolean(value);
    else if (column.type === 'json') row[name] = typeof value === 'string' ? value : JSON.stringify(value);
    else row[name] = value;
  }
  return row;
}

export function fromRow(table: TableDef, row: Row): Row {
  const record: Row = {};
  for (const [name, value] of Object.entries(row)) {
    const column = table.columns[name];
    if (column?.type === 'boolean' && value !== null) record[name] = value === true || value === 1;
    else if (column?.type === 'json' && typeof value === 'string') record[name] = parseJsonOrText(value);
    else record[name] = value;
  }
  return record;
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
