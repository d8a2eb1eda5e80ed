/**
 * The whole ingest pipeline for a benchmark, built the way the product runs it: the sandbox in its
 * own process over loopback HTTP, a fresh store, the real engine (retrieval into the import queue,
 * worker loops that normalise, look up assets, upsert vulnerable items, run the rules and beat),
 * and on PostgreSQL optionally K worker processes sharing the queue.
 */
import type { ChildProcess } from 'node:child_process';
import { Engine, DEFAULT_ENGINE_OPTIONS } from '../src-server/node/engine/engine';
import type { StoreDialect } from '../src-server/node/store/dialect';
import type { Row } from '../src-server/node/store/record-codec';
import { writeProperties } from '../src-server/node/store/property-store';
import { connectionTable, connectorTable } from '../src-shared/model/tables';
import { openBenchStore, type BenchStore } from './bench-store';
import { firstJsonLine, onJsonLines, spawnBenchProcess, waitForExit } from './child-process';
import { note } from './bench-report';
import { startSandboxChild, type SandboxChild } from './sandbox-child';

export interface IngestOptions {
  readonly findings: number;
  readonly assets: number;
  readonly dialect: StoreDialect;
  readonly workers: number;
  /** PostgreSQL: worker loops in separate processes (the deployment shape) or in this one. */
  readonly workerMode: 'processes' | 'loops';
  /** Overrides `x_eih.heartbeat.record_threshold` (records per batch and per beat) when set. */
  readonly recordThreshold?: number;
  /** Export chunks downloaded at once (the host's EIH_CHUNK_DOWNLOADS); the product default when unset. */
  readonly chunkDownloads?: number;
}

export interface IngestPipeline {
  readonly sandbox: SandboxChild;
  readonly store: BenchStore;
  readonly engine: Engine;
  readonly connectorId: string;
  /** Runs one import to completion; returns its wall time and final run record. */
  importOnce(full: boolean, timeoutMs: number): Promise<{ seconds: number; run: Row }>;
  /** Stops the engine and the worker processes; returns the workers' peak RSS (MB). */
  stop(): Promise<number[]>;
  close(): Promise<void>;
}

interface WorkerReport {
  readonly peakMb: number;
}

export async function startIngestPipeline(options: IngestOptions): Promise<IngestPipeline> {
  const sandbox = await startSandboxChild({ seed: 11, assets: options.assets, findings: options.findings, wasFindings: 0, exports: { queuedPolls: 0, chunksPerPoll: Infinity } });
  const store = await openBenchStore(options.dialect);
  store.setClock(() => sandbox.now());
  const { services } = store;
  const separateWorkers = options.dialect === 'postgres' && options.workerMode === 'processes';
  const engine = new Engine(services, {
    ...DEFAULT_ENGINE_OPTIONS,
    workers: separateWorkers ? 0 : options.workers,
    tickMs: 250,
    idlePollMs: 20,
    waitScale: 0,
    requeueOrphansAtStart: options.dialect === 'sqlite',
    ...(options.chunkDownloads !== undefined ? { chunkDownloads: options.chunkDownloads } : {}),
  });

  const now = new Date(sandbox.now()).toISOString();
  const connection = await services.records.insert(
    connectionTable,
    services.secrets.encryptSecrets(connectionTable, { name: 'bench sandbox', platform: 'tenable_vm', base_url: sandbox.url, access_key: sandbox.keys.accessKey, secret_key: sandbox.keys.secretKey }),
    now,
  );
  const connector = await services.records.insert(connectorTable, { name: 'bench connector', connection: connection.sys_id, schedule_run: 'on_demand' }, now);
  const connectorId = String(connector.sys_id);
  if (options.recordThreshold !== undefined) await writeProperties(services.records, { 'x_eih.heartbeat.record_threshold': options.recordThreshold }, now);

  const workers: ChildProcess[] = [];
  const reports: Promise<WorkerReport>[] = [];
  if (separateWorkers) {
    for (let i = 0; i < options.workers; i++) {
      const child = spawnBenchProcess('./ingest-worker.ts', [store.location, String(sandbox.now())]);
      await firstJsonLine<{ ready: true }>(child, `worker process ${i + 1}`);
      reports.push(new Promise((resolve) => onJsonLines(child, (value) => resolve(value as WorkerReport))));
      workers.push(child);
    }
    note(`${options.workers} worker process(es) started`);
  }
  await engine.start();

  let stopped: number[] | null = null;
  const stop = async (): Promise<number[]> => {
    if (stopped) return stopped;
    await engine.stop();
    for (const child of workers) child.stdin?.end();
    const peaks = (await Promise.all(reports)).map((report) => report.peakMb);
    await Promise.all(workers.map(waitForExit));
    stopped = peaks;
    return peaks;
  };

  return {
    sandbox,
    store,
    engine,
    connectorId,
    async importOnce(full, timeoutMs) {
      const started = performance.now();
      const result = await engine.startRun(connectorId, 'manual', full);
      if (!result.ok) throw new Error(`the run did not start: ${result.error.message}`);
      const run = await engine.waitForRun(String(result.value.sys_id), timeoutMs);
      const seconds = (performance.now() - started) / 1000;
      if (run.substate !== 'succeeded') throw new Error(`run ${String(run.number)} ended ${String(run.substate)}: ${String(run.failure_message ?? '')}`);
      return { seconds, run };
    },
    stop,
    async close() {
      await stop();
      await store.close();
      await sandbox.close();
    },
  };
}
