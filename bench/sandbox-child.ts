/**
 * The Tenable sandbox in a child process, driven over its `/_sandbox` control API. Its clock is
 * virtual: it only moves when we advance it, so the engine's clock can follow it without a call.
 */
import { DEMO_VM_KEYS, type SandboxOptions } from '../src-server/sandbox/index';
import { firstJsonLine, spawnBenchProcess, waitForExit } from './child-process';

export interface SandboxChild {
  readonly url: string;
  readonly keys: typeof DEMO_VM_KEYS;
  /** The sandbox's virtual time (kept here, so reading it costs nothing). */
  now(): number;
  advanceClock(seconds: number): Promise<void>;
  fixFindings(count: number): Promise<number>;
  reopenFindings(count: number): Promise<number>;
  count(filters: unknown): Promise<number>;
  close(): Promise<void>;
}

export async function startSandboxChild(options: SandboxOptions): Promise<SandboxChild> {
  const encoded = JSON.stringify({ ...options, clock: 'virtual', exports: { ...options.exports, chunksPerPoll: options.exports?.chunksPerPoll === Infinity ? 'Infinity' : options.exports?.chunksPerPoll } });
  const child = spawnBenchProcess('./sandbox-process.ts', [encoded]);
  const ready = await firstJsonLine<{ url: string; now: number }>(child, 'the sandbox process');
  let now = ready.now;
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const send = () => fetch(`${ready.url}/_sandbox/${path}`, { method, headers: { 'content-type': 'application/json', connection: 'close' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      // A pooled keep-alive socket the sandbox closed while the pipeline was busy: one retry.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if (child.exitCode !== null) throw new Error(`the sandbox process exited (code ${String(child.exitCode)})`);
      process.stderr.write(`[bench] sandbox ${method} ${path} failed (${cause?.code ?? cause?.message ?? String(error)}); retrying once\n`);
      response = await send();
    }
    if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url: ready.url,
    keys: DEMO_VM_KEYS,
    now: () => now,
    advanceClock: async (seconds) => {
      now = (await control<{ now: number }>('POST', 'clock', { advanceSeconds: seconds })).now;
    },
    fixFindings: async (count) => (await control<{ finding_ids: string[] }>('POST', 'findings/fix', { count })).finding_ids.length,
    reopenFindings: async (count) => (await control<{ finding_ids: string[] }>('POST', 'findings/reopen', { count })).finding_ids.length,
    count: async (filters) => (await control<{ count: number }>('POST', 'count', { product: 'vm', filters })).count,
    close: async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await waitForExit(child);
      clearTimeout(timer);
    },
  };
}
