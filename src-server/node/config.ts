/** The local host's configuration, read once from the environment (documented in the README). */
import { resolve } from 'node:path';
import type { StoreDialect } from './store/dialect';

export interface HostConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly dialect: StoreDialect;
  /** SQLite file or PostgreSQL URL. */
  readonly databaseLocation: string;
  /** Start the built-in Tenable sandbox and seed a demo connection against it. */
  readonly demo: boolean;
  readonly logLevel: string;
  /** Worker loops in this process; PostgreSQL deployments add worker processes on top. */
  readonly workers: number;
  /** Port of the built-in sandbox in demo mode (0 = any free port). */
  readonly sandboxPort: number;
  /** Export chunks a run downloads at once, 1–8 (each in flight is held in memory whole). */
  readonly chunkDownloads: number;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`environment variable ${name} must be a whole number from 0 to 65535, got '${value}'`);
  }
  return parsed;
}

function inRange(value: number, min: number, max: number, name: string): number {
  if (value < min || value > max) throw new Error(`environment variable ${name} must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HostConfig {
  const dataDir = resolve(env.EIH_DATA_DIR ?? '.data');
  // An empty value means unset (shells and CI templates often export DATABASE_URL=).
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    host: env.EIH_HOST ?? '127.0.0.1',
    port: integer(env.EIH_PORT ?? env.PORT, 8080, 'EIH_PORT'),
    dataDir,
    dialect: databaseUrl ? 'postgres' : 'sqlite',
    databaseLocation: databaseUrl ?? resolve(dataDir, 'hub.sqlite'),
    demo: (env.EIH_DEMO ?? 'true') !== 'false',
    logLevel: env.EIH_LOG_LEVEL ?? 'info',
    workers: Math.max(1, integer(env.EIH_WORKERS, 1, 'EIH_WORKERS')),
    sandboxPort: integer(env.EIH_SANDBOX_PORT, 8444, 'EIH_SANDBOX_PORT'),
    chunkDownloads: inRange(integer(env.EIH_CHUNK_DOWNLOADS, 1, 'EIH_CHUNK_DOWNLOADS'), 1, 8, 'EIH_CHUNK_DOWNLOADS'),
  };
}
