/** Builds a real local host (store, logger, cipher, app services) for tests, on a fresh database. */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { ConnectionTestInput } from '../../src-shared/core/connection-diagnosis';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import { RecordStore } from '../../src-server/node/store/record-store';
import type { ConnectionTester, HostServices } from '../../src-server/node/host-services';
import { createSecretCipher } from '../../src-server/node/security/secret-cipher';
import { freshDatabase } from './stores';

/** A connection tester that answers what the test scripted; real tests use the Tenable clients. */
export function scriptedTester(outcome: Omit<ConnectionTestInput, 'platform'>): ConnectionTester & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    test: async (connection) => {
      calls.push(connection);
      return { platform: connection.platform, ...outcome };
    },
  };
}

export async function testServices(dialect: StoreDialect = 'sqlite', overrides: Partial<HostServices> = {}): Promise<HostServices> {
  const database = await freshDatabase(dialect);
  return {
    version: 'test',
    database,
    records: new RecordStore(database.db, dialect),
    logger: pino({ level: 'silent' }),
    secrets: createSecretCipher(randomBytes(32)),
    connectionTester: scriptedTester({ outcome: { kind: 'http', status: 200, body: { username: 'api' } }, probe: 'session' }),
    clock: () => Date.parse('2026-11-21T10:00:00.000Z'),
    ...overrides,
  };
}
