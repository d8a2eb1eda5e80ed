import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  decideRetry,
  isRetryableStatus,
  withOverrides,
  type RetryFailure,
  type RetryPolicy,
} from '../../../src-shared/core/retry-policy';
import { NETWORK_FAILURES } from '../../../src-shared/core/http-outcome';

const NOW = Date.UTC(2025, 5, 1, 8, 0, 0);
const ctx = { now: NOW, seed: 42 };
const P = DEFAULT_RETRY_POLICY;
const http = (status: number, headers?: Record<string, string>): RetryFailure =>
  headers === undefined ? { kind: 'http', status } : { kind: 'http', status, headers };

describe('which failures retry', () => {
  it.each([
    [429, true], [502, true], [503, true], [504, true],
    [500, false], [501, false], [400, false], [401, false], [403, false], [404, false], [408, false], [409, false], [422, false],
    [200, false], [301, false],
  ] as const)('status %i retries: %s (default policy)', (status, expected) => {
    expect(isRetryableStatus(status, P)).toBe(expected);
    const d = decideRetry(P, http(status), 1, ctx);
    expect(d.retry).toBe(expected);
    if (!d.retry) expect(d.reason).toBe(`http status ${status} is not retryable`);
  });

  it('500 retries only when the policy opts in', () => {
    expect(decideRetry({ ...P, retry500: true }, http(500), 1, ctx).retry).toBe(true);
    expect(decideRetry(P, http(500), 1, ctx).retry).toBe(false);
  });

  it.each([
    ['dns', true], ['timeout', true], ['refused', true], ['reset', true], ['tls', false],
  ] as const)('network failure %s retries: %s', (failure, expected) => {
    const d = decideRetry(P, { kind: 'network', failure }, 1, ctx);
    expect(d.retry).toBe(expected);
    if (!d.retry) expect(d.reason).toBe("network failure 'tls' is not retryable");
  });

  it('a whole run retries only when its failure is retryable', () => {
    expect(decideRetry(P, { kind: 'run', retryable: false }, 1, ctx)).toEqual({ retry: false, reason: 'run failure is not retryable' });
    expect(decideRetry(P, { kind: 'run', retryable: true }, 1, ctx).retry).toBe(true);
  });
});

describe('attempt limits', () => {
  it.each([
    [1, true], [5, true], [6, false], [7, false],
  ] as const)('request attempt %i of %i allowed another: %s', (attempt, expected) => {
    const d = decideRetry(P, http(503), attempt, ctx);
    expect(d.retry).toBe(expected);
    if (!d.retry) expect(d.reason).toBe(`request attempt ${attempt} reached the limit of 6 attempts`);
  });

  it.each([
    [1, true], [2, true], [3, false],
  ] as const)('run attempt %i allowed another: %s', (attempt, expected) => {
    const d = decideRetry(P, { kind: 'run', retryable: true }, attempt, ctx);
    expect(d.retry).toBe(expected);
    if (!d.retry) expect(d.reason).toBe(`run attempt ${attempt} reached the limit of 3 attempts`);
  });
});

describe('Retry-After', () => {
  it.each([
    ['30', 30_000],
    ['0', 0],
    [' 7 ', 7_000],
    ['1.5', 1_500],
  ])('seconds %j → wait %i ms', (value, ms) => {
    expect(decideRetry(P, http(429, { 'retry-after': value }), 1, ctx)).toEqual({ retry: true, delayMs: ms });
  });

  it('reads an HTTP date against ctx.now (header name in any case)', () => {
    const date = new Date(NOW + 45_000).toUTCString();
    expect(decideRetry(P, http(503, { 'Retry-After': date }), 1, ctx)).toEqual({ retry: true, delayMs: 45_000 });
  });

  it('a date in the past means retry now', () => {
    const date = new Date(NOW - 60_000).toUTCString();
    expect(decideRetry(P, http(429, { 'retry-after': date }), 1, ctx)).toEqual({ retry: true, delayMs: 0 });
  });

  it.each(['soon', '-5', '', '1e3'])('an unreadable value %j falls back to backoff', (value) => {
    const d = decideRetry(P, http(429, { 'retry-after': value }), 2, ctx);
    expect(d).toEqual({ retry: true, delayMs: backoffDelayMs(2, P.baseDelayMs, P.maxDelayMs, 42) });
  });

  it('a demand longer than the cap ends the request retries with a reason', () => {
    expect(decideRetry(P, http(429, { 'retry-after': '3600' }), 1, ctx)).toEqual({
      retry: false,
      reason: 'retry-after of 3600000 ms exceeds the cap of 120000 ms',
    });
  });

  it('is still subject to the attempt limit', () => {
    expect(decideRetry(P, http(429, { 'retry-after': '1' }), 6, ctx).retry).toBe(false);
  });
});

describe('backoff', () => {
  it('full jitter stays under base * 2^(attempt-1), capped', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      for (let seed = 0; seed < 50; seed++) {
        const d = backoffDelayMs(attempt, 1000, 20_000, seed);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(20_000, 1000 * 2 ** (attempt - 1)));
      }
    }
  });

  it('jitter really varies across seeds (not a fixed fraction)', () => {
    const delays = new Set(Array.from({ length: 20 }, (_, seed) => backoffDelayMs(5, 1000, 60_000, seed)));
    expect(delays.size).toBeGreaterThan(15);
  });

  it('a missing seed is seed 0, still deterministic', () => {
    expect(decideRetry(P, http(503), 3, { now: NOW })).toEqual({ retry: true, delayMs: backoffDelayMs(3, P.baseDelayMs, P.maxDelayMs, 0) });
  });

  it('run retries wait on the run scale', () => {
    const d = decideRetry(P, { kind: 'run', retryable: true }, 2, ctx);
    expect(d).toEqual({ retry: true, delayMs: backoffDelayMs(2, P.runBaseDelayMs, P.runMaxDelayMs, 42) });
  });

  const policy: fc.Arbitrary<RetryPolicy> = fc
    .record({
      maxAttemptsPerRequest: fc.integer({ min: 1, max: 20 }),
      maxAttemptsPerRun: fc.integer({ min: 1, max: 20 }),
      baseDelayMs: fc.integer({ min: 1, max: 100_000 }),
      maxDelayMs: fc.integer({ min: 1, max: 10_000_000 }),
      runBaseDelayMs: fc.integer({ min: 1, max: 1_000_000 }),
      runMaxDelayMs: fc.integer({ min: 1, max: 100_000_000 }),
      retry500: fc.boolean(),
    });
  const failure: fc.Arbitrary<RetryFailure> = fc.oneof(
    fc.record({
      kind: fc.constant('http' as const),
      status: fc.integer({ min: 100, max: 599 }),
      headers: fc.option(fc.record({ 'retry-after': fc.oneof(fc.nat(400).map(String), fc.string(), fc.integer({ min: -1e9, max: 1e9 }).map((ms) => new Date(NOW + ms).toUTCString())) }), { nil: undefined }),
    }).map((f) => (f.headers === undefined ? { kind: f.kind, status: f.status } : f)),
    fc.record({ kind: fc.constant('network' as const), failure: fc.constantFrom(...NETWORK_FAILURES) }),
    fc.record({ kind: fc.constant('run' as const), retryable: fc.boolean() }),
  );

  it('every delay lies within [0, cap] (property)', () => {
    fc.assert(
      fc.property(policy, failure, fc.integer({ min: 1, max: 100 }), fc.integer(), (p, f, attempt, seed) => {
        const d = decideRetry(p, f, attempt, { now: NOW, seed });
        if (!d.retry) {
          expect(d.reason.length).toBeGreaterThan(0);
          return;
        }
        const cap = f.kind === 'run' ? p.runMaxDelayMs : p.maxDelayMs;
        expect(Number.isInteger(d.delayMs)).toBe(true);
        expect(d.delayMs).toBeGreaterThanOrEqual(0);
        expect(d.delayMs).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same seed gives the same delays (property)', () => {
    fc.assert(
      fc.property(policy, failure, fc.integer({ min: 1, max: 30 }), fc.integer(), (p, f, attempt, seed) => {
        const first = Array.from({ length: attempt }, (_, i) => decideRetry(p, f, i + 1, { now: NOW, seed }));
        const second = Array.from({ length: attempt }, (_, i) => decideRetry(p, f, i + 1, { now: NOW, seed }));
        expect(second).toEqual(first);
      }),
    );
  });

  it('never retries a 4xx other than 429 (property)', () => {
    fc.assert(
      fc.property(policy, fc.integer({ min: 400, max: 499 }).filter((s) => s !== 429), fc.nat(50), (p, status, attempt) => {
        expect(decideRetry(p, http(status, { 'retry-after': '1' }), attempt, ctx).retry).toBe(false);
      }),
    );
  });
});

describe('per-connector overrides', () => {
  it('apply on top of the hub policy; null keeps the default', () => {
    const r = withOverrides(P, { maxAttempts: 2, maxRunAttempts: null, baseDelayMs: 500, maxDelayMs: 10_000, retry500: true });
    expect(r).toEqual({ ok: true, value: { ...P, maxAttemptsPerRequest: 2, baseDelayMs: 500, maxDelayMs: 10_000, retry500: true } });
    if (!r.ok) return;
    expect(decideRetry(r.value, http(500), 1, ctx).retry).toBe(true);
    expect(decideRetry(r.value, http(503), 2, ctx).retry).toBe(false);
  });

  it('no overrides is the hub policy', () => {
    expect(withOverrides(P, {})).toEqual({ ok: true, value: P });
    expect(withOverrides(P, { maxRunAttempts: 5 })).toEqual({ ok: true, value: { ...P, maxAttemptsPerRun: 5 } });
  });

  it.each([
    [{ maxAttempts: 0 }, 'retry override maxAttempts must be a whole number from 1 to 20, got 0'],
    [{ maxAttempts: 2.5 }, 'retry override maxAttempts must be a whole number from 1 to 20, got 2.5'],
    [{ maxRunAttempts: 21 }, 'retry override maxRunAttempts must be a whole number from 1 to 20, got 21'],
    [{ baseDelayMs: -1 }, 'retry override baseDelayMs must be a whole number from 1 to 3600000, got -1'],
    [{ maxDelayMs: 0 }, 'retry override maxDelayMs must be a whole number from 1 to 86400000, got 0'],
    [{ baseDelayMs: 5000, maxDelayMs: 1000 }, 'retry base delay 5000 ms exceeds the cap of 1000 ms'],
  ])('rejects %j', (overrides, message) => {
    expect(withOverrides(P, overrides)).toEqual({ ok: false, error: { code: 'invalid_value', message, statusHint: 422 } });
  });
});
