/**
 * Local host users (`x_eih_user`): lookup, creation and password checks. The instance has
 * sys_user; this table exists only on the Node host.
 */
import type { RecordStore } from '../store/record-store';
import { userTable } from '../../../src-shared/model/tables';
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password-hash';
import type { CredentialCache } from './credential-cache';
import { formatRoles, parseRoles, type Role } from './roles';
import { isoOf } from './token-hash';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 1024;
export const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]{1,100}$/;

/** The caller-facing view of a user: never the password hash. */
export interface UserView {
  readonly sys_id: string;
  readonly user_name: string;
  readonly roles: Role[];
  readonly active: boolean;
}

type Row = Record<string, unknown>;

export function userView(row: Row): UserView {
  return {
    sys_id: String(row.sys_id),
    user_name: String(row.user_name),
    roles: parseRoles(typeof row.roles === 'string' ? row.roles : null),
    active: row.active !== false,
  };
}

export async function findUserByName(records: RecordStore, userName: string): Promise<Row | undefined> {
  const [row] = await records.findBy(userTable, { user_name: userName });
  return row;
}

export async function findActiveUserById(records: RecordStore, sysId: string): Promise<UserView | undefined> {
  const row = await records.get(userTable, sysId);
  if (!row || row.active === false) return undefined;
  return userView(row);
}

export interface NewUser {
  readonly user_name: string;
  readonly password: string;
  readonly roles: readonly Role[];
}

export async function createUser(records: RecordStore, user: NewUser, now: number): Promise<UserView> {
  const row = await records.insert(
    userTable,
    { user_name: user.user_name, password_hash: await hashPassword(user.password), roles: formatRoles(user.roles), active: true },
    isoOf(now),
  );
  return userView(row);
}

/**
 * The user whose name and password match, or undefined. An unknown or inactive user still costs
 * one scrypt run, so response time does not reveal which user names exist. With a cache (HTTP
 * Basic), a recently verified password skips scrypt.
 */
export async function checkPassword(records: RecordStore, userName: string, password: string, now: number, cache?: CredentialCache): Promise<UserView | undefined> {
  if (password.length > PASSWORD_MAX_LENGTH) return undefined;
  const row = USER_NAME_PATTERN.test(userName) ? await findUserByName(records, userName) : undefined;
  const stored = row !== undefined && row.active !== false && typeof row.password_hash === 'string' ? row.password_hash : undefined;
  if (row && stored !== undefined && cache?.has(String(row.sys_id), stored, password, now)) return userView(row);
  const matches = await verifyPassword(password, stored ?? (await decoyPasswordHash()));
  if (!row || stored === undefined || !matches) return undefined;
  // Hashes made under weaker parameters are upgraded the moment the password is known.
  if (needsRehash(stored)) {
    await records.update(userTable, String(row.sys_id), { password_hash: await hashPassword(password) }, isoOf(now));
  } else {
    cache?.remember(String(row.sys_id), stored, password, now);
  }
  return userView(row);
}

export async function setPassword(records: RecordStore, sysId: string, password: string, now: number): Promise<void> {
  await records.update(userTable, sysId, { password_hash: await hashPassword(password) }, isoOf(now));
}
