/**
 * The Node host's Tenable clients (transport + planners, connection tester, projects lookup,
 * write-back) against the sandbox over real loopback HTTP, for VM, WAS and Security Center: what
 * they import is exactly what the sandbox holds, deltas ask for the right window, and every
 * request names the integration and is timed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { diagnoseConnectionTest } from '../../src-shared/core/connection-diagnosis';
import type { Platform } from '../../src-shared/model/vocabulary';
import { findProjects, VM_ALL_ASSETS } from '../../src-server/node/engine/projects-lookup';
import { writeBack } from '../../src-server/node/engine/write-back';
import { createFetchConnectionTester } from '../../src-server/node/tenable/fetch-connection-tester';
import { USER_AGENT } from '../../src-server/node/tenable/user-agent';
import { DEMO_SC_KEYS, DEMO_SC_USER, DEMO_VM_KEYS, startSandbox, type RunningSandbox } from '../../src-server/sandbox/index';
import type { RevealedConnection } from '../../src-server/node/host-services';
import { ALL_STATES, startBench, TEST_AGENT, type AuthMode, type TenableBench } from './tenable-harness';

/** The tests' own look-ups name themselves, so they are told apart from the clients' requests. */
const TEST_HEADERS = { 'X-ApiKeys': `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=${DEMO_VM_KEYS.secretKey};`, 'User-Agent': TEST_AGENT };

const SC_ALL_SEVERITIES = { filterName: 'severity', operator: '=', value: '0,1,2,3,4' };

/** What the sandbox holds for one platform, optionally only what changed since `since` (unix s). */
function sandboxCount(bench: TenableBench, platform: Platform, since: number | null): number {
  const { control } = bench.sandbox;
  if (platform === 'tenable_sc') {
    const window = since === null ? [] : [{ filterName: 'lastSeen', operator: '=', value: `${since}-${Math.floor(control.now() / 1000)}` }];
    const filters = [SC_ALL_SEVERITIES, ...window];
    return control.count({ product: 'sc', sourceType: 'cumulative', filters }) + control.count({ product: 'sc', sourceType: 'patched', filters });
  }
  const filters = { state: [...ALL_STATES], ...(since === null ? {} : { since }) };
  return control.count({ product: platform === 'tenable_was' ? 'was' : 'vm', filters });
}

function expectEveryRequestNamed(sandbox: RunningSandbox, atLeast = 1): void {
  const requests = sandbox.control.requests();
  expect(requests.length).toBeGreaterThanOrEqual(atLeast);
  expect(USER_AGENT).toMatch(/^Integration\/1\.0 \(Exposure Integration Hub; \d+\.\d+\.\d+[^)]*\)$/);
  const strangers = requests.filter((request) => request.userAgent !== USER_AGENT && request.userAgent !== TEST_AGENT).map((request) => `${request.method} ${request.path}: ${String(request.userAgent)}`);
  expect(strangers).toEqual([]);
  expect(requests.some((request) => request.userAgent === USER_AGENT)).toBe(true);
}

async function exportJobs(bench: TenableBench, path: string): Promise<{ filters: Record<string, unknown>; created: number }[]> {
  const response = await fetch(`${bench.sandbox.url}${path}`, { headers: TEST_HEADERS });
  return ((await response.json()) as { exports: { filters: Record<string, unknown>; created: number }[] }).exports;
}

const PLATFORMS: readonly { platform: Platform; auth: AuthMode; product: 'vm' | 'was' | null; jobs: string | null }[] = [
  { platform: 'tenable_vm', auth: 'keys', product: 'vm', jobs: '/vulns/export/status' },
  { platform: 'tenable_was', auth: 'keys', product: 'was', jobs: '/was/v1/export/vulns/status' },
  { platform: 'tenable_sc', auth: 'session', product: null, jobs: null },
  { platform: 'tenable_sc', auth: 'keys', product: null, jobs: null },
];

describe('full export then delta with since, over loopback HTTP', () => {
  let bench: TenableBench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it.each(PLATFORMS)('$platform ($auth): imports exactly what the sandbox holds, then only what changed', async ({ platform, auth, product, jobs }) => {
    bench = await startBench();
    const b = bench;
    const { connector } = await b.createConnector({ platform, auth });
    const id = String(connector.sys_id);

    const full = await b.run(id);
    const total = sandboxCount(b, platform, null);
    expect(total).toBeGreaterThan(100);
    expect(full).toMatchObject({ state: 'complete', substate: 'succeeded', full_import: true, records_fetched: total, records_processed: total });
    expect(Number(full.rest_api_ms)).toBeGreaterThan(0);
    const items = await b.items(id);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((item) => item.dedupe_key)).size).toBe(items.length);
    const cursor = Number((await b.connector(id)).last_success_cursor);
    expect(cursor).toBe(Math.floor(b.sandbox.control.now() / 1000));

    // Scans happen: an hour later some findings are fixed and new ones appear.
    b.sandbox.control.advanceClock(3600);
    const fixed = b.sandbox.control.fixFindings({ count: 4, ...(product === 'was' ? { product } : {}) });
    const added = b.sandbox.control.addFindings({ count: 3, ...(product === 'was' ? { product } : {}) });
    expect(fixed).toHaveLength(4);
    b.sandbox.control.advanceClock(60);

    const delta = await b.run(id);
    const changed = sandboxCount(b, platform, cursor);
    expect(changed).toBeGreaterThanOrEqual(added.length);
    expect(changed).toBeLessThan(total);
    expect(delta).toMatchObject({ substate: 'succeeded', full_import: false, cursor_from: cursor, records_fetched: changed });
    expect(Number(delta.rest_api_ms)).toBeGreaterThan(0);
    const after = await b.items(id);
    expect(after).toHaveLength(total + added.length);
    expect(new Set(after.map((item) => item.dedupe_key)).size).toBe(after.length);
    if (product !== null) {
      // The delta export asked for `since` = the cursor the full run stored (never `last_found`).
      const last = (await exportJobs(b, jobs as string)).at(-1);
      expect(last?.filters).toMatchObject({ since: cursor, state: [...ALL_STATES] });
      expect(last?.filters).not.toHaveProperty('last_found');
      const closed = after.filter((item) => fixed.includes(String(item.source_finding_id)));
      expect(closed.map((item) => item.remote_state)).toEqual(fixed.map(() => 'FIXED'));
    }
    expect(Number((await b.connector(id)).last_success_cursor)).toBe(Math.floor(b.sandbox.control.now() / 1000));
    expectEveryRequestNamed(b.sandbox, 4);
  });
});

describe('connection test through the core diagnosis', () => {
  let sandbox: RunningSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  const connection = (platform: Platform, base: string, secrets: Partial<RevealedConnection>): RevealedConnection => ({ platform, base_url: base, ...secrets }) as RevealedConnection;
  const BAD_KEYS = { access_key: 'a'.repeat(64), secret_key: 'b'.repeat(64) };

  it.each([
    { name: 'VM with valid keys', platform: 'tenable_vm', secrets: 'vm', status: 'success', statusCode: 200, reason: 'ok' },
    { name: 'WAS with valid keys', platform: 'tenable_was', secrets: 'vm', status: 'success', statusCode: 200, reason: 'ok' },
    { name: 'SC with a user session', platform: 'tenable_sc', secrets: 'sc_user', status: 'success', statusCode: 200, reason: 'ok' },
    { name: 'SC with API keys', platform: 'tenable_sc', secrets: 'sc_keys', status: 'success', statusCode: 200, reason: 'ok' },
    { name: 'VM with bad keys', platform: 'tenable_vm', secrets: 'bad', status: 'error', statusCode: 401, reason: 'invalid_credentials' },
    { name: 'WAS with bad keys', platform: 'tenable_was', secrets: 'bad', status: 'error', statusCode: 401, reason: 'invalid_credentials' },
    // Security Center answers bad credentials with HTTP 403 error_code 74 (not 401). The core
    // diagnosis currently calls that `missing_permission` (reported), so the reason is not pinned.
    { name: 'SC with a bad password', platform: 'tenable_sc', secrets: 'sc_bad_user', status: 'error', statusCode: 403, reason: 'invalid_credentials' },
    { name: 'SC with bad API keys', platform: 'tenable_sc', secrets: 'bad', status: 'error', statusCode: 403, reason: 'invalid_credentials' },
  ] as const)('$name → $status $statusCode', async ({ platform, secrets, status, statusCode, reason }) => {
    sandbox = await startSandbox({ seed: 3, assets: 20, findings: 50, wasApps: 5, wasFindings: 10 });
    const bySecrets = {
      vm: { access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey },
      sc_user: { sc_username: DEMO_SC_USER.username, sc_password: DEMO_SC_USER.password },
      sc_bad_user: { sc_username: DEMO_SC_USER.username, sc_password: 'not-the-password' },
      sc_keys: { access_key: DEMO_SC_KEYS.accessKey, secret_key: DEMO_SC_KEYS.secretKey },
      bad: BAD_KEYS,
    }[secrets];
    const tested = await createFetchConnectionTester({ timeoutMs: 5_000 }).test(connection(platform, sandbox.url, bySecrets));
    const diagnosis = diagnoseConnectionTest(tested);
    expect(diagnosis).toMatchObject({ status, statusCode });
    if (reason !== null) expect(diagnosis.reason).toBe(reason);
    // The remote's own words reach the admin (Security Center: error_code 74 "Invalid ...").
    if (platform === 'tenable_sc' && status === 'error') expect(diagnosis.message).toMatch(/Invalid (login credentials|API key)/);
    if (status === 'error') expect(diagnosis.retryable).toBe(false);
    if (secrets === 'sc_user') expect(sandbox.control.stats().scSessions).toBe(0); // the test logged out again
    expectEveryRequestNamed(sandbox);
  });

  it('SC user at its session limit: logs in again releasing the oldest session, then logs out', async () => {
    sandbox = await startSandbox({ seed: 3, assets: 20, findings: 50, scMaxSessions: 1 });
    // Someone else holds the user's only session.
    const held = await fetch(`${sandbox.url}/rest/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'User-Agent': TEST_AGENT }, body: JSON.stringify({ username: DEMO_SC_USER.username, password: DEMO_SC_USER.password }) });
    expect(((await held.json()) as { response: { token?: number } }).response.token).toBeDefined();
    expect(sandbox.control.stats().scSessions).toBe(1);
    const tested = await createFetchConnectionTester({ timeoutMs: 5_000 }).test(connection('tenable_sc', sandbox.url, { sc_username: DEMO_SC_USER.username, sc_password: DEMO_SC_USER.password }));
    expect(diagnoseConnectionTest(tested)).toMatchObject({ status: 'success', statusCode: 200, reason: 'ok' });
    expect(sandbox.control.requests().filter((request) => request.routeId === 'sc.token.create' && request.userAgent === USER_AGENT)).toHaveLength(2);
    expect(sandbox.control.stats().scSessions).toBe(0);
    expectEveryRequestNamed(sandbox);
  });

  it('a closed port is diagnosed as refused, retryable, without a status code', async () => {
    sandbox = await startSandbox({ seed: 3, assets: 5, findings: 5 });
    const url = sandbox.url;
    await sandbox.close();
    sandbox = undefined;
    const tested = await createFetchConnectionTester({ timeoutMs: 5_000 }).test(connection('tenable_vm', url, BAD_KEYS));
    expect(diagnoseConnectionTest(tested)).toMatchObject({ status: 'error', statusCode: null, reason: 'refused', retryable: true });
  });
});

describe('project search (WAS scan configs)', () => {
  let sandbox: RunningSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  /** Every config the sandbox holds, read page by page with plain fetch (independent of the planner). */
  async function allConfigs(sb: RunningSandbox): Promise<{ config_id: string; name: string }[]> {
    const all: { config_id: string; name: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const response = await fetch(`${sb.url}/was/v2/configs/search?limit=200&offset=${offset}`, {
        method: 'POST',
        headers: { ...TEST_HEADERS, 'content-type': 'application/json' },
        body: '{}',
      });
      const page = (await response.json()) as { items: { config_id: string; name: string }[] };
      all.push(...page.items);
      if (page.items.length < 200) return all;
    }
  }

  it.each([
    { filter: undefined, label: 'no filter: every config, over three pages' },
    { filter: 'PORTAL', label: 'a name filter, case-insensitive' },
    { filter: 'e', label: 'a filter matching more than one page' },
    { filter: 'no such application', label: 'a filter matching nothing' },
  ])('$label', async ({ filter }) => {
    sandbox = await startSandbox({ seed: 5, assets: 10, findings: 10, wasApps: 450, wasFindings: 10 });
    const conn = { platform: 'tenable_was', base_url: sandbox.url, access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey } as RevealedConnection;
    const found = await findProjects(conn, 'WAS', filter, () => sandbox?.control.now() ?? 0);
    expect(found.ok).toBe(true);
    const projects = found.ok ? found.value : [];
    const expected = (await allConfigs(sandbox)).filter((config) => filter === undefined || config.name.toLowerCase().includes(filter.toLowerCase()));
    expect(projects.map((project) => project.id).sort()).toEqual(expected.map((config) => config.config_id).sort());
    expect(new Set(projects.map((project) => project.id)).size).toBe(projects.length);
    if (filter === undefined) expect(projects).toHaveLength(450);
    if (filter === 'e') expect(projects.length).toBeGreaterThan(200);
    const searches = sandbox.control.requests().filter((request) => request.routeId === 'was.configs.search' && request.userAgent === USER_AGENT);
    expect(searches.length).toBe(Math.max(1, Math.ceil(projects.length / 200)));
    expectEveryRequestNamed(sandbox);
  });

  it('bad keys fail with the status code and no project list', async () => {
    sandbox = await startSandbox({ seed: 5, assets: 10, findings: 10, wasApps: 5, wasFindings: 10 });
    const conn = { platform: 'tenable_was', base_url: sandbox.url, access_key: 'x'.repeat(64), secret_key: 'y'.repeat(64) } as RevealedConnection;
    const found = await findProjects(conn, 'WAS', 'shop', () => 0);
    expect(found).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('VM offers the container as one project, filtered by name', async () => {
    const conn = { platform: 'tenable_vm', base_url: 'http://127.0.0.1:9' } as RevealedConnection;
    expect(await findProjects(conn, 'VM', undefined, () => 0)).toEqual({ ok: true, value: [VM_ALL_ASSETS] });
    expect(await findProjects(conn, 'VM', 'ASSETS', () => 0)).toEqual({ ok: true, value: [VM_ALL_ASSETS] });
    expect(await findProjects(conn, 'VM', 'nothing like it', () => 0)).toEqual({ ok: true, value: [] });
  });
});

describe('write-back is visible in the next export', () => {
  let bench: TenableBench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it.each([
    { platform: 'tenable_vm', status: 'risk_accepted', falsePositive: false },
    { platform: 'tenable_vm', status: 'false_positive', falsePositive: true },
    { platform: 'tenable_was', status: 'risk_accepted', falsePositive: false },
  ] as const)('$platform: local $status → accept rule → severity_modification_type ACCEPTED', async ({ platform, status }) => {
    bench = await startBench();
    const b = bench;
    const { connector } = await b.createConnector({ platform });
    const id = String(connector.sys_id);
    await b.run(id);
    const candidates = (await b.items(id)).filter((item) => item.severity_modification !== 'ACCEPTED' && item.remote_state !== 'FIXED' && Number(item.port ?? 1) > 0);
    const item = candidates[7];
    expect(item).toBeDefined();
    if (!item) return;

    const outcome = await writeBack(b.engine.deps, item, status);
    expect(outcome).toMatchObject({ synced: true, statusCode: 200 });
    expect(b.sandbox.control.stats().recastRules).toBe(1);

    const next = await b.run(id, true);
    expect(next).toMatchObject({ substate: 'succeeded' });
    const after = (await b.items(id)).find((row) => row.dedupe_key === item.dedupe_key);
    expect(after?.severity_modification).toBe('ACCEPTED');
    // Only findings the rule scopes are changed: same plugin on the same asset.
    const wereOpen = new Set(candidates.map((row) => row.dedupe_key));
    const newlyAccepted = (await b.items(id)).filter((row) => row.severity_modification === 'ACCEPTED' && wereOpen.has(row.dedupe_key));
    expect(newlyAccepted.length).toBeGreaterThanOrEqual(1);
    expect(newlyAccepted.filter((row) => row.plugin_id !== item.plugin_id || row.asset !== item.asset)).toEqual([]);
    expectEveryRequestNamed(b.sandbox);
  });
});
