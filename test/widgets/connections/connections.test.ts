import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/connections/eih-connection-list';
import '../../../src-widgets/connections/eih-connection-form';
import type { EihConnectionList } from '../../../src-widgets/connections/eih-connection-list';
import type { EihConnectionForm } from '../../../src-widgets/connections/eih-connection-form';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { fakeHub, shadow, textOf, until, XSS, xssFired, type FakeHub } from '../helpers/fake-hub';

const ID = 'a'.repeat(32);
function connection(patch: Record<string, unknown> = {}) {
  return {
    sys_id: ID,
    sys_created_on: '2026-11-01T00:00:00.000Z',
    sys_updated_on: '2026-11-02T00:00:00.000Z',
    name: 'Tenable cloud',
    active: true,
    connection_alias: 'tvm',
    application: 'x_eih',
    platform: 'tenable_vm',
    base_url: 'https://cloud.tenable.com',
    sc_username: null,
    status: 'success',
    status_code: 200,
    message: 'ok',
    suggestion: '',
    last_tested: null,
    updated: '2026-11-02T00:00:00.000Z',
    credentials: { access_key: 'set', secret_key: 'not_set', sc_password: 'not_set' },
    ...patch,
  };
}

function input(root: ShadowRoot, selector: string, value: string): void {
  const el = root.querySelector<HTMLInputElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

describe('connections', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
  });
  afterEach(() => hub.restore());

  it('eih-connection-list lists connections; hostile names stay text', async () => {
    hub.on('GET', '/connections', { result: [connection(), connection({ sys_id: 'b'.repeat(32), name: XSS, status: 'error', status_code: 401 })] });
    const el = await fixture<EihConnectionList>(html`<eih-connection-list></eih-connection-list>`);
    await until(() => shadow(el).querySelectorAll('tbody tr').length === 2, 'rows');
    expect(shadow(el).querySelector('tbody img')).to.equal(null);
    expect(textOf(shadow(el))).to.contain('<img src=x').and.contain('401');
    expect(xssFired()).to.equal(false);
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('tbody button')?.click());
    expect((await oneEvent(el, 'eih-navigate')).detail.route).to.equal(`/connections/${ID}`);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows write-only credentials as set / not set and sends only changed fields and typed secrets', async () => {
    hub.on('GET', `/connections/${ID}`, { result: connection() });
    hub.on('PATCH', `/connections/${ID}`, (call) => ({ result: connection({ ...(call.body as object), credentials: { access_key: 'set', secret_key: 'set', sc_password: 'not_set' } }) }));
    const el = await fixture<EihConnectionForm>(html`<eih-connection-form connection-id=${ID}></eih-connection-form>`);
    const root = shadow(el);
    await until(() => root.querySelector('form'), 'form');
    expect(root.querySelector<HTMLInputElement>('#name')?.value).to.equal('Tenable cloud');
    expect(textOf(root.querySelector('label[for="access_key"]'))).to.contain('Set');
    expect(textOf(root.querySelector('label[for="secret_key"]'))).to.contain('Not set');
    expect(root.querySelector<HTMLInputElement>('#access_key')?.value).to.equal('');
    await expect(el).shadowDom.to.be.accessible();
    input(root, '#connection_alias', 'prod');
    input(root, '#secret_key', 's3cret');
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    const saved = await oneEvent(el, 'eih-connection-saved');
    expect(saved.detail.created).to.equal(false);
    const patch = hub.callsTo('PATCH', `/connections/${ID}`)[0];
    expect(patch?.body).to.deep.equal({ connection_alias: 'prod', secret_key: 's3cret' });
    expect(patch?.headers['x-csrf-token']).to.equal('csrf-1');
    await until(() => textOf(root.querySelector('label[for="secret_key"]')).includes('Set') && !textOf(root.querySelector('label[for="secret_key"]')).includes('Not'), 'secret now set');
  });

  it('validates before creating, then creates with POST', async () => {
    hub.on('POST', '/connections', (call) => ({ result: connection({ ...(call.body as object), sys_id: 'c'.repeat(32) }) }));
    const el = await fixture<EihConnectionForm>(html`<eih-connection-form connection-id="new"></eih-connection-form>`);
    const root = shadow(el);
    input(root, '#base_url', 'http://insecure');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
    expect(root.querySelector('#name')?.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(root.querySelector('#base_url-problem'))).to.contain('https://');
    expect(hub.callsTo('POST', '/connections')).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
    input(root, '#name', 'New one');
    input(root, '#base_url', 'https://cloud.tenable.com');
    input(root, '#access_key', 'ak');
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    const saved = await oneEvent(el, 'eih-connection-saved');
    expect(saved.detail.created).to.equal(true);
    const body = hub.callsTo('POST', '/connections')[0]?.body as Record<string, unknown>;
    expect(body).to.include({ name: 'New one', access_key: 'ak', platform: 'tenable_vm' });
    expect(body).to.not.have.property('secret_key');
  });

  it('Test connection shows Status, Status Code, Message, Suggestion, Updated and the connectors’ health, as text', async () => {
    hub.on('GET', `/connections/${ID}`, { result: connection() });
    hub.on('POST', `/connections/${ID}/test`, {
      result: {
        status: 'error',
        status_code: 401,
        message: `invalid keys ${XSS}`,
        suggestion: 'Generate new API keys in Tenable',
        updated: '2026-11-20T10:00:00.000Z',
        connectors: [{ sys_id: 'd'.repeat(32), name: `VM <b>bold</b>`, health: 'unhealthy' }],
      },
    });
    const el = await fixture<EihConnectionForm>(html`<eih-connection-form connection-id=${ID}></eih-connection-form>`);
    const root = shadow(el);
    const button = await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Test connection')), 'test button');
    setTimeout(() => button.click());
    const tested = await oneEvent(el, 'eih-connection-tested');
    expect(tested.detail.result.status_code).to.equal(401);
    await el.updateComplete;
    const result = root.querySelector('[part="test-result"]');
    const text = textOf(result);
    for (const caption of ['Status', 'Status code', 'Message', 'Suggestion', 'Updated']) expect(text).to.contain(caption);
    expect(text).to.contain('401').and.contain('Generate new API keys').and.contain('VM <b>bold</b>');
    expect(result?.querySelector('img, b')).to.equal(null);
    expect(result?.querySelector('eih-status-badge[health="unhealthy"]')).to.not.equal(null);
    expect(xssFired()).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });
});
