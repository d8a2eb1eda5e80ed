import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/workspace/eih-workspace';
import type { EihWorkspace } from '../../../src-widgets/workspace/eih-workspace';
import { parseRoute } from '../../../src-widgets/workspace/workspace-routes';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { HubClient } from '../../../src-widgets/client/hub-client';
import { dashboardRoutes } from '../helpers/dashboard-fixtures';
import { deep, fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

describe('eih-workspace', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
    dashboardRoutes(hub);
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => hub.restore());

  it('asks to sign in when there is no session, then shows the overview', async () => {
    hub.on('GET', '/auth/session', { status: 401, body: { error: { message: 'not signed in', detail: null }, status: 'failure' } });
    hub.on('POST', '/auth/login', { result: { user_name: 'admin', roles: ['x_eih.admin'], csrf_token: 'csrf-9' } });
    const el = await fixture<EihWorkspace>(html`<eih-workspace no-hash .client=${new HubClient()}></eih-workspace>`);
    const signIn = await until(() => deep(el, 'eih-sign-in'), 'sign-in form');
    await expect(el).shadowDom.to.be.accessible();
    await expect(signIn).shadowDom.to.be.accessible();
    const root = shadow(signIn);
    const set = (selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('#user', 'admin');
    set('#password', 'pw');
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    const signedIn = await oneEvent(el, 'eih-signed-in');
    expect(signedIn.detail.user.user_name).to.equal('admin');
    expect(hub.callsTo('POST', '/auth/login')[0]?.body).to.deep.equal({ user_name: 'admin', password: 'pw' });
    await until(() => deep(el, 'eih-integration-dashboard'), 'overview');
    expect([...shadow(el).querySelectorAll('nav a')].map((a) => a.textContent)).to.deep.equal(['Overview', 'Connections', 'Connectors', 'Runs', 'Properties']);
    expect(shadow(el).querySelector('a[aria-current="page"]')?.textContent).to.equal('Overview');
  });

  it('follows deep links in the hash and navigates on eih-navigate / eih-review', async () => {
    hub.on('GET', '/connectors', { result: [] });
    hub.on('GET', /^\/connectors\/[^/]+$/, { result: { sys_id: 'k'.repeat(32), name: 'Deep', status: 'connected', health: 'healthy' } });
    hub.on('GET', '/runs', { result: [] });
    location.hash = '#/connectors';
    const el = await fixture<EihWorkspace>(html`<eih-workspace .client=${new HubClient()}></eih-workspace>`);
    const list = await until(() => deep(el, 'eih-connector-list'), 'connector list page');
    expect(shadow(el).querySelector('a[aria-current="page"]')?.textContent).to.equal('Connectors');
    await until(() => textOf(shadow(list)).includes('No connectors'), 'empty list');
    [...shadow(list).querySelectorAll('button')].find((b) => b.textContent?.includes('New connector'))?.click();
    await until(() => deep(el, 'eih-connector-wizard'), 'wizard page');
    expect(location.hash).to.equal('#/connectors/new');
    location.hash = `#/connectors/${'k'.repeat(32)}`;
    await until(() => deep(el, 'eih-connector-detail')?.getAttribute('connector-id') === 'k'.repeat(32), 'detail page');
    el.dispatchEvent(new CustomEvent('eih-review', { detail: { connector: 'abc', name: 'A' }, bubbles: true, composed: true }));
    await until(() => deep(el, 'eih-integration-dashboard')?.getAttribute('connector') === 'abc', 'review dashboard');
    expect(location.hash).to.equal('#/review/abc');
    await expect(el).shadowDom.to.be.accessible();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('switches to the dark theme and signs out', async () => {
    hub.on('POST', '/auth/logout', { result: {} });
    const el = await fixture<EihWorkspace>(html`<eih-workspace no-hash .client=${new HubClient()}></eih-workspace>`);
    await until(() => shadow(el).querySelector('nav'), 'signed in');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Dark'))?.click();
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(shadow(el).querySelector('main') as Element).color).to.equal('rgb(238, 241, 242)');
    // Nested elements inherit the dark palette through the --eih-* tokens.
    const dashboard = await until(() => deep(el, 'eih-integration-dashboard'), 'dashboard');
    expect(getComputedStyle(dashboard).color).to.equal('rgb(238, 241, 242)');
    await expect(el).shadowDom.to.be.accessible();
    setTimeout(() => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Sign out'))?.click());
    await oneEvent(el, 'eih-signed-out');
    await until(() => deep(el, 'eih-sign-in'), 'sign-in again');
  });

  it('parseRoute maps hash paths to pages', () => {
    expect(parseRoute('')).to.deep.equal({ page: 'overview', id: '' });
    expect(parseRoute('#/connections/abc')).to.deep.equal({ page: 'connection', id: 'abc' });
    expect(parseRoute('#/connectors/new')).to.deep.equal({ page: 'new-connector', id: '' });
    expect(parseRoute('#/review/x%20y')).to.deep.equal({ page: 'review', id: 'x y' });
    expect(parseRoute('#/properties')).to.deep.equal({ page: 'properties', id: '' });
    expect(parseRoute('#/nope')).to.deep.equal({ page: 'overview', id: '' });
  });
});
