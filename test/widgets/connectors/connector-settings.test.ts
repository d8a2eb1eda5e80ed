import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/connectors/eih-status-mapping';
import '../../../src-widgets/connectors/eih-severity-filter';
import '../../../src-widgets/connectors/eih-project-picker';
import '../../../src-widgets/connectors/eih-status-badge';
import { mapStatus, type EihStatusMapping } from '../../../src-widgets/connectors/eih-status-mapping';
import type { EihSeverityFilter } from '../../../src-widgets/connectors/eih-severity-filter';
import type { EihProjectPicker } from '../../../src-widgets/connectors/eih-project-picker';
import type { EihStatusBadge } from '../../../src-widgets/connectors/eih-status-badge';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { fakeHub, shadow, textOf, until, XSS, type FakeHub } from '../helpers/fake-hub';

const CID = 'e'.repeat(32);

function drag(from: Element, to: Element): void {
  const data = new DataTransfer();
  from.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
  to.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  to.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

function chipsOf(root: ShadowRoot, local: string): string[] {
  return [...root.querySelectorAll(`[data-local="${local}"] .chip`)].map((c) => c.getAttribute('data-remote') ?? '');
}

describe('connector settings', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
  });
  afterEach(() => hub.restore());

  describe('eih-status-mapping', () => {
    it('starts from the default mapping: identified ← Open, Reopened; fixed ← Fixed', async () => {
      const el = await fixture<EihStatusMapping>(html`<eih-status-mapping></eih-status-mapping>`);
      const root = shadow(el);
      expect(chipsOf(root, 'identified')).to.deep.equal(['OPEN', 'REOPENED']);
      expect(chipsOf(root, 'fixed')).to.deep.equal(['FIXED']);
      expect(textOf(root.querySelector('[data-local="risk_accepted"]'))).to.contain('Not synced');
      await expect(el).shadowDom.to.be.accessible();
    });

    it('dragging a Tenable status onto a local status moves it there', async () => {
      const el = await fixture<EihStatusMapping>(html`<eih-status-mapping></eih-status-mapping>`);
      const root = shadow(el);
      const chip = root.querySelector('[data-local="identified"] .chip[data-remote="REOPENED"]') as Element;
      setTimeout(() => drag(chip, root.querySelector('[data-local="in_progress"]') as Element));
      const event = await oneEvent(el, 'eih-mapping-change');
      expect(event.detail.rows).to.deep.include({ local_status: 'in_progress', remote_status: 'REOPENED', order: 0 });
      await el.updateComplete;
      expect(chipsOf(root, 'identified')).to.deep.equal(['OPEN']);
      expect(chipsOf(root, 'in_progress')).to.deep.equal(['REOPENED']);
      // Dropping on the palette unmaps it.
      drag(root.querySelector('[data-local="in_progress"] .chip') as Element, root.querySelector('[part="palette"]') as Element);
      await el.updateComplete;
      expect(chipsOf(root, 'in_progress')).to.deep.equal([]);
      expect(root.querySelector('[part="palette"] [data-remote="REOPENED"]')).to.not.equal(null);
    });

    it('has a keyboard path: each row’s menu maps, each chip’s button unmaps, and the default preset restores', async () => {
      const el = await fixture<EihStatusMapping>(html`<eih-status-mapping></eih-status-mapping>`);
      const root = shadow(el);
      const select = root.querySelector<HTMLSelectElement>('select[data-add="fixed"]') as HTMLSelectElement;
      select.value = 'REOPENED';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      await oneEvent(el, 'eih-mapping-change');
      await el.updateComplete;
      expect(chipsOf(root, 'fixed')).to.deep.equal(['FIXED', 'REOPENED']);
      expect(textOf(root.querySelector('[role="status"][aria-live]'))).to.equal('Reopened mapped to Fixed.');
      root.querySelector<HTMLButtonElement>('button[aria-label="Remove Fixed from Fixed"]')?.click();
      await el.updateComplete;
      expect(chipsOf(root, 'fixed')).to.deep.equal(['REOPENED']);
      [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('default'))?.click();
      await el.updateComplete;
      expect(chipsOf(root, 'identified')).to.deep.equal(['OPEN', 'REOPENED']);
      expect(chipsOf(root, 'fixed')).to.deep.equal(['FIXED']);
    });

    it('mapStatus keeps each remote status on one row and renumbers orders', () => {
      const rows = mapStatus(mapStatus([], 'OPEN', 'identified'), 'FIXED', 'identified');
      expect(mapStatus(rows, 'OPEN', 'fixed')).to.deep.equal([
        { local_status: 'identified', remote_status: 'FIXED', order: 0 },
        { local_status: 'fixed', remote_status: 'OPEN', order: 0 },
      ]);
    });

    it('loads and saves a connector’s mapping with PUT', async () => {
      hub.on('GET', `/connectors/${CID}/status-mapping`, { result: [{ local_status: 'fixed', remote_status: 'FIXED', order: 0 }] });
      hub.on('PUT', `/connectors/${CID}/status-mapping`, (call) => ({ result: call.body }));
      const el = await fixture<EihStatusMapping>(html`<eih-status-mapping connector-id=${CID}></eih-status-mapping>`);
      const root = shadow(el);
      await until(() => chipsOf(root, 'identified').length === 0, 'loaded mapping');
      [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Save mapping'))?.click();
      await until(() => hub.callsTo('PUT', `/connectors/${CID}/status-mapping`).length === 1, 'PUT');
      expect(hub.callsTo('PUT', `/connectors/${CID}/status-mapping`)[0]?.body).to.deep.equal([{ local_status: 'fixed', remote_status: 'FIXED', order: 0 }]);
    });
  });

  describe('eih-severity-filter', () => {
    it('has every severity on by default and warns when none is selected', async () => {
      const el = await fixture<EihSeverityFilter>(html`<eih-severity-filter></eih-severity-filter>`);
      const root = shadow(el);
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((b) => b.checked)).to.deep.equal([true, true, true, true, true]);
      expect(root.querySelector('[part="warning"]')).to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
      for (const box of boxes) box.click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(textOf(root.querySelector('[part="warning"][role="alert"]'))).to.contain('nothing will be imported');
      setTimeout(() => boxes[4]?.click());
      expect((await oneEvent(el, 'eih-severity-change')).detail.severities).to.deep.equal(['critical']);
    });

    it('saves a connector’s filter with PUT', async () => {
      hub.on('GET', `/connectors/${CID}/severity-filter`, { result: { severities: ['high', 'critical'] } });
      hub.on('PUT', `/connectors/${CID}/severity-filter`, (call) => ({ result: call.body }));
      const el = await fixture<EihSeverityFilter>(html`<eih-severity-filter connector-id=${CID}></eih-severity-filter>`);
      await until(() => el.value.length === 2, 'loaded');
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Save'))?.click();
      await until(() => hub.callsTo('PUT', `/connectors/${CID}/severity-filter`).length === 1, 'PUT');
      expect(hub.callsTo('PUT', `/connectors/${CID}/severity-filter`)[0]?.body).to.deep.equal({ severities: ['high', 'critical'] });
    });
  });

  describe('eih-project-picker', () => {
    it('Import all is on by default; turning it off lists projects by tab and search', async () => {
      hub.on('GET', `/connectors/${CID}/projects`, (call) => ({
        result: [
          { id: `${call.query.get('type')}-1`, name: `${call.query.get('type')} app ${call.query.get('name') ?? ''}`, target: 'https://app' },
          { id: `${call.query.get('type')}-2`, name: XSS },
        ],
      }));
      const el = await fixture<EihProjectPicker>(html`<eih-project-picker connector-id=${CID}></eih-project-picker>`);
      const root = shadow(el);
      expect(hub.callsTo('GET', `/connectors/${CID}/projects`)).to.have.length(0);
      await expect(el).shadowDom.to.be.accessible();
      const toggle = root.querySelector<HTMLInputElement>('input[name="import-all"]') as HTMLInputElement;
      setTimeout(() => toggle.click());
      expect((await oneEvent(el, 'eih-projects-change')).detail.importAll).to.equal(false);
      await until(() => root.querySelector('[data-project="WAS-1"]'), 'WAS projects');
      expect(root.querySelector('li img')).to.equal(null);
      setTimeout(() => root.querySelector<HTMLInputElement>('[data-project="WAS-1"]')?.click());
      expect((await oneEvent(el, 'eih-projects-change')).detail.projects).to.deep.equal([{ project_type: 'WAS', external_id: 'WAS-1', name: 'WAS app ' }]);
      // Keyboard: arrow to the VM tab.
      root.querySelector('[role="tab"][aria-selected="true"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await until(() => root.querySelector('[data-project="VM-1"]'), 'VM projects');
      expect(root.querySelector('#tab-VM')?.getAttribute('aria-selected')).to.equal('true');
      const search = root.querySelector<HTMLInputElement>('#search') as HTMLInputElement;
      search.value = 'prod';
      search.dispatchEvent(new Event('input'));
      await until(() => hub.callsTo('GET', `/connectors/${CID}/projects`).some((c) => c.query.get('name') === 'prod' && c.query.get('type') === 'VM'), 'search call');
      await expect(el).shadowDom.to.be.accessible();
    });
  });

  describe('eih-status-badge', () => {
    it('shows every lifecycle status and health as text with a tone', async () => {
      for (const [status, tone] of [['connecting', 'info'], ['connected', 'success'], ['retrying', 'warning'], ['failed', 'danger'], ['disabled', 'neutral'], ['deleting', 'neutral']]) {
        const el = await fixture<EihStatusBadge>(html`<eih-status-badge status=${status} health="unhealthy"></eih-status-badge>`);
        const pill = shadow(el).querySelector('[part="status"]');
        expect(pill?.getAttribute('data-tone')).to.equal(tone);
        expect(textOf(pill).toLowerCase()).to.contain(status);
        expect(textOf(shadow(el).querySelector('[part="health"]'))).to.contain('Unhealthy');
      }
      const el = await fixture<EihStatusBadge>(html`<eih-status-badge status="connected" health="healthy"></eih-status-badge>`);
      await expect(el).shadowDom.to.be.accessible();
    });
  });
});
