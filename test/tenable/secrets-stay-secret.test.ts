/**
 * Credentials reach Tenable and nowhere else: after good syncs, failing syncs (401, 403, network
 * errors), connection tests, project searches and write-backs, no access key, secret key or
 * Security Center password appears in a host log line, a connector log, a run record (or any other
 * stored row), a returned message or a thrown error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseConnectionTest } from '../../src-shared/core/connection-diagnosis';
import { connectionTable, integrationRunTable, TABLES } from '../../src-shared/model/tables';
import { findProjects } from '../../src-server/node/engine/projects-lookup';
import { writeBack } from '../../src-server/node/engine/write-back';
import { createFetchConnectionTester } from '../../src-server/node/tenable/fetch-connection-tester';
import type { Row } from '../../src-server/node/store/record-codec';
import { SMALL_DATA, startBench, type ConnectorOptions, type TenableBench } from './tenable-harness';

// Distinctive values: a leak of any of them, or of a long piece of one, is unmistakable.
const VM_KEYS = { accessKey: 'AKvm7c1e4f0b9a2d8e6f3c5b7a9d1e2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4f6', secretKey: 'SKvm0f1e2d3c4b5a69788796a5b4c3d2e1f0ffeeddccbbaa99887766554433221' };
const SC_KEYS = { accessKey: 'AKsc5c0a11ce5c0a11ce5c0a11ce5c0a', secretKey: 'SKsc5ec7e75c5ec7e75c5ec7e75c5ec7' };
const SC_USER = { username: 'secmanager', password: 'PW-sc-correct-horse-battery-staple-42' };
const WRONG = { accessKey: 'AKwrong-9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0', secretKey: 'SKwrong-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f', password: 'PW-wrong-tr0ub4dor-and-3' };

const SECRETS = [VM_KEYS.accessKey, VM_KEYS.secretKey, SC_KEYS.accessKey, SC_KEYS.secretKey, SC_USER.password, WRONG.accessKey, WRONG.secretKey, WRONG.password];
/** Every secret and its first and last 12 characters (a truncated or partly masked leak). */
const NEEDLES = SECRETS.flatMap((secret) => [secret, secret.slice(0, 12), secret.slice(-12)]);

function leaks(haystack: string): string[] {
  return NEEDLES.filter((needle) => haystack.includes(needle));
}

describe('secrets never leave the connection record', () => {
  let bench: TenableBench;
  /** Everything a user or an operator can read that is not a stored row or a log line. */
  const said: string[] = [];
  let closedUrl = '';

  beforeAll(async () => {
    bench = await startBench({ ...SMALL_DATA, keys: [VM_KEYS], scKeys: [SC_KEYS], scUsers: [SC_USER] });
    // A port nothing listens on: connect to it, remember it, close it.
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    closedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 9}`;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => bench?.close());

  const attempt = async (what: string, action: () => Promise<unknown>) => {
    try {
      const value = await action();
      said.push(`${what}: ${JSON.stringify(value)}`);
      return value;
    } catch (error) {
      said.push(`${what} threw: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`);
      return undefined;
    }
  };

  const CASES: readonly { name: string; options: ConnectorOptions; substate: 'succeeded' | 'failed'; statusCode?: number | null }[] = [
    { name: 'VM with good keys', options: { platform: 'tenable_vm', keys: VM_KEYS }, substate: 'succeeded' },
    { name: 'VM with wrong keys (401)', options: { platform: 'tenable_vm', keys: WRONG }, substate: 'failed', statusCode: 401 },
    { name: 'VM, nothing listening (network error)', options: { platform: 'tenable_vm', keys: VM_KEYS, baseUrl: 'closed' }, substate: 'failed', statusCode: null },
    { name: 'WAS with wrong keys (401)', options: { platform: 'tenable_was', keys: WRONG }, substate: 'failed', statusCode: 401 },
    { name: 'SC session, good password', options: { platform: 'tenable_sc', auth: 'session', user: SC_USER }, substate: 'succeeded' },
    { name: 'SC session, wrong password (403)', options: { platform: 'tenable_sc', auth: 'session', user: { username: SC_USER.username, password: WRONG.password } }, substate: 'failed', statusCode: 403 },
    { name: 'SC session, nothing listening (network error)', options: { platform: 'tenable_sc', auth: 'session', user: SC_USER, baseUrl: 'closed' }, substate: 'failed', statusCode: null },
    { name: 'SC with wrong API keys (403)', options: { platform: 'tenable_sc', keys: WRONG }, substate: 'failed', statusCode: 403 },
  ];

  it.each(CASES)('$name: sync, connection test, project search and write-back leak nothing', async ({ options, substate, statusCode }) => {
    const { connector, revealed } = await bench.createConnector({ ...options, ...(options.baseUrl === 'closed' ? { baseUrl: closedUrl } : {}) });
    const run = (await attempt('run', () => bench.run(String(connector.sys_id)))) as Row | undefined;
    expect(run?.substate).toBe(substate);
    if (statusCode !== undefined) expect(run?.failure_status_code).toBe(statusCode);

    const tested = await attempt('connection test', () => createFetchConnectionTester({ timeoutMs: 5_000 }).test(revealed));
    if (tested) said.push(JSON.stringify(diagnoseConnectionTest(tested as Parameters<typeof diagnoseConnectionTest>[0])));
    // (Not against the closed port: the search retries with real waits there, ~18 s.)
    if (options.baseUrl !== 'closed') await attempt('project search', () => findProjects(revealed, 'WAS', 'portal', () => bench.sandbox.control.now()));
    const [item] = await bench.items(String(connector.sys_id));
    if (item) await attempt('write-back', () => writeBack(bench.engine.deps, item, 'risk_accepted'));
    // A write-back whose Tenable no longer answers (network error on a request carrying the keys).
    if (item && substate === 'succeeded') {
      await bench.services.records.update(connectionTable, String(revealed.sys_id), { base_url: closedUrl }, new Date(bench.services.clock()).toISOString());
      await attempt('write-back after the server went away', () => writeBack(bench.engine.deps, item, 'false_positive'));
    }
  });

  it('no secret in any host log line, connector log, run record, stored row, message or error', async () => {
    // The checks above did produce material to search: failures, their messages and log lines.
    expect(bench.logLines.length).toBeGreaterThan(20);
    expect(said.join('\n')).toMatch(/401|invalid_credentials/i);
    expect(said.some((text) => text.includes('ECONNREFUSED') || text.includes('refused'))).toBe(true);

    const logHits = bench.logLines.flatMap((line, index) => leaks(line).map((needle) => `log line ${index}: ${needle}`));
    expect(logHits).toEqual([]);

    const rowHits: string[] = [];
    let rows = 0;
    for (const table of TABLES) {
      for (const row of await bench.services.records.findBy(table, {})) {
        rows++;
        const text = JSON.stringify(row);
        for (const needle of leaks(text)) rowHits.push(`${table.name} ${String(row.sys_id)}: ${needle}`);
      }
    }
    expect(rows).toBeGreaterThan(100);
    expect(rowHits).toEqual([]);

    const runs = await bench.services.records.findBy(integrationRunTable, {});
    expect(runs.filter((run) => run.substate === 'failed').length).toBeGreaterThanOrEqual(6);
    const connectorLogs = await bench.connectorLogs();
    expect(connectorLogs.some((log) => log.level === 'error')).toBe(true);

    expect(said.flatMap((text) => leaks(text))).toEqual([]);
  });
});
