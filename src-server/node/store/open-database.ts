/** Opens a Kysely database for either dialect, tuned for an ingest workload. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { StoreDialect } from './dialect';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, startCheckpointer } from './sqlite-checkpointer';
import { withStatementCache } from './sqlite-statement-cache';

export interface DatabaseConfig {
  readonly dialect: StoreDialect;
  /** SQLite file path (`:memory:` for tests) or PostgreSQL connection URL. */
  readonly location: string;
  readonly poolSize?: number;
}

export interface OpenedDatabase {
  readonly db: Kysely<unknown>;
  readonly dialect: StoreDialect;
  close(): Promise<void>;
}

// bigint columns come back as strings from pg by default; our integers fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openDatabase(config: DatabaseConfig): OpenedDatabase {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.location, max: config.poolSize ?? 10 });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (config.location !== ':memory:') mkdirSync(dirname(config.location), { recursive: true });
  const sqlite = new Database(config.location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = OFF');
  // A 32 MB page cache (default 2 MB) keeps the hot index pages of a large import in memory.
  sqlite.pragma('cache_size = -32768');
  // Checkpoints run on a thread of their own (sqlite-checkpointer.ts); the writer's is a backstop.
  const checkpointer = config.location === ':memory:' ? null : startCheckpointer(config.location);
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      await db.destroy();
      await checkpointer?.stop();
    },
  };
}
