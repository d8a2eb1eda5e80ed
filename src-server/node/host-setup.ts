/** Builds the local host's services from its configuration: store, key, logger, first admin. */
import type pino from 'pino';
import type { HostConfig } from './config';
import type { HostServices } from './host-services';
import { ensureFirstAdmin } from './security/first-admin';
import { openSecretCipher } from './security/secret-cipher';
import { migrateToModel } from './store/schema-migration';
import { openDatabase } from './store/open-database';
import { RecordStore } from './store/record-store';
import { createFetchConnectionTester } from './tenable/fetch-connection-tester';
import { VERSION } from './version';

export async function setUpHost(config: HostConfig, logger: pino.Logger): Promise<HostServices> {
  const database = openDatabase({ dialect: config.dialect, location: config.databaseLocation });
  await migrateToModel(database.db, database.dialect);
  const { cipher, origin, path } = openSecretCipher({ dataDir: config.dataDir });
  logger.info({ origin, path }, 'secret key loaded');
  const records = new RecordStore(database.db, database.dialect);
  const services: HostServices = { version: VERSION, database, records, logger, secrets: cipher, connectionTester: createFetchConnectionTester(), clock: Date.now };
  await ensureFirstAdmin(services);
  return services;
}
