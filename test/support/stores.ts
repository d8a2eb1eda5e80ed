/**
 * The stores every conformance suite runs against: SQLite always, PostgreSQL when a connection URL
 * is given (CI always gives one). A skipped PostgreSQL suite says so loudly, never silently.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import { openDatabase, type OpenedDatabase } from '../../src-server/node/store/open-database';
import { migrateToModel } from '../../src-server/node/store/schema-migration';

export const POSTGRES_URL = process.env.EIH_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

if (!POSTGRES_URL) {
  console.warn('\n!!! PostgreSQL store suites SKIPPED: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them !!!\n');
}

export const STORES: readonly StoreDialect[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh, migrated database: an in-memory SQLite, or a new schema in the PostgreSQL test database. */
export async function freshDatabase(dialect: StoreDialect): Promise<OpenedDatabase> {
  if (dialect === 'sqlite') {
    const opened = openDatabase({ dialect: 'sqlite', location: ':memory:' });
    await migrateToModel(opened.db, 'sqlite');
    return opened;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL as string);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const opened = openDatabase({ dialect: 'postgres', location: url.toString(), poolSize: 4 });
  await migrateToModel(opened.db, 'postgres');
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
