/**
 * The first administrator, made at start when no active admin exists: from `EIH_ADMIN_USER` +
 * `EIH_ADMIN_PASSWORD`, or else `admin` with a generated password printed ONCE to stdout (the
 * console, where the person starting the host sees it) and never to the log, which may be shipped
 * elsewhere. Safe to run at every start and from several workers at once.
 */
import { randomBytes } from 'node:crypto';
import type { HostServices } from '../host-services';
import type { RecordStore } from '../store/record-store';
import { userTable } from '../../../src-shared/model/tables';
import { formatRoles, hasRole, parseRoles } from './roles';
import { isoOf } from './token-hash';
import { createUser, findUserByName, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, setPassword, USER_NAME_PATTERN } from './users';

export const ADMIN_USER_ENV = 'EIH_ADMIN_USER';
export const ADMIN_PASSWORD_ENV = 'EIH_ADMIN_PASSWORD';
export const DEFAULT_ADMIN_USER = 'admin';

export interface FirstAdminOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Where the generated password goes: stdout by default, never the logger. */
  readonly print?: (text: string) => void;
  readonly now?: () => number;
}

export type FirstAdminOutcome =
  | { readonly created: false; readonly reason: 'admin_exists' }
  | { readonly created: true; readonly user_name: string; readonly source: 'env' | 'generated' | 'promoted' };

async function activeAdminExists(records: RecordStore): Promise<boolean> {
  const users = await records.findBy(userTable, { active: true });
  return users.some((user) => hasRole(parseRoles(typeof user.roles === 'string' ? user.roles : null), 'x_eih.admin'));
}

function adminFromEnv(env: NodeJS.ProcessEnv): { userName: string; password: string } | undefined {
  const userName = env[ADMIN_USER_ENV] ?? '';
  const password = env[ADMIN_PASSWORD_ENV] ?? '';
  if (userName === '' && password === '') return undefined;
  if (userName === '' || password === '') {
    throw new Error(`set both ${ADMIN_USER_ENV} and ${ADMIN_PASSWORD_ENV} (or neither, to have a password generated); only ${userName === '' ? ADMIN_PASSWORD_ENV : ADMIN_USER_ENV} is set`);
  }
  if (!USER_NAME_PATTERN.test(userName)) {
    throw new Error(`${ADMIN_USER_ENV} '${userName.slice(0, 100)}' is not a valid user name: use letters, digits and . _ @ - (at most 100)`);
  }
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new Error(`${ADMIN_PASSWORD_ENV} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long, got ${password.length}`);
  }
  return { userName, password };
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${(error as { code?: unknown }).code ?? ''} ${error.message}` : '';
  return /unique|23505|SQLITE_CONSTRAINT/i.test(text);
}

export async function ensureFirstAdmin(services: Pick<HostServices, 'records' | 'logger'>, options: FirstAdminOptions = {}): Promise<FirstAdminOutcome> {
  const { records, logger } = services;
  const now = (options.now ?? Date.now)();
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  if (await activeAdminExists(records)) return { created: false, reason: 'admin_exists' };

  const fromEnv = adminFromEnv(options.env ?? process.env);
  const userName = fromEnv?.userName ?? DEFAULT_ADMIN_USER;
  const password = fromEnv?.password ?? randomBytes(18).toString('base64url');

  // A user of that name exists but is not an active admin (e.g. demoted by mistake): restore it,
  // with the new password, since nobody can sign in as admin otherwise.
  const existing = await findUserByName(records, userName);
  if (existing) {
    const sysId = String(existing.sys_id);
    await records.update(userTable, sysId, { roles: formatRoles(['x_eih.admin']), active: true }, isoOf(now));
    await setPassword(records, sysId, password, now);
    if (!fromEnv) print(generatedNotice(userName, password));
    logger.warn({ user_name: userName }, 'no active admin: existing user restored as admin');
    return { created: true, user_name: userName, source: 'promoted' };
  }

  try {
    await createUser(records, { user_name: userName, password, roles: ['x_eih.admin'] }, now);
  } catch (error) {
    // Another worker made the same admin a moment earlier; theirs stands.
    if (isUniqueViolation(error) && (await activeAdminExists(records))) return { created: false, reason: 'admin_exists' };
    throw error;
  }
  if (!fromEnv) print(generatedNotice(userName, password));
  logger.info({ user_name: userName, source: fromEnv ? 'env' : 'generated' }, 'first admin created');
  return { created: true, user_name: userName, source: fromEnv ? 'env' : 'generated' };
}

function generatedNotice(userName: string, password: string): string {
  return [
    '',
    '  First administrator created for the Exposure Integration Hub.',
    `    user name: ${userName}`,
    `    password:  ${password}`,
    '  This password is shown once and is not stored anywhere readable. Sign in and keep it safe,',
    `  or set ${ADMIN_USER_ENV} / ${ADMIN_PASSWORD_ENV} before the first start next time.`,
    '',
  ].join('\n');
}
