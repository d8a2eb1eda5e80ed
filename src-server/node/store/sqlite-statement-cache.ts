/**
 * Kysely's SQLite driver prepares every query again, even when the SQL text is one it ran a
 * moment ago; at ingest rates preparing costs as much as running. This wrapper keeps the most
 * recently used prepared statements by SQL text (better-sqlite3 statements are reusable; each call
 * binds its own parameters). Bounded, because encoded queries produce many distinct texts.
 */
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const DEFAULT_CAPACITY = 256;

export function withStatementCache(database: Database.Database, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = cache.get(sql);
      if (cached) {
        // Map order is insertion order: re-inserting marks the statement most recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
