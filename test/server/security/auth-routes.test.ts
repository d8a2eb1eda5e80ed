import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { apiTokenTable, sessionTable, userTable } from '../../../src-shared/model/tables';
import { STORES } from '../../support/stores';
import { ADMIN, basic, cookieFrom, json, securedApp, securityFixture, T0, VIEWER, type SecurityFixture } from './security-fixtures';

const AUTH = 'http://hub.test/api/x_eih/hub/auth';
const THINGS = 'http://hub.test/api/x_eih/hub/things';
const ADMIN_BASIC = { authorization: basic(ADMIN.user_name, ADMIN.password) };

interface Body {
  result: Record<string, unknown>;
  error?: { message: string; detail: string };
}

for (const dialect of STORES) {
  describe(`auth routes (${dialect})`, () => {
    let fixture: SecurityFixture;
    let app: Hono;
    afterEach(async () => fixture.services.database.close());
    const setUp = async () => {
      fixture = await securityFixture(dialect);
      app = securedApp(fixture.services, { now: () => T0 });
    };
    const call = async (url: string, init: RequestInit = {}) => {
      const response = await app.request(url, init);
      return { response, body: (await response.json()) as Body };
    };

    describe('POST /login', () => {
      it('sets an HttpOnly SameSite=Strict cookie and returns user, roles and csrf token', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, json(ADMIN));
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const cookie = response.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/^eih_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
        expect(body.result).toEqual({ user_name: 'adam', roles: ['x_eih.admin'], csrf_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expires: '2025-03-01T20:00:00.000Z' });
        expect((await fixture.services.records.get(userTable, fixture.adminId))?.last_login).toBe(new Date(T0).toISOString());
      });

      it('adds Secure over https', async () => {
        await setUp();
        const response = await app.request('https://hub.test/api/x_eih/hub/auth/login', json(ADMIN));
        expect(response.headers.get('set-cookie')).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
      });

      it('answers a wrong password 401 without a browser challenge and without a cookie', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, json({ user_name: 'adam', password: 'wrong-password' }));
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBeNull();
        expect(response.headers.get('set-cookie')).toBeNull();
        expect(body).toEqual({ status: 'failure', error: { message: 'user not authenticated', detail: 'wrong user name or password' } });
      });

      it.each([
        ['a missing password', { user_name: 'adam' }, /^password: /],
        ['a numeric user name', { user_name: 7, password: 'x' }, /^user_name: /],
        ['an unknown field', { user_name: 'adam', password: 'x', remember: true }, /remember/],
      ])('answers 400 naming the field for %s', async (_name, payload, detail) => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, json(payload));
        expect(response.status).toBe(400);
        expect(body.error?.message).toBe('invalid request body');
        expect(body.error?.detail).toMatch(detail);
      });

      it('answers 400 to a body that is not json', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user_name":' });
        expect(response.status).toBe(400);
        expect(body.error?.detail).toBe('body: not valid json');
      });

      it('accepts only application/json, so a cross-site form cannot sign a browser in', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'user_name=adam&password=admin-password-1',
        });
        expect(response.status).toBe(415);
        expect(body.error?.message).toBe('unsupported content type');
      });

      it('answers 413 to an oversized body', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/login`, json({ user_name: 'adam', password: 'x'.repeat(70_000) }));
        expect(response.status).toBe(413);
        expect(body.error?.message).toBe('request body too large');
      });

      it('replaces the previous session of the same browser', async () => {
        await setUp();
        const first = await app.request(`${AUTH}/login`, json(ADMIN));
        const cookie = cookieFrom(first);
        const second = await app.request(`${AUTH}/login`, json(ADMIN, { cookie }));
        expect(second.status).toBe(200);
        expect(cookieFrom(second)).not.toBe(cookie);
        expect(await fixture.services.records.count(sessionTable)).toBe(1);
        expect((await app.request(THINGS, { headers: { cookie } })).status).toBe(401);
      });
    });

    describe('GET /session', () => {
      it('returns the signed-in user and the same csrf token after a reload', async () => {
        await setUp();
        const login = await app.request(`${AUTH}/login`, json(VIEWER));
        const { csrf_token } = ((await login.json()) as Body).result;
        const { response, body } = await call(`${AUTH}/session`, { headers: { cookie: cookieFrom(login) } });
        expect(response.status).toBe(200);
        expect(body.result).toEqual({ user_name: 'vera', roles: ['x_eih.viewer'], via: 'session', csrf_token });
      });

      it('has no csrf token for Basic callers, and 401 for nobody', async () => {
        await setUp();
        expect((await call(`${AUTH}/session`, { headers: ADMIN_BASIC })).body.result).toEqual({ user_name: 'adam', roles: ['x_eih.admin'], via: 'basic', csrf_token: null });
        expect((await app.request(`${AUTH}/session`)).status).toBe(401);
      });
    });

    describe('tokens', () => {
      it('creates a token shown once, lists it without secrets, and revokes it', async () => {
        await setUp();
        const created = await call(`${AUTH}/tokens`, json({ name: 'ci', expires_in_days: 7 }, ADMIN_BASIC));
        expect(created.response.status).toBe(201);
        expect(created.response.headers.get('cache-control')).toBe('no-store');
        const token = String(created.body.result.token);
        expect(token).toMatch(/^eih_/);
        expect(created.body.result).toMatchObject({ name: 'ci', user_name: 'adam', expires: '2025-03-08T08:00:00.000Z', revoked: false });
        expect(created.body.result).not.toHaveProperty('token_hash');

        expect((await app.request(THINGS, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(201);

        const listed = await app.request(`${AUTH}/tokens`, { headers: ADMIN_BASIC });
        const text = await listed.text();
        expect(listed.status).toBe(200);
        expect(text).not.toContain(token);
        expect(text).not.toContain(createHash('sha256').update(token).digest('hex'));
        expect(text).not.toContain('token_hash');
        expect(JSON.parse(text)).toMatchObject({ result: [{ name: 'ci', user_name: 'adam', prefix: token.slice(0, 12) }] });

        const id = String(created.body.result.sys_id);
        const revoked = await call(`${AUTH}/tokens/${id}`, { method: 'DELETE', headers: ADMIN_BASIC });
        expect(revoked.body.result).toEqual({ sys_id: id, revoked: true });
        expect((await app.request(THINGS, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
      });

      it('lets an admin mint a read-only token for a viewer', async () => {
        await setUp();
        const created = await call(`${AUTH}/tokens`, json({ name: 'dashboard', user_name: 'vera' }, ADMIN_BASIC));
        expect(created.body.result).toMatchObject({ user_name: 'vera', user: fixture.viewerId, expires: null });
        const bearer = { authorization: `Bearer ${String(created.body.result.token)}` };
        expect((await app.request(THINGS, { headers: bearer })).status).toBe(200);
        expect((await app.request(THINGS, { method: 'POST', headers: bearer })).status).toBe(403);
      });

      it.each([
        ['no name', {}, /^name: /],
        ['an empty name', { name: '  ' }, /^name: /],
        ['a zero lifetime', { name: 'x', expires_in_days: 0 }, /^expires_in_days: /],
        ['a fractional lifetime', { name: 'x', expires_in_days: 1.5 }, /^expires_in_days: /],
        ['an unknown user', { name: 'x', user_name: 'ghost' }, /^user_name: no active user 'ghost'$/],
      ])('answers 400 naming the field for %s', async (_name, payload, detail) => {
        await setUp();
        const { response, body } = await call(`${AUTH}/tokens`, json(payload, ADMIN_BASIC));
        expect(response.status).toBe(400);
        expect(body.error?.detail).toMatch(detail);
        expect(await fixture.services.records.count(apiTokenTable)).toBe(0);
      });

      it('is admin-only', async () => {
        await setUp();
        const viewer = { authorization: basic(VIEWER.user_name, VIEWER.password) };
        expect((await app.request(`${AUTH}/tokens`, json({ name: 'x' }, viewer))).status).toBe(403);
        expect((await app.request(`${AUTH}/tokens`, { headers: viewer })).status).toBe(403);
        expect((await app.request(`${AUTH}/tokens/${'a'.repeat(32)}`, { method: 'DELETE', headers: viewer })).status).toBe(403);
        expect((await app.request(`${AUTH}/tokens`)).status).toBe(401);
      });

      it.each([
        ['an unknown id', 'a'.repeat(32), 404, 'no such api token'],
        ['a malformed id', 'not-an-id', 400, 'invalid token id'],
      ])('answers a revoke of %s with %s', async (_name, id, status, message) => {
        await setUp();
        const { response, body } = await call(`${AUTH}/tokens/${id}`, { method: 'DELETE', headers: ADMIN_BASIC });
        expect(response.status).toBe(status);
        expect(body.error?.message).toBe(message);
      });
    });

    describe('POST /users', () => {
      it('creates a user who can then sign in with the given roles', async () => {
        await setUp();
        const { response, body } = await call(`${AUTH}/users`, json({ user_name: 'olga', password: 'olga-password', roles: ['x_eih.viewer'] }, ADMIN_BASIC));
        expect(response.status).toBe(201);
        expect(body.result).toEqual({ sys_id: expect.stringMatching(/^[0-9a-f]{32}$/), user_name: 'olga', roles: ['x_eih.viewer'], active: true });
        expect(JSON.stringify(body)).not.toContain('password');
        const row = await fixture.services.records.get(userTable, String(body.result.sys_id));
        expect(String(row?.password_hash)).toMatch(/^scrypt\$/);
        expect((await app.request(THINGS, { headers: { authorization: basic('olga', 'olga-password') } })).status).toBe(200);
      });

      it.each([
        ['a short password', { user_name: 'olga', password: 'short', roles: ['x_eih.viewer'] }, /^password: /],
        ['no roles', { user_name: 'olga', password: 'olga-password', roles: [] }, /^roles: /],
        ['an unknown role', { user_name: 'olga', password: 'olga-password', roles: ['admin'] }, /^roles\.0: /],
        ['a user name with a space', { user_name: 'ol ga', password: 'olga-password', roles: ['x_eih.viewer'] }, /^user_name: expected 1 to 100 letters/],
      ])('answers 400 naming the field for %s', async (_name, payload, detail) => {
        await setUp();
        const { response, body } = await call(`${AUTH}/users`, json(payload, ADMIN_BASIC));
        expect(response.status).toBe(400);
        expect(body.error?.detail).toMatch(detail);
      });

      it('answers 409 for a taken user name, and 403 for a viewer', async () => {
        await setUp();
        const taken = await call(`${AUTH}/users`, json({ user_name: 'vera', password: 'whatever-123', roles: ['x_eih.admin'] }, ADMIN_BASIC));
        expect(taken.response.status).toBe(409);
        expect(taken.body.error?.detail).toBe("user_name: 'vera' is taken");
        const viewer = { authorization: basic(VIEWER.user_name, VIEWER.password) };
        expect((await app.request(`${AUTH}/users`, json({ user_name: 'eve', password: 'eve-password', roles: ['x_eih.admin'] }, viewer))).status).toBe(403);
      });
    });
  });
}
