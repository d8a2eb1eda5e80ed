/**
 * The retrieval loop when its own side fails: a page that cannot be stored, a store error in the
 * middle of a run, a user cancelling an export that never finishes. The run must end (never stay
 * `retrieving` with nobody driving it), say why, and never save a page twice.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionTable, connectorTable, integrationRunTable } from '../../src-shared/model/tables';
import type { Platform } from '../../src-shared/model/vocabulary';
import { DEFAULT_ENGINE_OPTIONS, Engine } from '../../src-server/node/engine/engine';
import type { EngineDeps } from '../../src-server/node/engine/engine-deps';
import type { NewPage, QueueStore } from '../../src-server/node/engine/queue-store';
import { driveRetrieval, VM_ASSETS_PER_CHUNK } from '../../src-server/node/engine/retrieval';
import type { HostServices } from '../../src-server/node/host-services';
import type { Row } from '../../src-server/node/store/record-codec';
import type { RecordStore } from '../../src-server/node/store/record-store';
import { DEMO_SC_USER, DEMO_VM_KEYS, startSandbox, type RunningSandbox, type SandboxOptions } from '../../src-server/sandbox/index';
import { testServices } from '../support/host';
import { ALL_STATES, SMALL_DATA, startBench, type TenableBench } from './tenable-harness';

interface Rig {
  sandbox: RunningSandbox;
  services: HostServices;
  engine: Engine;
  /** Queues a run for a fresh connector and moves it to `retrieving`, as the engine would. */
  retrievingRun(platform?: Platform): Promise<Row>;
  close(): Promise<void>;
}

/** An engine that does not drive runs itself: the test calls driveRetrieval with its own parts. */
async function rig(data: SandboxOptions = SMALL_DATA): Promise<Rig> {
  const sandbox = await startSandbox(data);
  const services = await testServices('sqlite', { clock: () => sandbox.control.now() });
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, coordinator: false, workers: 0, waitScale: 0 });
  return {
    sandbox,
    services,
    engine,
    async retrievingRun(platform = 'tenable_vm') {
      const now = new Date(services.clock()).toISOString();
      const secrets = platform === 'tenable_sc' ? { sc_username: DEMO_SC_USER.username, sc_password: DEMO_SC_USER.password } : { access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey };
      const connection = await services.records.insert(connectionTable, services.secrets.encryptSecrets(connectionTable, { name: 'rig', platform, base_url: sandbox.url, ...secrets }), now);
      const connector = await services.records.insert(connectorTable, { name: 'rig', connection: connection.sys_id, schedule_run: 'on_demand' }, now);
      const queued = await engine.runs.startRun(String(connector.sys_id), 'manual', true);
      if (!queued.ok) throw new Error(queued.error.message);
      const started = await engine.runs.apply(String(queued.value.sys_id), { type: 'start' });
      if (!started.ok) throw new Error(started.error.message);
      return started.value;
    },
    async close() {
      await engine.stop();
      await services.database.close();
      await sandbox.close();
    },
  };
}

/** The real queue, except that saving fails while `failures()` says so. */
function flakyQueue(real: QueueStore, failures: (page: NewPage) => boolean): QueueStore & { saves: number[] } {
  const saves: number[] = [];
  const flaky = Object.create(real) as QueueStore & { saves: number[] };
  flaky.saves = saves;
  flaky.savePage = async (page, nowIso) => {
    if (failures(page)) throw new Error('SQLITE_FULL: database or disk is full');
    saves.push(page.pageNo);
    return real.savePage(page, nowIso);
  };
  return flaky;
}

describe('retrieval when storing fails', () => {
  let r: Rig | undefined;
  afterEach(async () => {
    await r?.close();
    r = undefined;
  });

  it('a chunk that cannot be saved once is fetched again and saved once', async () => {
    r = await rig();
    const run = await r.retrievingRun();
    let failed = 0;
    const queue = flakyQueue(r.engine.queue, (page) => page.pageNo === 2 && failed++ === 0);
    const outcome = await driveRetrieval(r.engine.deps, queue, r.engine.runs, run);
    expect(outcome).toEqual({ outcome: 'done' });
    const chunks = Math.ceil(Number(SMALL_DATA.assets) / VM_ASSETS_PER_CHUNK);
    // Every page saved exactly once; chunks downloaded side by side are saved as they arrive.
    expect([...queue.saves].sort((a, b) => a - b)).toEqual(Array.from({ length: chunks }, (_, i) => i + 1));
    const total = r.sandbox.control.count({ product: 'vm', filters: { state: [...ALL_STATES] } });
    const after = await r.services.records.get(integrationRunTable, String(run.sys_id));
    expect(after).toMatchObject({ state: 'processing', pages: chunks, records_fetched: total });
    expect(r.sandbox.control.requests().filter((request) => request.routeId === 'vm.vulns_export.chunk')).toHaveLength(chunks + 1);
  });

  it('a chunk that can never be saved fails the run, retryable, naming the store error', async () => {
    r = await rig();
    const run = await r.retrievingRun();
    const queue = flakyQueue(r.engine.queue, () => true);
    expect(await driveRetrieval(r.engine.deps, queue, r.engine.runs, run)).toEqual({ outcome: 'failed' });
    const after = await r.services.records.get(integrationRunTable, String(run.sys_id));
    expect(after).toMatchObject({ state: 'complete', substate: 'failed', failure_stage: 'fetching', failure_retryable: true, pages: 0 });
    expect(String(after?.failure_message)).toMatch(/^chunk 1 of export .*page 1 could not be saved: SQLITE_FULL: database or disk is full/);
  });

  it('a Security Center page that cannot be saved fails the run as persist_failed, and the session is closed', async () => {
    r = await rig();
    const run = await r.retrievingRun('tenable_sc');
    const queue = flakyQueue(r.engine.queue, () => true);
    expect(await driveRetrieval(r.engine.deps, queue, r.engine.runs, run)).toEqual({ outcome: 'failed' });
    const after = await r.services.records.get(integrationRunTable, String(run.sys_id));
    expect(after).toMatchObject({ substate: 'failed', failure_retryable: true });
    expect(String(after?.failure_message)).toMatch(/^page 1 of the cumulative pass could not be saved: page 1 could not be saved: SQLITE_FULL/);
    expect(r.sandbox.control.stats().scSessions).toBe(0);
  });

  it('a store error in the middle of the run fails it instead of leaving it retrieving', async () => {
    r = await rig();
    const run = await r.retrievingRun();
    const real = r.services.records;
    let updates = 0;
    const records = Object.create(real) as RecordStore;
    records.update = async (...args: Parameters<RecordStore['update']>) => {
      if (args[0].name === integrationRunTable.name && ++updates === 4) throw new Error('SQLITE_BUSY: database is locked');
      return real.update(...args);
    };
    const deps: EngineDeps = { ...r.engine.deps, records };
    expect(await driveRetrieval(deps, r.engine.queue, r.engine.runs, run)).toEqual({ outcome: 'failed' });
    const after = await real.get(integrationRunTable, String(run.sys_id));
    expect(after).toMatchObject({ state: 'complete', substate: 'failed', failure_stage: 'fetching', failure_retryable: true });
    expect(after?.failure_message).toBe('retrieval stopped by an unexpected error: SQLITE_BUSY: database is locked');
  });
});

describe('chunk downloads side by side', () => {
  let r: Rig | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await r?.close();
    r = undefined;
  });

  for (const downloads of [1, 3]) {
    it(`keeps ${downloads} chunk download(s) in flight when the host allows ${downloads}, never more, and saves every page once`, async () => {
      // Every chunk listed at the first poll, each download slowed so that they overlap.
      r = await rig({ ...SMALL_DATA, exports: { queuedPolls: 0, chunksPerPoll: 1000 } });
      r.sandbox.control.setFaults([{ endpoint: 'vm.vulns_export.chunk', kind: 'slow_response', params: { delayMs: 40 } }]);
      const run = await r.retrievingRun();
      const realFetch = globalThis.fetch;
      let inFlight = 0;
      let most = 0;
      vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args: Parameters<typeof fetch>) => {
        const chunk = String(args[0]).includes('/chunks/');
        if (chunk) most = Math.max(most, ++inFlight);
        try {
          const response = await realFetch(...args);
          // The body is read after fetch resolves: count the download until it is read.
          return chunk ? new Response(await response.text(), { status: response.status, headers: response.headers }) : response;
        } finally {
          if (chunk) inFlight -= 1;
        }
      });
      const queue = flakyQueue(r.engine.queue, () => false);
      expect(await driveRetrieval({ ...r.engine.deps, chunkDownloads: downloads }, queue, r.engine.runs, run)).toEqual({ outcome: 'done' });
      const chunks = Math.ceil(Number(SMALL_DATA.assets) / VM_ASSETS_PER_CHUNK);
      expect(most).toBe(downloads);
      expect([...queue.saves].sort((a, b) => a - b)).toEqual(Array.from({ length: chunks }, (_, i) => i + 1));
      const after = await r.services.records.get(integrationRunTable, String(run.sys_id));
      expect(after).toMatchObject({ state: 'processing', pages: chunks, records_fetched: r.sandbox.control.count({ product: 'vm', filters: { state: [...ALL_STATES] } }) });
    });
  }
});

describe('cancelling a run whose export never finishes', () => {
  let bench: TenableBench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it('cancels the export on Tenable and ends the run cancelled', async () => {
    bench = await startBench();
    const b = bench;
    const { connector } = await b.createConnector();
    b.sandbox.control.setFaults([{ endpoint: 'vm.vulns_export.status', kind: 'export_stuck', times: 1 }]);
    const started = await b.engine.startRun(String(connector.sys_id), 'manual', true);
    if (!started.ok) throw new Error(started.error.message);
    const polls = () => b.sandbox.control.requests().filter((request) => request.routeId === 'vm.vulns_export.status').length;
    for (let i = 0; i < 200 && polls() < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(polls()).toBeGreaterThanOrEqual(5);
    await b.engine.cancelRun(String(started.value.sys_id));
    const run = await b.engine.waitForRun(String(started.value.sys_id), 20_000);
    expect(run).toMatchObject({ state: 'complete', substate: 'cancelled' });
    expect(b.sandbox.control.requests().filter((request) => request.routeId === 'vm.vulns_export.cancel')).toHaveLength(1);
    expect(b.sandbox.control.stats().exports.map((job) => job.status)).toEqual(['CANCELLED']);
    expect((await b.connector(String(connector.sys_id))).last_success_cursor ?? null).toBeNull();
  });
});
