/**
 * Multi-row inserts and upserts for the ingest's hot path, as one statement text per shape so
 * that each dialect can reuse its plan: on SQLite, fixed-size multi-row VALUES (the driver's
 * statement cache prepares each shape once); on PostgreSQL, one `INSERT … SELECT FROM unnest(…)`
 * per call, whatever the row count: one round trip, one plan, arrays as parameters.
 * Kysely's builder is skipped here on purpose: building a 1,000-parameter query object per batch
 * cost more than the database did.
 */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { TableDef } from '../../../src-shared/model/column';
import type { StoreDialect } from './dialect';
import type { Row } from './record-codec';
import { sqlType } from './schema-migration';

export type Executor = Transaction<Record<string, Row>> | Kysely<Record<string, Row>>;

const SYSTEM_COLUMNS = ['sys_id', 'sys_created_on', 'sys_updated_on'] as const;
/** Rows per SQLite statement: big enough to amortise the call, far below the 32,766-parameter limit. */
const SQLITE_ROWS_PER_STATEMENT = 50;

export interface BulkShape {
  readonly table: TableDef;
  /** Column order of every row's values (system columns included, by name). */
  readonly columns: readonly string[];
  /** Rows that collide on these columns update `update` (or are skipped when `update` is empty). */
  readonly conflict?: { readonly columns: readonly string[]; readonly update: readonly string[] };
}

const quote = (name: string) => `"${name}"`;

function conflictClause(shape: BulkShape): string {
  if (!shape.conflict) return '';
  const target = `on conflict (${shape.conflict.columns.map(quote).join(', ')})`;
  if (shape.conflict.update.length === 0) return ` ${target} do nothing`;
  return ` ${target} do update set ${shape.conflict.update.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
}

function pgArrayType(shape: BulkShape, column: string): string {
  if ((SYSTEM_COLUMNS as readonly string[]).includes(column)) return 'text[]';
  const def = shape.table.columns[column];
  if (!def) throw new Error(`bulk write: ${shape.table.name} has no column ${column}`);
  return `${String(sqlType(def, 'postgres'))}[]`;
}

const texts = new WeakMap<BulkShape, Map<number, string>>();

/** The statement text of one shape for `rows` rows (PostgreSQL: one text for any count). */
function statementText(shape: BulkShape, dialect: StoreDialect, rows: number): string {
  let byCount = texts.get(shape);
  if (!byCount) texts.set(shape, (byCount = new Map()));
  const key = dialect === 'postgres' ? 0 : rows;
  let text = byCount.get(key);
  if (text === undefined) {
    const head = `insert into ${quote(shape.table.name)} (${shape.columns.map(quote).join(', ')})`;
    if (dialect === 'postgres') {
      text = `${head} select * from unnest(${shape.columns.map((c, i) => `$${i + 1}::${pgArrayType(shape, c)}`).join(', ')})${conflictClause(shape)}`;
    } else {
      const tuple = `(${shape.columns.map(() => '?').join(', ')})`;
      text = `${head} values ${Array.from({ length: rows }, () => tuple).join(', ')}${conflictClause(shape)}`;
    }
    byCount.set(key, text);
  }
  return text;
}

/**
 * Writes `rows` (each an array of values in `shape.columns` order). On conflict PostgreSQL refuses
 * to touch one row twice in one statement, so callers pass rows unique on the conflict columns.
 */
export async function bulkWrite(executor: Executor, dialect: StoreDialect, shape: BulkShape, rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === 'postgres') {
    const columns = shape.columns.map((_, i) => rows.map((row) => row[i] ?? null));
    await executor.executeQuery(CompiledQuery.raw(statementText(shape, dialect, rows.length), columns));
    return;
  }
  for (let start = 0; start < rows.length; start += SQLITE_ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + SQLITE_ROWS_PER_STATEMENT);
    const parameters: unknown[] = [];
    for (const row of slice) for (let i = 0; i < shape.columns.length; i++) parameters.push(row[i] ?? null);
    await executor.executeQuery(CompiledQuery.raw(statementText(shape, dialect, slice.length), parameters));
  }
}
