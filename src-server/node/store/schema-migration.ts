/**
 * One migration set, derived from the table model, for both dialects. Kysely's schema builder
 * writes the dialect-specific DDL; the model decides the columns.
 *
 * Datetimes are stored as ISO-8601 UTC text in both dialects: it sorts correctly, compares as
 * text in indexes, and reads back identically from SQLite and PostgreSQL (no driver Date objects).
 */
import { sql, type ColumnDataType, type Kysely } from 'kysely';
import type { ColumnDef, TableDef } from '../../../src-shared/model/column';
import { TABLES } from '../../../src-shared/model/tables';
import type { StoreDialect } from './dialect';
import { usePageCompression } from './postgres-page-compression';

export function sqlType(column: ColumnDef, dialect: StoreDialect): ColumnDataType {
  switch (column.type) {
    case 'boolean':
      return dialect === 'postgres' ? 'boolean' : 'integer';
    case 'integer':
      return dialect === 'postgres' ? 'bigint' : 'integer';
    case 'decimal':
      return dialect === 'postgres' ? 'double precision' : 'real';
    default:
      return 'text';
  }
}

function defaultLiteral(column: ColumnDef, dialect: StoreDialect): unknown {
  if (column.default === undefined) return undefined;
  if (column.type === 'boolean') {
    if (dialect === 'postgres') return sql.raw(column.default ? 'true' : 'false');
    return column.default ? 1 : 0;
  }
  return column.default;
}

export function indexName(table: TableDef, columns: readonly string[]): string {
  return `${table.name}__${columns.join('__')}`;
}

async function createTable(db: Kysely<unknown>, table: TableDef, dialect: StoreDialect): Promise<void> {
  let builder = db.schema
    .createTable(table.name)
    .ifNotExists()
    .addColumn('sys_id', 'text', (c) => c.primaryKey())
    .addColumn('sys_created_on', 'text', (c) => c.notNull())
    .addColumn('sys_updated_on', 'text', (c) => c.notNull());
  for (const [name, column] of Object.entries(table.columns)) {
    builder = builder.addColumn(name, sqlType(column, dialect), (c) => {
      const value = defaultLiteral(column, dialect);
      return value === undefined ? c : c.defaultTo(value);
    });
  }
  await builder.execute();
  await createIndexes(db, table);
}

/** Indexes are created if missing, so a model that gains one upgrades existing databases too. */
async function createIndexes(db: Kysely<unknown>, table: TableDef): Promise<void> {
  for (const index of table.indexes) {
    let indexBuilder = db.schema.createIndex(indexName(table, index.columns)).ifNotExists().on(table.name).columns([...index.columns]);
    if (index.unique) indexBuilder = indexBuilder.unique();
    await indexBuilder.execute();
  }
}

async function addMissingColumns(db: Kysely<unknown>, table: TableDef, dialect: StoreDialect, existing: Set<string>): Promise<void> {
  for (const [name, column] of Object.entries(table.columns)) {
    if (existing.has(name)) continue;
    await db.schema
      .alterTable(table.name)
      .addColumn(name, sqlType(column, dialect), (c) => {
        const value = defaultLiteral(column, dialect);
        return value === undefined ? c : c.defaultTo(value);
      })
      .execute();
  }
}

/**
 * Our indexes (named by `indexName`) that the model no longer lists: a replaced index would
 * otherwise stay on every existing database and cost each write. Indexes named otherwise (an
 * operator's own) are left alone.
 */
async function dropRetiredIndexes(db: Kysely<unknown>, table: TableDef, dialect: StoreDialect): Promise<void> {
  const wanted = new Set(table.indexes.map((index) => indexName(table, index.columns)));
  const ours = `${table.name}__`;
  for (const name of await indexNamesOf(db, dialect, table.name)) {
    if (name.startsWith(ours) && !wanted.has(name)) await db.schema.dropIndex(name).ifExists().execute();
  }
}

/** Every index on `table` (in the current schema on PostgreSQL), by name. */
export async function indexNamesOf(db: Kysely<unknown>, dialect: StoreDialect, table: string): Promise<string[]> {
  const rows =
    dialect === 'postgres'
      ? (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = ${table}`.execute(db)).rows
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = ${table}`.execute(db)).rows;
  return rows.map((row) => row.name);
}

/**
 * Brings a database to the model: creates missing tables and indexes, adds missing columns, drops
 * our indexes the model has retired. Columns are never dropped. Safe to run at every start and
 * from many workers at once.
 */
export async function migrateToModel(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  // PostgreSQL introspection lists every schema: only the one we write to counts.
  const schema = dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const tables = (await db.introspection.getTables()).filter((table) => schema === undefined || table.schema === schema);
  const present = new Map(tables.map((table) => [table.name, table]));
  for (const table of TABLES as readonly TableDef[]) {
    const existing = present.get(table.name);
    if (existing) {
      await addMissingColumns(db, table, dialect, new Set(existing.columns.map((c) => c.name)));
      await createIndexes(db, table);
      await dropRetiredIndexes(db, table, dialect);
    } else await createTable(db, table, dialect);
  }
  if (dialect === 'postgres') await usePageCompression(db);
}
