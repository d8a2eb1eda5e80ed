import { afterEach, describe, expect, it } from 'vitest';
import { integrationRunTable } from '../../src-shared/model/tables';
import { STORES } from '../support/stores';
import { startHarness, type Harness } from '../support/engine-harness';

for (const dialect of STORES) {
  describe(`a failing run tells the truth on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('an export that turns ERROR ends the run complete/failed at stage fetching; the connector retries later', async () => {
      h = await startHarness(dialect, { faults: [{ endpoint: 'vm.vulns_export.status', kind: 'export_error', times: 1 }] });
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      const run = await h.runToEnd(id, { fullImport: true });
      expect(run).toMatchObject({ state: 'complete', substate: 'failed', failure_stage: 'fetching', failure_retryable: true, failure_status_code: null });
      expect(String(run.failure_message)).toMatch(/export .* ended in status error on tenable/);
      expect(run.ended).not.toBeNull();
      expect(await h.items(id)).toHaveLength(0);
      const after = await h.connector(id);
      expect(after).toMatchObject({ status: 'retrying', last_run_status: 'failed', retry_attempt: 1, last_success_cursor: null });
      expect(Date.parse(String(after?.retry_at))).toBeGreaterThan(h.services.clock());
      const logs = await h.logs(id);
      const failure = logs.find((log) => log.level === 'error' && log.stage === 'fetching' && log.run === run.sys_id);
      expect(failure).toMatchObject({ retryable: true });
      expect(String(failure?.message)).toContain('ended in status error');
      expect(logs.some((log) => log.event === 'retry_scheduled' && String(log.message).includes(String(after?.retry_at)))).toBe(true);

      // When the backoff has passed the scheduler retries; the retry succeeds and turns it green.
      h.sandbox.control.advanceClock(Math.ceil((Date.parse(String(after?.retry_at)) - h.services.clock()) / 1000) + 1);
      await h.engine.tick();
      const [retry] = (await h.services.records.findBy(integrationRunTable, { connector: id })).filter((r) => r.trigger === 'retry');
      expect(retry).toBeDefined();
      expect(await h.engine.waitForRun(String(retry?.sys_id))).toMatchObject({ substate: 'succeeded', attempt: 2 });
      expect(await h.connector(id)).toMatchObject({ status: 'connected', retry_attempt: 0, retry_at: null });
    });

    it('an answer the run cannot retry (401) fails it with the status code, and the connector fails without a retry', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const { connector } = await h.createConnector();
      const id = String(connector.sys_id);
      h.sandbox.control.revokeKeys();
      const run = await h.runToEnd(id, { fullImport: true });
      expect(run).toMatchObject({ substate: 'failed', failure_stage: 'fetching', failure_status_code: 401, failure_retryable: false });
      expect(await h.connector(id)).toMatchObject({ status: 'failed', retry_at: null, health: 'unhealthy' });
      const failure = (await h.logs(id)).find((log) => log.level === 'error' && log.stage === 'fetching');
      expect(failure).toMatchObject({ status_code: 401, retryable: false });
    });
  });
}
