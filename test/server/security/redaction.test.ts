import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDACTED_PATHS } from '../../../src-server/node/logger';
import { SECURITY_REDACTED_PATHS } from '../../../src-server/node/security/redaction';

function capture(paths: readonly string[]): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ redact: { paths: [...paths], censor: '[redacted]' } }, sink), lines };
}

const SECRET = 'S3CRET-VALUE';

const SAMPLES: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['a connection record', { record: { access_key: SECRET, secret_key: SECRET, sc_password: SECRET } }],
  ['login body', { body: { user_name: 'adam', password: SECRET } }],
  ['a user row', { user: { password_hash: SECRET } }],
  ['a token row', { row: { token_hash: SECRET, token: SECRET } }],
  ['a session row', { row: { session_hash: SECRET, csrf_token: SECRET } }],
  ['top-level csrf token', { csrf_token: SECRET }],
  ['request headers', { headers: { authorization: SECRET, cookie: SECRET, 'x-apikeys': SECRET, 'x-csrf-token': SECRET } }],
  ['nested request headers', { req: { headers: { authorization: SECRET, cookie: SECRET, 'x-apikeys': SECRET, 'x-csrf-token': SECRET } } }],
  ['response headers', { res: { headers: { 'set-cookie': SECRET } } }],
  ['an environment dump', { env: { EIH_SECRET_KEY: SECRET, EIH_ADMIN_PASSWORD: SECRET } }],
];

describe('log redaction of security fields', () => {
  it.each(SAMPLES)('hides %s once the lead merges SECURITY_REDACTED_PATHS', (_name, fields) => {
    const { logger, lines } = capture([...REDACTED_PATHS, ...SECURITY_REDACTED_PATHS]);
    logger.info(fields, 'event');
    expect(lines.join('')).not.toContain(SECRET);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('keeps user names visible (they are needed to read an audit trail)', () => {
    const { logger, lines } = capture([...REDACTED_PATHS, ...SECURITY_REDACTED_PATHS]);
    logger.info({ user_name: 'adam', token_id: 'abc' }, 'signed in');
    expect(lines.join('')).toContain('"user_name":"adam"');
  });

  it('lists only what logger.ts does not already cover', () => {
    const covered = new Set(REDACTED_PATHS);
    expect(SECURITY_REDACTED_PATHS.filter((path) => covered.has(path))).toEqual([]);
  });
});
