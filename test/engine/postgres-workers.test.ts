/**
 * PostgreSQL: three worker PROCESSES (`worker-main.ts`) share one run's import queue with the
 * coordinator in this process. `FOR UPDATE SKIP LOCKED` must hand every page to exactly one of
 * them: one attempt per entry, more than one worker at work, every finding stored once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine, DEFAULT_ENGINE_OPTIONS } from '../../src-server/node/engine/engine';
import type { HostServices } from '../../src-server/node/host-services';
import { createSecretCipher } from '../../src-server/node/security/secret-cipher';
import { RecordStore } from '../../src-server/node/store/record-store';
import { startSandbox, DEMO_VM_KEYS, type RunningSandbox } from '../../src-server/sandbox/index';
import { connectionTable, connectorTable, importQueueEntryTable } from '../../src-shared/model/tables';
import { freshPostgresSchema } from '../support/engine-harness';
import { POSTGRES_URL } from '../support/stores';

const WORKER_MAIN = resolve(__dirname, '../../src-server/node/worker-main.ts');
const WORKERS = 3;

if (!POSTGRES_URL) console.warn('\n!!! PostgreSQL worker-process test SKIPPED: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it !!!\n');

function startWorker(url: string, dataDir: string): { child: ChildProcess; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_MAIN], {
    env: { ...process.env, DATABASE_URL: url, EIH_DATA_DIR: dataDir, EIH_WORKERS: '1', EIH_LOG_LEVEL: 'info', EIH_ADMIN_USER: 'admin', EIH_ADMIN_PASSWORD: 'worker-test-password-1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = new Promise<void>((done, reject) => {
    const watch = (data: Buffer) => {
      output += data.toString();
      if (output.includes('worker process started')) done();
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    void exited.then((code) => reject(new Error(`worker exited (${String(code)}) before it started: ${output.slice(-2000)}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exited };
}

describe.skipIf(!POSTGRES_URL)('three worker processes on PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'eih-workers-'));
  let sandbox: RunningSandbox | undefined;
  let schema: Awaited<ReturnType<typeof freshPostgresSchema>> | undefined;
  let coordinator: Engine | undefined;
  const workers: ReturnType<typeof startWorker>[] = [];
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((worker) => worker.exited));
    await coordinator?.stop();
    await schema?.drop();
    await sandbox?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('processes every entry exactly once, spread over the workers, and completes the run', async () => {
    sandbox = await startSandbox({ seed: 5, assets: 6000, findings: 6000, exports: { queuedPolls: 0, chunksPerPoll: Infinity } });
    schema = await freshPostgresSchema();
    const services: HostServices = { version: 'test', database: schema.database, records: new RecordStore(schema.database.db, 'postgres'), logger: pino({ level: 'silent' }), secrets: createSecretCipher(randomBytes(32)), connectionTester: { test: () => Promise.reject(new Error('unused')) }, clock: Date.now };
    for (let i = 0; i < WORKERS; i++) workers.push(startWorker(schema.url, dataDir));
    await Promise.all(workers.map((worker) => worker.ready));

    // The coordinator retrieves and completes; it processes nothing itself.
    coordinator = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, workers: 0, requeueOrphansAtStart: false, tickMs: 100, waitScale: 0 });
    await coordinator.start();
    const now = new Date().toISOString();
    const connection = await services.records.insert(connectionTable, services.secrets.encryptSecrets(connectionTable, { name: 'sandbox', platform: 'tenable_vm', base_url: sandbox.url, access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey }), now);
    const connector = await services.records.insert(connectorTable, { name: 'shared queue', connection: connection.sys_id, schedule_run: 'on_demand' }, now);
    const started = await coordinator.startRun(String(connector.sys_id), 'manual', true);
    expect(started.ok).toBe(true);
    const run = await coordinator.waitForRun(String(started.ok && started.value.sys_id), 90_000);
    expect(run, String(run.failure_message)).toMatchObject({ state: 'complete', substate: 'succeeded' });

    const entries = await services.records.findBy(importQueueEntryTable, { run: String(run.sys_id) });
    expect(entries.length).toBeGreaterThanOrEqual(10);
    for (const entry of entries) expect(entry).toMatchObject({ state: 'processed', attempts: 1 });
    const processedBy = new Set(entries.map((entry) => String(entry.claimed_by)));
    const perWorker = [...processedBy].map((worker) => entries.filter((entry) => entry.claimed_by === worker).length);
    console.log(`${entries.length} pages processed by ${processedBy.size} worker processes: ${perWorker.join(' + ')}`);
    expect(processedBy.has(coordinator.deps.workerId)).toBe(false);
    expect(processedBy.size, `pages per worker: ${JSON.stringify(entries.map((e) => e.claimed_by))}`).toBeGreaterThanOrEqual(2);

    const expected = sandbox.control.count({ product: 'vm', filters: { state: ['OPEN', 'REOPENED', 'FIXED'] } });
    const db = schema.database.db as Kysely<Record<string, Record<string, unknown>>>;
    const totals = await sql<{ rows: number; keys: number }>`select count(*)::int as rows, count(distinct dedupe_key)::int as keys from x_eih_vulnerable_item`.execute(db);
    expect(totals.rows[0]).toEqual({ rows: expected, keys: expected });
    expect(run).toMatchObject({ records_processed: expected, entries_processed: entries.length, entries_failed: 0 });
  }, 120_000);
});
