// Sandbox options and their defaults. Everything a test, benchmark or demo may want to vary
// lives here; resolveOptions fills the gaps so the rest of the sandbox never sees undefined.
import type { ClockMode } from './clock';
import type { FaultRule } from './fault-types';

export interface ApiKeyPair {
  accessKey: string;
  secretKey: string;
}

export interface ScUser {
  username: string;
  password: string;
}

export interface ExportPacing {
  /** Status polls that still answer QUEUED before processing starts (default 1). */
  queuedPolls?: number;
  /** Chunks finished per status poll once PROCESSING (default 1; Infinity = all at once). */
  chunksPerPoll?: number;
  /** If > 0, one chunk also finishes per this many clock seconds after creation (default 0). */
  secondsPerChunk?: number;
  /** Concurrent active exports allowed per export kind (default 2, as Tenable). */
  maxConcurrent?: number;
  /** Chunk lifetime after it became available, in clock seconds (default 24 h). */
  chunkTtlSeconds?: number;
  /** retry-after seconds sent with 429 answers (default 2). */
  retryAfterSeconds?: number;
  /** 'shuffled' finishes chunks in a seeded random order, as Tenable may (default sequential). */
  chunkOrder?: 'sequential' | 'shuffled';
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  seed?: number;
  /** VM assets (default 200). */
  assets?: number;
  /** VM findings (default 5000); generated lazily, millions are fine. */
  findings?: number;
  /** WAS applications = scan configs (default 12). */
  wasApps?: number;
  /** WAS findings (default 400). */
  wasFindings?: number;
  /** Security Center repositories over the VM data (default 3). */
  scRepositories?: number;
  /** Sandbox time at start: epoch ms or ISO text (default 2025-06-01T00:00:00Z; 'real' clock: now). */
  startTime?: number | string;
  clock?: ClockMode;
  /** Accepted VM/WAS keys (default: DEMO_VM_KEYS). */
  keys?: ApiKeyPair[];
  /** Accepted Security Center API keys (default: DEMO_SC_KEYS). */
  scKeys?: ApiKeyPair[];
  scUsers?: ScUser[];
  scMaxSessions?: number;
  scSessionTimeoutSeconds?: number;
  exports?: ExportPacing;
  faults?: FaultRule[];
  /** Serve the /_sandbox control API over HTTP (default true). */
  controlApi?: boolean;
}

export const DEMO_VM_KEYS: ApiKeyPair = {
  accessKey: 'a1b2c3d4'.repeat(8),
  secretKey: 'f9e8d7c6'.repeat(8),
};

export const DEMO_SC_KEYS: ApiKeyPair = {
  accessKey: '5c0a11ce'.repeat(4),
  secretKey: '5ec7e75c'.repeat(4),
};

export const DEMO_SC_USER: ScUser = { username: 'secmanager', password: 'sandbox-password' };

export const DEFAULT_START_TIME = Date.UTC(2025, 5, 1, 0, 0, 0);

export interface ResolvedOptions {
  port: number;
  host: string;
  seed: number;
  assets: number;
  findings: number;
  wasApps: number;
  wasFindings: number;
  scRepositories: number;
  startTime: number;
  clock: ClockMode;
  keys: ApiKeyPair[];
  scKeys: ApiKeyPair[];
  scUsers: ScUser[];
  scMaxSessions: number;
  scSessionTimeoutSeconds: number;
  exports: Required<ExportPacing>;
  faults: FaultRule[];
  controlApi: boolean;
}

function nonNegativeInt(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`sandbox option ${name} must be a non-negative integer, got ${String(value)}`);
  return v;
}

function startTimeOf(value: number | string | undefined, clock: ClockMode): number {
  if (value === undefined) return clock === 'real' ? Math.floor(Date.now() / 1000) * 1000 : DEFAULT_START_TIME;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`sandbox option startTime is not a time: ${String(value)}`);
  return ms;
}

export function resolveOptions(o: SandboxOptions = {}): ResolvedOptions {
  const clock = o.clock ?? 'virtual';
  const e = o.exports ?? {};
  return {
    port: nonNegativeInt('port', o.port, 0),
    host: o.host ?? '127.0.0.1',
    seed: nonNegativeInt('seed', o.seed, 1),
    assets: Math.max(1, nonNegativeInt('assets', o.assets, 200)),
    findings: nonNegativeInt('findings', o.findings, 5000),
    wasApps: Math.max(1, nonNegativeInt('wasApps', o.wasApps, 12)),
    wasFindings: nonNegativeInt('wasFindings', o.wasFindings, 400),
    scRepositories: Math.max(1, nonNegativeInt('scRepositories', o.scRepositories, 3)),
    startTime: startTimeOf(o.startTime, clock),
    clock,
    keys: o.keys ?? [DEMO_VM_KEYS],
    scKeys: o.scKeys ?? [DEMO_SC_KEYS],
    scUsers: o.scUsers ?? [DEMO_SC_USER],
    scMaxSessions: Math.max(1, nonNegativeInt('scMaxSessions', o.scMaxSessions, 5)),
    scSessionTimeoutSeconds: Math.max(1, nonNegativeInt('scSessionTimeoutSeconds', o.scSessionTimeoutSeconds, 3600)),
    exports: {
      queuedPolls: nonNegativeInt('exports.queuedPolls', e.queuedPolls, 1),
      chunksPerPoll: e.chunksPerPoll === Infinity ? Infinity : nonNegativeInt('exports.chunksPerPoll', e.chunksPerPoll, 1),
      secondsPerChunk: Math.max(0, e.secondsPerChunk ?? 0),
      maxConcurrent: Math.max(1, nonNegativeInt('exports.maxConcurrent', e.maxConcurrent, 2)),
      chunkTtlSeconds: Math.max(1, nonNegativeInt('exports.chunkTtlSeconds', e.chunkTtlSeconds, 24 * 3600)),
      retryAfterSeconds: nonNegativeInt('exports.retryAfterSeconds', e.retryAfterSeconds, 2),
      chunkOrder: e.chunkOrder ?? 'sequential',
    },
    faults: o.faults ?? [],
    controlApi: o.controlApi ?? true,
  };
}
