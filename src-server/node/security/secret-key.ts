/**
 * Where the key that seals secret columns comes from: `EIH_SECRET_KEY` (32 bytes as base64 or 64
 * hex characters), otherwise `<dataDir>/secret.key`, generated on first start with mode 0600 and
 * reused afterwards. A key file others can read is refused rather than silently used: whoever can
 * read it can read every Tenable credential in the store.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_KEY_BYTES = 32;
export const SECRET_KEY_ENV = 'EIH_SECRET_KEY';
export const SECRET_KEY_FILE = 'secret.key';

export interface SecretKeySource {
  readonly dataDir: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface LoadedSecretKey {
  readonly key: Buffer;
  /** Where it came from, for the start-up log line (never the key itself). */
  readonly origin: 'env' | 'file' | 'generated';
  readonly path?: string;
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

/** Parses key text; `where` names the source in the error, the key text is never echoed. */
export function parseSecretKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  if (HEX_KEY.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (BASE64_KEY.test(trimmed)) {
    const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === SECRET_KEY_BYTES) return key;
  }
  throw new Error(
    `${where} must be a ${SECRET_KEY_BYTES}-byte key written as base64 (44 characters) or hex (64 characters); ` +
      `got ${trimmed.length} characters (generate one with: openssl rand -base64 32)`,
  );
}

function checkOwnerOnly(path: string): void {
  // Windows has no POSIX modes to check; everywhere else group/other bits must be clear.
  if (process.platform === 'win32') return;
  const stat = statSync(path);
  if (!stat.isFile()) throw new Error(`secret key file ${path} is not a regular file`);
  const mode = stat.mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `secret key file ${path} has permissions ${mode.toString(8).padStart(4, '0')}; it must be readable by its owner only ` +
        `(run: chmod 600 ${path})`,
    );
  }
}

/**
 * Writes a fresh key atomically: to a private temporary file, then hard-linked into place, so two
 * workers starting together never see a half-written key and exactly one key wins.
 */
function generateKeyFile(path: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

export function loadSecretKey(source: SecretKeySource): LoadedSecretKey {
  const fromEnv = (source.env ?? process.env)[SECRET_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    return { key: parseSecretKey(fromEnv, `environment variable ${SECRET_KEY_ENV}`), origin: 'env' };
  }
  mkdirSync(source.dataDir, { recursive: true, mode: 0o700 });
  const path = join(source.dataDir, SECRET_KEY_FILE);
  let generated = false;
  try {
    statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    generated = generateKeyFile(path);
  }
  checkOwnerOnly(path);
  const key = parseSecretKey(readFileSync(path, 'utf8'), `secret key file ${path}`);
  return { key, origin: generated ? 'generated' : 'file', path };
}
