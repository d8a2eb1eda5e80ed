import { afterEach, describe, expect, it } from 'vitest';
import { VM_ALL_ASSETS } from '../../src-server/instance/projects-lookup';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { call } from './support/hub-call';
import { instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { replay } from './support/recorded-tenable';

let double: GlideDouble;
afterEach(() => double.uninstall());

const config = (id: string, name: string) => ({ config_id: id, name, target: `https://${name}.example.com`, owner_id: 'u1' });

function wasConnector(): { connection: string; connector: string } {
  const connection = seedConnection(double, { platform: 'tenable_was' });
  return { connection, connector: seedConnector(double, connection, { project_types: 'WAS' }) };
}

describe('GET /connectors/{id}/projects and /connections/{id}/projects (the wizard project search)', () => {
  it('WAS: drives the core projects planner over RESTMessageV2, paging until the total, with the name filter', () => {
    double = instanceDouble();
    const { connector } = wasConnector();
    const script = replay(double, [
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(200, { pagination: { total: 3, offset: 0, limit: 200 }, items: [config('c1', 'shop'), config('c2', 'shop-admin')] }) },
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(200, { pagination: { total: 3, offset: 2, limit: 200 }, items: [config('c3', 'shop-api')] }) },
    ]);

    const answer = call('listConnectorProjects', { params: { id: connector }, query: { type: 'WAS', name: 'shop' } });

    expect(answer.status).toBe(200);
    expect(answer.body.result).toEqual([
      { id: 'c1', name: 'shop', target: 'https://shop.example.com' },
      { id: 'c2', name: 'shop-admin', target: 'https://shop-admin.example.com' },
      { id: 'c3', name: 'shop-api', target: 'https://shop-api.example.com' },
    ]);
    expect(script.unexpected).toEqual([]);
    expect(double.requests.map((r) => r.query)).toEqual([
      { limit: '200', offset: '0', sort: 'name:asc' },
      { limit: '200', offset: '2', sort: 'name:asc' },
    ]);
    expect(JSON.parse(double.requests[0]?.body ?? '{}')).toEqual({ field: 'name', operator: 'match', value: 'shop' });
    expect(double.requests[0]?.headers['X-ApiKeys']).toBe('accessKey=AK;secretKey=SK;');
  });

  it('WAS is the default type; no name searches everything', () => {
    double = instanceDouble();
    const { connector } = wasConnector();
    replay(double, [{ method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(200, { pagination: { total: 0 }, items: [] }) }]);
    const answer = call('listConnectorProjects', { params: { id: connector } });
    expect(answer.body.result).toEqual([]);
    expect(JSON.parse(double.requests[0]?.body ?? 'null')).toEqual({});
  });

  it('the connection route searches before a connector exists', () => {
    double = instanceDouble();
    const { connection } = wasConnector();
    replay(double, [{ method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(200, { pagination: { total: 1 }, items: [config('c9', 'portal')] }) }]);
    const answer = call('listConnectionProjects', { params: { id: connection }, query: { type: 'WAS' } });
    expect(answer.status).toBe(200);
    expect(answer.body.result).toEqual([{ id: 'c9', name: 'portal', target: 'https://portal.example.com' }]);
  });

  it.each([
    [undefined, [VM_ALL_ASSETS]],
    ['', [VM_ALL_ASSETS]],
    ['ALL ASSETS', [VM_ALL_ASSETS]],
    ['shop', []],
  ])('VM (name %j) offers the one "All assets" project without calling Tenable', (name, expected) => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const answer = call('listConnectorProjects', { params: { id: connector }, query: { type: 'VM', ...(name === undefined ? {} : { name }) } });
    expect(answer.body.result).toEqual(expected);
    expect(double.requests).toEqual([]);
    expect(VM_ALL_ASSETS).toEqual({ id: 'vm-all-assets', name: 'All assets in the Tenable container', target: null });
  });

  it.each([
    [401, { statusCode: 401, error: 'Unauthorized' }, 'unauthorized', /replied http 401: check the api keys/],
    [404, { statusCode: 404 }, 'not_found', /is web app scanning licensed\?/],
  ])('a %i from Tenable answers 502 with the planner failure', (status, body, code, message) => {
    double = instanceDouble();
    const { connector } = wasConnector();
    replay(double, [{ method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(status, body) }]);
    const answer = call('listConnectorProjects', { params: { id: connector }, query: { type: 'WAS' } });
    expect(answer.status).toBe(502);
    expect(answer.body.error?.detail).toBe(code);
    expect(answer.body.error?.message).toMatch(message);
    expect(double.requests).toHaveLength(1);
  });

  it('a 429 is retried once at once (a scoped script cannot sleep); a second one fails', () => {
    double = instanceDouble();
    const { connector } = wasConnector();
    replay(double, [
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(429, {}, { 'Retry-After': '1' }) },
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(200, { pagination: { total: 1 }, items: [config('c1', 'shop')] }) },
    ]);
    expect(call('listConnectorProjects', { params: { id: connector } }).body.result).toEqual([{ id: 'c1', name: 'shop', target: 'https://shop.example.com' }]);

    double.requests.length = 0;
    replay(double, [
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(429, {}) },
      { method: 'POST', path: '/was/v2/configs/search', reply: jsonReply(429, {}) },
    ]);
    const failed = call('listConnectorProjects', { params: { id: connector } });
    expect(failed.status).toBe(502);
    expect(failed.body.error?.detail).toBe('rate_limited');
    expect(double.requests).toHaveLength(2);
  });

  it('a network failure answers 502 after the one retry', () => {
    double = instanceDouble();
    const { connector } = wasConnector();
    double.rest = () => ({ status: 0, body: '', headers: {}, errorMessage: 'Connection refused' });
    const answer = call('listConnectorProjects', { params: { id: connector } });
    expect(answer.status).toBe(502);
    expect(answer.body.error?.detail).toBe('network_error');
    expect(double.requests).toHaveLength(2);
  });

  it.each([
    [{ type: 'SC' }, 400, "type must be one of WAS, VM, got 'SC'"],
    [{ type: 'WAS', name: 'x'.repeat(201) }, 400, 'name must be at most 200 characters, got 201'],
  ])('refuses %j', (query, status, message) => {
    double = instanceDouble();
    const { connector } = wasConnector();
    const answer = call('listConnectorProjects', { params: { id: connector }, query });
    expect(answer.status).toBe(status);
    expect(answer.body.error?.message).toBe(message);
    expect(double.requests).toEqual([]);
  });

  it('answers 404 for an unknown connector or connection', () => {
    double = instanceDouble();
    expect(call('listConnectorProjects', { params: { id: 'nope' } }).status).toBe(404);
    expect(call('listConnectionProjects', { params: { id: 'nope' } }).status).toBe(404);
  });
});
