/** Builds a real local host (store, logger, app) for tests, on a fresh database. */
import pino from 'pino';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import { RecordStore } from '../../src-server/node/store/record-store';
import type { HostServices } from '../../src-server/node/host-services';
import { freshDatabase } from './stores';

export async function testServices(dialect: StoreDialect = 'sqlite'): Promise<HostServices> {
  const database = await freshDatabase(dialect);
  return { version: 'test', database, records: new RecordStore(database.db, dialect), logger: pino({ level: 'silent' }) };
}
