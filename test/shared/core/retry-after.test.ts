import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { retryAfterMs, retryAfterSeconds } from '../../../src-shared/core/retry-after';
import { headerValue } from '../../../src-shared/core/http-outcome';

const NOW = Date.UTC(2025, 2, 3, 4, 5, 6);

describe('retryAfterMs', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['', null],
    ['   ', null],
    ['30', 30_000],
    ['0', 0],
    ['2.25', 2_250],
    ['-5', null],
    ['+5', null],
    ['soon', null],
    ['Wed, 32 Foo 2025 00:00:00 GMT', null],
    [new Date(NOW + 120_000).toUTCString(), 120_000],
    [new Date(NOW - 1).toUTCString(), 0],
  ])('%j → %j', (value, expected) => {
    expect(retryAfterMs(value, NOW)).toBe(expected);
  });

  it('rounds up to whole seconds for display', () => {
    expect(retryAfterSeconds('2.25', NOW)).toBe(3);
    expect(retryAfterSeconds('x', NOW)).toBeNull();
  });

  it('never returns a negative wait (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1e12, max: 1e12 }), (value, offset) => {
        const a = retryAfterMs(value, NOW);
        const b = retryAfterMs(new Date(NOW + offset).toUTCString(), NOW);
        if (a !== null) expect(a).toBeGreaterThanOrEqual(0);
        expect(b).not.toBeNull();
        expect(b).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('headerValue', () => {
  it.each([
    [undefined, 'retry-after', undefined],
    [{}, 'retry-after', undefined],
    [{ 'Retry-After': '5' }, 'retry-after', '5'],
    [{ 'retry-after': '6' }, 'Retry-After', '6'],
    [{ 'x-other': '1' }, 'retry-after', undefined],
  ] as const)('%j[%s] = %j', (headers, name, expected) => {
    expect(headerValue(headers, name)).toBe(expected);
  });
});
