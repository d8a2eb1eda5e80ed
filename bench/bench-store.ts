/**
 * A fresh, migrated store for one benchmark: a new SQLite file in a temporary folder (a file, not
 * `:memory:`, so the page cache and WAL behave as in production and the rows do not count in the
 * process's RSS), or a new schema in the PostgreSQL database named by DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { ConnectionTester, HostServices } from '../src-server/node/host-services';
import { createSecretCipher } from '../src-server/node/security/secret-cipher';
import type { StoreDialect } from '../src-server/node/store/dialect';
import { openDatabase, type OpenedDatabase } from '../src-server/node/store/open-database';
import { RecordStore } from '../src-server/node/store/record-store';
import { migrateToModel } from '../src-server/node/store/schema-migration';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchStore {
  readonly services: HostServices;
  /** SQLite file or PostgreSQL URL (with its search_path): what a worker process opens. */
  readonly location: string;
  /** Sets the clock every part of the engine reads (the sandbox's virtual time). */
  setClock(clock: () => number): void;
  close(): Promise<void>;
}

const noTester: ConnectionTester = {
  test: async () => {
    throw new Error('benchmarks do not test connections');
  },
};

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** The PostgreSQL URL of one schema (connections land in it through search_path). */
export function schemaUrl(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export async function openBenchStore(dialect: StoreDialect, options: { poolSize?: number } = {}): Promise<BenchStore> {
  let location: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'eih-bench-'));
    location = join(dir, 'hub.sqlite');
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    location = schemaUrl(databaseUrl(), schema);
    cleanup = () => adminQuery(`drop schema ${schema} cascade`);
  }
  const database = openDatabase({ dialect, location, poolSize: options.poolSize ?? 6 });
  await migrateToModel(database.db, dialect);
  let clock: () => number = Date.now;
  const services = benchServices(database, dialect, () => clock());
  return {
    services,
    location,
    setClock: (next) => {
      clock = next;
    },
    close: async () => {
      await database.close();
      await cleanup();
    },
  };
}

/** Opens an existing benchmark store from another process (a PostgreSQL worker). */
export function attachBenchStore(dialect: StoreDialect, location: string, clock: () => number, poolSize = 4): HostServices {
  return benchServices(openDatabase({ dialect, location, poolSize }), dialect, clock);
}

function benchServices(database: OpenedDatabase, dialect: StoreDialect, clock: () => number): HostServices {
  return {
    version: 'bench',
    database,
    records: new RecordStore(database.db, dialect),
    logger: pino({ level: process.env.EIH_BENCH_LOG ?? 'silent' }),
    secrets: createSecretCipher(randomBytes(32)),
    connectionTester: noTester,
    clock,
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
