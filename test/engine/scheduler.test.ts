import { afterEach, describe, expect, it } from 'vitest';
import { connectorTable, integrationRunTable } from '../../src-shared/model/tables';
import type { Row } from '../../src-server/node/store/record-codec';
import { STORES } from '../support/stores';
import { eventually, startHarness, type Harness } from '../support/engine-harness';

const HOUR = 3600_000;

async function runsOf(h: Harness, connectorId: string): Promise<Row[]> {
  return h.services.records.findBy(integrationRunTable, { connector: connectorId });
}

/** An hourly connector (fires sit on whole hours); the clock is moved to ten past the hour. */
async function hourly(h: Harness, lastFiredAgoMs: number): Promise<string> {
  h.sandbox.control.advanceClock(((70 - new Date(h.services.clock()).getUTCMinutes()) % 60) * 60);
  expect(new Date(h.services.clock()).getUTCMinutes()).toBe(10);
  const { connector } = await h.createConnector({ connectorValues: { schedule_run: 'periodically', schedule_interval_minutes: 60, schedule_timezone: 'UTC' } });
  const id = String(connector.sys_id);
  await h.services.records.update(connectorTable, id, { last_fired_at: new Date(h.services.clock() - lastFiredAgoMs).toISOString() }, new Date(h.services.clock()).toISOString());
  return id;
}

for (const dialect of STORES) {
  describe(`scheduler on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('fires a periodic schedule when it falls due, and not before', async () => {
      h = await startHarness(dialect, {}, { tickMs: 60_000 });
      const id = await hourly(h, 5 * 60_000);
      await h.engine.tick();
      expect(await runsOf(h, id)).toHaveLength(0);
      expect(Date.parse(String((await h.connector(id))?.next_run_at))).toBe(h.services.clock() + 50 * 60_000);

      h.sandbox.control.advanceClock(51 * 60);
      await h.engine.tick();
      const runs = await runsOf(h, id);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ trigger: 'schedule' });
      await h.engine.start();
      expect(await h.engine.waitForRun(String(runs[0]?.sys_id))).toMatchObject({ substate: 'succeeded' });
      await h.engine.tick();
      expect(await runsOf(h, id)).toHaveLength(1);
    });

    it('runs fires missed while the engine was stopped once at start, not once per missed slot', async () => {
      h = await startHarness(dialect, {}, { tickMs: 60_000 });
      const id = await hourly(h, 5 * 60_000);
      // The host is down for five hours: five slots pass.
      h.sandbox.control.advanceClock(5 * 3600);
      await h.engine.start(); // its first tick runs at once
      const [run] = await eventually(async () => {
        const runs = await runsOf(h, id);
        return runs.length > 0 ? runs : undefined;
      }, 'the catch-up run');
      expect(run).toMatchObject({ trigger: 'catch_up' });
      await h.engine.waitForRun(String(run?.sys_id));
      for (let i = 0; i < 3; i++) await h.engine.tick();
      expect(await runsOf(h, id)).toHaveLength(1);
      const after = await h.connector(id);
      expect(Date.parse(String(after?.last_fired_at))).toBe(h.services.clock());
      expect(Date.parse(String(after?.next_run_at))).toBeGreaterThan(h.services.clock());
      expect(Date.parse(String(after?.next_run_at))).toBeLessThanOrEqual(h.services.clock() + HOUR);
    });

    it('starts one run when Execute Now races the scheduler for the same connector', async () => {
      h = await startHarness(dialect, {}, { tickMs: 60_000, workers: 0 });
      const id = await hourly(h, 15 * 60_000);
      const [manual, scheduled] = await Promise.all([h.engine.startRun(id, 'manual'), h.engine.startRun(id, 'schedule'), h.engine.tick()]);
      const runs = await runsOf(h, id);
      expect(runs).toHaveLength(1);
      expect([manual.ok, scheduled.ok]).toEqual([true, false]);
      expect(!scheduled.ok && scheduled.error.code).toBe('run_active');
      await h.engine.cancelRun(String(runs[0]?.sys_id));
    });

    it('skips a fire that overlaps an active run and logs why', async () => {
      // The export never finishes: the first run stays `retrieving` while the next slot comes.
      h = await startHarness(dialect, { faults: [{ endpoint: 'vm.vulns_export.status', kind: 'slow_response', params: { delayMs: 200 } }], exports: { queuedPolls: 1_000_000, chunksPerPoll: 1 } }, { tickMs: 60_000 });
      const id = await hourly(h, 15 * 60_000);
      await h.engine.tick();
      const [first] = await runsOf(h, id);
      expect(first).toMatchObject({ trigger: 'schedule' });
      await eventually(async () => (await h.services.records.get(integrationRunTable, String(first?.sys_id)))?.state === 'retrieving', 'the first run to retrieve');

      h.sandbox.control.advanceClock(3600);
      await h.engine.tick();
      expect(await runsOf(h, id)).toHaveLength(1);
      const skip = (await h.logs(id)).find((log) => String(log.message).startsWith("trigger 'schedule' skipped"));
      expect(skip).toMatchObject({ level: 'info', stage: 'initiating', event: 'alert' });
      expect(String(skip?.message)).toContain("is still 'retrieving'");
      // One skip per slot, not one per tick.
      await h.engine.tick();
      expect((await h.logs(id)).filter((log) => String(log.message).startsWith("trigger 'schedule' skipped"))).toHaveLength(1);
      await h.engine.cancelRun(String(first?.sys_id));
    });
  });
}
