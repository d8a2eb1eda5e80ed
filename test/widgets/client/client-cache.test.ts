import { expect, fixture, html } from '@open-wc/testing';
import { HubClient, HubError } from '../../../src-widgets/client/hub-client';
import { idbCache, memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import '../../../src-widgets/connectors/eih-connector-list';
import type { EihConnectorList } from '../../../src-widgets/connectors/eih-connector-list';
import { fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

const connector = (name: string) => ({ sys_id: 'c'.repeat(32), name, status: 'connected', health: 'healthy', last_run_status: 'succeeded' });

describe('HubClient', () => {
  let hub: FakeHub;
  beforeEach(() => (hub = fakeHub()));
  afterEach(() => hub.restore());

  it('unwraps { result }, reads X-Total-Count and sends list parameters', async () => {
    hub.on('GET', '/runs', { body: { result: [{ sys_id: 'a' }] }, headers: { 'x-total-count': '42' } });
    const page = await new HubClient().runs({ limit: 5, offset: 10, query: 'state=complete^ORDERBYDESCstarted' });
    expect(page).to.deep.equal({ records: [{ sys_id: 'a' }], total: 42 });
    const call = hub.callsTo('GET', '/runs')[0];
    expect(call?.query.get('sysparm_limit')).to.equal('5');
    expect(call?.query.get('sysparm_offset')).to.equal('10');
    expect(call?.query.get('sysparm_query')).to.equal('state=complete^ORDERBYDESCstarted');
  });

  it('sends the CSRF token on every non-GET call, fetching the session first', async () => {
    hub.on('POST', '/connectors/abc/execute', { result: { sys_id: 'run1' } });
    const client = new HubClient();
    await client.execute('abc', true);
    expect(hub.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /auth/session', 'POST /connectors/abc/execute']);
    const post = hub.callsTo('POST', '/connectors/abc/execute')[0];
    expect(post?.headers['x-csrf-token']).to.equal('csrf-1');
    expect(post?.body).to.deep.equal({ full_import: true });
    await client.execute('abc', false);
    expect(hub.callsTo('GET', '/auth/session')).to.have.length(1);
  });

  it('turns an error envelope into a HubError; an unreachable hub has status 0', async () => {
    hub.on('GET', '/connections/x', { status: 404, body: { error: { message: 'no connection x', detail: 'gone' }, status: 'failure' } });
    const client = new HubClient();
    const error = await client.connection('x').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HubError);
    expect(error).to.include({ message: 'no connection x', status: 404, detail: 'gone' });
    expect((error as HubError).unreachable).to.equal(false);
    hub.down = true;
    const offline = (await client.connection('x').catch((e: unknown) => e)) as HubError;
    expect(offline.status).to.equal(0);
    expect(offline.unreachable).to.equal(true);
  });

  it('uses a fetch override and an api base', async () => {
    const seen: string[] = [];
    const client = new HubClient({
      apiBase: '/custom/base/',
      fetch: async (input) => {
        seen.push(String(input));
        return new Response(JSON.stringify({ result: [] }), { status: 200 });
      },
    });
    await client.dashboardRuns(30, 'abc');
    expect(seen).to.deep.equal(['/custom/base/dashboard/runs?days=30&connector=abc']);
    expect(hub.calls).to.have.length(0);
  });

  it('joins a GET identical to one still on its way, and asks again once it has answered', async () => {
    hub.on('GET', '/dashboard/integrations', { result: [{ connector: 'a' }] });
    hub.on('GET', '/dashboard/runs', { result: { days: [] } });
    const client = new HubClient();
    const [first, second, other] = await Promise.all([client.dashboardIntegrations(), client.dashboardIntegrations(), client.dashboardRuns(7)]);
    expect(first).to.equal(second);
    expect(other).to.deep.equal({ days: [] });
    expect(hub.callsTo('GET', '/dashboard/runs')).to.have.length(1);
    expect(hub.callsTo('GET', '/dashboard/integrations')).to.have.length(1);
    await client.dashboardIntegrations();
    expect(hub.callsTo('GET', '/dashboard/integrations')).to.have.length(2);
  });

  it('streams run snapshots from Server-Sent Events and skips malformed frames', async () => {
    const sources: { url: string; onmessage: ((e: MessageEvent) => void) | null; closed: boolean }[] = [];
    const client = new HubClient({
      eventSource: (url) => {
        const source = { url, onmessage: null as ((e: MessageEvent) => void) | null, onerror: null, closed: false, close: () => (source.closed = true) };
        sources.push(source);
        return source;
      },
    });
    const snapshots: unknown[] = [];
    const stop = client.watchRuns('r1', (s) => snapshots.push(s));
    sources[0]?.onmessage?.(new MessageEvent('message', { data: 'not json' }));
    sources[0]?.onmessage?.(new MessageEvent('message', { data: JSON.stringify({ sys_id: 'r1', state: 'processing' }) }));
    stop();
    expect(sources[0]?.url).to.equal('/api/x_eih/hub/runs/r1/events');
    expect(snapshots).to.deep.equal([{ sys_id: 'r1', state: 'processing' }]);
    expect(sources[0]?.closed).to.equal(true);
  });
});

describe('IndexedDB cache (stale-while-revalidate, offline)', () => {
  let hub: FakeHub;
  const dbName = `eih-test-${Math.floor(performance.now())}`;
  beforeEach(async () => {
    const cache = idbCache(dbName);
    await cache.clear();
    setHubCache(cache);
    hub = fakeHub();
  });
  afterEach(() => {
    hub.restore();
    setHubCache(memoryCache());
  });

  it('keeps the last good data with an "offline since" notice when the hub is unreachable', async () => {
    hub.on('GET', '/connectors', { result: [connector('Cached scanner')] });
    const first = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => textOf(shadow(first)).includes('Cached scanner'), 'first load');
    await new Promise((r) => setTimeout(r, 50)); // the cache write is fire-and-forget
    hub.down = true;
    const second = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => shadow(second).querySelector('[part="offline"]'), 'offline notice');
    expect(textOf(shadow(second))).to.contain('Cached scanner');
    expect(textOf(shadow(second).querySelector('[part="offline"]'))).to.match(/^Offline since .+: showing data saved .+\.$/);
    await expect(second).shadowDom.to.be.accessible();
  });

  it('shows the cached data at once, then replaces it with the fresh answer', async () => {
    hub.on('GET', '/connectors', { result: [connector('Old name')] });
    const first = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    await until(() => textOf(shadow(first)).includes('Old name'), 'first load');
    await new Promise((r) => setTimeout(r, 50));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const original = window.fetch;
    window.fetch = async (input, init) => {
      await gate;
      return original(input, init);
    };
    hub.on('GET', '/connectors', { result: [connector('New name')] });
    try {
      const second = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
      await until(() => textOf(shadow(second)).includes('Old name'), 'stale data before the network answers');
      release();
      await until(() => textOf(shadow(second)).includes('New name'), 'fresh data');
      expect(shadow(second).querySelector('[part="offline"]')).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });

  it('without cached data an unreachable hub is an error, not an empty page', async () => {
    hub.down = true;
    const el = await fixture<EihConnectorList>(html`<eih-connector-list></eih-connector-list>`);
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 'error');
    expect(textOf(alert)).to.contain('hub unreachable');
  });
});
