import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  childPath,
  describe as describeValue,
  newReadContext,
  own,
  readBoolean,
  readEnum,
  readFirstString,
  readId,
  readInteger,
  readNumber,
  readObject,
  readString,
  readStringList,
  readTimestamp,
  reject,
} from '../../../src-shared/rules/record-reader';

function run<T>(read: (ctx: ReturnType<typeof newReadContext>, parent: unknown) => T, value: unknown) {
  const ctx = newReadContext();
  const result = read(ctx, { k: value });
  return { result, problem: ctx.problem };
}

describe('childPath and describe', () => {
  it.each([
    ['$', 'plugin', '$.plugin'],
    ['$', 3, '$[3]'],
    ['$.a', 'tag.Owner', '$.a["tag.Owner"]'],
    ['$', '', '$[""]'],
  ] as const)('childPath(%s, %s) = %s', (path, key, expected) => {
    expect(childPath(path, key)).toBe(expected);
  });
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['abc', '"abc"'],
    ['x'.repeat(50), JSON.stringify('x'.repeat(40) + '...')],
    [1.5, '1.5'],
    [true, 'true'],
    [10n, '10n'],
    [[], 'an array'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('describe(%s) = %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
  it('own ignores inherited and non-object parents', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({}, 'toString')).toBeUndefined();
    expect(own([1], '0')).toBeUndefined();
    expect(own('text', 'length')).toBeUndefined();
  });
  it('reject keeps the first problem', () => {
    const ctx = newReadContext();
    expect(reject(ctx, '$.a', 'first')).toBeNull();
    reject(ctx, '$.b', 'second');
    expect(ctx.problem).toEqual({ path: '$.a', reason: 'first' });
  });
});

describe('readers', () => {
  const cases: { name: string; read: (ctx: ReturnType<typeof newReadContext>, p: unknown) => unknown; value: unknown; result: unknown; reason?: RegExp }[] = [
    { name: 'object ok', read: (c, p) => readObject(c, p, 'k', '$'), value: { a: 1 }, result: { a: 1 } },
    { name: 'object required missing', read: (c, p) => readObject(c, p, 'k', '$', { required: true }), value: undefined, result: null, reason: /missing, expected object/ },
    { name: 'object optional missing', read: (c, p) => readObject(c, p, 'k', '$'), value: null, result: null },
    { name: 'string ok', read: (c, p) => readString(c, p, 'k', '$'), value: 'x', result: 'x' },
    { name: 'string empty is absent', read: (c, p) => readString(c, p, 'k', '$', { required: true }), value: '', result: null, reason: /missing/ },
    { name: 'id number', read: (c, p) => readId(c, p, 'k', '$'), value: 12, result: '12' },
    { name: 'id fraction', read: (c, p) => readId(c, p, 'k', '$'), value: 1.2, result: null, reason: /id, got 1.2/ },
    { name: 'integer text with spaces', read: (c, p) => readInteger(c, p, 'k', '$'), value: ' 42 ', result: 42 },
    { name: 'integer huge text', read: (c, p) => readInteger(c, p, 'k', '$'), value: '1234567890123456789', result: null, reason: /expected integer/ },
    { name: 'integer NaN', read: (c, p) => readInteger(c, p, 'k', '$'), value: Number.NaN, result: null, reason: /got NaN/ },
    { name: 'integer below min', read: (c, p) => readInteger(c, p, 'k', '$', { min: 1 }), value: 0, result: null, reason: />= 1, got 0/ },
    { name: 'number text', read: (c, p) => readNumber(c, p, 'k', '$'), value: '.5', result: 0.5 },
    { name: 'number infinity', read: (c, p) => readNumber(c, p, 'k', '$'), value: Number.POSITIVE_INFINITY, result: null, reason: /expected number/ },
    { name: 'number below min', read: (c, p) => readNumber(c, p, 'k', '$', { min: 0 }), value: -0.1, result: null, reason: /number >= 0/ },
    { name: 'boolean Yes', read: (c, p) => readBoolean(c, p, 'k', '$'), value: 'Yes', result: true },
    { name: 'boolean "false"', read: (c, p) => readBoolean(c, p, 'k', '$'), value: 'false', result: false },
    { name: 'boolean number', read: (c, p) => readBoolean(c, p, 'k', '$'), value: 1, result: null, reason: /expected boolean, got 1/ },
    { name: 'enum case-insensitive', read: (c, p) => readEnum(c, p, 'k', '$', ['OPEN', 'FIXED']), value: ' fixed ', result: 'FIXED' },
    { name: 'enum unknown', read: (c, p) => readEnum(c, p, 'k', '$', ['OPEN']), value: 'x', result: null, reason: /one of OPEN, got "x"/ },
    { name: 'timestamp ISO date only', read: (c, p) => readTimestamp(c, p, 'k', '$'), value: '2024-02-03', result: '2024-02-03T00:00:00.000Z' },
    { name: 'timestamp fractional epoch', read: (c, p) => readTimestamp(c, p, 'k', '$'), value: '1700000000.5', result: '2023-11-14T22:13:20.500Z' },
    { name: 'timestamp 0 is never', read: (c, p) => readTimestamp(c, p, 'k', '$'), value: 0, result: null },
    { name: 'timestamp "0" is never', read: (c, p) => readTimestamp(c, p, 'k', '$'), value: '0', result: null },
    { name: 'timestamp beyond year 9999', read: (c, p) => readTimestamp(c, p, 'k', '$'), value: 1e13, result: null, reason: /epoch seconds, got 10000000000000/ },
    { name: 'timestamp required missing', read: (c, p) => readTimestamp(c, p, 'k', '$', { required: true }), value: undefined, result: null, reason: /missing, expected timestamp/ },
    { name: 'list from comma text', read: (c, p) => readStringList(c, p, 'k', '$'), value: 'a, b,,a', result: ['a', 'b'] },
    { name: 'list bad element', read: (c, p) => readStringList(c, p, 'k', '$'), value: ['a', {}], result: [], reason: /got an object/ },
    { name: 'first string trims', read: (c, p) => readFirstString(c, p, 'k', '$'), value: '  h  ', result: 'h' },
    { name: 'first string blank', read: (c, p) => readFirstString(c, p, 'k', '$'), value: '   ', result: null },
  ];
  it.each(cases)('$name', ({ read, value, result, reason }) => {
    const outcome = run(read, value);
    expect(outcome.result).toEqual(result);
    if (reason === undefined) expect(outcome.problem).toBeNull();
    else expect(outcome.problem?.reason).toMatch(reason);
    if (reason !== undefined) expect(outcome.problem?.path).toMatch(/^\$\.k/);
  });

  it('readTimestamp output is always a valid ISO string or null, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (value) => {
        const ctx = newReadContext();
        const out = readTimestamp(ctx, { t: value }, 't', '$');
        if (out !== null) expect(new Date(out).toISOString()).toBe(out);
        else if (ctx.problem !== null) expect(ctx.problem.path).toBe('$.t');
      }),
    );
  });
});
