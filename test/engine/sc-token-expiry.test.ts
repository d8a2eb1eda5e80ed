import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/engine-harness';

describe('Security Center session expiry in the middle of a run', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('logs in again, continues the same run, succeeds and records token_regenerated', async () => {
    h = await startHarness('sqlite', { assets: 100, findings: 2500 });
    await h.engine.start();
    // Reference: the same data through a session that never expires.
    const { connector: reference } = await h.createConnector({ platform: 'tenable_sc' });
    const clean = await h.runToEnd(String(reference.sys_id), { fullImport: true });
    expect(clean).toMatchObject({ substate: 'succeeded', token_regenerated: false });
    const expected = (await h.items(String(reference.sys_id))).length;
    expect(expected).toBeGreaterThan(2000);
    expect(Number(clean.pages)).toBeGreaterThanOrEqual(3);

    // Second page of the analysis: the session is gone (403, error_code 12).
    h.sandbox.control.setFaults([{ endpoint: 'sc.analysis', sequence: [null, 'sc_token_expired'] }]);
    const { connector } = await h.createConnector({ platform: 'tenable_sc' });
    const id = String(connector.sys_id);
    const run = await h.runToEnd(id, { fullImport: true });
    expect(run, String(run.failure_message)).toMatchObject({ state: 'complete', substate: 'succeeded', token_regenerated: true });
    expect(h.sandbox.control.faultLog().some((fault) => fault.kind === 'sc_token_expired')).toBe(true);
    const logins = h.sandbox.control.requests().filter((r) => r.routeId === 'sc.token.create' && r.status === 200);
    expect(logins.length).toBeGreaterThanOrEqual(3);
    expect(await h.items(id)).toHaveLength(expected);
    expect(await h.connector(id)).toMatchObject({ status: 'connected' });
  });
});
