/**
 * Workspace sign-in sessions. The browser holds a random session id in an `HttpOnly;
 * SameSite=Strict` cookie; the store holds only its SHA-256. Sessions slide: each use pushes
 * expiry to 12 h ahead, up to an absolute limit of 7 days from sign-in.
 *
 * CSRF: the token is derived from the session id (HMAC), so `GET /auth/session` can hand it out
 * again after a page reload without storing it; the store keeps its hash. The widget sends it back
 * as `X-CSRF-Token` on every non-GET request the cookie authenticates (SameSite=Strict already
 * stops cross-site sends; the token is the second lock, for same-site subdomains and old browsers).
 */
import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sql } from 'kysely';
import { readChangeStamp } from '../store/change-stamp';
import type { RecordStore } from '../store/record-store';
import type { StampedCache } from '../store/stamped-cache';
import { sessionTable } from '../../../src-shared/model/tables';
import { constantTimeEqual, isoOf, randomToken, sha256Hex } from './token-hash';
import { findActiveUserById, type UserView } from './users';

export const SESSION_COOKIE = 'eih_session';
export const CSRF_HEADER = 'X-CSRF-Token';
const SESSION_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface SessionPolicy {
  /** A session unused this long ends (sliding). */
  readonly idleMs: number;
  /** No session outlives this, however active (counted from sign-in). */
  readonly absoluteMs: number;
  /** Expiry is pushed forward at most this often, so browsing does not write on every request. */
  readonly refreshAfterMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 12 * 60 * 60 * 1000,
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
  refreshAfterMs: 60 * 1000,
};

export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('x_eih.csrf').digest('base64url');
}

export interface NewSession {
  readonly sessionId: string;
  /** The cookie value: never stored. */
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expires: string;
}

export async function createSession(records: RecordStore, userId: string, now: number, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<NewSession> {
  const sessionToken = randomToken();
  const csrfToken = csrfTokenFor(sessionToken);
  const expires = isoOf(now + Math.min(policy.idleMs, policy.absoluteMs));
  const row = await records.insert(sessionTable, { user: userId, session_hash: sha256Hex(sessionToken), csrf_token: sha256Hex(csrfToken), expires }, isoOf(now));
  return { sessionId: String(row.sys_id), sessionToken, csrfToken, expires };
}

export interface ActiveSession {
  readonly sessionId: string;
  readonly user: UserView;
  readonly csrfToken: string;
  readonly csrfHash: string;
  readonly expires: string;
}

/** A resolved session as the database showed it; expiry and sliding are checked again on each use. */
export interface CachedSession {
  readonly sessionId: string;
  readonly user: UserView;
  readonly csrfHash: string;
  /** Epoch ms of the stored expiry and of the absolute limit. */
  readonly expires: number;
  readonly hardLimit: number;
  readonly expiresIso: string;
}

/**
 * The live session behind a cookie value, sliding its expiry; expired sessions are deleted.
 * With a cache (the HTTP middleware), a resolution is reused only while the database's change
 * stamp is unchanged (no row written since: a sign-out or a deactivated user ends it at once),
 * the session is within both limits and its expiry needs no sliding write. PostgreSQL has no
 * stamp, so there every call reads the database.
 */
export async function resolveSession(records: RecordStore, sessionToken: string, now: number, policy: SessionPolicy = DEFAULT_SESSION_POLICY, cache?: StampedCache<CachedSession>): Promise<ActiveSession | undefined> {
  if (!SESSION_SHAPE.test(sessionToken)) return undefined;
  const sessionHash = sha256Hex(sessionToken);
  // Read before the rows it vouches for: a write after this read changes the stamp.
  const stamp = cache ? await readChangeStamp(records.db, records.dialect) : undefined;
  const cached = cache?.get(sessionHash, stamp);
  if (cached && cached.expires > now && cached.hardLimit > now && Math.min(now + policy.idleMs, cached.hardLimit) - cached.expires < policy.refreshAfterMs) {
    return { sessionId: cached.sessionId, user: cached.user, csrfToken: csrfTokenFor(sessionToken), csrfHash: cached.csrfHash, expires: cached.expiresIso };
  }
  const [row] = await records.findBy(sessionTable, { session_hash: sessionHash });
  if (!row) return undefined;
  const sessionId = String(row.sys_id);
  let expires = Date.parse(String(row.expires));
  const hardLimit = Date.parse(String(row.sys_created_on)) + policy.absoluteMs;
  if (!(expires > now) || !(hardLimit > now)) {
    await records.delete(sessionTable, sessionId);
    return undefined;
  }
  const user = await findActiveUserById(records, String(row.user));
  if (!user) return undefined;
  let expiresIso = String(row.expires);
  const slid = Math.min(now + policy.idleMs, hardLimit);
  if (slid - expires >= policy.refreshAfterMs) {
    expiresIso = isoOf(slid);
    expires = slid;
    await records.update(sessionTable, sessionId, { expires: expiresIso }, isoOf(now));
  }
  const csrfHash = String(row.csrf_token);
  cache?.set(sessionHash, stamp, { sessionId, user, csrfHash, expires, hardLimit, expiresIso });
  return { sessionId, user, csrfToken: csrfTokenFor(sessionToken), csrfHash, expires: expiresIso };
}

/** Double-submit check: the header must carry the token derived from this session's cookie. */
export function csrfMatches(session: ActiveSession, header: string | undefined): boolean {
  if (!header) return false;
  return constantTimeEqual(sha256Hex(header), session.csrfHash);
}

export async function endSession(records: RecordStore, sessionId: string): Promise<void> {
  await records.delete(sessionTable, sessionId);
}

/** Ends every session of a user (after a password change or deactivation). */
export async function endSessionsOf(records: RecordStore, userId: string): Promise<number> {
  const rows = await records.findBy(sessionTable, { user: userId });
  for (const row of rows) await records.delete(sessionTable, String(row.sys_id));
  return rows.length;
}

/** Housekeeping for a scheduler: deletes sessions past their sliding expiry. */
export async function purgeExpiredSessions(records: RecordStore, now: number): Promise<number> {
  const result = await sql`delete from ${sql.table(sessionTable.name)} where expires <= ${isoOf(now)}`.execute(records.db);
  return Number(result.numAffectedRows ?? 0);
}

function isHttps(c: Context, trustForwardedProto: boolean): boolean {
  if (trustForwardedProto) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (forwarded) return forwarded === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** Browser-session cookie (no Max-Age): the server enforces expiry; `Secure` over https. */
export function setSessionCookie(c: Context, sessionToken: string, trustForwardedProto = false): void {
  setCookie(c, SESSION_COOKIE, sessionToken, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c, trustForwardedProto) });
}

export function clearSessionCookie(c: Context, trustForwardedProto = false): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c, trustForwardedProto) });
}

export function sessionCookieOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
