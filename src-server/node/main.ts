/** `npm start`: the local host on embedded SQLite (or PostgreSQL with DATABASE_URL). */
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { createApp } from './http/app';
import { createLogger } from './logger';
import { migrateToModel } from './store/schema-migration';
import { openDatabase } from './store/open-database';
import { RecordStore } from './store/record-store';
import { VERSION } from './version';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = openDatabase({ dialect: config.dialect, location: config.databaseLocation });
  await migrateToModel(database.db, database.dialect);
  const services = { version: VERSION, database, records: new RecordStore(database.db, database.dialect), logger };
  const app = createApp(services, { serveWorkspace: true });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const url = `http://${config.host}:${info.port}/`;
    logger.info({ url, store: database.dialect }, 'hub started');
    console.log(`Exposure Integration Hub is running at ${url}  (store: ${database.dialect}${database.dialect === 'sqlite' ? ` ${config.databaseLocation}` : ''})`);
  });
  const stop = () => {
    server.close();
    void database.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
