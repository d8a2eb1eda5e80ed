/**
 * Anonymous, viewer and admin against every route the app serves: the routes of the OpenAPI
 * document (enumerated from the document itself) and the ones outside it (auth, metrics, SSE).
 * Anonymous gets 401 except on public routes; a viewer reads (2xx) and is refused writes (403);
 * an admin is never refused. A last test proves the list is complete against the app's router.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionTable, connectorTable } from '../../../src-shared/model/tables';
import { API, startApi, type ApiHarness, type Caller } from '../../support/api-harness';
import { createConnection, seedWorld, type World } from '../../support/api-fixtures';
import { STORES } from '../../support/stores';

const CALLERS: readonly Caller[] = ['anonymous', 'viewer', 'admin'];

/** The record whose sys_id fills `{id}`, by the first path segment after the API base. */
const ID_OF: Record<string, keyof World> = {
  connections: 'connection',
  connectors: 'connector',
  runs: 'run',
  'queue-entries': 'entry',
  logs: 'log',
  'vulnerable-items': 'item',
  assets: 'asset',
};

/** Query strings that keep a read on this machine (VM projects need no Tenable call). */
const QUERY_OF: Record<string, string> = {
  '/connectors/{id}/projects': '?type=VM',
  '/connections/{id}/projects': '?type=VM',
};

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly path: string;
  readonly body?: unknown;
}

/** A valid body for each write, so the admin's request does real work. */
function adminBody(method: string, template: string, api: ApiHarness, world: World): unknown {
  const key = `${method} ${template}`;
  switch (key) {
    case 'POST /connections':
      return { name: 'Matrix connection', base_url: 'https://127.0.0.1:9', access_key: api.secret('AK-matrix-0123456789'), secret_key: api.secret('SK-matrix-0123456789') };
    case 'PATCH /connections/{id}':
      return { connection_alias: 'matrix' };
    case 'POST /connectors':
      return { name: 'Matrix connector', connection: world.connection };
    case 'PATCH /connectors/{id}':
      return { notes: 'touched by the matrix' };
    case 'POST /connectors/{id}/execute':
      return { full_import: false };
    case 'PUT /connectors/{id}/status-mapping':
      return [{ local_status: 'fixed', remote_status: 'FIXED' }, { local_status: 'identified', remote_status: 'OPEN' }, { local_status: 'identified', remote_status: 'REOPENED' }];
    case 'PUT /connectors/{id}/severity-filter':
      return { severities: ['high', 'critical'] };
    case 'PATCH /properties':
      return { 'x_eih.heartbeat.record_threshold': 600 };
    case 'PATCH /vulnerable-items/{id}':
      return { local_status: 'in_progress' };
    default:
      return undefined;
  }
}

function documentedOperations(api: ApiHarness, world: World): Operation[] {
  const operations: Operation[] = [];
  for (const [fullTemplate, methods] of Object.entries(api.doc.paths)) {
    const template = fullTemplate.slice(API.length);
    const kind = template.split('/')[1] ?? '';
    for (const method of Object.keys(methods)) {
      let path = template;
      if (template.includes('{id}')) {
        const idKey = ID_OF[kind];
        if (!idKey) throw new Error(`the matrix has no record for {id} in ${template}: add one to ID_OF`);
        path = template.replace('{id}', world[idKey]);
      }
      const upper = method.toUpperCase();
      const body = adminBody(upper, template, api, world);
      operations.push({ method: upper, template, path: `${path}${QUERY_OF[template] ?? ''}`, ...(body !== undefined ? { body } : {}) });
    }
  }
  // Deletes last (connectors before the connection they use), so every other write finds its record.
  const rank = (op: Operation) => (op.method !== 'DELETE' ? 0 : op.template.startsWith('/connectors') ? 1 : 2);
  return operations.sort((a, b) => rank(a) - rank(b));
}

interface OutsideRoute {
  readonly method: string;
  /** The route as the router knows it (`:id`). */
  readonly route: string;
  readonly expect: Record<Caller, number>;
  readonly sse?: boolean;
}

/** Routes outside the document, with what each caller must get. */
const OUTSIDE: readonly OutsideRoute[] = [
  { method: 'GET', route: '/health', expect: { anonymous: 200, viewer: 200, admin: 200 } },
  { method: 'GET', route: '/openapi.json', expect: { anonymous: 200, viewer: 200, admin: 200 } },
  { method: 'GET', route: '/metrics', expect: { anonymous: 401, viewer: 200, admin: 200 } },
  { method: 'GET', route: '/runs/events', sse: true, expect: { anonymous: 401, viewer: 200, admin: 200 } },
  { method: 'GET', route: '/runs/:id/events', sse: true, expect: { anonymous: 401, viewer: 200, admin: 200 } },
  // Sign-in and sign-out are for anyone; the session needs a caller.
  { method: 'POST', route: '/auth/login', expect: { anonymous: 200, viewer: 200, admin: 200 } },
  { method: 'POST', route: '/auth/logout', expect: { anonymous: 200, viewer: 200, admin: 200 } },
  { method: 'GET', route: '/auth/session', expect: { anonymous: 401, viewer: 200, admin: 200 } },
  // Token and user management is admin-only, reads included: a token list is not for viewers.
  { method: 'GET', route: '/auth/tokens', expect: { anonymous: 401, viewer: 403, admin: 200 } },
  { method: 'POST', route: '/auth/tokens', expect: { anonymous: 401, viewer: 403, admin: 201 } },
  { method: 'DELETE', route: '/auth/tokens/:id', expect: { anonymous: 401, viewer: 403, admin: 200 } },
  { method: 'POST', route: '/auth/users', expect: { anonymous: 401, viewer: 403, admin: 201 } },
];

for (const dialect of STORES) {
  describe(`authorization matrix on ${dialect}`, () => {
    let api: ApiHarness;
    let world: World;

    beforeAll(async () => {
      api = await startApi(dialect);
      world = await seedWorld(api);
    });
    afterAll(async () => api.close());

    /** Runs every documented operation as `caller`; returns the mismatches, one line each. */
    async function runDocumented(caller: Caller): Promise<string[]> {
      const wrong: string[] = [];
      for (const op of documentedOperations(api, world)) {
        const response = await api.call(op.method, op.path, { as: caller, ...(op.body !== undefined ? { body: op.body } : {}) });
        const read = op.method === 'GET';
        const line = `${caller} ${op.method} ${op.template} → ${response.status} ${response.text.slice(0, 160)}`;
        if (caller === 'anonymous' && response.status !== 401) wrong.push(`${line} (expected 401)`);
        if (caller === 'viewer' && read && (response.status < 200 || response.status >= 300)) wrong.push(`${line} (expected 2xx)`);
        if (caller === 'viewer' && !read && response.status !== 403) wrong.push(`${line} (expected 403)`);
        if (caller === 'admin' && (response.status === 401 || response.status === 403 || response.status >= 500)) wrong.push(`${line} (expected neither 401/403 nor 5xx)`);
        if (caller === 'admin' && read && response.status >= 300) wrong.push(`${line} (expected 2xx)`);
        if (response.status === 401 || response.status === 403) {
          expect(response.body).toMatchObject({ status: 'failure', error: { message: response.status === 401 ? 'user not authenticated' : 'user not authorized' } });
        }
      }
      return wrong;
    }

    it('refuses anonymous callers with 401 on every documented route', async () => {
      expect(await runDocumented('anonymous')).toEqual([]);
    });

    it('lets a viewer read every documented route and refuses every write with 403', async () => {
      const before = { connections: await api.services.records.findBy(connectionTable, {}), connectors: await api.services.records.findBy(connectorTable, {}) };
      expect(await runDocumented('viewer')).toEqual([]);
      // The refused writes changed nothing.
      expect(await api.services.records.findBy(connectionTable, {})).toEqual(before.connections);
      expect(await api.services.records.findBy(connectorTable, {})).toEqual(before.connectors);
    });

    it('never refuses an admin on a documented route', async () => {
      expect(await runDocumented('admin')).toEqual([]);
    });

    it('applies each rule to the routes outside the document', async () => {
      // A fresh connector and run: the documented writes above deleted the world's connector.
      const connection = await createConnection(api);
      const connector = (await api.post('/connectors', { name: 'Outside routes', connection })).body.result.sys_id as string;
      const run = (await api.get(`/runs?sysparm_query=connector=${connector}`)).body.result[0].sys_id as string;
      let tokenId = '';
      let userCount = 0;
      const wrong: string[] = [];
      for (const route of OUTSIDE) {
        for (const caller of CALLERS) {
          const path = route.route.replace(':id', route.route.startsWith('/runs') ? run : tokenId);
          let status: number;
          let text: string;
          if (route.sse) {
            const capture = await api.readEvents(path, caller);
            status = capture.status;
            text = capture.text;
            if (status === 200) {
              expect(capture.headers.get('content-type')).toMatch(/^text\/event-stream/);
              expect(capture.events[0]?.event).toBe('run');
              const snapshot = JSON.parse(capture.events[0]?.data ?? '{}') as Record<string, unknown>;
              // The run's own stream shows that run; the all-runs stream shows some active run.
              if (route.route.includes(':id')) expect(snapshot).toMatchObject({ sys_id: run, connector, state: 'queued' });
              else expect(snapshot).toMatchObject({ sys_id: expect.stringMatching(/^[0-9a-f]{32}$/), state: 'queued' });
            }
          } else {
            let body: unknown;
            if (route.route === '/auth/login') body = { user_name: api.credentials.viewer.user_name, password: api.credentials.viewer.password };
            if (route.route === '/auth/tokens' && route.method === 'POST') body = { name: `matrix ${caller}` };
            if (route.route === '/auth/users') body = { user_name: `matrix-${caller}-${++userCount}`, password: api.secret(`matrix-password-${caller}-1`), roles: ['x_eih.viewer'] };
            const response = await api.call(route.method, path, { as: caller, ...(body !== undefined ? { body } : {}) });
            status = response.status;
            text = response.text;
            if (route.route === '/auth/tokens' && route.method === 'POST' && status === 201) tokenId = response.body.result.sys_id as string;
          }
          if (status !== route.expect[caller]) wrong.push(`${caller} ${route.method} ${route.route} → ${status}, expected ${route.expect[caller]}: ${text.slice(0, 160)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('covers every route the app registers', () => {
      const documented = new Set(Object.entries(api.doc.paths).flatMap(([template, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${template.replace(/\{(\w+)\}/g, ':$1')}`)));
      const outside = new Set(OUTSIDE.map((route) => `${route.method} ${API}${route.route}`));
      const registered = api.app.routes.filter((route) => route.method !== 'ALL' && route.path.startsWith(API)).map((route) => `${route.method} ${route.path}`);
      expect(registered.length).toBeGreaterThan(40);
      expect(registered.filter((route) => !documented.has(route) && !outside.has(route))).toEqual([]);
      expect([...outside].filter((route) => !registered.includes(route))).toEqual([]);
    });

    it('left no secret in any response body or log line', () => {
      expect(api.exchanges.length).toBeGreaterThan(120);
      expect(api.leaks()).toEqual([]);
    });
  });
}
