/**
 * The hub's real HTTP app over a store, listening on a loopback port, with a bearer token for an
 * admin: what the API and dashboard benchmarks call. The engine is built (routes need it) but not
 * started, so no background work competes with the requests being measured.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Engine, DEFAULT_ENGINE_OPTIONS } from '../src-server/node/engine/engine';
import { createApp } from '../src-server/node/http/app';
import { API_BASE } from '../src-server/node/http/api-base';
import type { HostServices } from '../src-server/node/host-services';
import { createApiToken } from '../src-server/node/security/api-tokens';
import { createUser } from '../src-server/node/security/users';

export interface ApiServer {
  /** http://127.0.0.1:<port><api base> */
  readonly baseUrl: string;
  readonly token: string;
  readonly headers: Record<string, string>;
  close(): Promise<void>;
}

/** The app and an admin's bearer token (in-process requests go through `app.request`). */
export async function createBenchApp(services: HostServices) {
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, waitScale: 0 });
  const app = createApp(services, engine, { serveWorkspace: false });
  const now = services.clock();
  const admin = await createUser(services.records, { user_name: 'bench-admin', password: 'bench-password-1', roles: ['x_eih.admin'] }, now);
  const { token } = await createApiToken(services.records, { userId: admin.sys_id, name: 'bench' }, now);
  return { app, token, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } };
}

export async function startApiServer(services: HostServices): Promise<ApiServer> {
  const { app, token } = await createBenchApp(services);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${API_BASE}`,
    token,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
