/**
 * The real local host, started with `npm start` as users start it (the compiled
 * `src-server/node/main.ts`), as a child process for the end-to-end test: a temporary data dir, a
 * free port, the built-in sandbox on any port and a known first admin.
 * `stop()` sends SIGTERM (SIGKILL if it does not exit in time) and removes the data dir; it is safe
 * to call more than once and whatever state the start reached.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostOptions {
  readonly repoRoot: string;
  readonly adminUser: string;
  readonly adminPassword: string;
  /** How long the host may take to print its URLs. */
  readonly startTimeoutMs: number;
}

const HUB_LINE = /Exposure Integration Hub is running at (http:\/\/\S+?)\/?\s/;
const SANDBOX_LINE = /Tenable sandbox \(demo data\) at (http:\/\/\S+)/;
const KEEP_LINES = 200;

/** A port nobody listens on right now (the host binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export class HostProcess {
  hubUrl = '';
  sandboxUrl = '';
  readonly dataDir: string;
  private child: ChildProcess | null = null;
  private readonly output: string[] = [];
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: HostOptions) {
    this.dataDir = mkdtempSync(join(tmpdir(), 'eih-e2e-'));
  }

  /** The host's last output lines, for a failure report. */
  tail(lines = 40): string {
    return this.output.slice(-lines).join('\n');
  }

  async start(): Promise<void> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EIH_DATA_DIR: this.dataDir,
      EIH_PORT: String(port),
      EIH_HOST: '127.0.0.1',
      EIH_SANDBOX_PORT: '0',
      EIH_DEMO: 'true',
      EIH_ADMIN_USER: this.options.adminUser,
      EIH_ADMIN_PASSWORD: this.options.adminPassword,
      EIH_LOG_LEVEL: 'warn',
    };
    // Always the embedded SQLite store in the temporary data dir, never a PostgreSQL from the shell.
    delete env.DATABASE_URL;
    // The README's command, so the test runs the compiled host that users run. Its own process
    // group, so SIGTERM reaches the node child and not only npm.
    const child = spawn('npm', ['start', '--silent'], { cwd: this.options.repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let buffered = '';
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the host did not print its URLs within ${this.options.startTimeoutMs} ms:\n${this.tail()}`)), this.options.startTimeoutMs);
      const onData = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        buffered += text;
        for (const line of text.split('\n')) if (line.trim() !== '') this.output.push(line);
        if (this.output.length > KEEP_LINES) this.output.splice(0, this.output.length - KEEP_LINES);
        const hub = HUB_LINE.exec(buffered);
        const sandbox = SANDBOX_LINE.exec(buffered);
        if (hub?.[1] && sandbox?.[1]) {
          this.hubUrl = hub[1];
          this.sandboxUrl = sandbox[1];
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the host exited before it was ready (code ${code}, signal ${signal}):\n${this.tail()}`));
      });
    });
    await ready;
  }

  private stopping: Promise<void> | null = null;

  /**
   * SIGTERM to the host's process group, SIGKILL after `graceMs`; then the data dir goes. Never
   * throws; every caller (a signal handler, the normal end) waits for the same single stop.
   */
  stop(graceMs = 8000): Promise<void> {
    this.stopping ??= this.stopOnce(graceMs);
    return this.stopping;
  }

  /**
   * Synchronous stop for a `process.on('exit')` handler, where nothing can be awaited: SIGTERM,
   * a short blocking wait, SIGKILL if still there, then the data dir. Does nothing after stop().
   */
  stopNow(graceMs = 3000): void {
    if (this.stopping !== null) return;
    const pid = this.child?.pid;
    this.child = null;
    if (pid !== undefined) {
      signalGroup(pid, 'SIGTERM');
      const pause = new Int32Array(new SharedArrayBuffer(4));
      const deadline = Date.now() + graceMs;
      while (groupAlive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 50);
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    }
    try {
      rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
    } catch {
      // Exiting anyway; the OS temp dir cleaner gets it.
    }
  }

  private async stopOnce(graceMs: number): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child?.pid !== undefined) {
      const pid = child.pid;
      signalGroup(pid, 'SIGTERM');
      // npx may exit before tsx's node child has closed the store: wait for the whole group.
      const deadline = Date.now() + graceMs;
      while (groupAlive(pid) && Date.now() < deadline) await delay(100);
      if (groupAlive(pid)) {
        console.error(`e2e: the host did not stop within ${graceMs} ms of SIGTERM: SIGKILL`);
        signalGroup(pid, 'SIGKILL');
        await Promise.race([this.exited, delay(2000)]);
      }
      if (groupAlive(pid)) console.error(`e2e: the host's process group ${pid} is still alive: stop it with kill -KILL -${pid}`);
    }
    try {
      rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
    } catch (error) {
      console.error(`e2e: could not remove ${this.dataDir}: ${String(error)}`);
    }
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
