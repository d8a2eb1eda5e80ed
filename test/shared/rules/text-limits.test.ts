import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { boundedKey, hash53, safePrefix, truncateText, TRUNCATION_MARKER } from '../../../src-shared/rules/text-limits';

describe('text limits', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['abcdef', 3, 'abc'],
    ['ab😀', 3, 'ab'],
    ['ab😀', 4, 'ab😀'],
    ['😀', 1, ''],
    ['abc', 0, ''],
  ])('safePrefix(%s, %d) = %s', (text, max, expected) => {
    expect(safePrefix(text, max)).toBe(expected);
  });

  it.each([
    ['short', 100, 'short', false],
    ['x'.repeat(30), 20, 'x'.repeat(20 - TRUNCATION_MARKER.length) + TRUNCATION_MARKER, true],
    ['x'.repeat(30), 5, 'xxxxx', true],
  ])('truncateText(%s, %d)', (text, max, expected, truncated) => {
    expect(truncateText(text, max)).toEqual({ text: expected, truncated });
  });

  it('hash53 is stable and 14 hex digits', () => {
    expect(hash53('abc')).toBe(hash53('abc'));
    expect(hash53('abc')).not.toBe(hash53('abd'));
    expect(hash53('')).toMatch(/^[0-9a-f]{14}$/);
  });

  it('boundedKey keeps short keys and bounds long ones', () => {
    expect(boundedKey('k', 10)).toBe('k');
    const long = boundedKey('a'.repeat(300), 255);
    expect(long).toHaveLength(255);
    expect(long).toContain('#');
  });

  it('properties: never longer than max, never a lone high surrogate at the end, distinct inputs stay distinct', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const t = truncateText(text, max);
        expect(t.text.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(t.truncated).toBe(text.length > max);
        expect(/[\uD800-\uDBFF]$/.test(t.text)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 260, maxLength: 400 }), fc.string({ minLength: 1, maxLength: 5 }), (base, suffix) => {
        const a = boundedKey(base, 255);
        const b = boundedKey(base + suffix, 255);
        expect(a.length).toBeLessThanOrEqual(255);
        expect(a).not.toBe(b);
      }),
    );
  });
});
