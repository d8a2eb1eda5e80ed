/**
 * Who is calling: HTTP Basic (user_name:password), `Authorization: Bearer eih_…`, or the workspace
 * session cookie, resolved once per request into `c.get('auth')`. Routes then state what they
 * need with `requireRole(...)`.
 *
 * A cookie on a non-GET request counts only with a matching `X-CSRF-Token`; without it the
 * request is treated as anonymous (fail closed) and `requireRole` answers 403 naming the CSRF
 * token. Basic and Bearer requests need no CSRF token: a browser never attaches them by itself.
 * Wrong credentials are a 401 at once, even on routes anyone may call: a script with a typo
 * should hear about it, not be served as anonymous.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { HostServices } from '../host-services';
import { createStampedCache } from '../store/stamped-cache';
import { verifyApiToken, type CachedApiToken } from './api-tokens';
import { createCredentialCache, type CredentialCache } from './credential-cache';
import { hasRole, type Role } from './roles';
import { failure } from './security-failure';
import { csrfMatches, CSRF_HEADER, DEFAULT_SESSION_POLICY, resolveSession, sessionCookieOf, type CachedSession, type SessionPolicy } from './sessions';
import { checkPassword, type UserView } from './users';

export type AuthMethod = 'basic' | 'bearer' | 'session';

export interface Caller {
  readonly userId: string;
  readonly userName: string;
  readonly roles: readonly Role[];
  readonly via: AuthMethod;
  readonly sessionId?: string;
  readonly tokenId?: string;
  /** Only for cookie sessions: the token the workspace must echo in `X-CSRF-Token`. */
  readonly csrfToken?: string;
}

export interface AuthState {
  readonly caller?: Caller;
  /** A live session cookie came on a non-GET request without the right CSRF token. */
  readonly csrfRejected: boolean;
}

declare module 'hono' {
  interface ContextVariableMap {
    auth: AuthState | undefined;
  }
}

export interface AuthOptions {
  /** Epoch ms; tests pass a fixed clock. */
  readonly now?: () => number;
  readonly sessionPolicy?: SessionPolicy;
  /** Behind a TLS-terminating proxy: believe `X-Forwarded-Proto` when deciding on `Secure`. */
  readonly trustForwardedProto?: boolean;
  /** Remembers recent successful Basic checks (default: a fresh 5-minute cache per middleware). */
  readonly credentialCache?: CredentialCache;
}

export const REALM = 'x_eih';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function clockOf(options: AuthOptions): () => number {
  return options.now ?? Date.now;
}

/**
 * `WWW-Authenticate: Basic` makes a browser pop up its own password dialog, so it is left out for
 * requests that come from the workspace (they carry `X-Requested-With` or a session cookie); the
 * workspace shows its own sign-in form on 401.
 */
function challenge(c: Context): Record<string, string> {
  const fromWorkspace = c.req.header('x-requested-with') !== undefined || sessionCookieOf(c) !== undefined;
  return fromWorkspace ? {} : { 'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"` };
}

export function unauthenticated(c: Context, detail: string): Response {
  return failure(c, 401, 'user not authenticated', detail, challenge(c));
}

function callerOfUser(user: UserView, via: AuthMethod, extra: Partial<Caller> = {}): Caller {
  return { userId: user.sys_id, userName: user.user_name, roles: user.roles, via, ...extra };
}

function decodeBasic(encoded: string): { userName: string; password: string } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { userName: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function authenticate(services: Pick<HostServices, 'records' | 'logger'>, options: AuthOptions = {}): MiddlewareHandler {
  const now = clockOf(options);
  const policy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const basicCache = options.credentialCache ?? createCredentialCache();
  // Bearer tokens and session cookies: verifications reused while no row of the database changed.
  const bearerCache = createStampedCache<CachedApiToken>(1000);
  const sessionCache = createStampedCache<CachedSession>(1000);
  return async (c, next) => {
    // Installed both app-wide and by route groups: resolve once, so Basic costs one scrypt run.
    if (c.get('auth') !== undefined) return next();
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const [scheme = '', ...rest] = authorization.trim().split(/\s+/);
      const credential = rest.join(' ');
      if (scheme.toLowerCase() === 'basic') {
        const basic = decodeBasic(credential);
        if (!basic) return unauthenticated(c, 'malformed basic credentials: expected base64 of user_name:password');
        const user = await checkPassword(services.records, basic.userName, basic.password, now(), basicCache);
        if (!user) {
          services.logger.info({ user_name: basic.userName.slice(0, 100), via: 'basic' }, 'authentication failed');
          return unauthenticated(c, 'wrong user name or password');
        }
        c.set('auth', { caller: callerOfUser(user, 'basic'), csrfRejected: false });
        return next();
      }
      if (scheme.toLowerCase() === 'bearer') {
        const verified = await verifyApiToken(services.records, credential, now(), bearerCache);
        if (!verified) {
          services.logger.info({ via: 'bearer' }, 'authentication failed');
          return unauthenticated(c, 'api token is unknown, revoked or expired');
        }
        c.set('auth', { caller: callerOfUser(verified.user, 'bearer', { tokenId: verified.tokenId }), csrfRejected: false });
        return next();
      }
      return unauthenticated(c, `unsupported authorization scheme '${scheme.slice(0, 20)}': use Basic or Bearer`);
    }
    const cookie = sessionCookieOf(c);
    const session = cookie === undefined ? undefined : await resolveSession(services.records, cookie, now(), policy, sessionCache);
    if (!session) {
      c.set('auth', { csrfRejected: false });
      return next();
    }
    if (!SAFE_METHODS.has(c.req.method) && !csrfMatches(session, c.req.header(CSRF_HEADER))) {
      c.set('auth', { csrfRejected: true });
      return next();
    }
    const caller = callerOfUser(session.user, 'session', { sessionId: session.sessionId, csrfToken: session.csrfToken });
    c.set('auth', { caller, csrfRejected: false });
    return next();
  };
}

export function callerOf(c: Context): Caller | undefined {
  return c.get('auth')?.caller;
}

/** 401 for nobody (with a Basic challenge), 403 for a missing CSRF token or a missing role. */
export function requireRole(role: Role): MiddlewareHandler {
  return async (c, next) => {
    const auth = c.get('auth');
    if (auth?.csrfRejected) return failure(c, 403, 'csrf token missing or invalid', `send the session's csrf token in the ${CSRF_HEADER} header`);
    const caller = auth?.caller;
    if (!caller) return unauthenticated(c, 'sign in, or send basic credentials or a bearer token');
    if (!hasRole(caller.roles, role)) return failure(c, 403, 'user not authorized', `requires role ${role}`);
    return next();
  };
}
