/**
 * Secret columns at rest: each value is sealed with AES-256-GCM under the host key into a
 * self-describing envelope `v1:<iv b64>:<tag b64>:<ciphertext b64>`. GCM authenticates the
 * ciphertext, so a changed byte or a different key is an error, never garbage plaintext.
 * Credentials are write-only through the API: responses carry only `set` / `not_set`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { TableDef } from '../../../src-shared/model/column';
import { loadSecretKey, SECRET_KEY_BYTES, type LoadedSecretKey, type SecretKeySource } from './secret-key';

type Row = Record<string, unknown>;

export const ENVELOPE_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type SecretPresence = 'set' | 'not_set';

export interface SecretCipher {
  /** Seals one plaintext into a fresh envelope (a new random IV every time). */
  seal(plaintext: string): string;
  /** Opens an envelope; throws a clear error when it is malformed, altered or from another key. */
  revealSecret(envelope: string): string;
  /** True only for an envelope this key opens (so sealing twice is impossible). */
  isSealed(value: unknown): boolean;
  /** A copy of `values` with every non-empty secret column of `table` sealed; others untouched. */
  encryptSecrets<T extends Row>(table: TableDef, values: T): T;
  /** A copy of `record` with every sealed secret column opened, for the code that calls Tenable. */
  revealSecrets<T extends Row>(table: TableDef, record: T): T;
}

export function secretColumns(table: TableDef): string[] {
  return Object.entries(table.columns)
    .filter(([, column]) => column.type === 'secret')
    .map(([name]) => name);
}

function isNonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function malformed(why: string): Error {
  return new Error(`secret envelope is malformed (${why}): expected ${ENVELOPE_VERSION}:<iv>:<tag>:<ciphertext>`);
}

function decodePart(part: string, name: string): Buffer {
  if (!BASE64.test(part)) throw malformed(`${name} is not base64`);
  return Buffer.from(part, 'base64');
}

export function createSecretCipher(key: Buffer): SecretCipher {
  if (key.length !== SECRET_KEY_BYTES) {
    throw new Error(`secret cipher key must be ${SECRET_KEY_BYTES} bytes, got ${key.length}`);
  }
  const secretKey = Buffer.from(key);

  const seal = (plaintext: string): string => {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', secretKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [ENVELOPE_VERSION, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
  };

  const revealSecret = (envelope: string): string => {
    if (typeof envelope !== 'string') throw malformed('not a string');
    const parts = envelope.split(':');
    if (parts.length !== 4) throw malformed(`${parts.length} parts`);
    const [version, ivText, tagText, ciphertextText] = parts as [string, string, string, string];
    if (version !== ENVELOPE_VERSION) throw malformed(`unknown version '${version.slice(0, 8)}'`);
    const iv = decodePart(ivText, 'iv');
    const tag = decodePart(tagText, 'tag');
    const ciphertext = decodePart(ciphertextText, 'ciphertext');
    if (iv.length !== IV_BYTES) throw malformed(`iv is ${iv.length} bytes, expected ${IV_BYTES}`);
    if (tag.length !== TAG_BYTES) throw malformed(`tag is ${tag.length} bytes, expected ${TAG_BYTES}`);
    const decipher = createDecipheriv('aes-256-gcm', secretKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('secret envelope failed authentication: it was altered, or sealed with a different key (check EIH_SECRET_KEY / secret.key)');
    }
  };

  const isSealed = (value: unknown): boolean => {
    if (typeof value !== 'string' || !value.startsWith(`${ENVELOPE_VERSION}:`)) return false;
    try {
      revealSecret(value);
      return true;
    } catch {
      return false;
    }
  };

  return {
    seal,
    revealSecret,
    isSealed,
    encryptSecrets<T extends Row>(table: TableDef, values: T): T {
      const sealed: Row = { ...values };
      for (const name of secretColumns(table)) {
        const value = sealed[name];
        // An envelope this key already opens is stored as is, so re-saving a read record is safe.
        if (isNonEmpty(value) && !isSealed(value)) sealed[name] = seal(value);
      }
      return sealed as T;
    },
    revealSecrets<T extends Row>(table: TableDef, record: T): T {
      const opened: Row = { ...record };
      for (const name of secretColumns(table)) {
        const value = opened[name];
        if (isNonEmpty(value)) opened[name] = revealSecret(value);
      }
      return opened as T;
    },
  };
}

/** What an API response may say about each secret column: only whether it holds a value. */
export function secretPresence(table: TableDef, record: Row): Record<string, SecretPresence> {
  const presence: Record<string, SecretPresence> = {};
  for (const name of secretColumns(table)) presence[name] = isNonEmpty(record[name]) ? 'set' : 'not_set';
  return presence;
}

/** A copy of `record` without its secret columns, for responses and logs. */
export function withoutSecrets(table: TableDef, record: Row): Row {
  const copy: Row = { ...record };
  for (const name of secretColumns(table)) delete copy[name];
  return copy;
}

/** Start-up helper: the key from the environment or the key file, and a cipher over it. */
export function openSecretCipher(source: SecretKeySource): { cipher: SecretCipher; origin: LoadedSecretKey['origin']; path?: string } {
  const loaded = loadSecretKey(source);
  return { cipher: createSecretCipher(loaded.key), origin: loaded.origin, ...(loaded.path ? { path: loaded.path } : {}) };
}
