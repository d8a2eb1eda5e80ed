import { expect, fixture, html } from '@open-wc/testing';
import { memoryCache, setHubCache, type CacheEntry, type HubCache } from '../../../src-widgets/client/hub-cache';
import '../../../src-widgets/connectors/eih-connector-list';
import type { EihConnectorList } from '../../../src-widgets/connectors/eih-connector-list';
import { fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

const connector = (name: string) => ({ sys_id: 'c'.repeat(32), name, status: 'connected', health: 'healthy', last_run_status: 'succeeded' });
const KEY = '/api/x_eih/hub/connectors';

/** A cache whose reads answer only when released (IndexedDB can be slower than the network). */
function slowCache(entry: CacheEntry | undefined): HubCache & { release(): void; reads: number } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const cache = {
    reads: 0,
    release: () => release(),
    async get<T>(key: string) {
      cache.reads += 1;
      await gate;
      return (key === KEY ? entry : undefined) as CacheEntry<T> | undefined;
    },
    async put() {},
    async clear() {},
  };
  return cache;
}

describe('HubDataController (stale-while-revalidate)', () => {
  let hub: FakeHub;
  beforeEach(() => (hub = fakeHub()));
  afterEach(() => {
    hub.restore();
    setHubCache(memoryCache());
  });

  it('asks the hub at once instead of waiting for the cache, and ignores a cached answer that comes later', async () => {
    const cache = slowCache({ value: [connector('Old name')], savedAt: 1 });
    setHubCache(cache);
    hub.on('GET', '/connectors', { result: [connector('Fresh name')] });
    const el = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => textOf(shadow(el)).includes('Fresh name'), 'the fresh answer while the cache is still reading');
    expect(cache.reads).to.equal(1);
    cache.release();
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(textOf(shadow(el))).to.contain('Fresh name').and.not.contain('Old name');
  });

  it('sends the request before it opens the cache', async () => {
    const callsAtRead: number[] = [];
    setHubCache({
      async get() {
        callsAtRead.push(hub.callsTo('GET', '/connectors').length);
        return undefined;
      },
      async put() {},
      async clear() {},
    });
    hub.on('GET', '/connectors', { result: [connector('Fresh name')] });
    const el = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => textOf(shadow(el)).includes('Fresh name'), 'the fresh answer');
    expect(callsAtRead).to.deep.equal([1]);
  });

  it('an unreachable hub that fails before the cache answers still shows the cached answer, offline', async () => {
    const cache = slowCache({ value: [connector('Cached scanner')], savedAt: Date.UTC(2026, 0, 2) });
    setHubCache(cache);
    hub.down = true;
    const el = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await new Promise((r) => setTimeout(r, 30));
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    cache.release();
    await until(() => shadow(el).querySelector('[part="offline"]'), 'offline notice');
    expect(textOf(shadow(el))).to.contain('Cached scanner');
  });
});
