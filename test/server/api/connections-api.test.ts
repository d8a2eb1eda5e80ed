import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HostServices } from '../../../src-server/node/host-services';
import { connectionTable, connectorTable } from '../../../src-shared/model/tables';
import { STORES } from '../../support/stores';
import { scriptedTester, testApp, testServices } from '../../support/host';

const BASE = '/api/x_eih/hub';


for (const dialect of STORES) {
  describe(`connections API on ${dialect}`, () => {
    let services: HostServices;
    let app: OpenAPIHono;
    let json: (body: unknown) => RequestInit;
    let get: RequestInit;
    let asAdmin: (init?: RequestInit) => RequestInit;
    const tester = scriptedTester({ outcome: { kind: 'http', status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' } }, probe: 'session' });

    beforeAll(async () => {
      services = await testServices(dialect, { connectionTester: tester });
      const built = await testApp(services);
      app = built.app;
      asAdmin = built.asAdmin;
      json = (body: unknown) => asAdmin({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      get = asAdmin();
    });
    afterAll(async () => services.database.close());

    it('creates a connection, seals its secrets at rest and never returns them', async () => {
      const response = await app.request(`${BASE}/connections`, json({ name: 'Tenable VM', base_url: 'https://cloud.tenable.com', access_key: 'AK-123456', secret_key: 'SK-abcdef' }));
      expect(response.status).toBe(201);
      const body = (await response.json()) as { result: Record<string, unknown> };
      expect(body.result).toMatchObject({ name: 'Tenable VM', status: 'pending', credentials: { access_key: 'set', secret_key: 'set', sc_password: 'not_set' } });
      expect(JSON.stringify(body)).not.toContain('AK-123456');
      expect(JSON.stringify(body)).not.toContain('SK-abcdef');
      const stored = await services.records.get(connectionTable, body.result.sys_id as string);
      expect(String(stored?.access_key)).toMatch(/^v1:/);
      expect(String(stored?.access_key)).not.toContain('AK-123456');
    });

    it('lists with the ServiceNow conventions', async () => {
      await app.request(`${BASE}/connections`, json({ name: 'Second', base_url: 'https://sc.example.com', platform: 'tenable_sc' }));
      const response = await app.request(`${BASE}/connections?sysparm_limit=1&sysparm_query=platformINtenable_vm,tenable_sc^ORDERBYname`, get);
      expect(response.status).toBe(200);
      expect(response.headers.get('X-Total-Count')).toBe('2');
      expect(response.headers.get('Link')).toContain('rel="next"');
      const body = (await response.json()) as { result: { name: string }[] };
      expect(body.result.map((c) => c.name)).toEqual(['Second']);
    });

    it.each([
      [{ base_url: 'https://x.example.com' }, 400, "'name'"],
      [{ name: 'x', base_url: 'http://evil.example.com' }, 400, 'use https'],
      [{ name: 'x', base_url: 'https://x.example.com', colour: 'red' }, 400, "unknown field 'colour'"],
      [{ name: 'x', base_url: 'https://x.example.com', platform: 'qualys' }, 400, "'platform'"],
      [{ name: 'Tenable VM', base_url: 'https://x.example.com' }, 409, 'already exists'],
    ])('refuses %j with %i naming the problem', async (body, status, message) => {
      const response = await app.request(`${BASE}/connections`, json(body));
      expect(response.status).toBe(status);
      const error = (await response.json()) as { error: { message: string }; status: string };
      expect(error.status).toBe('failure');
      expect(error.error.message).toContain(message);
    });

    it('answers malformed JSON, bad ids and unknown routes with 4xx, never 500', async () => {
      const malformed = await app.request(`${BASE}/connections`, asAdmin({ method: 'POST', body: '{"name":', headers: { 'content-type': 'application/json' } }));
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { status: string }).status).toBe('failure');
      expect((await app.request(`${BASE}/connections/not-an-id`, get)).status).toBe(400);
      expect((await app.request(`${BASE}/connections/${'0'.repeat(32)}`, get)).status).toBe(404);
      expect((await app.request(`${BASE}/nothing-here`, get)).status).toBe(404);
      const big = await app.request(`${BASE}/connections`, json({ name: 'x', base_url: 'https://x', notes: 'y'.repeat(2 * 1024 * 1024) }));
      expect(big.status).toBe(413);
    });

    it('tests a connection, records the diagnosis and marks its connectors unhealthy', async () => {
      const created = (await (await app.request(`${BASE}/connections`, json({ name: 'To test', base_url: 'https://cloud.tenable.com', access_key: 'AK-zzz', secret_key: 'SK-zzz' }))).json()) as { result: { sys_id: string } };
      const id = created.result.sys_id;
      await services.records.insert(connectorTable, { name: 'nightly', connection: id, health: 'healthy' }, '2026-11-21T09:00:00.000Z');
      const response = await app.request(`${BASE}/connections/${id}/test`, asAdmin({ method: 'POST' }));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { status: string; status_code: number; suggestion: string; connectors: { health: string }[] } };
      expect(body.result).toMatchObject({ status: 'error', status_code: 401 });
      expect(body.result.suggestion.length).toBeGreaterThan(10);
      expect(body.result.connectors).toEqual([expect.objectContaining({ name: 'nightly', health: 'unhealthy' })]);
      const connector = (await services.records.findBy(connectorTable, { connection: id }))[0];
      expect(connector?.health).toBe('unhealthy');
      // The tester got the opened secrets; nothing else did.
      expect(tester.calls.at(-1)).toMatchObject({ access_key: 'AK-zzz', secret_key: 'SK-zzz' });
    });

    it('refuses to delete a connection while connectors use it', async () => {
      const list = (await (await app.request(`${BASE}/connections?sysparm_query=name=To test`, get)).json()) as { result: { sys_id: string }[] };
      const id = list.result[0]?.sys_id as string;
      const response = await app.request(`${BASE}/connections/${id}`, asAdmin({ method: 'DELETE' }));
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain("'nightly'");
    });
  });
}
