import { describe, expect, it } from 'vitest';
import { createCredentialCache } from '../../../src-server/node/security/credential-cache';

describe('credential cache for HTTP Basic', () => {
  it('remembers a check until its time is up', () => {
    const cache = createCredentialCache(1000);
    cache.remember('u1', 'hash-1', 'pw', 0);
    expect(cache.has('u1', 'hash-1', 'pw', 999)).toBe(true);
    expect(cache.has('u1', 'hash-1', 'pw', 1000)).toBe(false);
    expect(cache.has('u1', 'hash-1', 'pw', 0)).toBe(false);
  });

  it.each([
    ['another password', 'u1', 'hash-1', 'pW'],
    ['a changed stored hash (password reset)', 'u1', 'hash-2', 'pw'],
    ['another user', 'u2', 'hash-1', 'pw'],
  ])('does not match %s', (_name, user, hash, password) => {
    const cache = createCredentialCache(1000);
    cache.remember('u1', 'hash-1', 'pw', 0);
    expect(cache.has(user, hash, password, 1)).toBe(false);
  });

  it('drops the oldest entry when full', () => {
    const cache = createCredentialCache(1000, 2);
    cache.remember('a', 'h', 'p', 0);
    cache.remember('b', 'h', 'p', 0);
    cache.remember('c', 'h', 'p', 0);
    expect(cache.has('a', 'h', 'p', 1)).toBe(false);
    expect(cache.has('b', 'h', 'p', 1)).toBe(true);
    expect(cache.has('c', 'h', 'p', 1)).toBe(true);
  });
});
