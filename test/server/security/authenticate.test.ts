import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { userTable } from '../../../src-shared/model/tables';
import { createApiToken, revokeApiToken } from '../../../src-server/node/security/api-tokens';
import { authenticate, requireRole } from '../../../src-server/node/security/authenticate';
import { createCredentialCache } from '../../../src-server/node/security/credential-cache';
import { hasRole, parseRoles } from '../../../src-server/node/security/roles';
import { setPassword } from '../../../src-server/node/security/users';
import { STORES } from '../../support/stores';
import { ADMIN, basic, cookieFrom, HOUR, json, manualClock, securedApp, securityFixture, T0, VIEWER, type SecurityFixture } from './security-fixtures';

const THINGS = 'http://hub.test/api/x_eih/hub/things';
const LOGIN = 'http://hub.test/api/x_eih/hub/auth/login';

describe('roles', () => {
  it.each([
    [['x_eih.admin'], 'x_eih.admin', true],
    [['x_eih.admin'], 'x_eih.viewer', true],
    [['x_eih.viewer'], 'x_eih.viewer', true],
    [['x_eih.viewer'], 'x_eih.admin', false],
    [[], 'x_eih.viewer', false],
  ] as const)('%j may act as %s: %s', (held, required, expected) => {
    expect(hasRole(held, required)).toBe(expected);
  });

  it.each([
    ['x_eih.admin,x_eih.viewer', ['x_eih.admin', 'x_eih.viewer']],
    [' x_eih.viewer , x_eih.viewer ', ['x_eih.viewer']],
    ['admin,x_eih.superuser', []],
    ['', []],
    [null, []],
  ])('parses %j', (text, roles) => {
    expect(parseRoles(text)).toEqual(roles);
  });
});

for (const dialect of STORES) {
  describe(`authenticate + requireRole (${dialect})`, () => {
    let fixture: SecurityFixture;
    afterEach(async () => fixture.services.database.close());
    const setUp = async () => {
      fixture = await securityFixture(dialect);
      return securedApp(fixture.services, { now: () => T0 });
    };

    const expectFailure = async (response: Response, status: number, message: string) => {
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ status: 'failure', error: { message, detail: expect.any(String) } });
    };

    it('answers an anonymous caller 401 with a Basic challenge, in the ServiceNow error shape', async () => {
      const app = await setUp();
      const response = await app.request(THINGS);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="x_eih", charset="UTF-8"');
      await expectFailure(response, 401, 'user not authenticated');
    });

    it('leaves the challenge out for workspace requests, so no browser dialog pops up', async () => {
      const app = await setUp();
      const response = await app.request(THINGS, { headers: { 'X-Requested-With': 'eih-workspace' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBeNull();
    });

    it('lets a viewer read but not write', async () => {
      const app = await setUp();
      const read = await app.request(THINGS, { headers: { authorization: basic(VIEWER.user_name, VIEWER.password) } });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual({ result: { caller: 'vera', via: 'basic' } });
      const write = await app.request(THINGS, { method: 'POST', headers: { authorization: basic(VIEWER.user_name, VIEWER.password) } });
      await expectFailure(write, 403, 'user not authorized');
    });

    it('lets an admin read and write', async () => {
      const app = await setUp();
      const headers = { authorization: basic(ADMIN.user_name, ADMIN.password) };
      expect((await app.request(THINGS, { headers })).status).toBe(200);
      const write = await app.request(THINGS, { method: 'POST', headers });
      expect(write.status).toBe(201);
      expect(await write.json()).toEqual({ result: { created: true, by: 'adam' } });
    });

    it.each([
      ['a wrong password', basic(ADMIN.user_name, 'not-the-password')],
      ['an unknown user', basic('nobody', ADMIN.password)],
      ['no colon', `Basic ${Buffer.from('adam').toString('base64')}`],
      ['not base64', 'Basic ***'],
      ['an unknown scheme', 'Digest username="adam"'],
      ['a bogus bearer token', 'Bearer eih_nope'],
    ])('answers 401 to %s, even on a route anyone may call', async (_name, authorization) => {
      const app = await setUp();
      const response = await app.request(THINGS, { headers: { authorization } });
      expect(response.headers.get('www-authenticate')).toContain('Basic realm="x_eih"');
      await expectFailure(response, 401, 'user not authenticated');
      const session = await app.request('http://hub.test/api/x_eih/hub/auth/session', { headers: { authorization } });
      expect(session.status).toBe(401);
    });

    it('refuses a deactivated user', async () => {
      const app = await setUp();
      await fixture.services.records.update(userTable, fixture.adminId, { active: false }, new Date(T0).toISOString());
      const response = await app.request(THINGS, { headers: { authorization: basic(ADMIN.user_name, ADMIN.password) } });
      expect(response.status).toBe(401);
    });

    it('accepts a bearer token with its owner\'s roles, and refuses it once revoked', async () => {
      const app = await setUp();
      const { token, view } = await createApiToken(fixture.services.records, { userId: fixture.viewerId, name: 'dash' }, T0);
      const headers = { authorization: `Bearer ${token}` };
      const read = await app.request(THINGS, { headers });
      expect(await read.json()).toEqual({ result: { caller: 'vera', via: 'bearer' } });
      expect((await app.request(THINGS, { method: 'POST', headers })).status).toBe(403);
      await revokeApiToken(fixture.services.records, view.sys_id, T0);
      expect((await app.request(THINGS, { headers })).status).toBe(401);
    });

    it('needs no csrf token for Basic or Bearer writes', async () => {
      const app = await setUp();
      const { token } = await createApiToken(fixture.services.records, { userId: fixture.adminId, name: 'ci' }, T0);
      expect((await app.request(THINGS, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(201);
      expect((await app.request(THINGS, { method: 'POST', headers: { authorization: basic(ADMIN.user_name, ADMIN.password) } })).status).toBe(201);
    });

    describe('cookie session', () => {
      const signIn = async (app: Hono, who: { user_name: string; password: string }) => {
        const response = await app.request(LOGIN, json(who));
        expect(response.status).toBe(200);
        const body = (await response.json()) as { result: { csrf_token: string } };
        return { cookie: cookieFrom(response), csrf: body.result.csrf_token };
      };

      it('reads with the cookie alone', async () => {
        const app = await setUp();
        const { cookie } = await signIn(app, VIEWER);
        const read = await app.request(THINGS, { headers: { cookie } });
        expect(await read.json()).toEqual({ result: { caller: 'vera', via: 'session' } });
      });

      it('writes only with the matching X-CSRF-Token', async () => {
        const app = await setUp();
        const { cookie, csrf } = await signIn(app, ADMIN);
        const other = await signIn(app, ADMIN);
        const missing = await app.request(THINGS, { method: 'POST', headers: { cookie } });
        await expectFailure(missing, 403, 'csrf token missing or invalid');
        const wrong = await app.request(THINGS, { method: 'POST', headers: { cookie, 'X-CSRF-Token': other.csrf } });
        await expectFailure(wrong, 403, 'csrf token missing or invalid');
        const right = await app.request(THINGS, { method: 'POST', headers: { cookie, 'X-CSRF-Token': csrf } });
        expect(right.status).toBe(201);
      });

      it('still answers 403 for a viewer with a good csrf token', async () => {
        const app = await setUp();
        const { cookie, csrf } = await signIn(app, VIEWER);
        await expectFailure(await app.request(THINGS, { method: 'POST', headers: { cookie, 'X-CSRF-Token': csrf } }), 403, 'user not authorized');
      });

      it('is gone after logout', async () => {
        const app = await setUp();
        const { cookie, csrf } = await signIn(app, ADMIN);
        const logout = await app.request('http://hub.test/api/x_eih/hub/auth/logout', { method: 'POST', headers: { cookie, 'X-CSRF-Token': csrf } });
        expect(logout.status).toBe(200);
        expect(logout.headers.get('set-cookie')).toMatch(/^eih_session=; Max-Age=0;/);
        const after = await app.request(THINGS, { headers: { cookie } });
        expect(after.status).toBe(401);
        expect(after.headers.get('www-authenticate')).toBeNull();
      });

      it('refuses logout without the csrf token (the session survives)', async () => {
        const app = await setUp();
        const { cookie } = await signIn(app, ADMIN);
        expect((await app.request('http://hub.test/api/x_eih/hub/auth/logout', { method: 'POST', headers: { cookie } })).status).toBe(403);
        expect((await app.request(THINGS, { headers: { cookie } })).status).toBe(200);
      });

      it('ends after 12 idle hours', async () => {
        fixture = await securityFixture(dialect);
        const clock = manualClock();
        const app = securedApp(fixture.services, { now: clock.now });
        const { cookie } = await signIn(app, VIEWER);
        clock.advance(11 * HOUR);
        expect((await app.request(THINGS, { headers: { cookie } })).status).toBe(200);
        clock.advance(11 * HOUR);
        expect((await app.request(THINGS, { headers: { cookie } })).status).toBe(200);
        clock.advance(12 * HOUR);
        expect((await app.request(THINGS, { headers: { cookie } })).status).toBe(401);
      });
    });

    it('remembers a Basic check briefly, but not across a password change', async () => {
      fixture = await securityFixture(dialect);
      const cache = createCredentialCache();
      const app = new Hono();
      app.use('*', authenticate(fixture.services, { now: () => T0, credentialCache: cache }));
      app.get('/x', requireRole('x_eih.viewer'), (c) => c.text('ok'));
      const headers = { authorization: basic(VIEWER.user_name, VIEWER.password) };
      expect((await app.request('/x', { headers })).status).toBe(200);
      expect(cache.has(fixture.viewerId, String((await fixture.services.records.get(userTable, fixture.viewerId))?.password_hash), VIEWER.password, T0)).toBe(true);
      await setPassword(fixture.services.records, fixture.viewerId, 'a-new-password', T0);
      expect((await app.request('/x', { headers })).status).toBe(401);
      expect((await app.request('/x', { headers: { authorization: basic(VIEWER.user_name, 'a-new-password') } })).status).toBe(200);
    });

    it('fails closed when requireRole runs without authenticate', async () => {
      fixture = await securityFixture(dialect);
      const app = new Hono();
      app.get('/x', requireRole('x_eih.viewer'), (c) => c.text('ok'));
      expect((await app.request('/x', { headers: { authorization: basic(ADMIN.user_name, ADMIN.password) } })).status).toBe(401);
    });
  });
}
