import { afterEach, describe, expect, it } from 'vitest';
import { connectorTable, importQueueEntryTable, vulnerableItemTable } from '../../src-shared/model/tables';
import { STORES } from '../support/stores';
import { startHarness, type Harness } from '../support/engine-harness';

const ALL_STATES = { state: ['OPEN', 'REOPENED', 'FIXED'] };

for (const dialect of STORES) {
  describe(`engine end to end on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('imports a full export exactly, then a delta with the changes only', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connector } = await h.createConnector();
      const first = await h.engine.startRun(String(connector.sys_id), 'manual', true);
      expect(first.ok).toBe(true);
      const run = await h.engine.waitForRun(String(first.ok && first.value.sys_id));
      expect(run).toMatchObject({ state: 'complete', substate: 'succeeded' });
      const expected = h.sandbox.control.count({ product: 'vm', filters: ALL_STATES });
      expect(await h.services.records.count(vulnerableItemTable)).toBe(expected);
      expect(run.records_processed).toBe(expected);
      const after = await h.services.records.get(connectorTable, String(connector.sys_id));
      expect(after).toMatchObject({ status: 'connected', last_run_status: 'succeeded', health: 'healthy' });
      expect(after?.last_success_cursor).toBeGreaterThan(0);

      h.sandbox.control.advanceClock(3600);
      const fixed = h.sandbox.control.fixFindings({ count: 5 });
      h.sandbox.control.addFindings({ count: 3 });
      h.sandbox.control.advanceClock(60);
      const delta = await h.engine.startRun(String(connector.sys_id), 'manual');
      const deltaRun = await h.engine.waitForRun(String(delta.ok && delta.value.sys_id));
      expect(deltaRun).toMatchObject({ substate: 'succeeded', full_import: false });
      // Exactly what changed since the cursor: five fixed, three new; nothing else is fetched again.
      expect(deltaRun).toMatchObject({ records_fetched: 8, records_processed: 8, cursor_from: after?.last_success_cursor });
      expect(Number((await h.services.records.get(connectorTable, String(connector.sys_id)))?.last_success_cursor)).toBeGreaterThan(Number(after?.last_success_cursor));
      expect(await h.services.records.count(vulnerableItemTable)).toBe(expected + 3);
      const closed = await h.services.records.findBy(vulnerableItemTable, { remote_state: 'FIXED', local_status: 'fixed' });
      for (const id of fixed) expect(closed.some((item) => item.source_finding_id === id || String(item.dedupe_key).includes(id))).toBe(true);
      const entries = await h.services.records.findBy(importQueueEntryTable, { run: String(deltaRun.sys_id) });
      expect(entries.every((entry) => entry.state === 'processed')).toBe(true);
    });
  });
}
