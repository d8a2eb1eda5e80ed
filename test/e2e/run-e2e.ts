/// <reference lib="dom" />
/**
 * `npm run test:e2e`: the workspace end to end, in Debian Chromium (playwright-core), against the
 * REAL local host started as a child process (temporary SQLite data dir, the built-in Tenable
 * sandbox). A user signs in, creates and tests a connection, creates a connector with the wizard,
 * watches its first run complete live (Server-Sent Events), finds it on the Overview dashboard and
 * opens a drill-down list from a chart. Screenshots (1400×900) go to docs/screenshots/ for review.
 *
 * Needs `npx vite build` first (the host serves dist/widgets/eih-widgets.js). Prints
 * `e2e: N passed, M failed` and exits non-zero on any failure; the host is stopped (SIGTERM) and
 * its data dir removed whatever happens.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { deepText, eventually, expectText, expectVisible, StepRunner } from './e2e-harness';
import { HostProcess } from './host-process';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// `npm test` points this at test-results/ so a test run never rewrites the committed screenshots.
const SHOTS = process.env.EIH_SCREENSHOT_DIR ? join(REPO, process.env.EIH_SCREENSHOT_DIR) : join(REPO, 'docs/screenshots');
const WIDGETS = join(REPO, 'dist/widgets/eih-widgets.js');
const TIME_LIMIT_MS = 170_000;
const RUN_TIMEOUT_MS = 90_000;

const ADMIN = { user: 'admin', password: 'E2e-Only-Passw0rd-7319' };
/** The sandbox's demo keys (src-server/sandbox/options.ts DEMO_VM_KEYS). */
const DEMO_KEYS = { accessKey: 'a1b2c3d4'.repeat(8), secretKey: 'f9e8d7c6'.repeat(8) };
const CONNECTION_NAME = 'E2E sandbox VM';
const CONNECTOR_NAME = 'E2E sandbox connector';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

interface Progress {
  state: string;
  substate: string;
  records_processed: number;
  records_fetched: number;
  pages: number;
}

declare global {
  interface Window {
    __eihProgress?: Progress[];
  }
}

const runner = new StepRunner();
const host = new HostProcess({ repoRoot: REPO, adminUser: ADMIN.user, adminPassword: ADMIN.password, startTimeoutMs: 60_000 });
let browser: Browser | null = null;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(SHOTS, name) });
  console.log(`    screenshot ${join(SHOTS, name)}`);
}

/** The hash route's id after `prefix` (`#/connections/{id}`), once it is a sys_id. */
async function routeId(page: Page, prefix: string): Promise<string> {
  const hash = await eventually(
    () => page.evaluate(() => location.hash),
    (h) => assert.match(h, new RegExp(`^#${prefix}/[0-9a-f]{32}$`)),
    { what: `the route #${prefix}/{sys_id}` },
  );
  return hash.slice(prefix.length + 2);
}

async function scenario(page: Page, pageErrors: string[]): Promise<void> {
  let connectionId = '';
  let connectorId = '';

  await runner.step('sign in as the first admin', async () => {
    await page.goto(`${host.hubUrl}/`);
    const form = page.locator('eih-sign-in');
    await expectVisible(form.locator('#user'), 'the sign-in form');
    await form.locator('#user').fill(ADMIN.user);
    await form.locator('#password').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('navigation', { name: 'Hub' }), 'the workspace navigation', 30_000);
    for (const label of ['Overview', 'Connections', 'Connectors', 'Runs', 'Properties']) await expectVisible(page.getByRole('link', { name: label, exact: true }), `the ${label} link`);
    await expectText(page.locator('eih-workspace header'), new RegExp(`\\b${ADMIN.user}\\b`), 'the signed-in user in the header');
  });

  await runner.step('create a Tenable VM connection to the sandbox in Connections', async () => {
    await page.getByRole('link', { name: 'Connections', exact: true }).click();
    await expectVisible(page.locator('eih-connection-list h2'), 'the connections list');
    await page.locator('eih-connection-list').getByRole('button', { name: 'New connection' }).click();
    const form = page.locator('eih-connection-form');
    await expectText(form.locator('h2'), /^New connection$/, 'the form title');
    await form.locator('#name').fill(CONNECTION_NAME);
    await form.locator('#connection_alias').fill('e2e');
    await form.locator('#platform').selectOption('tenable_vm');
    await form.locator('#base_url').fill(host.sandboxUrl);
    await form.locator('#access_key').fill(DEMO_KEYS.accessKey);
    await form.locator('#secret_key').fill(DEMO_KEYS.secretKey);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    connectionId = await routeId(page, '/connections');
    await expectText(form.locator('.notice.success[role="status"]'), /^Connection created\.$/, 'the created notice');
    await expectText(form.locator('h2'), new RegExp(`^${CONNECTION_NAME}$`), 'the saved connection title');
    await expectText(form.locator('label[for="access_key"] .presence'), /^Set$/, 'the access key presence');
    await expectText(form.locator('label[for="secret_key"] .presence'), /^Set$/, 'the secret key presence');
    assert.equal(await form.locator('#access_key').inputValue(), '', 'a stored secret is never shown again');
  });

  await runner.step('Test connection: Status Success, Status code 200, message, suggestion, updated', async () => {
    const form = page.locator('eih-connection-form');
    await form.getByRole('button', { name: 'Test connection' }).click();
    const result = form.locator('[part="test-result"]');
    await expectVisible(result, 'the Test connection result', 20_000);
    const pairs = await eventually(
      async () => {
        const terms = await result.locator('dt').allTextContents();
        const values: string[] = [];
        for (let i = 0; i < terms.length; i++) values.push(await deepText(result.locator('dd').nth(i)));
        return Object.fromEntries(terms.map((t, i) => [t.trim(), values[i] ?? '']));
      },
      (p) => assert.deepEqual(Object.keys(p), ['Status', 'Status code', 'Message', 'Suggestion', 'Updated']),
      { what: 'the test result fields' },
    );
    assert.match(pairs['Status'] ?? '', /Success/, `Status was ${pairs['Status']}`);
    assert.equal(pairs['Status code'], '200');
    assert.ok((pairs['Message'] ?? '').length > 3, `a message is shown, got ${JSON.stringify(pairs['Message'])}`);
    assert.ok((pairs['Suggestion'] ?? '').length > 3, `a suggestion is shown, got ${JSON.stringify(pairs['Suggestion'])}`);
    assert.match(pairs['Updated'] ?? '', /\d{4}|\d{1,2}:\d{2}/, `Updated is a date, got ${JSON.stringify(pairs['Updated'])}`);
    assert.match((await result.getAttribute('class')) ?? '', /\bsuccess\b/, 'the result is shown as a success');
    await shot(page, 'connection-form.png');
  });

  await runner.step('the connections list shows the connection with Status Success and code 200', async () => {
    await page.getByRole('link', { name: 'Connections', exact: true }).click();
    const row = page.locator(`eih-connection-list tr[data-id="${connectionId}"]`);
    await expectText(row, new RegExp(`${CONNECTION_NAME}.*Yes.*e2e.*Tenable Vulnerability Management.*Success.*200`, 'i'), 'the connection row');
  });

  await runner.step('wizard: name and connection', async () => {
    await page.getByRole('link', { name: 'Connectors', exact: true }).click();
    await page.locator('eih-connector-list').getByRole('button', { name: 'New connector' }).click();
    const wizard = page.locator('eih-connector-wizard');
    await expectText(wizard.locator('#step-title'), /^Credentials$/, 'the first step');
    await wizard.locator('#name').fill(CONNECTOR_NAME);
    assert.ok(await wizard.getByRole('radio', { name: 'Use an existing connection' }).isChecked(), 'existing connection is the default');
    await eventually(() => wizard.locator(`#connection option[value="${connectionId}"]`).count(), (n) => assert.equal(n, 1, 'the new connection is offered'), { what: 'the connection choice' });
    await wizard.locator('#connection').selectOption(connectionId);
    await wizard.getByRole('button', { name: 'Continue' }).click();
    await expectText(wizard.locator('#step-title'), /^Status mapping$/, 'the status mapping step');
  });

  await runner.step('wizard: status mapping (default preset, one keyboard mapping action)', async () => {
    const mapping = page.locator('eih-connector-wizard eih-status-mapping');
    const rowLabel = (local: string) => mapping.locator(`[part="row"][data-local="${local}"]`).getAttribute('aria-label');
    const announcement = mapping.locator('p.visually-hidden[role="status"]');
    await mapping.getByRole('button', { name: 'Use default mapping' }).click();
    await eventually(() => rowLabel('identified'), (l) => assert.equal(l, 'Identified: Open, Reopened'));
    assert.equal(await rowLabel('fixed'), 'Fixed: Fixed');
    assert.equal(await rowLabel('in_progress'), 'In progress: not synced');
    // Keyboard path: focus a row's "Add" menu and pick with the arrow key (no pointer, no drag).
    const add = mapping.locator('select[data-add="in_progress"]');
    await add.focus();
    await page.keyboard.press('ArrowDown');
    await expectText(announcement, /^Open mapped to In progress\.$/, 'the live announcement');
    await eventually(() => rowLabel('in_progress'), (l) => assert.equal(l, 'In progress: Open'));
    assert.equal(await rowLabel('identified'), 'Identified: Reopened', 'a status maps to one local status only');
    await shot(page, 'wizard.png');
    // Back to the default preset, by keyboard too.
    await mapping.getByRole('button', { name: 'Use default mapping' }).focus();
    await page.keyboard.press('Enter');
    await expectText(announcement, /^Default mapping restored\.$/, 'the restore announcement');
    await eventually(() => rowLabel('identified'), (l) => assert.equal(l, 'Identified: Open, Reopened'));
    assert.equal(await rowLabel('in_progress'), 'In progress: not synced');
    await page.locator('eih-connector-wizard').getByRole('button', { name: 'Continue' }).click();
    await expectText(page.locator('eih-connector-wizard #step-title'), /^Severity filters$/, 'the severity step');
  });

  await runner.step('wizard: severity filters, all on', async () => {
    const boxes = page.locator('eih-connector-wizard eih-severity-filter input[name="severity"]');
    await eventually(() => boxes.count(), (n) => assert.equal(n, 5, 'five severities'));
    for (let i = 0; i < 5; i++) assert.ok(await boxes.nth(i).isChecked(), `severity ${await boxes.nth(i).getAttribute('value')} is on`);
    assert.equal(await page.locator('eih-connector-wizard eih-severity-filter [part="warning"]').count(), 0, 'no "nothing will be imported" warning');
    await page.locator('eih-connector-wizard').getByRole('button', { name: 'Continue' }).click();
    await expectText(page.locator('eih-connector-wizard #step-title'), /^Projects$/, 'the projects step');
  });

  await runner.step('wizard: projects, VM and WAS tabs, import all', async () => {
    const picker = page.locator('eih-connector-wizard eih-project-picker');
    assert.ok(await picker.getByRole('switch', { name: 'Import all projects' }).isChecked(), 'Import all is on');
    await picker.getByRole('tab', { name: /VM projects/ }).click();
    assert.equal(await picker.getByRole('tab', { name: /VM projects/ }).getAttribute('aria-selected'), 'true');
    await expectText(picker.getByRole('tabpanel'), /Every VM project visible to the keys is imported/, 'the VM panel');
    await picker.getByRole('tab', { name: /VM projects/ }).press('ArrowLeft');
    await eventually(() => picker.getByRole('tab', { name: /WAS projects/ }).getAttribute('aria-selected'), (s) => assert.equal(s, 'true', 'the arrow key moves to the WAS tab'));
    await expectText(picker.getByRole('tabpanel'), /Every WAS project visible to the keys is imported/, 'the WAS panel');
    await page.locator('eih-connector-wizard').getByRole('button', { name: 'Continue' }).click();
    await expectText(page.locator('eih-connector-wizard #step-title'), /^Check connection$/, 'the check step');
  });

  await runner.step('wizard: check connection, then the import starts', async () => {
    const wizard = page.locator('eih-connector-wizard');
    await expectText(wizard.locator('[part="step"] p').first(), new RegExp(`Connector ${CONNECTOR_NAME}: 5 severities, 3 status mappings, all projects`), 'the summary');
    const start = wizard.getByRole('button', { name: 'Start import' });
    assert.ok(await start.isDisabled(), 'Start import waits for a successful check');
    await wizard.getByRole('button', { name: 'Check connection' }).click();
    await expectText(wizard.locator('.notice.success[role="status"]'), /Success.*active.*HTTP 200/, 'the check result', 20_000);
    // A fast machine finishes the sync before the detail page opens: the sandbox (our Tenable
    // look-alike) delays the first chunk so the run is still in flight when we start watching.
    const slowed = await fetch(`${host.sandboxUrl}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ endpoint: 'vm.vulns_export.chunk', kind: 'slow_response', times: 1, params: { delayMs: 5000 } }) });
    assert.ok(slowed.ok, `the sandbox accepted the slow-chunk fault (${slowed.status})`);
    await start.click();
    await expectText(wizard.locator('.notice.success[role="status"]'), new RegExp(`Connector ${CONNECTOR_NAME} created: the import has started`), 'the created notice', 20_000);
    await wizard.getByRole('button', { name: 'Open the connector' }).click();
    connectorId = await routeId(page, '/connectors');
  });

  await runner.step('connector detail: the first run completes live (Server-Sent Events)', async () => {
    const detail = page.locator('eih-connector-detail');
    await expectText(detail.locator('h2'), new RegExp(`^${CONNECTOR_NAME}$`), 'the connector title');
    assert.equal(await detail.getByRole('tab', { name: 'Runs' }).getAttribute('aria-selected'), 'true');
    const progress = detail.locator('eih-connector-runs [part="progress"]');
    await expectVisible(progress, 'the live progress panel', 20_000);
    await expectText(progress, /Run Succeeded/, 'the run outcome', RUN_TIMEOUT_MS);
    const seen = await page.evaluate(() => window.__eihProgress ?? []);
    assert.ok(seen.length >= 1, 'at least one eih-run-progress snapshot arrived over SSE');
    assert.ok(seen.some((s) => s.state !== 'complete'), `the run was watched while in flight, saw ${JSON.stringify(seen.map((s) => s.state))}`);
    const last = seen[seen.length - 1];
    assert.equal(last?.state, 'complete');
    assert.equal(last?.substate, 'succeeded');
    assert.ok((last?.records_processed ?? 0) > 0, `records were processed, got ${last?.records_processed}`);
    assert.match(await deepText(progress), /Processed: [1-9]/, 'the panel shows the processed count');
    console.log(`    ${seen.length} live snapshots: ${[...new Set(seen.map((s) => `${s.state}/${s.substate}`))].join(' → ')}; processed ${last?.records_processed}`);
    await expectText(detail.locator('eih-connector-runs tbody tr').first(), /Complete · Succeeded/, 'the run in the runs table', 15_000);
    await expectText(detail.locator('eih-status-badge').first(), /Connected/, 'the connector status after its run', 15_000);
  });

  await runner.step('connector detail: Check connection sets its health', async () => {
    const detail = page.locator('eih-connector-detail');
    await detail.locator('[part="header"]').getByRole('button', { name: 'Check connection' }).click();
    await expectText(detail.locator('.notice.success[role="status"]'), /^Connection checked \(HTTP 200\): Connected to Tenable/, 'the check notice', 20_000);
    await expectText(detail.locator('[part="header"] eih-status-badge'), /Status: Connected Health: Healthy/, 'status and health', 15_000);
    await shot(page, 'connector-detail.png');
  });

  await runner.step('Overview dashboard shows the connector and its run', async () => {
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    const dashboard = page.locator('eih-integration-dashboard');
    await expectText(dashboard.locator('[part="toolbar"] h2'), /Integration review/, 'the dashboard title');
    const row = dashboard.locator(`eih-integrations-table tr[data-connector="${connectorId}"]`);
    await expectText(row, new RegExp(`${CONNECTOR_NAME}.*Succeeded`), 'the integrations table row', 20_000);
    const bar = dashboard.locator(`eih-runs-chart rect[data-bar="${connectorId}"][data-outcome="succeeded"]`);
    await eventually(async () => Number(await bar.getAttribute('height', { timeout: 2000 })), (h) => assert.ok(h > 0, `the succeeded bar has height ${h}`), { what: 'the runs chart bar', timeout: 20_000 });
    await expectText(dashboard.locator('eih-runs-chart .legend'), /Succeeded [1-9]/, 'the runs chart legend');
    await expectVisible(dashboard.locator('eih-outcome-pie svg'), 'the last-run outcome chart');
    await expectVisible(dashboard.locator('eih-ingestion-health section'), 'the ingestion health');
    await expectVisible(dashboard.locator('eih-processing-health section'), 'the processing health');
    await shot(page, 'dashboard.png');
  });

  await runner.step('a chart bar opens its drill-down list', async () => {
    const dashboard = page.locator('eih-integration-dashboard');
    await dashboard.locator(`eih-runs-chart rect[data-bar="${connectorId}"][data-outcome="succeeded"]`).click();
    const drill = dashboard.locator('[part="drill-down"]');
    await expectVisible(drill, 'the drill-down list');
    await expectText(drill.locator('eih-record-list h3'), new RegExp(`^Succeeded runs: ${CONNECTOR_NAME}`), 'the drill-down heading');
    const rows = drill.locator('eih-record-list tbody tr');
    await eventually(() => rows.count(), (n) => assert.ok(n >= 1, `at least one run listed, got ${n}`), { what: 'the drill-down rows' });
    await expectText(rows.first(), /Complete.*Succeeded/, 'the listed run');
    await shot(page, 'drill-down.png');
    await drill.getByRole('button', { name: 'Close list' }).click();
    await eventually(() => drill.count(), (n) => assert.equal(n, 0, 'the list closes'));
  });

  await runner.step('no uncaught errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
}

async function main(): Promise<void> {
  console.log('e2e: the workspace against the real local host');
  if (!existsSync(WIDGETS)) {
    runner.fail('widget bundle present', new Error(`${WIDGETS} is missing: run \`npx vite build\` first`));
    return;
  }
  mkdirSync(SHOTS, { recursive: true });
  try {
    await host.start();
  } catch (error) {
    runner.fail('start the local host', error);
    return;
  }
  console.log(`  host ${host.hubUrl}  sandbox ${host.sandboxUrl}  data ${host.dataDir}`);
  // Our own signal handlers stop the host first; Playwright's would end the process under them.
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(15_000);
  // Every live snapshot the runs widget announces, for the SSE step (a string: see DEEP_TEXT).
  await context.addInitScript(`window.__eihProgress = [];
    document.addEventListener('eih-run-progress', (event) => window.__eihProgress.push(event.detail.snapshot));`);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  runner.onFailure = async () => {
    await page.screenshot({ path: join(REPO, 'test-results', 'e2e-failure.png') }).catch(() => undefined);
    return `${await page.evaluate(() => location.href)} ${await deepText(page.locator('body'))}${pageErrors.length > 0 ? `\n    page errors: ${pageErrors.join(' | ')}` : ''}`;
  };
  await scenario(page, pageErrors);
}

async function cleanUp(): Promise<void> {
  const open = browser;
  browser = null;
  // A browser that does not close in time must not keep the host running.
  await Promise.race([open?.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
  await host.stop();
}

function withTimeLimit(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the end-to-end test took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

// Last resort when the process ends some other way: the host must not outlive the test.
process.once('exit', () => host.stopNow());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.log(`e2e: ${signal}: stopping the host`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const started = Date.now();
try {
  await withTimeLimit(main(), TIME_LIMIT_MS);
} catch (error) {
  runner.fail('the scenario', error);
} finally {
  await cleanUp();
}
if (runner.failed > 0) console.log(`\nhost output (last lines):\n${host.tail(30)}`);
console.log(`e2e took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`e2e: ${runner.passed} passed, ${runner.failed} failed`);
process.exit(runner.failed > 0 ? 1 : 0);
