import { afterEach, describe, expect, it } from 'vitest';
import { vulnerableItemTable } from '../../src-shared/model/tables';
import { writeBack } from '../../src-server/node/engine/write-back';
import type { Row } from '../../src-server/node/store/record-codec';
import { startHarness, type Harness } from '../support/engine-harness';

/** What the PATCH route does: store the new local status, then write it back. */
async function changeLocalStatus(h: Harness, item: Row, localStatus: 'risk_accepted' | 'in_progress' | 'false_positive') {
  const updated = (await h.services.records.update(vulnerableItemTable, String(item.sys_id), { local_status: localStatus }, new Date(h.services.clock()).toISOString())) as Row;
  return writeBack(h.engine.deps, updated, localStatus);
}

describe('write-back to the sandbox', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('risk_accepted creates an accept rule, and the next export reports the finding ACCEPTED', async () => {
    h = await startHarness('sqlite');
    await h.engine.start();
    const { connector } = await h.createConnector();
    const id = String(connector.sys_id);
    await h.runToEnd(id, { fullImport: true });
    const target = (await h.items(id)).find((item) => item.remote_state === 'OPEN' && item.severity_modification !== 'ACCEPTED') as Row;
    expect(target).toBeDefined();

    const outcome = await changeLocalStatus(h, target, 'risk_accepted');
    expect(outcome).toMatchObject({ synced: true, statusCode: 200 });
    const posts = h.sandbox.control.requests().filter((r) => r.method === 'POST' && r.path === '/v1/recast/rules');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.status).toBe(200);
    expect(h.sandbox.control.stats().recastRules).toBe(1);

    h.sandbox.control.advanceClock(60);
    await h.runToEnd(id, { fullImport: true });
    const after = (await h.items(id)).find((item) => item.sys_id === target.sys_id);
    expect(after).toMatchObject({ severity_modification: 'ACCEPTED', local_status: 'risk_accepted' });
    const logs = await h.logs(id);
    expect(logs.some((log) => log.event === 'write_back' && log.level === 'info' && String(log.message).includes('accept_rule created in tenable'))).toBe(true);
  });

  it('an unmapped local status is not synced: no request to Tenable, the reason is logged', async () => {
    h = await startHarness('sqlite');
    await h.engine.start();
    const { connector } = await h.createConnector();
    const id = String(connector.sys_id);
    await h.runToEnd(id, { fullImport: true });
    const target = (await h.items(id)).find((item) => item.remote_state === 'OPEN') as Row;
    const requestsBefore = h.sandbox.control.requests().length;

    const outcome = await changeLocalStatus(h, target, 'in_progress');
    expect(outcome.synced).toBe(false);
    expect(outcome.message).toContain('in_progress is not mapped');
    expect(h.sandbox.control.requests()).toHaveLength(requestsBefore);
    expect(h.sandbox.control.stats().recastRules).toBe(0);
    const logs = (await h.logs(id)).filter((log) => log.event === 'write_back');
    expect(logs).toHaveLength(1);
    expect(logs[0]?.message).toMatch(/write-back of 'in_progress' for .* not synced: local status in_progress is not mapped/);
  });
});
