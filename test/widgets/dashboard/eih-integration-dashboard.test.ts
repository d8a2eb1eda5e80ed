import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/dashboard/eih-integration-dashboard';
import type { EihIntegrationDashboard } from '../../../src-widgets/dashboard/eih-integration-dashboard';
import type { EihRunsChart } from '../../../src-widgets/charts/eih-runs-chart';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { dashboardData, dashboardRoutes } from '../helpers/dashboard-fixtures';
import { deep, fakeHub, shadow, textOf, until, XSS, xssFired, type FakeHub } from '../helpers/fake-hub';

describe('eih-integration-dashboard', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
  });
  afterEach(() => hub.restore());

  it('renders every part from the hub and passes axe', async () => {
    dashboardRoutes(hub);
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard></eih-integration-dashboard>`);
    await until(() => deep(el, 'eih-integrations-table', 'tbody tr'), 'integrations table');
    await until(() => deep(el, 'eih-runs-chart', 'rect'), 'runs bars');
    await until(() => deep(el, 'eih-processing-health', 'circle'), 'processing points');
    await until(() => deep(el, 'eih-ingestion-health', '.tile'), 'ingestion tiles');
    await until(() => deep(el, 'eih-outcome-pie', 'path'), 'pie slices');
    expect(hub.callsTo('GET', '/dashboard/runs')[0]?.query.get('days')).to.equal('7');
    await expect(el).shadowDom.to.be.accessible();
    for (const part of ['eih-runs-chart', 'eih-outcome-pie', 'eih-ingestion-health', 'eih-processing-health', 'eih-integrations-table']) {
      await expect(deep(el, part)).shadowDom.to.be.accessible();
    }
  });

  it('the 7 / 30 toggle refetches with days=30 and announces the change', async () => {
    dashboardRoutes(hub);
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard></eih-integration-dashboard>`);
    const button = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('30 days'));
    setTimeout(() => button?.click());
    const event = await oneEvent(el, 'eih-window-change');
    expect(event.detail.days).to.equal(30);
    await until(() => hub.callsTo('GET', '/dashboard/runs').some((c) => c.query.get('days') === '30'), 'days=30 call');
    await until(() => hub.callsTo('GET', '/dashboard/ingestion').some((c) => c.query.get('days') === '30'), 'ingestion days=30 call');
    const chart = deep<EihRunsChart>(el, 'eih-runs-chart');
    expect(chart?.days).to.equal(30);
  });

  it('selecting a bar opens the list of its runs in place (drill-down)', async () => {
    dashboardRoutes(hub);
    hub.on('GET', '/runs', { body: { result: [{ sys_id: 'r1', number: 'RUN0001', state: 'complete', substate: 'failed', failure_message: 'boom' }] }, headers: { 'x-total-count': '1' } });
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard></eih-integration-dashboard>`);
    const rect = await until(() => deep<SVGRectElement>(el, 'eih-runs-chart', 'rect[data-outcome="failed"]'), 'failed bar');
    setTimeout(() => rect.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'eih-drill-down');
    expect(event.detail.drillDown.table).to.equal('x_eih_integration_run');
    expect(event.detail.drillDown.query).to.contain('substateINfailed,timed_out');
    const list = await until(() => deep(el, 'eih-record-list'), 'record list');
    await until(() => textOf(shadow(list)).includes('RUN0001'), 'run row');
    const call = hub.callsTo('GET', '/runs')[0];
    expect(call?.query.get('sysparm_query')).to.equal(event.detail.drillDown.query);
    await expect(list).shadowDom.to.be.accessible();
    const close = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Close list');
    close?.click();
    await el.updateComplete;
    expect(deep(el, 'eih-record-list')).to.equal(null);
  });

  it('a page can take over the drill-down with preventDefault', async () => {
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard .data=${dashboardData(4)}></eih-integration-dashboard>`);
    el.addEventListener('eih-drill-down', (e) => e.preventDefault());
    const button = await until(() => deep<HTMLButtonElement>(el, 'eih-ingestion-health', '.tile'), 'tile');
    button.click();
    await el.updateComplete;
    expect(deep(el, 'eih-record-list')).to.equal(null);
    expect(hub.calls.filter((c) => c.path.startsWith('/dashboard'))).to.have.length(0);
  });

  it('renders 50 integrations × 30 days handed over as data in one update per part', async () => {
    // The time is measured by `npm run bench -- widgets`; here: nothing renders twice.
    const data = dashboardData(50, 30);
    const updates = new Map<string, number>();
    const tags = ['eih-runs-chart', 'eih-outcome-pie', 'eih-ingestion-health', 'eih-processing-health', 'eih-integrations-table'];
    const restores = tags.map((tag) => {
      const proto = customElements.get(tag)?.prototype as { updated(changed: unknown): void };
      const original = proto.updated;
      proto.updated = function (this: Element, changed: unknown) {
        updates.set(tag, (updates.get(tag) ?? 0) + 1);
        original.call(this, changed);
      };
      // The classes inherit updated(): removing the own property restores it.
      return () => delete (proto as Partial<typeof proto>).updated;
    });
    try {
      const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard .data=${data}></eih-integration-dashboard>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(deep(el, 'eih-integrations-table', 'tbody')?.children.length).to.equal(50);
      expect(shadow(deep(el, 'eih-runs-chart') as Element).querySelectorAll('rect[data-outcome]').length).to.equal(100);
      expect(Object.fromEntries(updates)).to.deep.equal(Object.fromEntries(tags.map((tag) => [tag, 1])));
      expect(hub.calls).to.have.length(0);
    } finally {
      for (const restore of restores) restore();
    }
  });

  it('the table’s buttons act on their own row (one listener for all rows)', async () => {
    const data = dashboardData(5);
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard .data=${data}></eih-integration-dashboard>`);
    const table = shadow(deep(el, 'eih-integrations-table') as Element);
    const third = data.integrations[2];
    const row = table.querySelector(`tr[data-connector="${third?.connector}"]`);
    setTimeout(() => row?.querySelector<HTMLButtonElement>('[part="review"]')?.click());
    expect((await oneEvent(el, 'eih-review')).detail).to.deep.equal({ connector: third?.connector, name: third?.name });
    el.addEventListener('eih-drill-down', (e) => e.preventDefault());
    setTimeout(() => row?.querySelector<HTMLButtonElement>('th button')?.click());
    const drill = await oneEvent(el, 'eih-drill-down');
    expect(drill.detail.element).to.include({ chart: 'integration', connector: third?.connector });
    expect(drill.detail.title).to.equal(`Runs of ${third?.name}`);
  });

  it('renders hostile integration names as inert text', async () => {
    const data = dashboardData(3, 7, (i) => `${XSS} ${i}`);
    const el = await fixture<EihIntegrationDashboard>(html`<eih-integration-dashboard .data=${data}></eih-integration-dashboard>`);
    await until(() => deep(el, 'eih-integrations-table', 'tbody tr'), 'rows');
    await new Promise((r) => setTimeout(r, 50));
    const table = shadow(deep(el, 'eih-integrations-table') as Element);
    expect(table.querySelector('img')).to.equal(null);
    expect(table.querySelector('script')).to.equal(null);
    expect(textOf(table)).to.contain('<img src=x onerror=');
    expect(shadow(deep(el, 'eih-runs-chart') as Element).querySelector('img')).to.equal(null);
    expect(xssFired()).to.equal(false);
  });
});
