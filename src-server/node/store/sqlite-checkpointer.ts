/**
 * WAL checkpoints on a thread of their own. A checkpoint copies the WAL into the database file
 * and syncs both; run by the writing connection (SQLite's automatic checkpoint) it stalled the
 * commit that crossed the threshold, about 1.1 s of a 100,000-finding import spent waiting on
 * fsync. Here a second connection on a worker thread checkpoints in PASSIVE mode every few
 * hundred milliseconds: it never blocks the writer or readers, and the writer's WAL is reused
 * from the start once a checkpoint has caught up. The writer keeps a high automatic threshold as
 * a backstop, so the WAL stays bounded even if this thread falls behind or stops.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export const CHECKPOINT_INTERVAL_MS = 250;
/** The writer's own automatic checkpoint, in pages (about 256 MB): only reached if this thread lags. */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 65_536;

// Plain CommonJS so the worker needs no build step: the host runs from source in tests and
// bundled in production, and an eval worker is the same text in both.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick retries */ } };
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  /** A last checkpoint, then the thread ends. */
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs },
    // The thread holds one connection and a timer: a small heap keeps its isolate small.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
  });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', () => undefined); // the writer's backstop threshold keeps the WAL bounded
  return {
    stop: async () => {
      // Unreferenced, the thread would not keep the process alive while it finishes: a process
      // whose last handle it was would exit mid-stop, and whatever awaited the close never ran.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
