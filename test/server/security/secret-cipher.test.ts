import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionTable, userTable } from '../../../src-shared/model/tables';
import { createSecretCipher, secretColumns, secretPresence, withoutSecrets } from '../../../src-server/node/security/secret-cipher';

const key = randomBytes(32);
const cipher = createSecretCipher(key);
const ENVELOPE = /^v1:[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]+={0,2}:[A-Za-z0-9+/]*={0,2}$/;

describe('secret cipher: envelope', () => {
  it.each([
    ['a Tenable access key', 'a'.repeat(64)],
    ['one character', 'x'],
    ['unicode and colons', 'pässwörd:with:colons ✓'],
    ['a long value', 'k'.repeat(10_000)],
  ])('round-trips %s', (_name, plaintext) => {
    const envelope = cipher.seal(plaintext);
    expect(envelope).toMatch(ENVELOPE);
    // A single character can occur in base64 by chance; longer plaintexts must not show through.
    if (plaintext.length >= 8) expect(envelope).not.toContain(plaintext);
    expect(cipher.revealSecret(envelope)).toBe(plaintext);
  });

  it('round-trips any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (plaintext) => cipher.revealSecret(cipher.seal(plaintext)) === plaintext));
  });

  it('uses a fresh IV per seal, so equal secrets do not look equal at rest', () => {
    expect(cipher.seal('same')).not.toBe(cipher.seal('same'));
  });

  it('refuses a key of the wrong length', () => {
    expect(() => createSecretCipher(randomBytes(16))).toThrow(/must be 32 bytes, got 16/);
  });
});

describe('secret cipher: tampering', () => {
  const envelope = cipher.seal('the secret key');
  const [version, iv, tag, ciphertext] = envelope.split(':') as [string, string, string, string];
  const flip = (b64: string): string => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[0] = (bytes[0] as number) ^ 0x01;
    return bytes.toString('base64');
  };

  it.each([
    ['a changed ciphertext byte', [version, iv, tag, flip(ciphertext)].join(':')],
    ['a changed tag byte', [version, iv, flip(tag), ciphertext].join(':')],
    ['a changed iv byte', [version, flip(iv), tag, ciphertext].join(':')],
    ['a truncated ciphertext', [version, iv, tag, Buffer.from(ciphertext, 'base64').subarray(1).toString('base64')].join(':')],
    ['another key', createSecretCipher(randomBytes(32)).seal('the secret key')],
  ])('fails authentication on %s', (_name, altered) => {
    expect(() => cipher.revealSecret(altered)).toThrow(/failed authentication: it was altered, or sealed with a different key/);
  });

  it.each([
    ['plain text', 'not an envelope', /1 parts/],
    ['too many parts', `${envelope}:extra`, /5 parts/],
    ['unknown version', envelope.replace(/^v1/, 'v9'), /unknown version 'v9'/],
    ['non-base64 iv', [version, '!!!', tag, ciphertext].join(':'), /iv is not base64/],
    ['short iv', [version, 'AAAA', tag, ciphertext].join(':'), /iv is 3 bytes, expected 12/],
    ['short tag', [version, iv, 'AAAA', ciphertext].join(':'), /tag is 3 bytes, expected 16/],
  ])('calls %s malformed', (_name, text, detail) => {
    expect(() => cipher.revealSecret(text)).toThrow(/secret envelope is malformed/);
    expect(() => cipher.revealSecret(text)).toThrow(detail);
  });

  it('never returns garbage for a random single-byte change (property)', () => {
    const raw = Buffer.from(ciphertext, 'base64');
    fc.assert(
      fc.property(fc.nat({ max: raw.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, mask) => {
        const changed = Buffer.from(raw);
        changed[index] = (changed[index] as number) ^ mask;
        expect(() => cipher.revealSecret([version, iv, tag, changed.toString('base64')].join(':'))).toThrow(/failed authentication/);
      }),
    );
  });
});

describe('secret columns of a table', () => {
  it('finds the secret columns of the model', () => {
    expect(secretColumns(connectionTable)).toEqual(['access_key', 'secret_key', 'sc_password']);
    expect(secretColumns(userTable)).toEqual([]);
  });

  it('encrypts every non-empty secret column and nothing else', () => {
    const values = { name: 'prod', base_url: 'https://cloud.tenable.com', access_key: 'AK', secret_key: 'SK', sc_password: '' };
    const sealed = cipher.encryptSecrets(connectionTable, values);
    expect(sealed.name).toBe('prod');
    expect(sealed.base_url).toBe('https://cloud.tenable.com');
    expect(sealed.access_key).toMatch(ENVELOPE);
    expect(sealed.secret_key).toMatch(ENVELOPE);
    expect(sealed.sc_password).toBe('');
    expect(values.access_key).toBe('AK');
    expect(cipher.revealSecrets(connectionTable, sealed)).toEqual(values);
  });

  it('leaves null and missing secrets alone', () => {
    const sealed = cipher.encryptSecrets(connectionTable, { name: 'x', access_key: null });
    expect(sealed).toEqual({ name: 'x', access_key: null });
  });

  it('does not seal twice when a stored record is saved again', () => {
    const once = cipher.encryptSecrets(connectionTable, { access_key: 'AK' });
    const twice = cipher.encryptSecrets(connectionTable, once);
    expect(twice.access_key).toBe(once.access_key);
    expect(cipher.revealSecret(twice.access_key)).toBe('AK');
  });

  it('seals a user-typed value that merely looks like an envelope', () => {
    const foreign = createSecretCipher(randomBytes(32)).seal('x');
    const sealed = cipher.encryptSecrets(connectionTable, { access_key: foreign });
    expect(sealed.access_key).not.toBe(foreign);
    expect(cipher.revealSecret(sealed.access_key)).toBe(foreign);
  });

  it('reports presence only, for API responses', () => {
    const record = cipher.encryptSecrets(connectionTable, { name: 'prod', access_key: 'AK', secret_key: '', sc_password: null });
    expect(secretPresence(connectionTable, record)).toEqual({ access_key: 'set', secret_key: 'not_set', sc_password: 'not_set' });
    const view = withoutSecrets(connectionTable, record);
    expect(view).toEqual({ name: 'prod' });
    expect(JSON.stringify(view)).not.toContain('v1:');
  });
});
