/**
 * `/api/x_eih/hub/auth`: workspace sign-in and sign-out, the current session, API tokens and
 * minimal user management. Anything that carries a token or a session id is `Cache-Control:
 * no-store`, and a token is in exactly one response: the one that created it.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { userTable } from '../../../src-shared/model/tables';
import type { HostServices } from '../host-services';
import { API_BASE } from '../http/api-base';
import { createApiToken, listApiTokens, MAX_TOKEN_DAYS, revokeApiToken } from './api-tokens';
import { authenticate, callerOf, clockOf, requireRole, unauthenticated, type AuthOptions } from './authenticate';
import { readJsonBody } from './request-body';
import { ROLES } from './roles';
import { failure } from './security-failure';
import { clearSessionCookie, createSession, CSRF_HEADER, DEFAULT_SESSION_POLICY, endSession, sessionCookieOf, resolveSession, setSessionCookie } from './sessions';
import { isoOf } from './token-hash';
import { checkPassword, createUser, findUserByName, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USER_NAME_PATTERN, userView } from './users';

export const AUTH_BASE = `${API_BASE}/auth`;
const NO_STORE = { 'Cache-Control': 'no-store' };

const userNameSchema = z.string().regex(USER_NAME_PATTERN, 'expected 1 to 100 letters, digits or . _ @ -');

const loginSchema = z.strictObject({
  user_name: z.string().min(1).max(100),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

const tokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expires_in_days: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional(),
  /** An admin may mint a token for another user, e.g. a read-only one for a dashboard script. */
  user_name: userNameSchema.optional(),
});

const userCreateSchema = z.strictObject({
  user_name: userNameSchema,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  roles: z.array(z.enum(ROLES)).min(1),
});

const SYS_ID = /^[0-9a-f]{32}$/;

export function registerAuthRoutes(app: Hono, services: HostServices, options: AuthOptions = {}): void {
  const { records, logger } = services;
  const now = clockOf(options);
  const policy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const trustProxy = options.trustForwardedProto ?? false;

  app.use(`${AUTH_BASE}/*`, authenticate(services, options));

  app.post(`${AUTH_BASE}/login`, async (c) => {
    const body = await readJsonBody(c, loginSchema);
    if (!body.ok) return body.response;
    const at = now();
    const user = await checkPassword(records, body.value.user_name, body.value.password, at);
    if (!user) {
      logger.info({ user_name: body.value.user_name.slice(0, 100), via: 'login' }, 'authentication failed');
      return failure(c, 401, 'user not authenticated', 'wrong user name or password');
    }
    // A fresh session id at every sign-in (no fixation); the previous one, if any, ends.
    const previous = sessionCookieOf(c);
    if (previous !== undefined) {
      const old = await resolveSession(records, previous, at, policy);
      if (old) await endSession(records, old.sessionId);
    }
    const session = await createSession(records, user.sys_id, at, policy);
    await records.update(userTable, user.sys_id, { last_login: isoOf(at) }, isoOf(at));
    setSessionCookie(c, session.sessionToken, trustProxy);
    logger.info({ user_name: user.user_name }, 'signed in');
    return c.json({ result: { user_name: user.user_name, roles: user.roles, csrf_token: session.csrfToken, expires: session.expires } }, 200, NO_STORE);
  });

  app.post(`${AUTH_BASE}/logout`, async (c) => {
    const auth = c.get('auth');
    if (auth?.csrfRejected) return failure(c, 403, 'csrf token missing or invalid', `send the session's csrf token in the ${CSRF_HEADER} header`);
    const caller = auth?.caller;
    if (caller?.via === 'session' && caller.sessionId !== undefined) await endSession(records, caller.sessionId);
    clearSessionCookie(c, trustProxy);
    return c.json({ result: { signed_out: true } }, 200, NO_STORE);
  });

  app.get(`${AUTH_BASE}/session`, (c) => {
    const caller = callerOf(c);
    if (!caller) return unauthenticated(c, 'no session: sign in first');
    return c.json(
      { result: { user_name: caller.userName, roles: caller.roles, via: caller.via, csrf_token: caller.csrfToken ?? null } },
      200,
      NO_STORE,
    );
  });

  app.post(`${AUTH_BASE}/tokens`, requireRole('x_eih.admin'), async (c) => {
    const body = await readJsonBody(c, tokenCreateSchema);
    if (!body.ok) return body.response;
    const caller = callerOf(c);
    if (!caller) return unauthenticated(c, 'sign in first');
    let owner = { sys_id: caller.userId, user_name: caller.userName };
    if (body.value.user_name !== undefined && body.value.user_name !== caller.userName) {
      const row = await findUserByName(records, body.value.user_name);
      if (!row || row.active === false) return failure(c, 400, 'invalid request body', `user_name: no active user '${body.value.user_name}'`);
      owner = userView(row);
    }
    const created = await createApiToken(
      records,
      { userId: owner.sys_id, name: body.value.name, ...(body.value.expires_in_days !== undefined ? { expiresInDays: body.value.expires_in_days } : {}) },
      now(),
    );
    logger.info({ token_id: created.view.sys_id, user_name: owner.user_name, by: caller.userName }, 'api token created');
    return c.json({ result: { ...created.view, user_name: owner.user_name, token: created.token } }, 201, NO_STORE);
  });

  app.get(`${AUTH_BASE}/tokens`, requireRole('x_eih.admin'), async (c) => {
    const [tokens, users] = await Promise.all([listApiTokens(records), records.findBy(userTable, {})]);
    const names = new Map(users.map((row) => [String(row.sys_id), String(row.user_name)]));
    return c.json({ result: tokens.map((token) => ({ ...token, user_name: names.get(token.user) ?? null })) }, 200, NO_STORE);
  });

  app.delete(`${AUTH_BASE}/tokens/:id`, requireRole('x_eih.admin'), async (c) => {
    const id = c.req.param('id');
    if (!SYS_ID.test(id)) return failure(c, 400, 'invalid token id', `id: expected a 32-character sys_id, got '${id.slice(0, 40)}'`);
    if (!(await revokeApiToken(records, id, now()))) return failure(c, 404, 'no such api token', `id: ${id}`);
    logger.info({ token_id: id, by: callerOf(c)?.userName }, 'api token revoked');
    return c.json({ result: { sys_id: id, revoked: true } });
  });

  app.post(`${AUTH_BASE}/users`, requireRole('x_eih.admin'), async (c) => {
    const body = await readJsonBody(c, userCreateSchema);
    if (!body.ok) return body.response;
    if (await findUserByName(records, body.value.user_name)) return failure(c, 409, 'user already exists', `user_name: '${body.value.user_name}' is taken`);
    const user = await createUser(records, body.value, now());
    logger.info({ user_name: user.user_name, roles: user.roles, by: callerOf(c)?.userName }, 'user created');
    return c.json({ result: user }, 201);
  });
}
