/**
 * A SQLite change stamp: a value that differs whenever any row of the database may have changed
 * since it was read, so a result computed under one stamp (a row count, a verified credential)
 * stays exact while the stamp is unchanged. It combines `total_changes()` (rows written by this
 * connection, committed or not), `data_version` (commits by any other connection or process)
 * and `schema_version` (DDL, which `total_changes()` does not count). Reading it is one tiny
 * statement, against the count scan or lookups it lets a caller skip.
 *
 * Kysely runs every SQLite statement on one connection and holds it for a whole transaction, so
 * a stamp is never read inside another task's uncommitted transaction. A rolled-back write still
 * moved `total_changes()`: a stamp can change when nothing did (a recount), never the reverse.
 *
 * PostgreSQL has no exact equivalent that is cheap (statistics counters lag; WAL positions move
 * before a commit becomes visible), so there the stamp is `undefined` and callers read afresh.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { StoreDialect } from './dialect';

/** Select-list items naming the stamp's parts; add them to a statement to read its stamp in the same snapshot. */
export const STAMP_COLUMNS = [
  sql<number>`total_changes()`.as('stamp_changes'),
  sql<number>`(select data_version from pragma_data_version)`.as('stamp_data'),
  sql<number>`(select schema_version from pragma_schema_version)`.as('stamp_schema'),
] as const;

const STAMP_QUERY = CompiledQuery.raw('select total_changes() as stamp_changes, (select data_version from pragma_data_version) as stamp_data, (select schema_version from pragma_schema_version) as stamp_schema', []);

/** The stamp carried by a row that selected `STAMP_COLUMNS` (undefined when it did not). */
export function stampOf(row: Record<string, unknown> | undefined): string | undefined {
  if (row === undefined || row.stamp_changes === undefined) return undefined;
  return `${String(row.stamp_changes)}:${String(row.stamp_data)}:${String(row.stamp_schema)}`;
}

export async function readChangeStamp(db: Kysely<unknown>, dialect: StoreDialect): Promise<string | undefined> {
  if (dialect !== 'sqlite') return undefined;
  const result = await db.executeQuery<Record<string, unknown>>(STAMP_QUERY);
  return stampOf(result.rows[0]);
}
