/**
 * Chunks are consumed a few at a time: a 200,000-finding VM export (≈ 350 MB of JSON) driven through
 * the real retrieval loop and transport keeps the heap flat — bounded by the chunks in flight (the
 * planner's maxChunksInFlight, 3), not by the export. The import queue is replaced by a counter so
 * only the client side is measured.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { connectionTable, connectorTable, integrationRunTable } from '../../src-shared/model/tables';
import { DEFAULT_ENGINE_OPTIONS, Engine } from '../../src-server/node/engine/engine';
import type { NewPage, QueueStore } from '../../src-server/node/engine/queue-store';
import { driveRetrieval, VM_ASSETS_PER_CHUNK } from '../../src-server/node/engine/retrieval';
import { DEMO_VM_KEYS, startSandbox } from '../../src-server/sandbox/index';
import { testServices } from '../support/host';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => process.memoryUsage().heapUsed / 1e6;

describe('retrieval memory', () => {
  it('streams a 200k-finding export chunk by chunk with bounded heap growth', async () => {
    // 4,000 assets × 50 findings; retrieval asks VM_ASSETS_PER_CHUNK assets per chunk (50: ~4.5 MB).
    const chunks = 4_000 / VM_ASSETS_PER_CHUNK;
    const sandbox = await startSandbox({ seed: 41, assets: 4_000, findings: 200_000, exports: { queuedPolls: 0, chunksPerPoll: 4 } });
    const services = await testServices('sqlite', { clock: () => sandbox.control.now() });
    // Not a coordinator: the test drives this one retrieval itself.
    const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, coordinator: false, workers: 0, waitScale: 0 });
    try {
      const now = new Date(services.clock()).toISOString();
      const connection = await services.records.insert(connectionTable, services.secrets.encryptSecrets(connectionTable, { name: 'memory', platform: 'tenable_vm', base_url: sandbox.url, access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey }), now);
      const connector = await services.records.insert(connectorTable, { name: 'memory', connection: connection.sys_id, schedule_run: 'on_demand' }, now);
      const queued = await engine.runs.startRun(String(connector.sys_id), 'manual', true);
      if (!queued.ok) throw new Error(queued.error.message);
      const started = await engine.runs.apply(String(queued.value.sys_id), { type: 'start' });
      if (!started.ok) throw new Error(started.error.message);

      let pages = 0;
      let records = 0;
      let bytes = 0;
      let largestPage = 0;
      gc();
      const base = heapMb();
      /** Heap as found (garbage included) and live heap (after a collection) while a chunk is held. */
      let peak = base;
      let livePeak = base;
      const counter = {
        async savePage(page: NewPage) {
          pages++;
          records += page.recordsTotal;
          bytes += page.payload.length;
          largestPage = Math.max(largestPage, page.payload.length);
          peak = Math.max(peak, heapMb());
          // The chunk text is still referenced here (by the caller and `page`): what survives a
          // collection is what the loop really keeps.
          gc();
          livePeak = Math.max(livePeak, heapMb());
        },
        countsByState: async () => ({}),
      } as unknown as QueueStore;

      const outcome = await driveRetrieval(engine.deps, counter, engine.runs, started.value);
      gc();
      const after = heapMb();
      const run = await services.records.get(integrationRunTable, String(queued.value.sys_id));
      process.stdout.write(
        `retrieval memory: heap base ${base.toFixed(1)} MB, live peak +${(livePeak - base).toFixed(1)} MB (uncollected peak +${(peak - base).toFixed(1)} MB), after +${(after - base).toFixed(1)} MB; ` +
          `${pages} chunks, ${records} records, ${(bytes / 1e6).toFixed(0)} MB fetched, largest chunk ${(largestPage / 1e6).toFixed(1)} MB, rest ${String(run?.rest_api_ms)} ms\n`,
      );
      expect(outcome).toEqual({ outcome: 'done' });
      expect(records).toBe(200_000);
      expect(pages).toBe(chunks);
      expect(run).toMatchObject({ state: 'processing', records_fetched: 200_000, pages: chunks, cursor_may_advance: true });
      expect(bytes).toBeGreaterThan(200_000 * 1000);
      // One chunk is a few MB of text: the loop keeps at most the 3 chunks in flight alive at a time.
      expect(livePeak - base).toBeLessThan(Math.max(32, (largestPage / 1e6) * 3));
      // Garbage included, the heap stays far below the export's size (generous: GC timing varies).
      expect(peak - base).toBeLessThan(256);
      // Nothing is kept once the export is done (the data itself is ~350 MB).
      expect(after - base).toBeLessThan(16);
    } finally {
      await engine.stop();
      await services.database.close();
      await sandbox.close();
    }
  }, 120_000);
});
