import { afterEach, describe, expect, it } from 'vitest';
import { assetSyncTable, assetTable, connectorProjectTable, connectorTable, dailyMetricTable, importQueueEntryTable, integrationRunTable, statusMappingTable, vulnerableItemTable, connectorLogTable } from '../../src-shared/model/tables';
import { NO_SEVERITY_WARNING } from '../../src-shared/rules/severity-filter';
import type { Row } from '../../src-server/node/store/record-codec';
import { STORES } from '../support/stores';
import { eventually, startHarness, type Harness } from '../support/engine-harness';

const ALL_STATES = { state: ['OPEN', 'REOPENED', 'FIXED'] };

async function runsOf(h: Harness, connectorId: string): Promise<Row[]> {
  return h.services.records.findBy(integrationRunTable, { connector: connectorId });
}

for (const dialect of STORES) {
  describe(`connector operations on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('disable keeps the data and blocks runs; enable starts a run and turns green only after it succeeds', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      // The first sync fails for good (revoked keys): the connector is failed, not green.
      h.sandbox.control.revokeKeys();
      const failedRun = await h.runToEnd(id, { fullImport: true });
      expect(failedRun).toMatchObject({ substate: 'failed', failure_retryable: false });
      expect(await h.connector(id)).toMatchObject({ status: 'failed' });
      h.sandbox.control.restoreKeys();

      // A good sync while still enabled (Execute Now from failed), then data to keep.
      const executed = await h.operations.execute(id, true);
      expect(executed.ok).toBe(true);
      await h.engine.waitForRun(String(executed.ok && executed.value.sys_id));
      const itemCount = (await h.items(id)).length;
      expect(itemCount).toBe(h.sandbox.control.count({ product: 'vm', filters: ALL_STATES }));
      // ...which fails again, so enabling later must not go straight to green.
      h.sandbox.control.revokeKeys();
      expect(await h.runToEnd(id)).toMatchObject({ substate: 'failed' });
      h.sandbox.control.restoreKeys();

      const disabled = await h.operations.disable(id);
      expect(disabled.ok && disabled.value).toMatchObject({ status: 'disabled', active: false });
      const runsBefore = (await runsOf(h, id)).length;
      expect((await h.engine.startRun(id, 'manual')).ok).toBe(false);
      expect((await h.operations.execute(id, false)).ok).toBe(false);
      // A due schedule does not fire while disabled.
      await h.services.records.update(connectorTable, id, { schedule_run: 'periodically', schedule_interval_minutes: 60, last_fired_at: new Date(h.services.clock() - 3 * 3600_000).toISOString() }, new Date(h.services.clock()).toISOString());
      await h.engine.tick();
      await h.engine.tick();
      expect(await runsOf(h, id)).toHaveLength(runsBefore);
      expect(await h.items(id)).toHaveLength(itemCount);

      const enabled = await h.operations.enable(id);
      expect(enabled.ok && enabled.value).toMatchObject({ status: 'connecting', active: true });
      const enableRun = (await runsOf(h, id)).find((run) => run.trigger === 'enable');
      expect(enableRun).toBeDefined();
      const finished = await h.engine.waitForRun(String(enableRun?.sys_id));
      expect(finished).toMatchObject({ substate: 'succeeded' });
      expect(await h.connector(id)).toMatchObject({ status: 'connected', active: true, last_run_status: 'succeeded' });
    });

    it('delete purges everything of the connector and keeps assets another connector still reports', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connection } = await h.createConnector();
      const created = await h.operations.create({ values: { name: 'to delete', connection: connection.sys_id, schedule_run: 'on_demand' }, projects: [{ project_type: 'VM', external_id: 'vm-all-assets' }] });
      expect(created.ok).toBe(true);
      const doomed = String(created.ok && created.value.sys_id);
      const [firstRun] = await runsOf(h, doomed);
      expect(await h.engine.waitForRun(String(firstRun?.sys_id))).toMatchObject({ substate: 'succeeded' });
      // The survivor imports only critical findings, so it reports a strict subset of the assets.
      const { connector: survivor } = await h.createConnector({ severity_filter: 'critical' });
      const keep = String(survivor.sys_id);
      expect(await h.runToEnd(keep, { fullImport: true })).toMatchObject({ substate: 'succeeded' });
      const keptAssets = new Set((await h.services.records.findBy(assetSyncTable, { connector: keep })).map((row) => String(row.asset)));
      const allAssets = await h.services.records.count(assetTable);
      expect(keptAssets.size).toBeGreaterThan(0);
      expect(keptAssets.size).toBeLessThan(allAssets);
      const survivorItems = (await h.items(keep)).length;
      for (const table of [statusMappingTable, connectorProjectTable, dailyMetricTable, connectorLogTable, importQueueEntryTable]) {
        expect((await h.services.records.findBy(table, { connector: doomed })).length, table.name).toBeGreaterThan(0);
      }

      const deleting = await h.operations.delete(doomed);
      expect(deleting.ok && deleting.value).toMatchObject({ status: 'deleting' });
      await h.engine.purgesSettled();
      await eventually(async () => (await h.connector(doomed)) === undefined, 'the connector record to be deleted');
      for (const table of [integrationRunTable, importQueueEntryTable, connectorLogTable, vulnerableItemTable, assetSyncTable, statusMappingTable, connectorProjectTable, dailyMetricTable]) {
        expect(await h.services.records.findBy(table, { connector: doomed }), table.name).toHaveLength(0);
      }
      const remaining = await h.services.records.findBy(assetTable, {});
      expect(new Set(remaining.map((row) => String(row.sys_id)))).toEqual(keptAssets);
      expect(await h.items(keep)).toHaveLength(survivorItems);
      expect(await h.connector(keep)).toMatchObject({ status: 'connected' });
    });

    it('cancel mid-way completes the run as cancelled, stops the export and closes every entry', async () => {
      // 24 pages, one finished per slow status poll: the cancel lands while the export still runs.
      h = await startHarness(dialect, { assets: 2_400, findings: 12_000, exports: { queuedPolls: 0, chunksPerPoll: 1 }, faults: [{ endpoint: 'vm.vulns_export.status', kind: 'slow_response', params: { delayMs: 150 } }] });
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      const started = await h.engine.startRun(id, 'manual', true);
      const runId = String(started.ok && started.value.sys_id);
      await eventually(async () => (await h.services.records.findBy(importQueueEntryTable, { run: runId })).length >= 2, 'two pages to be queued');
      const cancelled = await h.operations.cancel(id);
      expect(cancelled.ok, JSON.stringify(cancelled)).toBe(true);
      const run = await h.engine.waitForRun(runId);
      expect(run, String(run.failure_message)).toMatchObject({ state: 'complete', substate: 'cancelled', cancel_requested: true });
      const entries = await h.services.records.findBy(importQueueEntryTable, { run: runId });
      expect(entries.length).toBeLessThan(24);
      for (const entry of entries) expect(['processed', 'error']).toContain(entry.state);
      // The run can be closed as cancelled while retrieval is still telling Tenable to stop.
      const cancels = () => h.sandbox.control.requests().filter((r) => r.routeId === 'vm.vulns_export.cancel').map((r) => r.status);
      await eventually(async () => cancels().length > 0, 'the export to be cancelled on Tenable');
      expect(cancels()).toEqual([200]);
      // Nothing still works for the cancelled run: the connector takes the next run normally.
      await h.engine.tick();
      h.sandbox.control.clearFaults();
      expect(await h.runToEnd(id, { fullImport: true })).toMatchObject({ substate: 'succeeded' });
    });

    it('cancel while every page waits in the queue completes the run at once and closes the entries', async () => {
      // No worker loop: retrieval finishes, the pages wait, nobody would ever beat for this run.
      h = await startHarness(dialect, { assets: 2000, findings: 2000, exports: { queuedPolls: 0, chunksPerPoll: Infinity } }, { workers: 0 });
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      const started = await h.engine.startRun(id, 'manual', true);
      const runId = String(started.ok && started.value.sys_id);
      await eventually(async () => (await h.services.records.get(integrationRunTable, runId))?.state === 'processing', 'retrieval to finish');
      const cancelled = await h.operations.cancel(id);
      expect(cancelled.ok && cancelled.value[0]).toMatchObject({ state: 'complete', substate: 'cancelled' });
      const entries = await h.services.records.findBy(importQueueEntryTable, { run: runId });
      expect(entries.length).toBeGreaterThanOrEqual(4);
      for (const entry of entries) expect(entry).toMatchObject({ state: 'error', error: 'run ended cancelled' });
      expect(await h.items(id)).toHaveLength(0);
      const logs = await h.logs(id);
      expect(logs.some((log) => String(log.message).includes('run cancelled at user request'))).toBe(true);
    });

    it('a severity filter with nothing selected imports nothing, completes, and warns on the connector', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connection } = await h.createConnector();
      const created = await h.operations.create({ values: { name: 'no severities', connection: connection.sys_id, schedule_run: 'on_demand' }, severities: [] });
      expect(created.ok && created.value).toMatchObject({ warning: NO_SEVERITY_WARNING, severity_filter: '' });
      const id = String(created.ok && created.value.sys_id);
      const [run] = await runsOf(h, id);
      const finished = await h.engine.waitForRun(String(run?.sys_id));
      expect(finished).toMatchObject({ state: 'complete', substate: 'succeeded', records_processed: 0 });
      expect(await h.items(id)).toHaveLength(0);
      expect(await h.connector(id)).toMatchObject({ warning: NO_SEVERITY_WARNING });
      // Selecting severities again clears the warning.
      const fixed = await h.operations.replaceSeverityFilter(id, ['critical']);
      expect(fixed.ok && fixed.value).toMatchObject({ warning: null, severity_filter: 'critical' });
    });
  });
}
