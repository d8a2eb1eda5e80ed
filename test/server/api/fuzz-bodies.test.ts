/**
 * Property-based fuzzing of every write route (POST, PATCH, PUT: the document's and the auth
 * routes): 1,000 generated bodies each (any JSON, any object, mutated valid bodies, wrong types,
 * unknown fields, huge strings, text that is not JSON, odd content types). The hub must never
 * answer 5xx, and every 4xx must be ServiceNow's error shape with a message naming the field or
 * the reason. Oversized bodies (413) and bad ids (400/404) are covered here too. Every response
 * is also checked against the OpenAPI document by the harness.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, startApi, type ApiHarness, type ApiResponse } from '../../support/api-harness';
import { expectSaneFailure } from '../../support/api-expectations';
import { seedWorld, type World } from '../../support/api-fixtures';
import { bodies, bodyText } from '../../support/fuzz-arbitraries';
import { STORES } from '../../support/stores';

/**
 * 1,000 bodies per route on SQLite (always run). PostgreSQL adds what only a store can refuse
 * (NUL in text, encodings): a smaller sample per route there, plus the exact cases below, keeps
 * the folder within its time budget on two cores.
 */
const RUNS_ON = { sqlite: 1000, postgres: 200 } as const;

interface WriteRoute {
  readonly method: 'POST' | 'PATCH' | 'PUT';
  readonly template: string;
  /** A valid body (undefined: the route takes none). */
  readonly valid: (world: World) => unknown;
  /** Bodies the generator must not send (valid sign-ins cost a deliberate scrypt each). */
  readonly skip?: (body: unknown) => boolean;
}

const twoStrings = (a: string, b: string) => (body: unknown) => typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>)[a] === 'string' && typeof (body as Record<string, unknown>)[b] === 'string';

const WRITE_ROUTES: readonly WriteRoute[] = [
  { method: 'POST', template: '/connections', valid: () => ({ name: 'Fuzzed', base_url: 'https://127.0.0.1:9', platform: 'tenable_sc', sc_username: 'sc-user', sc_password: 'fuzz-sc-password-1', notes: 'n' }) },
  { method: 'PATCH', template: '/connections/{id}', valid: () => ({ connection_alias: 'alias', base_url: 'https://127.0.0.1:9/tenable', active: true }) },
  { method: 'POST', template: '/connections/{id}/test', valid: () => undefined },
  {
    method: 'POST',
    template: '/connectors',
    valid: (world) => ({
      name: 'Fuzzed connector',
      // Not the world's connection: hundreds of siblings would slow every later connection test.
      connection: world.spareConnection,
      schedule_run: 'weekly',
      schedule_day: 'monday',
      schedule_time: '03:30',
      schedule_timezone: 'Europe/Paris',
      status_mapping: [{ local_status: 'fixed', remote_status: 'FIXED' }],
      severities: ['high', 'critical'],
      projects: [{ project_type: 'WAS', external_id: 'scan-1', name: 'Scan' }],
    }),
  },
  { method: 'PATCH', template: '/connectors/{id}', valid: () => ({ name: 'Renamed', schedule_run: 'periodically', schedule_interval_minutes: 60, notes: 'n', max_attempts_override: 3 }) },
  { method: 'POST', template: '/connectors/{id}/test', valid: () => undefined },
  { method: 'POST', template: '/connectors/{id}/enable', valid: () => undefined },
  { method: 'POST', template: '/connectors/{id}/disable', valid: () => undefined },
  { method: 'POST', template: '/connectors/{id}/execute', valid: () => ({ full_import: true }) },
  { method: 'POST', template: '/connectors/{id}/cancel', valid: () => undefined },
  { method: 'PUT', template: '/connectors/{id}/status-mapping', valid: () => [{ local_status: 'fixed', remote_status: 'FIXED', order: 0 }, { local_status: 'identified', remote_status: 'OPEN', order: 1 }] },
  { method: 'PUT', template: '/connectors/{id}/severity-filter', valid: () => ({ severities: ['medium', 'high'] }) },
  { method: 'PATCH', template: '/properties', valid: () => ({ 'x_eih.heartbeat.record_threshold': 400, 'x_eih.logs.retention_days': 30 }) },
  { method: 'POST', template: '/queue-entries/{id}/retry', valid: () => undefined },
  { method: 'PATCH', template: '/vulnerable-items/{id}', valid: () => ({ local_status: 'in_progress', assignment_group: 'Network' }) },
  { method: 'POST', template: '/auth/login', valid: () => ({ user_name: 'nobody', password: 'wrong-password' }), skip: twoStrings('user_name', 'password') },
  { method: 'POST', template: '/auth/logout', valid: () => undefined },
  { method: 'POST', template: '/auth/tokens', valid: () => ({ name: 'fuzz', expires_in_days: 7 }) },
  { method: 'POST', template: '/auth/users', valid: () => ({ user_name: 'fuzz-user', password: 'fuzz-password-123', roles: ['x_eih.viewer'] }), skip: twoStrings('user_name', 'password') },
];

const ID_OF: Record<string, keyof World> = { connections: 'connection', connectors: 'connector', 'queue-entries': 'entry', 'vulnerable-items': 'item', runs: 'run', logs: 'log', assets: 'asset' };

function concrete(template: string, world: World): string {
  const idKey = ID_OF[template.split('/')[1] ?? ''];
  return idKey ? template.replace('{id}', world[idKey]) : template;
}

for (const dialect of STORES) {
  describe(`write routes under fuzzing on ${dialect}`, () => {
    const RUNS = RUNS_ON[dialect];
    let api: ApiHarness;
    let world: World;

    beforeAll(async () => {
      api = await startApi(dialect);
      world = await seedWorld(api);
    });
    afterAll(async () => api.close());

    it('fuzzes every write route of the document', () => {
      const documented = Object.entries(api.doc.paths).flatMap(([template, methods]) =>
        Object.keys(methods)
          .filter((method) => ['post', 'patch', 'put'].includes(method))
          .map((method) => `${method.toUpperCase()} ${template.slice(API.length)}`),
      );
      const fuzzed = new Set(WRITE_ROUTES.map((route) => `${route.method} ${route.template}`));
      expect(documented.filter((route) => !fuzzed.has(route))).toEqual([]);
    });

    for (const route of WRITE_ROUTES) {
      it(`${route.method} ${route.template}: ${RUNS} generated bodies, no 5xx, every 4xx names the problem`, async () => {
        const path = concrete(route.template, world);
        const valid = route.valid(world) ?? {};
        let arbitrary = bodies(valid);
        if (route.skip) arbitrary = arbitrary.filter((body) => body.kind === 'raw' || !route.skip?.(body.value));
        const statuses = new Map<number, number>();
        await fc.assert(
          fc.asyncProperty(arbitrary, async (body) => {
            const response = await api.call(route.method, path, { raw: bodyText(body), headers: { 'content-type': body.contentType } });
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            expectSaneFailure(response, route.template.startsWith('/auth/'));
          }),
          { numRuns: RUNS },
        );
        // The generator reached the validation: at least some bodies were refused with a 4xx
        // (routes that take no body ignore it, and must answer as if none had come).
        if (route.valid(world) !== undefined) expect([...statuses.keys()].some((status) => status >= 400), JSON.stringify([...statuses])).toBe(true);
        else expect([...statuses.keys()].filter((status) => status === 400 || status === 415)).toEqual([]);
      });
    }

    it.each(WRITE_ROUTES.map((route) => [route.method, route.template] as const))('%s %s refuses a 2 MB body with 413', async (method, template) => {
      const response = await api.call(method, concrete(template, world), { raw: JSON.stringify({ name: 'x', notes: 'y'.repeat(2 * 1024 * 1024) }) });
      expect(response.status).toBe(413);
      expectSaneFailure(response);
    });

    it.each(WRITE_ROUTES.filter((route) => route.valid({} as World) !== undefined).map((route) => [route.method, route.template] as const))(
      '%s %s answers malformed JSON, text/plain and a form with a 4xx naming the problem',
      async (method, template) => {
        const path = concrete(template, world);
        const auth = template.startsWith('/auth/');
        const named = (response: ApiResponse) => (auth ? `${response.body.error.message} ${response.body.error.detail}` : response.body.error.message);
        const malformed = await api.call(method, path, { raw: '{"name":' });
        expect(malformed.status).toBe(400);
        expect(named(malformed)).toMatch(/json/i);
        for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
          const response = await api.call(method, path, { raw: 'name=x', headers: { 'content-type': type } });
          expect(response.status).toBe(415);
          expect(named(response)).toMatch(/content type/);
          expectSaneFailure(response, auth);
        }
      },
    );

    it(`answers ${RUNS} bad ids on every route with {id} with 400 or 404, never 5xx`, async () => {
      const templated = Object.entries(api.doc.paths).flatMap(([template, methods]) => (template.includes('{id}') ? Object.keys(methods).map((method) => [method.toUpperCase(), template] as const) : []));
      templated.push(['GET', `${API}/runs/{id}/events`], ['DELETE', `${API}/auth/tokens/{id}`]);
      const badId = fc.oneof(
        fc.constantFrom('0'.repeat(32), 'f'.repeat(32), 'F'.repeat(32), '0'.repeat(31), '0'.repeat(33), 'not-an-id', '%00', '%2e%2e', '..', ' ', `${'0'.repeat(31)}g`, '-1', 'null', 'undefined', '{id}'),
        fc.string({ minLength: 1, maxLength: 40 }).map((text) => encodeURIComponent(text)),
        fc.stringMatching(/^[0-9a-f]{32}$/),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...templated), badId, async ([method, template], id) => {
          const path = template.slice(API.length).replace('{id}', id);
          const response = await api.call(method, path, method === 'GET' || method === 'DELETE' ? {} : { body: {} });
          expectSaneFailure(response, template.includes('/auth/'));
          const takesBody = api.doc.paths[template]?.[method.toLowerCase()]?.requestBody !== undefined;
          // A well-formed id of nothing is a 404 (a route with a body may first refuse the empty body).
          if (id === '0'.repeat(32)) expect(takesBody ? [400, 404] : [404]).toContain(response.status);
          // `.` and `..` (even percent-encoded) are path segments the URL parser resolves, not ids.
          else if (!/^[0-9a-f]{32}$/.test(id) && !['.', '..'].includes(decodeURIComponent(id).toLowerCase())) expect([400, 404]).toContain(response.status);
        }),
        { numRuns: RUNS },
      );
    });

    it.each([
      ['POST', '/connections', (value: string) => ({ name: value, base_url: 'https://127.0.0.1:9' }), 'name'],
      ['PATCH', '/connections/{id}', (value: string) => ({ connection_alias: value }), 'connection_alias'],
      ['POST', '/connectors', (value: string, world: World) => ({ name: value, connection: world.spareConnection }), 'name'],
      ['PATCH', '/connectors/{id}', (value: string) => ({ notes: value }), 'notes'],
      ['POST', '/connectors', (value: string, world: World) => ({ name: 'p', connection: world.spareConnection, projects: [{ project_type: 'WAS', external_id: value }] }), 'projects.0.external_id'],
      ['PATCH', '/vulnerable-items/{id}', (value: string) => ({ local_status: 'fixed', assignment_group: value }), 'assignment_group'],
    ] as const)('%s %s refuses a NUL character in a text field with 400 naming it, and stores any other character', async (method, template, body, field) => {
      const path = concrete(template, world);
      for (const value of ['\u0000', 'a\u0000b']) {
        const refused = await api.call(method, path, { body: body(value, world) });
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toBe(`invalid field '${field}' in body: must not contain the NUL character (U+0000)`);
      }
      for (const value of ['émoji 😀 ü ß 中文', '\u0001\u001f\u007f', "it's \"quoted\" \\ back"]) {
        const stored = await api.call(method, path, { body: body(`${value} ${Math.random()}`, world) });
        expect(stored.status, stored.text).toBeLessThan(300);
      }
    });

    it('left no secret in any response body or log line', () => {
      expect(api.exchanges.length).toBeGreaterThan(RUNS * WRITE_ROUTES.length);
      expect(api.leaks()).toEqual([]);
    });
  });
}
