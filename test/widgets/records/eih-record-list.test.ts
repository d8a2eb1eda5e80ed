import { expect, fixture, html } from '@open-wc/testing';
import '../../../src-widgets/records/eih-record-list';
import type { EihRecordList } from '../../../src-widgets/records/eih-record-list';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { runsDrillDown } from '../../../src-shared/metrics/drill-down';
import { fakeHub, shadow, textOf, until, XSS, xssFired, type FakeHub } from '../helpers/fake-hub';

describe('eih-record-list', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub('/custom');
  });
  afterEach(() => hub.restore());

  it('fetches a drill-down under the element’s api-base and pages with X-Total-Count', async () => {
    const rows = (offset: number) => Array.from({ length: 2 }, (_, i) => ({ sys_id: `r${offset + i}`, number: `RUN${offset + i}`, state: 'complete', substate: 'failed', failure_message: XSS }));
    hub.on('GET', '/runs', (call) => ({ body: { result: rows(Number(call.query.get('sysparm_offset'))) }, headers: { 'x-total-count': '3' } }));
    const drill = runsDrillDown({ connector: 'abc', outcome: 'failed', fromDay: '2026-11-20' });
    const el = await fixture<EihRecordList>(html`<eih-record-list api-base="/custom" limit="2" heading="Failed runs" .drillDown=${drill}></eih-record-list>`);
    const root = shadow(el);
    await until(() => textOf(root).includes('RUN0'), 'first page');
    expect(hub.calls[0]?.query.get('sysparm_query')).to.equal(drill.query);
    expect(textOf(root)).to.contain('1–2 of 3').and.contain('Timed out'.length ? 'Failed' : '');
    expect(root.querySelector('tbody img')).to.equal(null);
    expect(xssFired()).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Next')?.click();
    await until(() => textOf(root).includes('RUN2'), 'second page');
    expect(hub.calls.at(-1)?.query.get('sysparm_offset')).to.equal('2');
    expect([...root.querySelectorAll('button')].find((b) => b.textContent === 'Next')?.disabled).to.equal(true);
  });

  it('says so when nothing matches', async () => {
    hub.on('GET', '/logs', { result: [] });
    const el = await fixture<EihRecordList>(html`<eih-record-list api-base="/custom" route="/logs" query="level=error"></eih-record-list>`);
    await until(() => textOf(shadow(el)).includes('No records match'), 'empty');
  });
});
