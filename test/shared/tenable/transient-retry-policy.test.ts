import { describe, expect, it } from 'vitest';
import { defaultDecideRetry, isTerminalCommand, isTransient } from '../../../src-shared/tenable';
import { headerOf, idListOf, intOf, remoteMessageOf, retryAfterMs, textOf } from '../../../src-shared/tenable/reply-reading';

describe('default retry policy', () => {
  it.each([
    // status, attempt, retryAfterMs, expected
    [429, 1, 30_000, { retry: true, delayMs: 30_000 }],
    [429, 1, null, { retry: true, delayMs: 30_000 }],
    [420, 12, 5_000, { retry: true, delayMs: 5_000 }],
    [429, 13, 5_000, { retry: false }],
    [503, 1, 2_000, { retry: true, delayMs: 2_000 }],
    [503, 1, 10, { retry: true, delayMs: 1_000 }],
    [503, 1, 9_999_999, { retry: true, delayMs: 300_000 }],
    [503, 6, null, { retry: false }],
    [400, 1, null, { retry: false }],
    [404, 1, 1_000, { retry: false }],
  ] as const)('status %s attempt %s retry-after %s', (status, attempt, retryAfter, expected) => {
    expect(defaultDecideRetry({ status, attempt, retryAfterMs: retryAfter, seed: 1 })).toEqual(expected);
  });

  it('backs off exponentially with at most 20% seeded jitter, the same for the same seed', () => {
    for (const [attempt, base] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
      [5, 16000],
    ] as const) {
      const d = defaultDecideRetry({ status: null, attempt, retryAfterMs: null, seed: 42 });
      expect(d.retry).toBe(true);
      const ms = d.retry ? d.delayMs : -1;
      expect(ms).toBeGreaterThanOrEqual(base);
      expect(ms).toBeLessThanOrEqual(base * 1.2);
      expect(defaultDecideRetry({ status: null, attempt, retryAfterMs: null, seed: 42 })).toEqual(d);
    }
  });

  it('classifies transient statuses', () => {
    expect([null, 408, 420, 429, 500, 502, 503, 504].every(isTransient)).toBe(true);
    expect([200, 400, 401, 403, 404, 409, 501].some(isTransient)).toBe(false);
    expect(isTerminalCommand({ kind: 'done' }) && isTerminalCommand({ kind: 'fail' }) && !isTerminalCommand({ kind: 'wait' })).toBe(true);
  });
});

describe('reply reading', () => {
  it('reads Retry-After as seconds or as an http date, case-insensitively', () => {
    expect(retryAfterMs({ 'Retry-After': '30' }, 0)).toBe(30_000);
    expect(retryAfterMs({ 'retry-after': '1.5' }, 0)).toBe(1_500);
    expect(retryAfterMs({ 'retry-after': 'Thu, 01 Jan 1970 00:01:00 GMT' }, 20_000)).toBe(40_000);
    expect(retryAfterMs({ 'retry-after': 'soon' }, 0)).toBeNull();
    expect(retryAfterMs(undefined, 0)).toBeNull();
    expect(headerOf({ A: 'x' }, 'b')).toBeNull();
  });

  it('reads counts that arrive as strings and drops unreadable chunk ids', () => {
    expect([intOf('1629'), intOf(' 7 '), intOf(3), intOf('1e3'), intOf(1.5), intOf(null)]).toEqual([1629, 7, 3, null, null, null]);
    expect(idListOf([3, '1', 3, -1, 'x', null, 2])).toEqual({ ids: [3, 1, 2], dropped: 3 });
    expect(idListOf('nope')).toEqual({ ids: [], dropped: 1 });
    expect(idListOf(undefined)).toEqual({ ids: [], dropped: 0 });
  });

  it('extracts the remote message from every error shape, and never throws on odd bodies', () => {
    expect(remoteMessageOf({ error_code: 12, error_msg: 'This request contains an invalid token.' })).toBe('This request contains an invalid token.');
    expect(remoteMessageOf({ statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' })).toBe('Invalid credentials.');
    expect(remoteMessageOf('<html><body>Too   Many</body></html>')).toBe('Too Many');
    expect(remoteMessageOf({ error: 'x'.repeat(400) })).toHaveLength(300);
    expect(remoteMessageOf(42)).toBe('');
    expect(textOf(10n)).toBe('');
    expect(textOf(undefined)).toBe('');
  });
});
