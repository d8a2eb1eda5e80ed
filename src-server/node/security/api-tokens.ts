/**
 * Bearer tokens for scripts: `eih_<43 random base64url characters>`, shown once at creation.
 * Only the SHA-256 of the token is stored (a database dump does not hand out working tokens);
 * `prefix` keeps the first characters so a user can tell tokens apart in a list.
 */
import { readChangeStamp } from '../store/change-stamp';
import type { RecordStore } from '../store/record-store';
import type { StampedCache } from '../store/stamped-cache';
import { apiTokenTable } from '../../../src-shared/model/tables';
import { findActiveUserById, type UserView } from './users';
import { isoOf, randomToken, sha256Hex } from './token-hash';

export const TOKEN_PREFIX = 'eih_';
const TOKEN_SHAPE = /^eih_[A-Za-z0-9_-]{43}$/;
const DISPLAY_PREFIX_LENGTH = 12;
const DAY_MS = 24 * 60 * 60 * 1000;
/** `last_used` is refreshed at most this often, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60 * 1000;
export const MAX_TOKEN_DAYS = 3650;

type Row = Record<string, unknown>;

/** A token as lists show it: never the token, never its hash. */
export interface ApiTokenView {
  readonly sys_id: string;
  readonly name: string;
  readonly user: string;
  readonly prefix: string;
  readonly expires: string | null;
  readonly last_used: string | null;
  readonly revoked: boolean;
  readonly sys_created_on: string;
}

export function apiTokenView(row: Row): ApiTokenView {
  return {
    sys_id: String(row.sys_id),
    name: String(row.name),
    user: String(row.user),
    prefix: String(row.prefix ?? ''),
    expires: typeof row.expires === 'string' ? row.expires : null,
    last_used: typeof row.last_used === 'string' ? row.last_used : null,
    revoked: row.revoked === true,
    sys_created_on: String(row.sys_created_on),
  };
}

export interface NewApiToken {
  readonly userId: string;
  readonly name: string;
  /** Omitted: the token never expires (it can still be revoked). */
  readonly expiresInDays?: number;
}

export interface CreatedApiToken {
  /** The bearer value: returned once, never stored, never retrievable again. */
  readonly token: string;
  readonly view: ApiTokenView;
}

export async function createApiToken(records: RecordStore, request: NewApiToken, now: number): Promise<CreatedApiToken> {
  const days = request.expiresInDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
    throw new Error(`expires_in_days must be a whole number from 1 to ${MAX_TOKEN_DAYS}, got ${days}`);
  }
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row = await records.insert(
    apiTokenTable,
    {
      name: request.name,
      user: request.userId,
      token_hash: sha256Hex(token),
      prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
      expires: days === undefined ? null : isoOf(now + days * DAY_MS),
      revoked: false,
    },
    isoOf(now),
  );
  return { token, view: apiTokenView(row) };
}

export interface VerifiedApiToken {
  readonly tokenId: string;
  readonly user: UserView;
}

/** A verification as the database showed it; the time-dependent checks are made again on each use. */
export interface CachedApiToken extends VerifiedApiToken {
  /** Epoch ms, or null for a token that never expires. */
  readonly expires: number | null;
  readonly lastUsed: number;
}

/**
 * The token's owner when the token is well-formed, known, not revoked, not expired, and the user is active.
 * With a cache (the HTTP middleware), a verification is reused only while the database's change
 * stamp is unchanged (no write of any row since, so revoking the token or deactivating its user
 * ends it at once), the token has not expired, and `last_used` needs no refresh. PostgreSQL has no
 * stamp, so there every call reads the database.
 */
export async function verifyApiToken(records: RecordStore, token: string, now: number, cache?: StampedCache<CachedApiToken>): Promise<VerifiedApiToken | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const tokenHash = sha256Hex(token);
  // Read before the rows it vouches for: a write after this read changes the stamp.
  const stamp = cache ? await readChangeStamp(records.db, records.dialect) : undefined;
  const cached = cache?.get(tokenHash, stamp);
  if (cached && (cached.expires === null || cached.expires > now) && now - cached.lastUsed < LAST_USED_RESOLUTION_MS) return { tokenId: cached.tokenId, user: cached.user };
  const [row] = await records.findBy(apiTokenTable, { token_hash: tokenHash });
  if (!row || row.revoked === true) return undefined;
  const expires = typeof row.expires === 'string' ? Date.parse(row.expires) : null;
  if (expires !== null && expires <= now) return undefined;
  const user = await findActiveUserById(records, String(row.user));
  if (!user) return undefined;
  let lastUsed = typeof row.last_used === 'string' ? Date.parse(row.last_used) : Number.NEGATIVE_INFINITY;
  if (now - lastUsed >= LAST_USED_RESOLUTION_MS) {
    await records.update(apiTokenTable, String(row.sys_id), { last_used: isoOf(now) }, isoOf(now));
    lastUsed = now;
  }
  const verified = { tokenId: String(row.sys_id), user };
  cache?.set(tokenHash, stamp, { ...verified, expires, lastUsed });
  return verified;
}

/** Revokes (keeps the row for the audit trail). False when no such token exists. */
export async function revokeApiToken(records: RecordStore, tokenId: string, now: number): Promise<boolean> {
  const row = await records.get(apiTokenTable, tokenId);
  if (!row) return false;
  if (row.revoked !== true) await records.update(apiTokenTable, tokenId, { revoked: true }, isoOf(now));
  return true;
}

export async function listApiTokens(records: RecordStore, userId?: string): Promise<ApiTokenView[]> {
  const rows = await records.findBy(apiTokenTable, userId === undefined ? {} : { user: userId });
  return rows.map(apiTokenView);
}
