/** Shared set-up for the security tests: a real store with a viewer and an admin. */
import { Hono } from 'hono';
import type { HostServices } from '../../../src-server/node/host-services';
import { authenticate, callerOf, requireRole, type AuthOptions } from '../../../src-server/node/security/authenticate';
import { registerAuthRoutes } from '../../../src-server/node/security/auth-routes';
import { createUser } from '../../../src-server/node/security/users';
import type { StoreDialect } from '../../../src-server/node/store/dialect';
import { testServices } from '../../support/host';

export const T0 = Date.parse('2025-03-01T08:00:00.000Z');
export const HOUR = 60 * 60 * 1000;
export const VIEWER = { user_name: 'vera', password: 'viewer-password-1' } as const;
export const ADMIN = { user_name: 'adam', password: 'admin-password-1' } as const;

/** A clock the test moves by hand. */
export function manualClock(start = T0): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

export interface SecurityFixture {
  readonly services: HostServices;
  readonly viewerId: string;
  readonly adminId: string;
}

export async function securityFixture(dialect: StoreDialect): Promise<SecurityFixture> {
  const services = await testServices(dialect);
  const viewer = await createUser(services.records, { ...VIEWER, roles: ['x_eih.viewer'] }, T0);
  const admin = await createUser(services.records, { ...ADMIN, roles: ['x_eih.admin'] }, T0);
  return { services, viewerId: viewer.sys_id, adminId: admin.sys_id };
}

/**
 * The wiring the lead will do in app.ts: authenticate everything under the API base, the auth
 * routes, and two sample routes guarded by role.
 */
export function securedApp(services: HostServices, options: AuthOptions = {}): Hono {
  const app = new Hono();
  app.use('/api/x_eih/hub/*', authenticate(services, options));
  registerAuthRoutes(app, services, options);
  app.get('/api/x_eih/hub/things', requireRole('x_eih.viewer'), (c) => c.json({ result: { caller: callerOf(c)?.userName, via: callerOf(c)?.via } }));
  app.post('/api/x_eih/hub/things', requireRole('x_eih.admin'), (c) => c.json({ result: { created: true, by: callerOf(c)?.userName } }, 201));
  return app;
}

export function basic(userName: string, password: string): string {
  return `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`;
}

export function json(body: unknown, headers: Record<string, string> = {}, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** The `name=value` part of a Set-Cookie header, for sending the cookie back. */
export function cookieFrom(response: Response): string {
  const header = response.headers.get('set-cookie');
  if (!header) throw new Error('response set no cookie');
  return header.split(';')[0] as string;
}
