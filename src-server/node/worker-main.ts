/**
 * A worker process for PostgreSQL deployments: claims import queue entries with
 * `FOR UPDATE SKIP LOCKED` next to any number of other workers, on any machine that reaches the
 * database. Retrieval, scheduling and the watchdog stay with the main host.
 */
import { loadConfig } from './config';
import { Engine, DEFAULT_ENGINE_OPTIONS } from './engine/engine';
import { setUpHost } from './host-setup';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.dialect !== 'postgres') throw new Error('worker processes need PostgreSQL: set DATABASE_URL (SQLite runs its workers inside the main host)');
  const logger = createLogger(config.logLevel);
  const services = await setUpHost(config, logger);
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, coordinator: false, workers: config.workers, requeueOrphansAtStart: false });
  await engine.start();
  logger.info({ workers: config.workers, worker: engine.deps.workerId }, 'worker process started');
  const stop = () => void engine.stop().then(() => services.database.close()).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
