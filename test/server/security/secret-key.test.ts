import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSecretCipher } from '../../../src-server/node/security/secret-cipher';
import { loadSecretKey, parseSecretKey } from '../../../src-server/node/security/secret-key';

let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'eih-key-')), 'data');
});
afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

describe('secret key file', () => {
  it('is generated with mode 0600 on first start and reused on the next', () => {
    const first = loadSecretKey({ dataDir, env: {} });
    expect(first.origin).toBe('generated');
    const path = join(dataDir, 'secret.key');
    expect(first.path).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(first.key).toHaveLength(32);
    const second = loadSecretKey({ dataDir, env: {} });
    expect(second.origin).toBe('file');
    expect(second.key.equals(first.key)).toBe(true);
    expect(readdirSync(dataDir)).toEqual(['secret.key']);
  });

  it('opens what an earlier start sealed', () => {
    const envelope = openSecretCipher({ dataDir, env: {} }).cipher.seal('AK');
    expect(openSecretCipher({ dataDir, env: {} }).cipher.revealSecret(envelope)).toBe('AK');
  });

  it.each([0o644, 0o640, 0o604, 0o660])('refuses a key file with mode %o, saying how to fix it', (mode) => {
    loadSecretKey({ dataDir, env: {} });
    const path = join(dataDir, 'secret.key');
    chmodSync(path, mode);
    expect(() => loadSecretKey({ dataDir, env: {} })).toThrow(`secret key file ${path} has permissions 0${mode.toString(8)}; it must be readable by its owner only (run: chmod 600 ${path})`);
  });

  it('accepts a stricter 0400 key file', () => {
    const { key } = loadSecretKey({ dataDir, env: {} });
    chmodSync(join(dataDir, 'secret.key'), 0o400);
    expect(loadSecretKey({ dataDir, env: {} }).key.equals(key)).toBe(true);
  });

  it('refuses a key file that does not hold a 32-byte key', () => {
    loadSecretKey({ dataDir, env: {} });
    const path = join(dataDir, 'secret.key');
    writeFileSync(path, 'short\n', { mode: 0o600 });
    expect(() => loadSecretKey({ dataDir, env: {} })).toThrow(`secret key file ${path} must be a 32-byte key`);
  });
});

describe('EIH_SECRET_KEY', () => {
  const raw = randomBytes(32);
  it.each([
    ['base64', raw.toString('base64')],
    ['base64 without padding', raw.toString('base64').replace(/=$/, '')],
    ['base64url', raw.toString('base64url')],
    ['hex', raw.toString('hex')],
    ['upper-case hex', raw.toString('hex').toUpperCase()],
  ])('accepts a key as %s and writes no key file', (_name, text) => {
    const loaded = loadSecretKey({ dataDir, env: { EIH_SECRET_KEY: text } });
    expect(loaded.origin).toBe('env');
    expect(loaded.key.equals(raw)).toBe(true);
    expect(existsSync(join(dataDir, 'secret.key'))).toBe(false);
  });

  it.each([
    ['16 bytes of base64', randomBytes(16).toString('base64'), 24],
    ['64 bytes of base64', randomBytes(64).toString('base64'), 88],
    ['62 hex characters', 'ab'.repeat(31), 62],
    ['a passphrase', 'correct horse battery staple', 28],
  ])('refuses %s with a clear start-up error that does not echo the key', (_name, text, length) => {
    const attempt = () => loadSecretKey({ dataDir, env: { EIH_SECRET_KEY: text } });
    expect(attempt).toThrow(`environment variable EIH_SECRET_KEY must be a 32-byte key written as base64 (44 characters) or hex (64 characters); got ${length} characters`);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain(text);
    }
  });

  it('takes precedence over an existing key file', () => {
    const fromFile = loadSecretKey({ dataDir, env: {} }).key;
    const envKey = randomBytes(32);
    const loaded = loadSecretKey({ dataDir, env: { EIH_SECRET_KEY: envKey.toString('hex') } });
    expect(loaded.key.equals(envKey)).toBe(true);
    expect(loaded.key.equals(fromFile)).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadSecretKey({ dataDir, env: { EIH_SECRET_KEY: '' } }).origin).toBe('generated');
  });

  it('parses surrounding whitespace away (a key file ends with a newline)', () => {
    expect(parseSecretKey(`  ${raw.toString('hex')}\n`, 'x').equals(raw)).toBe(true);
  });
});
