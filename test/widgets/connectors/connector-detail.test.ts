import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/connectors/eih-connector-detail';
import '../../../src-widgets/connectors/eih-connector-list';
import type { EihConnectorDetail } from '../../../src-widgets/connectors/eih-connector-detail';
import type { EihConnectorList } from '../../../src-widgets/connectors/eih-connector-list';
import type { EihConnectorRuns } from '../../../src-widgets/connectors/eih-connector-runs';
import { HubClient } from '../../../src-widgets/client/hub-client';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { deep, fakeHub, shadow, textOf, until, XSS, xssFired, type FakeHub } from '../helpers/fake-hub';

const ID = 'c'.repeat(32);
const connector = (patch: Record<string, unknown> = {}) => ({ sys_id: ID, name: 'Prod VM', status: 'connected', health: 'healthy', warning: null, last_success_at: '2026-11-19T02:00:00.000Z', ...patch });

interface FakeSource {
  url: string;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: Event) => void) | null;
  closed: boolean;
  close(): void;
}

describe('connector detail', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
    hub.on('GET', `/connectors/${ID}`, { result: connector() });
    hub.on('GET', '/runs', { result: [{ sys_id: 'r0', number: 'RUN0001', state: 'complete', substate: 'failed', trigger: 'schedule', failure_stage: 'fetching', failure_message: `HTTP 429 ${XSS}`, records_processed: 10 }] });
  });
  afterEach(() => hub.restore());

  it('shows the status badge, health and runs; axe passes', async () => {
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID}></eih-connector-detail>`);
    const badge = await until(() => shadow(el).querySelector('eih-status-badge'), 'badge');
    expect(badge.getAttribute('status')).to.equal('connected');
    expect(badge.getAttribute('health')).to.equal('healthy');
    const runs = await until(() => deep<EihConnectorRuns>(el, 'eih-connector-runs'), 'runs');
    await until(() => textOf(shadow(runs)).includes('RUN0001'), 'run row');
    expect(shadow(runs).querySelector('td img')).to.equal(null);
    expect(textOf(shadow(runs))).to.contain('Fetching: HTTP 429 <img');
    expect(hub.callsTo('GET', '/runs')[0]?.query.get('sysparm_query')).to.equal(`connector=${ID}^ORDERBYDESCsys_created_on`);
    expect(xssFired()).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
    await expect(runs).shadowDom.to.be.accessible();
  });

  it('Disable asks for confirmation; Cancel does nothing, confirming disables', async () => {
    hub.on('POST', `/connectors/${ID}/disable`, { result: connector({ status: 'disabled' }) });
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID}></eih-connector-detail>`);
    const root = shadow(el);
    const disable = await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Disable'), 'disable');
    disable.click();
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'dialog');
    expect(textOf(dialog)).to.contain('Existing data is kept');
    await expect(el).shadowDom.to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')?.click();
    await el.updateComplete;
    expect(root.querySelector('dialog[open]')).to.equal(null);
    expect(hub.callsTo('POST', `/connectors/${ID}/disable`)).to.have.length(0);
    disable.click();
    const again = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'dialog again');
    setTimeout(() => again.querySelector<HTMLButtonElement>('[data-confirm]')?.click());
    const changed = await oneEvent(el, 'eih-connector-changed');
    expect(changed.detail.action).to.equal('disable');
    await until(() => root.querySelector('eih-status-badge')?.getAttribute('status') === 'disabled', 'disabled badge');
    const enable = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Enable');
    expect(enable).to.not.equal(undefined);
  });

  it('Delete confirms, then shows the deleting status', async () => {
    hub.on('DELETE', `/connectors/${ID}`, { status: 202, body: { result: connector({ status: 'deleting' }) } });
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID}></eih-connector-detail>`);
    const root = shadow(el);
    (await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete'), 'delete')).click();
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'dialog');
    expect(textOf(dialog)).to.contain('cannot be undone');
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')?.click();
    await until(() => root.querySelector('eih-status-badge')?.getAttribute('status') === 'deleting', 'deleting');
    expect(hub.callsTo('DELETE', `/connectors/${ID}`)[0]?.headers['x-csrf-token']).to.equal('csrf-1');
  });

  it('Execute now with Full data import streams live progress until the run completes', async () => {
    const sources: FakeSource[] = [];
    const client = new HubClient({
      eventSource: (url) => {
        const source: FakeSource = { url, onmessage: null, onerror: null, closed: false, close: () => (source.closed = true) };
        sources.push(source);
        return source;
      },
    });
    hub.on('POST', `/connectors/${ID}/execute`, { result: { sys_id: 'r1', connector: ID, state: 'queued', substate: 'none', full_import: true } });
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID} .client=${client}></eih-connector-detail>`);
    const runs = await until(() => deep<EihConnectorRuns>(el, 'eih-connector-runs'), 'runs');
    const root = shadow(runs);
    await until(() => root.querySelector('table'), 'runs table');
    root.querySelector<HTMLInputElement>('input[name="full-import"]')?.click();
    setTimeout(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Execute now')?.click());
    const executed = await oneEvent(runs, 'eih-execute');
    expect(executed.detail.fullImport).to.equal(true);
    expect(hub.callsTo('POST', `/connectors/${ID}/execute`)[0]?.body).to.deep.equal({ full_import: true });
    expect(sources[0]?.url).to.equal('/api/x_eih/hub/runs/r1/events');
    const send = (data: object) => sources[0]?.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
    setTimeout(() => send({ sys_id: 'r1', connector: ID, state: 'processing', substate: 'none', pages: 3, records_fetched: 1500, records_processed: 900 }));
    const progress = await oneEvent(runs, 'eih-run-progress');
    expect(progress.detail.snapshot.records_processed).to.equal(900);
    await runs.updateComplete;
    expect(textOf(root.querySelector('[part="progress"]'))).to.contain('Processed: 900').and.contain('Pages: 3');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Cancel run')).to.equal(true);
    send({ sys_id: 'r1', connector: ID, state: 'complete', substate: 'failed', pages: 3, records_fetched: 1500, records_processed: 1500, failure_message: `stuck ${XSS}` });
    await runs.updateComplete;
    expect(textOf(root.querySelector('[part="progress"]'))).to.contain('Run Failed').and.contain('stuck <img');
    expect(root.querySelector('[part="progress"] img')).to.equal(null);
    expect(sources[0]?.closed).to.equal(true);
    await expect(runs).shadowDom.to.be.accessible();
  });

  it('logs: filters by stage and level; messages are text', async () => {
    hub.on('GET', `/connectors/${ID}/logs`, (call) => ({
      result: [{ sys_id: 'l1', created: '2026-11-20T01:00:00.000Z', level: call.query.get('level') || 'error', stage: call.query.get('stage') || 'fetching', message: `export failed ${XSS}`, status_code: 500 }],
    }));
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID} tab="logs"></eih-connector-detail>`);
    const logs = await until(() => deep(el, 'eih-connector-logs'), 'logs');
    const root = shadow(logs);
    await until(() => textOf(root).includes('export failed'), 'log row');
    expect(root.querySelector('tbody img')).to.equal(null);
    const stage = root.querySelector<HTMLSelectElement>('select[name="stage"]') as HTMLSelectElement;
    stage.value = 'connectivity_test';
    stage.dispatchEvent(new Event('change'));
    const level = root.querySelector<HTMLSelectElement>('select[name="level"]') as HTMLSelectElement;
    level.value = 'warn';
    level.dispatchEvent(new Event('change'));
    await until(() => hub.callsTo('GET', `/connectors/${ID}/logs`).some((c) => c.query.get('stage') === 'connectivity_test' && c.query.get('level') === 'warn'), 'filtered call');
    await until(() => textOf(root).includes('Connectivity test'), 'filtered row');
    expect(xssFired()).to.equal(false);
    await expect(logs).shadowDom.to.be.accessible();
  });

  it('assets: each with its sync status; tabs switch with the arrow keys', async () => {
    hub.on('GET', `/connectors/${ID}/assets`, { result: [{ sys_id: 'a1', fqdn: 'web01.example.com', ipv4: '10.0.0.1', sync_status: 'synced' }, { sys_id: 'a2', hostname: 'db01', sync_status: 'error', error: 'CI lookup failed' }] });
    const el = await fixture<EihConnectorDetail>(html`<eih-connector-detail connector-id=${ID} tab="logs"></eih-connector-detail>`);
    hub.on('GET', `/connectors/${ID}/logs`, { result: [] });
    const tab = await until(() => shadow(el).querySelector('[role="tab"][aria-selected="true"]'), 'tabs');
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const assets = await until(() => deep(el, 'eih-connector-assets'), 'assets');
    await until(() => shadow(assets).querySelectorAll('tbody tr').length === 2, 'asset rows');
    const statuses = [...shadow(assets).querySelectorAll('eih-status-badge')].map((b) => b.getAttribute('status'));
    expect(statuses).to.deep.equal(['synced', 'error']);
    expect(textOf(shadow(assets))).to.contain('CI lookup failed');
    await expect(assets).shadowDom.to.be.accessible();
  });

  it('eih-connector-list shows status and health and opens the wizard', async () => {
    hub.on('GET', '/connectors', { result: [connector({ status: 'retrying', health: 'unhealthy', warning: 'rate limited (429), retrying in 90 s' })] });
    const el = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => shadow(el).querySelector('tbody tr'), 'row');
    expect(shadow(el).querySelector('eih-status-badge')?.getAttribute('status')).to.equal('retrying');
    expect(textOf(shadow(el))).to.contain('rate limited (429)');
    setTimeout(() => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('New connector'))?.click());
    expect((await oneEvent(el, 'eih-navigate')).detail.route).to.equal('/connectors/new');
    await expect(el).shadowDom.to.be.accessible();
  });
});
