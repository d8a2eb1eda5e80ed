import { afterEach, describe, expect, it } from 'vitest';
import { STORES } from '../support/stores';
import { remediationTaskTable, vulnerableItemTable } from '../../src-shared/model/tables';
import { startHarness, type Harness } from '../support/engine-harness';
import type { Row } from '../../src-server/node/store/record-codec';

const byFinding = (items: Row[], ids: readonly string[]) => ids.map((id) => items.find((item) => item.source_finding_id === id));

for (const dialect of STORES) {
  describe(`remote state → local status on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('FIXED closes the item, REOPENED reopens it, and a later import never closes a finding still reported', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      expect(await h.runToEnd(id, { fullImport: true })).toMatchObject({ substate: 'succeeded' });

      // Pick findings that are open now, fix them in "Tenable", sync the delta.
      h.sandbox.control.advanceClock(3600);
      const fixed = h.sandbox.control.fixFindings({ count: 6 });
      expect(fixed).toHaveLength(6);
      const before = byFinding(await h.items(id), fixed);
      for (const item of before) expect(item).toMatchObject({ local_status: 'identified' });
      h.sandbox.control.advanceClock(60);
      expect(await h.runToEnd(id)).toMatchObject({ substate: 'succeeded', full_import: false });
      for (const item of byFinding(await h.items(id), fixed)) expect(item).toMatchObject({ remote_state: 'FIXED', local_status: 'fixed' });

      // Three of them come back: reopened in Tenable, reopened here.
      h.sandbox.control.advanceClock(3600);
      const reopened = h.sandbox.control.reopenFindings({ findingIds: fixed.slice(0, 3) });
      expect(reopened).toEqual(fixed.slice(0, 3));
      h.sandbox.control.advanceClock(60);
      expect(await h.runToEnd(id)).toMatchObject({ substate: 'succeeded' });
      const items = await h.items(id);
      for (const item of byFinding(items, reopened)) expect(item).toMatchObject({ remote_state: 'REOPENED', local_status: 'identified' });
      for (const item of byFinding(items, fixed.slice(3))) expect(item).toMatchObject({ remote_state: 'FIXED', local_status: 'fixed' });

      // A quiet delta and then a full re-import: nothing still reported is closed, counts exact.
      h.sandbox.control.advanceClock(3600);
      expect(await h.runToEnd(id)).toMatchObject({ substate: 'succeeded' });
      expect(await h.runToEnd(id, { fullImport: true })).toMatchObject({ substate: 'succeeded' });
      const final = await h.items(id);
      const allStates = { state: ['OPEN', 'REOPENED', 'FIXED'] };
      expect(final).toHaveLength(h.sandbox.control.count({ product: 'vm', filters: allStates }));
      expect(final.filter((item) => item.local_status === 'fixed')).toHaveLength(h.sandbox.control.count({ product: 'vm', filters: { state: ['FIXED'] } }));
      for (const item of final) expect(item.local_status === 'fixed').toBe(item.remote_state === 'FIXED');

      // Remediation tasks count their open items only, and every open item has a task.
      const tasks = await h.services.records.findBy(remediationTaskTable, {});
      const open = final.filter((item) => item.remote_state !== 'FIXED');
      expect(tasks.reduce((sum, task) => sum + Number(task.item_count), 0)).toBe(open.length);
      for (const item of open) expect(tasks.some((task) => task.sys_id === item.remediation_task)).toBe(true);
    });

    it('keeps a local edit through syncs that report nothing new for the finding', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      await h.runToEnd(id, { fullImport: true });
      const open = (await h.items(id)).find((item) => item.remote_state === 'OPEN') as Row;
      await h.services.records.update(vulnerableItemTable, String(open.sys_id), { local_status: 'in_progress' }, new Date(h.services.clock()).toISOString());
      h.sandbox.control.advanceClock(3600);
      await h.runToEnd(id, { fullImport: true });
      expect((await h.items(id)).find((item) => item.sys_id === open.sys_id)).toMatchObject({ remote_state: 'OPEN', local_status: 'in_progress' });
    });
  });
}
