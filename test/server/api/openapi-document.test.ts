/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by @seriousme/openapi-schema-validator), every
 * operation documents its success body and the error shapes it can answer, and the conformance
 * checker every API suite runs on each response does catch a response that departs from it.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, startApi, type ApiHarness } from '../../support/api-harness';
import { seedWorld, type World } from '../../support/api-fixtures';

type Operation = {
  parameters?: { name: string; in: string; schema?: { pattern?: string } }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }>; headers?: Record<string, unknown> }>;
};

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  let world: World;
  let operations: { method: string; template: string; operation: Operation }[];

  beforeAll(async () => {
    api = await startApi('sqlite');
    world = await seedWorld(api);
    operations = Object.entries(api.doc.paths).flatMap(([template, methods]) => Object.entries(methods).map(([method, operation]) => ({ method, template, operation: operation as unknown as Operation })));
  });
  afterAll(async () => api.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(api.doc) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(Object.keys(api.doc.paths).every((path) => path.startsWith(`${API}/`))).toBe(true);
    expect(operations.length).toBeGreaterThan(40);
  });

  it('documents, for every operation, a JSON success body and the error shape of every failure it can answer', () => {
    const error = { type: 'object', properties: { error: expect.any(Object), status: expect.any(Object) } };
    for (const { method, template, operation } of operations) {
      const where = `${method.toUpperCase()} ${template}`;
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect(success, where).toHaveLength(1);
      expect(operation.responses[success[0] ?? '']?.content?.['application/json']?.schema, where).toMatchObject({ type: 'object', required: ['result'] });
      const expected = ['400', '401', '403', '404', '409', '422', ...(method !== 'get' ? ['413'] : []), ...(operation.requestBody ? ['415'] : [])];
      for (const status of expected) expect(operation.responses[status]?.content?.['application/json']?.schema, `${where} ${status}`).toMatchObject(error);
      const id = operation.parameters?.find((parameter) => parameter.name === 'id');
      if (template.includes('{id}')) expect(id, where).toMatchObject({ in: 'path', schema: { pattern: '^[0-9a-f]{32}$' } });
      if (operation.parameters?.some((parameter) => parameter.name === 'sysparm_query')) {
        expect(Object.keys(operation.responses[success[0] ?? '']?.headers ?? {}).sort(), where).toEqual(['Link', 'X-Total-Count']);
      }
    }
  });

  it('has a checker that catches a response departing from the document', async () => {
    const path = `${API}/connectors/${world.connector}`;
    const good = await api.app.request(path, { headers: { authorization: `Bearer ${api.credentials.admin.token}` } });
    const text = await good.text();
    const ok = { status: 200, headers: good.headers, text };
    expect(api.checker.check('GET', path, ok)).toEqual([]);
    const body = JSON.parse(text) as { result: Record<string, unknown> };
    const json = new Headers({ 'content-type': 'application/json' });
    const { name: _name, ...withoutName } = body.result;
    const departures = [
      { status: 500, headers: json, text: JSON.stringify({ error: { message: 'internal error', detail: null }, status: 'failure' }) },
      { status: 200, headers: json, text: JSON.stringify({ result: withoutName }) },
      { status: 200, headers: json, text: JSON.stringify({ result: { ...body.result, active: 'yes' } }) },
      { status: 200, headers: json, text: JSON.stringify({ result: { ...body.result, status: 'sleeping' } }) },
      { status: 200, headers: new Headers({ 'content-type': 'text/html' }), text: '<p>hi</p>' },
      { status: 404, headers: json, text: JSON.stringify({ error: 'no such connector' }) },
    ];
    for (const response of departures) expect(api.checker.check('GET', path, response), response.text).not.toEqual([]);
    // A list without its paging headers departs too.
    expect(api.checker.check('GET', `${API}/connectors`, { status: 200, headers: json, text: JSON.stringify({ result: [] }) })).toEqual([expect.stringContaining('X-Total-Count'), expect.stringContaining('Link')]);
    // Outside the document, failures must still be ServiceNow's error shape.
    expect(api.checker.check('GET', `${API}/metrics`, { status: 401, headers: json, text: '{"message":"nope"}' })).not.toEqual([]);
    expect(api.checker.check('GET', `${API}/metrics`, { status: 401, headers: json, text: JSON.stringify({ error: { message: 'user not authenticated', detail: 'x' }, status: 'failure' }) })).toEqual([]);
  });

  it('matches routes to their operation, preferring literal segments', () => {
    expect(api.checker.operationOf('GET', `${API}/connectors/${world.connector}/logs`)?.template).toBe(`${API}/connectors/{id}/logs`);
    expect(api.checker.operationOf('GET', `${API}/runs/events`)).toBeUndefined();
    expect(api.checker.operationOf('PUT', `${API}/connections/${world.connection}`)).toBeUndefined();
  });
});
