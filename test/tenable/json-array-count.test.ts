import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonArray } from '../../src-server/node/engine/json-array-count';

/** What JSON.parse says of a text: the array's length, or null when it is not one JSON array. */
function parsedLength(text: string): number | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.length : null;
  } catch {
    return null;
  }
}

describe('countJsonArray', () => {
  it('counts the elements of any JSON array, however it is spaced', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.boolean(), (values, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        expect(countJsonArray(text)).toBe(values.length);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on damaged texts: cut, spliced, or with a character changed', () => {
    const damaged = fc
      .tuple(fc.array(fc.jsonValue(), { maxLength: 6 }), fc.nat(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', ':', '[', '{', '0', '-', '.', 'e', 'x', ' ', '\u0001', 'tru', 'nul'))
      .map(([values, at, cut, insert]) => {
        const text = JSON.stringify(values);
        const start = at % (text.length + 1);
        return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + (cut % 3)));
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(countJsonArray(text)).toBe(parsedLength(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['[]', 0],
    [' [ 1 , [2, 3], {"a": [4]} ] \n', 3],
    ['[-0.5e+10, 0, 1E3, "\\u00e9\\n", true, false, null]', 7],
    ['{"not":"an array"}', null],
    ['[{"a":1},', null],
    ['<html>oops</html>', null],
    ['[01]', null],
    ['[1.]', null],
    ['[.5]', null],
    ['["\\x"]', null],
    ['["a\tb"]', null],
    ['[1,]', null],
    ['[1 2]', null],
    ['[{"a" 1}]', null],
    ['[{"a":1,}]', null],
    ['[}', null],
    ['[] []', null],
    ['\ufeff[]', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(countJsonArray(text)).toBe(expected);
    expect(parsedLength(text)).toBe(expected);
  });

  it('survives nesting deeper than the call stack would allow', () => {
    const depth = 200_000;
    expect(countJsonArray(`[${'['.repeat(depth)}${']'.repeat(depth)}]`)).toBe(1);
    expect(countJsonArray(`[${'['.repeat(depth)}`)).toBeNull();
  });
});
