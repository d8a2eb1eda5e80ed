/**
 * Spawns an entry point of bench/ as its own Node process, the way this process runs: compiled
 * (`npm run bench` runs dist/bench, built by scripts/build-node.mjs) with the same Node flags, or
 * from TypeScript through tsx's loader.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const COMPILED = import.meta.url.endsWith('.mjs');

export function spawnBenchProcess(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const path = fileURLToPath(new URL(COMPILED ? file.replace(/\.ts$/, '.mjs') : file, import.meta.url));
  const nodeArgs = COMPILED ? [...process.execArgv, path] : ['--import', 'tsx', path];
  return spawn(process.execPath, [...nodeArgs, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
}

/** The first stdout line of a child that answers with one JSON line when it is ready. */
export function firstJsonLine<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line) as T);
      } catch (error) {
        reject(new Error(`${what} answered '${line.slice(0, 200)}' instead of JSON: ${String(error)}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`${what} exited with code ${String(code)} before it was ready`)));
  });
}

/** Every later JSON line of a child, to a callback (worker processes report when they stop). */
export function onJsonLines(child: ChildProcess, callback: (value: unknown) => void): void {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    try {
      callback(JSON.parse(line));
    } catch {
      process.stderr.write(`${line}\n`);
    }
  });
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
