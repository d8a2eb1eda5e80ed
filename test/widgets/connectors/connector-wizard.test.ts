import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/connectors/eih-connector-wizard';
import type { EihConnectorWizard } from '../../../src-widgets/connectors/eih-connector-wizard';
import type { EihStatusMapping } from '../../../src-widgets/connectors/eih-status-mapping';
import type { EihSeverityFilter } from '../../../src-widgets/connectors/eih-severity-filter';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { deep, fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

const CONN = 'a'.repeat(32);

function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

function title(el: Element): string {
  return textOf(shadow(el).querySelector('#step-title'));
}

describe('eih-connector-wizard', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
    hub.on('GET', '/connections', { result: [{ sys_id: CONN, name: 'Tenable cloud', platform: 'tenable_vm' }] });
  });
  afterEach(() => hub.restore());

  it('walks Credentials → Status mapping → Severity filters → Projects → Check connection → import starts', async () => {
    hub.on('POST', `/connections/${CONN}/test`, { result: { status: 'success', status_code: 200, message: 'ok', suggestion: '', updated: '2026-11-20T00:00:00.000Z', connectors: [] } });
    hub.on('POST', '/connectors', (call) => ({ status: 201, body: { result: { sys_id: 'f'.repeat(32), name: (call.body as { name: string }).name, status: 'connecting' } } }));
    const el = await fixture<EihConnectorWizard>(html`<eih-connector-wizard></eih-connector-wizard>`);
    const root = shadow(el);
    expect(title(el)).to.equal('Credentials');
    await expect(el).shadowDom.to.be.accessible();

    // Nothing filled in: the step says what is missing and stays.
    button(root, 'Continue').click();
    await el.updateComplete;
    expect(textOf(root.querySelector('#name-problem'))).to.contain('required');
    expect(title(el)).to.equal('Credentials');

    const name = root.querySelector<HTMLInputElement>('#name') as HTMLInputElement;
    name.value = 'Prod VM';
    name.dispatchEvent(new Event('input'));
    const select = await until(() => root.querySelector<HTMLSelectElement>('#connection'), 'connection select');
    select.value = CONN;
    select.dispatchEvent(new Event('change'));
    button(root, 'Continue').click();
    await until(() => title(el) === 'Status mapping', 'status mapping step');
    const mapping = deep<EihStatusMapping>(el, 'eih-status-mapping') as EihStatusMapping;
    const add = shadow(mapping).querySelector<HTMLSelectElement>('select[data-add="in_progress"]') as HTMLSelectElement;
    add.value = 'REOPENED';
    add.dispatchEvent(new Event('change'));

    button(root, 'Continue').click();
    await until(() => title(el) === 'Severity filters', 'severity step');
    const severity = deep<EihSeverityFilter>(el, 'eih-severity-filter') as EihSeverityFilter;
    shadow(severity).querySelector<HTMLInputElement>('input[value="info"]')?.click();

    button(root, 'Continue').click();
    await until(() => title(el) === 'Projects', 'projects step');
    expect(deep(el, 'eih-project-picker')?.getAttribute('connection-id')).to.equal(CONN);

    button(root, 'Continue').click();
    await until(() => title(el) === 'Check connection', 'check step');
    expect(button(root, 'Start import').disabled).to.equal(true);
    button(root, 'Check connection').click();
    await until(() => textOf(root).includes('The connection with Tenable is active.'), 'check result');
    await el.updateComplete;
    setTimeout(() => button(root, 'Start import').click());
    const created = await oneEvent(el, 'eih-connector-created');
    expect(created.detail.connector.name).to.equal('Prod VM');
    const body = hub.callsTo('POST', '/connectors')[0]?.body as Record<string, unknown>;
    expect(body).to.deep.equal({
      name: 'Prod VM',
      connection: CONN,
      project_types: 'VM,WAS',
      import_all: true,
      severities: ['low', 'medium', 'high', 'critical'],
      status_mapping: [
        { local_status: 'identified', remote_status: 'OPEN', order: 0 },
        { local_status: 'in_progress', remote_status: 'REOPENED', order: 0 },
        { local_status: 'fixed', remote_status: 'FIXED', order: 0 },
      ],
      projects: [],
    });
    await until(() => textOf(root).includes('the import has started'), 'started notice');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('creates a new connection from typed credentials before going on', async () => {
    hub.on('POST', '/connections', (call) => ({ result: { sys_id: 'b'.repeat(32), ...(call.body as object) } }));
    const el = await fixture<EihConnectorWizard>(html`<eih-connector-wizard></eih-connector-wizard>`);
    const root = shadow(el);
    const type = (selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#name', 'WAS connector');
    root.querySelector<HTMLInputElement>('input[value="new"]')?.click();
    await el.updateComplete;
    type('#conn-name', 'New keys');
    type('#access-key', 'AK');
    type('#secret-key', 'SK');
    await expect(el).shadowDom.to.be.accessible();
    button(root, 'Continue').click();
    await until(() => title(el) === 'Status mapping', 'next step');
    expect(hub.callsTo('POST', '/connections')[0]?.body).to.deep.equal({ name: 'New keys', platform: 'tenable_vm', base_url: 'https://cloud.tenable.com', access_key: 'AK', secret_key: 'SK', active: true });
  });

  it('a failed check shows the message and keeps Start import disabled', async () => {
    hub.on('POST', `/connections/${CONN}/test`, { result: { status: 'error', status_code: 403, message: 'forbidden <i>x</i>', suggestion: 'Check the key permissions', updated: '2026-11-20T00:00:00.000Z', connectors: [] } });
    const el = await fixture<EihConnectorWizard>(html`<eih-connector-wizard></eih-connector-wizard>`);
    el.name = 'x';
    el.connectionId = CONN;
    el.step = 4;
    await el.updateComplete;
    const root = shadow(el);
    button(root, 'Check connection').click();
    await until(() => textOf(root).includes('forbidden <i>x</i>'), 'error message');
    expect(root.querySelector('i')).to.equal(null);
    expect(textOf(root)).to.contain('Check the key permissions').and.contain('HTTP 403');
    expect(button(root, 'Start import').disabled).to.equal(true);
  });
});
