import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, SCRYPT_DEFAULTS, verifyPassword } from '../../../src-server/node/security/password-hash';

const FAST = { N: 1024, r: 8, p: 1 };

describe('password hash', () => {
  it('stores scrypt parameters, salt and hash, never the password', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(stored).not.toContain('correct horse');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsE', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts per user: the same password hashes differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same', FAST), hashPassword('same', FAST)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('treats canonically equal unicode spellings as the same password', async () => {
    const stored = await hashPassword('caf\u00e9', FAST);
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['too few parts', 'scrypt$1024$8$1$c2FsdA=='],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHQ=$' + Buffer.alloc(32).toString('base64')],
    ['N beyond the limit', 'scrypt$1073741824$8$1$c2FsdHNhbHQ=$' + Buffer.alloc(32).toString('base64')],
    ['r not a number', 'scrypt$1024$x$1$c2FsdHNhbHQ=$' + Buffer.alloc(32).toString('base64')],
    ['short hash', 'scrypt$1024$8$1$c2FsdHNhbHQ=$' + Buffer.alloc(16).toString('base64')],
    ['short salt', 'scrypt$1024$8$1$c2E=$' + Buffer.alloc(32).toString('base64')],
  ])('refuses an unreadable stored hash (%s) without throwing', async (_name, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });

  it('asks for a rehash only when parameters are weaker than today', async () => {
    expect(needsRehash(await hashPassword('x', FAST))).toBe(true);
    expect(needsRehash(await hashPassword('x', SCRYPT_DEFAULTS))).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('accepts exactly the password it hashed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (password, other) => {
        const stored = await hashPassword(password, FAST);
        expect(await verifyPassword(password, stored)).toBe(true);
        if (other.normalize('NFC') !== password.normalize('NFC')) expect(await verifyPassword(other, stored)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});
