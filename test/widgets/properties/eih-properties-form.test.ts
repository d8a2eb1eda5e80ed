import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src-widgets/properties/eih-properties-form';
import { propertyProblem, type EihPropertiesForm } from '../../../src-widgets/properties/eih-properties-form';
import { memoryCache, setHubCache } from '../../../src-widgets/client/hub-cache';
import { PROPERTIES } from '../../../src-shared/model/properties';
import { fakeHub, shadow, textOf, until, type FakeHub } from '../helpers/fake-hub';

const views = () => PROPERTIES.map((p) => ({ name: p.name, label: p.label, value: p.default, default: p.default, min: p.min, max: p.max, description: p.description }));
const threshold = '#x-eih-heartbeat-record-threshold';
const delay = '#x-eih-heartbeat-maximum-delay';

function type(root: ShadowRoot, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('eih-properties-form', () => {
  let hub: FakeHub;
  beforeEach(() => {
    setHubCache(memoryCache());
    hub = fakeHub();
    hub.on('GET', '/properties', { result: views() });
    hub.on('PATCH', '/properties', (call) => ({ result: views().map((v) => ({ ...v, value: (call.body as Record<string, number>)[v.name] ?? v.value })) }));
  });
  afterEach(() => hub.restore());

  it('lists the heartbeat and limit properties with their ranges', async () => {
    const el = await fixture<EihPropertiesForm>(html`<eih-properties-form></eih-properties-form>`);
    const root = shadow(el);
    await until(() => root.querySelector(threshold), 'form');
    expect(root.querySelectorAll('input[type="number"]').length).to.equal(PROPERTIES.length);
    expect(root.querySelector<HTMLInputElement>(threshold)?.value).to.equal('500');
    expect(textOf(root)).to.contain('Maximum heartbeat delay').and.contain('Entry processing time limit');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('rejects out-of-range and fractional values, naming the range, and sends nothing', async () => {
    const el = await fixture<EihPropertiesForm>(html`<eih-properties-form></eih-properties-form>`);
    const root = shadow(el);
    await until(() => root.querySelector(threshold), 'form');
    type(root, threshold, '0');
    type(root, delay, '1.5');
    await el.updateComplete;
    expect(root.querySelector(threshold)?.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(root.querySelector('#x-eih-heartbeat-record-threshold-problem'))).to.contain('between 1 and 1,000,000');
    expect(textOf(root.querySelector('#x-eih-heartbeat-maximum-delay-problem'))).to.contain('whole number');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await el.updateComplete;
    expect(hub.callsTo('PATCH', '/properties')).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('saves only the changed properties as integers', async () => {
    const el = await fixture<EihPropertiesForm>(html`<eih-properties-form></eih-properties-form>`);
    const root = shadow(el);
    await until(() => root.querySelector(threshold), 'form');
    type(root, delay, '900');
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
    const saved = await oneEvent(el, 'eih-properties-saved');
    expect(hub.callsTo('PATCH', '/properties')[0]?.body).to.deep.equal({ 'x_eih.heartbeat.maximum_delay': 900 });
    expect(saved.detail.properties.find((p: { name: string }) => p.name === 'x_eih.heartbeat.maximum_delay')?.value).to.equal(900);
  });

  it('propertyProblem covers empty, text, bounds and valid values', () => {
    const p = views()[0] as ReturnType<typeof views>[number];
    expect(propertyProblem(p, '')).to.contain('required');
    expect(propertyProblem(p, 'abc')).to.contain('whole number');
    expect(propertyProblem(p, String(p.max + 1))).to.contain('between');
    expect(propertyProblem(p, String(p.min))).to.equal(null);
  });
});
