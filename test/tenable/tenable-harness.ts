/**
 * The Tenable clients' test bench: a real engine over an in-memory store, against the sandbox over
 * loopback HTTP, with a pino logger writing into memory so tests can read every log line. The
 * engine clock follows the sandbox's virtual clock (delta cursors line up with the sandbox data)
 * and planner waits are scaled to zero (Retry-After and poll delays cost nothing).
 */
import pino from 'pino';
import { DEMO_SC_KEYS, DEMO_SC_USER, DEMO_VM_KEYS, startSandbox, type RunningSandbox, type SandboxOptions } from '../../src-server/sandbox/index';
import { DEFAULT_ENGINE_OPTIONS, Engine, type EngineOptions } from '../../src-server/node/engine/engine';
import { VM_ASSETS_PER_CHUNK } from '../../src-server/node/engine/retrieval';
import type { HostServices, RevealedConnection } from '../../src-server/node/host-services';
import type { Row } from '../../src-server/node/store/record-codec';
import { connectionTable, connectorLogTable, connectorTable, importQueueEntryTable, vulnerableItemTable } from '../../src-shared/model/tables';
import type { Platform } from '../../src-shared/model/vocabulary';
import { testServices } from '../support/host';

/** How a connection authenticates: API keys (VM, WAS, SC) or a Security Center user session. */
export type AuthMode = 'keys' | 'session';

export interface ConnectorOptions {
  readonly platform?: Platform;
  readonly auth?: AuthMode;
  /** Override the credentials (bad keys, a wrong password). */
  readonly keys?: { readonly accessKey: string; readonly secretKey: string };
  readonly user?: { readonly username: string; readonly password: string };
  readonly baseUrl?: string;
  readonly severity_filter?: string;
}

export interface TenableBench {
  readonly sandbox: RunningSandbox;
  readonly services: HostServices;
  readonly engine: Engine;
  /** Every line the host logger wrote, as raw JSON text. */
  readonly logLines: string[];
  createConnector(options?: ConnectorOptions): Promise<{ connection: Row; connector: Row; revealed: RevealedConnection }>;
  /** Starts a run and waits for it to complete; returns the final run record. */
  run(connectorId: string, fullImport?: boolean): Promise<Row>;
  items(connectorId?: string): Promise<Row[]>;
  entries(runId: string): Promise<Row[]>;
  connectorLogs(runId?: string): Promise<Row[]>;
  connector(connectorId: string): Promise<Row>;
  close(): Promise<void>;
}

/** Small data whose VM export spans several chunks (VM_ASSETS_PER_CHUNK assets per chunk, as retrieval asks). */
export const SMALL_DATA: SandboxOptions = { seed: 11, assets: 1600, findings: 1600, wasApps: 30, wasFindings: 300, exports: { queuedPolls: 0, chunksPerPoll: 2 } };

export const ALL_STATES = ['OPEN', 'REOPENED', 'FIXED'] as const;

export async function startBench(sandboxOptions: SandboxOptions = SMALL_DATA, engineOptions: Partial<EngineOptions> = {}): Promise<TenableBench> {
  const sandbox = await startSandbox(sandboxOptions);
  const logLines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  const services = await testServices('sqlite', { clock: () => sandbox.control.now(), logger });
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, tickMs: 50, idlePollMs: 10, waitScale: 0, ...engineOptions });
  await engine.start();
  let counter = 0;
  return {
    sandbox,
    services,
    engine,
    logLines,
    async createConnector(options = {}) {
      counter++;
      const platform = options.platform ?? 'tenable_vm';
      const auth = options.auth ?? 'keys';
      const now = new Date(services.clock()).toISOString();
      const defaultKeys = platform === 'tenable_sc' ? DEMO_SC_KEYS : DEMO_VM_KEYS;
      const keys = options.keys ?? defaultKeys;
      const user = options.user ?? DEMO_SC_USER;
      const secrets = auth === 'session' ? { sc_username: user.username, sc_password: user.password } : { access_key: keys.accessKey, secret_key: keys.secretKey };
      const plain = { name: `sandbox ${counter}`, platform, base_url: options.baseUrl ?? sandbox.url, ...secrets };
      const connection = await services.records.insert(connectionTable, services.secrets.encryptSecrets(connectionTable, plain), now);
      const connector = await services.records.insert(
        connectorTable,
        { name: `connector ${counter}`, connection: connection.sys_id, schedule_run: 'on_demand', ...(options.severity_filter === undefined ? {} : { severity_filter: options.severity_filter }) },
        now,
      );
      return { connection, connector, revealed: { ...connection, ...plain } as RevealedConnection };
    },
    async run(connectorId, fullImport = false) {
      const started = await engine.startRun(connectorId, 'manual', fullImport);
      if (!started.ok) throw new Error(`run did not start: ${started.error.message}`);
      return engine.waitForRun(String(started.value.sys_id), 60_000);
    },
    items: (connectorId) => services.records.findBy(vulnerableItemTable, connectorId === undefined ? {} : { connector: connectorId }),
    entries: (runId) => services.records.findBy(importQueueEntryTable, { run: runId }),
    connectorLogs: (runId) => services.records.findBy(connectorLogTable, runId === undefined ? {} : { run: runId }),
    async connector(connectorId) {
      const row = await services.records.get(connectorTable, connectorId);
      if (!row) throw new Error(`connector ${connectorId} is gone`);
      return row;
    },
    async close() {
      await engine.stop();
      await services.database.close();
      await sandbox.close();
    },
  };
}

/** The tests' own look-ups name themselves, so they are told apart from the clients' requests. */
export const TEST_AGENT = 'tenable-contract-test/1';

/** A request to the sandbox with the demo VM keys, made by the test itself (not by a client). */
export async function sandboxJson<T>(sandbox: RunningSandbox, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'X-ApiKeys': `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=${DEMO_VM_KEYS.secretKey};`, 'User-Agent': TEST_AGENT, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
}

/** Records per chunk of a fresh VM export shaped like the client's (as many assets per chunk, every severity and state). */
export async function vmChunkCounts(sandbox: RunningSandbox): Promise<Map<number, number>> {
  const filters = { severity: ['info', 'low', 'medium', 'high', 'critical'], state: [...ALL_STATES] };
  const created = await sandboxJson<{ export_uuid: string }>(sandbox, '/vulns/export', { num_assets: VM_ASSETS_PER_CHUNK, include_unlicensed: true, filters });
  if (created.status !== 200) throw new Error(`export not created: ${created.status}`);
  const uuid = created.body.export_uuid;
  sandbox.control.completeExports();
  const status = await sandboxJson<{ chunks_available: number[] }>(sandbox, `/vulns/export/${uuid}/status`);
  const counts = new Map<number, number>();
  for (const id of status.body.chunks_available) counts.set(id, (await sandboxJson<unknown[]>(sandbox, `/vulns/export/${uuid}/chunks/${id}`)).body.length);
  return counts;
}
