import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/charts/eih-runs-chart';
import '../../../src-widgets/charts/eih-outcome-pie';
import '../../../src-widgets/charts/eih-ingestion-health';
import '../../../src-widgets/charts/eih-processing-health';
import type { EihRunsChart } from '../../../src-widgets/charts/eih-runs-chart';
import type { EihOutcomePie } from '../../../src-widgets/charts/eih-outcome-pie';
import type { EihIngestionHealth } from '../../../src-widgets/charts/eih-ingestion-health';
import type { EihProcessingHealth } from '../../../src-widgets/charts/eih-processing-health';
import { formatDay } from '../../../src-widgets/base/format';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { dashboardData, dashboardRoutes } from '../helpers/dashboard-fixtures';
import { fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

async function openTable(el: Element): Promise<void> {
  const details = shadow(el).querySelector('details') as HTMLDetailsElement;
  details.open = true;
  await until(() => details.querySelector('table'), 'data table');
}

describe('charts', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
  });
  afterEach(() => hub.restore());

  describe('eih-runs-chart', () => {
    it('draws one stacked bar per integration with an accessible summary', async () => {
      const data = dashboardData(6).runs;
      const el = await fixture<EihRunsChart>(html`<eih-runs-chart .data=${data}></eih-runs-chart>`);
      const svg = shadow(el).querySelector('svg[role="img"]');
      expect(svg?.getAttribute('aria-label')).to.contain(`${data.totals.succeeded} succeeded`);
      expect(shadow(el).querySelectorAll('rect[data-outcome="failed"]').length).to.equal(6);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows a bar’s figures when pointed at', async () => {
      const data = dashboardData(3).runs;
      const el = await fixture<EihRunsChart>(html`<eih-runs-chart .data=${data}></eih-runs-chart>`);
      const first = data.integrations[0];
      shadow(el).querySelector('rect')?.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      const tip = textOf(shadow(el).querySelector('[role="tooltip"]'));
      expect(tip).to.contain(first?.name).and.contain(`Succeeded: ${first?.totals.succeeded}`);
      shadow(el).querySelector('rect')?.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
    });

    it('a segment opens the runs of its own bar and outcome (one listener for every segment)', async () => {
      const data = dashboardData(5).runs;
      const el = await fixture<EihRunsChart>(html`<eih-runs-chart .data=${data}></eih-runs-chart>`);
      const third = data.integrations[2];
      const segment = shadow(el).querySelector(`rect[data-bar="${third?.connector}"][data-outcome="failed"]`);
      // A click that does not bubble, as the browser sends to an element it hits directly.
      setTimeout(() => segment?.dispatchEvent(new MouseEvent('click')));
      const event = await oneEvent(el, 'eih-drill-down');
      expect(event.detail.element).to.include({ chart: 'runs', outcome: 'failed', connector: third?.connector });
      expect(event.detail.title).to.equal(`Failed runs: ${third?.name}`);
    });

    it('drills down from the data table with the keyboard path (a button)', async () => {
      const data = dashboardData(3).runs;
      const el = await fixture<EihRunsChart>(html`<eih-runs-chart .data=${data}></eih-runs-chart>`);
      await openTable(el);
      const button = shadow(el).querySelector<HTMLButtonElement>('td button[data-outcome="succeeded"]');
      setTimeout(() => button?.click());
      const event = await oneEvent(el, 'eih-drill-down');
      const connector = data.integrations[0]?.connector;
      expect(event.detail.drillDown.query).to.equal(`connector=${connector}^state=complete^substate=succeeded^ended>=${data.from}T00:00:00.000Z^ended<${event.detail.drillDown.query.split('ended<')[1]}`);
      expect(event.detail.element).to.include({ chart: 'runs', outcome: 'succeeded', connector });
      expect(event.bubbles && event.composed).to.equal(true);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('shows days for a single integration, and the toggle refetches 30 days', async () => {
      dashboardRoutes(hub, 1);
      const el = await fixture<EihRunsChart>(html`<eih-runs-chart connector="x"></eih-runs-chart>`);
      await until(() => shadow(el).querySelectorAll('rect[data-outcome="failed"]').length === 7, '7 day bars');
      const thirty = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('30'));
      setTimeout(() => thirty?.click());
      expect((await oneEvent(el, 'eih-window-change')).detail.days).to.equal(30);
      await until(() => shadow(el).querySelectorAll('rect[data-outcome="failed"]').length === 30, '30 day bars');
      expect(hub.callsTo('GET', '/dashboard/runs').map((c) => c.query.get('connector'))).to.deep.equal(['x', 'x']);
    });
  });

  describe('eih-outcome-pie', () => {
    it('draws the non-empty slices and lists every outcome', async () => {
      const rows = dashboardData(7).integrations;
      const el = await fixture<EihOutcomePie>(html`<eih-outcome-pie .data=${rows}></eih-outcome-pie>`);
      const slices = [...shadow(el).querySelectorAll('path[data-slice]')].map((p) => p.getAttribute('data-slice'));
      expect(slices).to.include.members(['succeeded', 'failed', 'timed_out', 'never_run', 'cancelled', 'in_progress']);
      expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(7);
      expect(textOf(shadow(el).querySelector('table'))).to.contain('Unknown 0');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('selecting a slice lists the integrations in it', async () => {
      const rows = dashboardData(7).integrations;
      const el = await fixture<EihOutcomePie>(html`<eih-outcome-pie .data=${rows}></eih-outcome-pie>`);
      const succeeded = rows.filter((r) => r.lastRunStatus === 'succeeded').map((r) => r.connector);
      setTimeout(() => shadow(el).querySelector('path[data-slice="succeeded"]')?.dispatchEvent(new MouseEvent('click')));
      const event = await oneEvent(el, 'eih-drill-down');
      expect(event.detail.drillDown.table).to.equal('x_eih_connector');
      expect(event.detail.drillDown.query).to.equal(`sys_idIN${succeeded.join(',')}`);
      const never = rows.filter((r) => r.lastRunStatus === 'never_run').map((r) => r.connector);
      const button = shadow(el).querySelector<HTMLButtonElement>('button[data-slice="never_run"]');
      setTimeout(() => button?.click());
      expect((await oneEvent(el, 'eih-drill-down')).detail.drillDown.query).to.equal(`sys_idIN${never.join(',')}`);
    });
  });

  describe('eih-ingestion-health', () => {
    it('shows three highlights with trends coloured by meaning', async () => {
      const data = dashboardData(4).ingestion;
      const el = await fixture<EihIngestionHealth>(html`<eih-ingestion-health .data=${data}></eih-ingestion-health>`);
      const tiles = shadow(el).querySelectorAll('.tile');
      expect(tiles.length).to.equal(3);
      const processing = shadow(el).querySelector('[data-metric="queue_processing"] .trend');
      expect(processing?.getAttribute('data-direction')).to.equal('up');
      expect(processing?.getAttribute('data-tone')).to.equal('danger');
      const rest = shadow(el).querySelector('[data-metric="rest_api"] .trend');
      expect(rest?.getAttribute('data-tone')).to.equal('success');
      expect(textOf(rest)).to.contain('faster');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a highlight opens its queue entries', async () => {
      const data = dashboardData(2).ingestion;
      const el = await fixture<EihIngestionHealth>(html`<eih-ingestion-health .data=${data}></eih-ingestion-health>`);
      setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[data-metric="queue_wait"]')?.click());
      const event = await oneEvent(el, 'eih-drill-down');
      expect(event.detail.drillDown.table).to.equal('x_eih_import_queue_entry');
      expect(event.detail.drillDown.query).to.contain(`processing_ended>=${data.current.from}T00:00:00.000Z`);
    });
  });

  describe('eih-processing-health', () => {
    it('draws a line per stage and marks deviations', async () => {
      const data = dashboardData(3).processing;
      const el = await fixture<EihProcessingHealth>(html`<eih-processing-health .data=${data}></eih-processing-health>`);
      expect(shadow(el).querySelectorAll('g[data-stage]').length).to.equal(5);
      const marked = shadow(el).querySelectorAll('circle.deviation').length;
      expect(marked).to.equal(data.stages.reduce((n, s) => n + s.deviations, 0));
      expect(marked).to.be.greaterThan(0);
      // Plain points are one path of dots per stage; only the marked deviations are elements.
      expect(shadow(el).querySelectorAll('g[data-stage] path.dots').length).to.equal(5);
      expect(shadow(el).querySelectorAll('circle').length).to.equal(marked);
      expect(textOf(shadow(el).querySelector('.legend'))).to.contain('deviation');
      await openTable(el);
      expect(shadow(el).querySelectorAll('td.deviates').length).to.equal(marked);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('a point opens the runs of its day; its figures show when pointed at', async () => {
      const data = dashboardData(3).processing;
      const el = await fixture<EihProcessingHealth>(html`<eih-processing-health .data=${data}></eih-processing-health>`);
      const point = shadow(el).querySelector('circle.deviation') as SVGCircleElement;
      point.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[role="tooltip"]'))).to.contain('Deviation: ');
      setTimeout(() => point.dispatchEvent(new MouseEvent('click')));
      const event = await oneEvent(el, 'eih-drill-down');
      expect(event.detail.drillDown.query).to.contain(`ended>=${point.getAttribute('data-day')}T00:00:00.000Z`);
    });

    it('a plain point shows its figures when the pointer is near it, and a click there opens its day', async () => {
      const data = dashboardData(3).processing;
      const el = await fixture<EihProcessingHealth>(html`<eih-processing-health .data=${data}></eih-processing-health>`);
      const chart = shadow(el).querySelector('svg[part="chart"]') as SVGSVGElement;
      // A plain point (no deviation) of the first stage, and its place among that stage's dots.
      const stage = data.stages[0];
      const points = stage?.points ?? [];
      const day = points.findIndex((p, i) => i >= 3 && p.msPerRecord !== null && p.deviation === null);
      const point = points[day];
      const dotIndex = points.slice(0, day).filter((p) => p.msPerRecord !== null && p.deviation === null).length;
      // Where that point is on screen: its dot in the path (`M<x - r>,<y>a…`), through the SVG's matrix.
      const dots = (shadow(el).querySelector(`g[data-stage="${stage?.key}"] path.dots`)?.getAttribute('d') ?? '').split('M').filter(Boolean);
      const [left, y] = (dots[dotIndex] ?? '').split('a')[0]?.split(',').map(Number) ?? [];
      const at = new DOMPoint((left ?? 0) + 3 + 2, (y ?? 0) + 2).matrixTransform(chart.getScreenCTM() ?? undefined);
      chart.dispatchEvent(new PointerEvent('pointermove', { clientX: at.x, clientY: at.y, bubbles: true, composed: true }));
      await el.updateComplete;
      const tip = textOf(shadow(el).querySelector('[role="tooltip"]'));
      expect(tip).to.contain(`${stage?.label}, ${formatDay(point?.day ?? '')}`).and.contain('ms/record');
      expect(shadow(el).querySelector('circle.active')).to.not.equal(null);
      setTimeout(() => chart.dispatchEvent(new MouseEvent('click', { clientX: at.x, clientY: at.y })));
      const event = await oneEvent(el, 'eih-drill-down');
      expect(event.detail.drillDown.query).to.contain(`ended>=${point?.day}T00:00:00.000Z`);
      chart.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
      // Far from every point: nothing is selected.
      const far = new DOMPoint(0, 0).matrixTransform(chart.getScreenCTM() ?? undefined);
      chart.dispatchEvent(new PointerEvent('pointermove', { clientX: far.x, clientY: far.y, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="tooltip"]')).to.equal(null);
    });
  });
});
