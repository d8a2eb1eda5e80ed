/**
 * A real engine process for the crash test: SQLite file, the whole engine (retrieval, one worker
 * loop, tick), against the sandbox the test runs. The test kills it with SIGKILL at random points
 * and starts it again; nothing here knows it is being killed.
 *
 *   EIH_CRASH_DB=<file> EIH_CRASH_KEY=<64 hex> EIH_CRASH_WAIT_SCALE=0.05 npx tsx test/engine/crash-worker.ts
 *
 * Prints `ready <workerId>` once the engine has started (after requeueing what a killed
 * predecessor held).
 */
import pino from 'pino';
import { Engine, DEFAULT_ENGINE_OPTIONS } from '../../src-server/node/engine/engine';
import type { HostServices } from '../../src-server/node/host-services';
import { createSecretCipher } from '../../src-server/node/security/secret-cipher';
import { openDatabase } from '../../src-server/node/store/open-database';
import { RecordStore } from '../../src-server/node/store/record-store';
import { migrateToModel } from '../../src-server/node/store/schema-migration';

async function main(): Promise<void> {
  const file = process.env.EIH_CRASH_DB;
  const key = process.env.EIH_CRASH_KEY;
  if (!file || !key) throw new Error('set EIH_CRASH_DB and EIH_CRASH_KEY');
  const database = openDatabase({ dialect: 'sqlite', location: file });
  await migrateToModel(database.db, 'sqlite');
  // EIH_CRASH_LOG_FILE collects every life's log in one file (append) when a run needs explaining.
  const logFile = process.env.EIH_CRASH_LOG_FILE;
  const logger = logFile ? pino({ level: process.env.EIH_CRASH_LOG_LEVEL ?? 'debug' }, pino.destination({ dest: logFile, append: true, sync: true })) : pino({ level: 'silent' });
  const services: HostServices = {
    version: 'crash-test',
    database,
    records: new RecordStore(database.db, 'sqlite'),
    logger,
    secrets: createSecretCipher(Buffer.from(key, 'hex')),
    connectionTester: { test: () => Promise.reject(new Error('not used')) },
    clock: Date.now,
  };
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, workers: 1, tickMs: 200, idlePollMs: 20, waitScale: Number(process.env.EIH_CRASH_WAIT_SCALE ?? '0.05') });
  await engine.start();
  process.stdout.write(`ready ${engine.deps.workerId}\n`);
  const stop = () => void engine.stop().then(() => database.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
