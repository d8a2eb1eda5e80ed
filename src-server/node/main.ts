/** `npm start`: the local host on embedded SQLite (or PostgreSQL with DATABASE_URL). */
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { startDemo } from './demo-data';
import { ConnectorOperations } from './engine/connector-operations';
import { Engine, DEFAULT_ENGINE_OPTIONS } from './engine/engine';
import { setUpHost } from './host-setup';
import { createApp } from './http/app';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const services = await setUpHost(config, logger);
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, workers: config.workers, chunkDownloads: config.chunkDownloads, requeueOrphansAtStart: services.database.dialect === 'sqlite' });
  await engine.start();
  const sandbox = config.demo ? await startDemo(services, new ConnectorOperations(engine, services.connectionTester), config.sandboxPort) : null;
  const app = createApp(services, engine, { serveWorkspace: true });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    const url = `http://${config.host}:${info.port}/`;
    logger.info({ url, store: services.database.dialect }, 'hub started');
    console.log(`Exposure Integration Hub is running at ${url}  (store: ${services.database.dialect}${services.database.dialect === 'sqlite' ? ` ${config.databaseLocation}` : ''})`);
    if (sandbox) console.log(`Tenable sandbox (demo data) at ${sandbox.url}`);
  });
  const stop = () => {
    server.close();
    void Promise.allSettled([engine.stop(), sandbox?.close()]).then(() => services.database.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
