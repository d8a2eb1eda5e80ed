import { afterEach, describe, expect, it } from 'vitest';
import { importQueueEntryTable, integrationRunTable } from '../../src-shared/model/tables';
import type { Row } from '../../src-server/node/store/record-codec';
import { STORES } from '../support/stores';
import { eventually, startHarness, type Harness } from '../support/engine-harness';

const iso = (ms: number) => new Date(ms).toISOString();

/** A run whose one page waits in the queue (no worker loop runs until the test says so). */
async function runWithQueuedPage(h: Harness): Promise<{ connectorId: string; runId: string; entry: Row }> {
  const { connector } = await h.createConnector();
  const connectorId = String(connector.sys_id);
  const started = await h.engine.startRun(connectorId, 'manual', true);
  const runId = String(started.ok && started.value.sys_id);
  await eventually(async () => (await h.services.records.get(integrationRunTable, runId))?.state === 'processing', 'retrieval to finish');
  const entries = await h.services.records.findBy(importQueueEntryTable, { run: runId });
  expect(entries).toHaveLength(1);
  return { connectorId, runId, entry: entries[0] as Row };
}

for (const dialect of STORES) {
  describe(`watchdog on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('times out an entry whose worker went silent, and the retry finishes it from its resume details', async () => {
      h = await startHarness(dialect, {}, { workers: 1 });
      const { connectorId, runId, entry } = await runWithQueuedPage(h);
      const entryId = String(entry.sys_id);
      const now = h.services.clock();
      // A worker that died two hours ago, after its beat at record 200.
      const claimed = await h.engine.queue.claimNext('dead-host:1:abc', iso(now - 2 * 3600_000));
      expect(claimed?.sys_id).toBe(entryId);
      expect(await h.engine.queue.beat(entryId, 'dead-host:1:abc', 200, 0, { page: Number(entry.page_no), recordOffset: 200 }, iso(now - 2 * 3600_000 + 60_000))).toBe(true);

      await h.engine.tick();
      const requeued = await h.services.records.get(importQueueEntryTable, entryId);
      expect(requeued).toMatchObject({ state: 'queued', claimed_by: null, attempts: 1 });
      expect(String(requeued?.error)).toMatch(/timed out: no heartbeat for over 600 s .* retrying from record 200/);
      const timeoutLog = (await h.logs(connectorId)).find((log) => log.event === 'timeout');
      expect(timeoutLog).toMatchObject({ level: 'warn', stage: 'processing', retryable: true, run: runId });

      // A live worker takes it over and skips what the dead one had committed.
      await h.engine.start();
      const run = await h.engine.waitForRun(runId);
      expect(run).toMatchObject({ substate: 'succeeded' });
      const done = await h.services.records.get(importQueueEntryTable, entryId);
      expect(done).toMatchObject({ state: 'processed', attempts: 2 });
      const page = await h.engine.queue.payloadOf(entryId);
      const records = (typeof page === 'string' ? JSON.parse(page) : page) as { finding_id: string }[];
      const ids = new Set((await h.items(connectorId)).map((item) => String(item.source_finding_id)));
      expect(records.slice(0, 200).filter((r) => ids.has(r.finding_id))).toEqual([]);
      expect(records.slice(200).filter((r) => !ids.has(r.finding_id))).toEqual([]);
    });

    it('never times out an entry that keeps beating past the time limit; alerts once, then times it out when it goes silent', async () => {
      h = await startHarness(dialect, {}, { workers: 0 });
      const { connectorId, entry } = await runWithQueuedPage(h);
      const entryId = String(entry.sys_id);
      const worker = 'slow-host:2:def';
      await h.engine.queue.claimNext(worker, iso(h.services.clock()));
      // Seventy minutes of work with a beat every five minutes: past the one-hour limit, alive.
      for (let minute = 5; minute <= 70; minute += 5) {
        h.sandbox.control.advanceClock(300);
        expect(await h.engine.queue.beat(entryId, worker, minute, 0, { page: Number(entry.page_no), recordOffset: minute }, iso(h.services.clock()))).toBe(true);
        await h.engine.tick();
        expect(await h.services.records.get(importQueueEntryTable, entryId)).toMatchObject({ state: 'processing', claimed_by: worker });
      }
      const alerts = (await h.logs(connectorId)).filter((log) => log.event === 'alert' && String(log.message).includes('still beating'));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ level: 'warn', stage: 'processing' });
      expect((await h.logs(connectorId)).some((log) => log.event === 'timeout')).toBe(false);

      // Silence beyond the maximum delay: now it is stuck.
      h.sandbox.control.advanceClock(601);
      await h.engine.tick();
      expect(await h.services.records.get(importQueueEntryTable, entryId)).toMatchObject({ state: 'queued', claimed_by: null });
      expect((await h.logs(connectorId)).filter((log) => log.event === 'timeout')).toHaveLength(1);
      // Its own late beat is refused: the worker learns it lost the entry.
      expect(await h.engine.queue.beat(entryId, worker, 75, 0, { page: Number(entry.page_no), recordOffset: 75 }, iso(h.services.clock()))).toBe(false);
    });
  });
}
