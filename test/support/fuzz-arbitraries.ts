/**
 * fast-check generators for hostile API input: any JSON, objects, mutated valid bodies (a field
 * dropped, retyped, oversized or joined by an unknown one), raw text that is not JSON, odd content
 * types, and encoded queries built from the sysparm_query grammar with wrong fields and values.
 */
import fc from 'fast-check';

/** Values of every JSON type and some that stress stores and parsers. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0.000001, 1e308, -1e308, 2 ** 53 + 2, '', ' ', '\u0000', 'null', 'NaN', '<script>alert(1)</script>', "'; drop table x_eih_connection; --", '../../etc/passwd', '%00', '\uFEFF', '\uD800', [], {}, [null], { $ne: null }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 200, maxLength: 6000 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A valid body changed in one to three ways. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  type Mutation = { kind: 'drop'; key: string } | { kind: 'retype' | 'add'; key: string; value: unknown };
  const add: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constant('add' as const), key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'sys_id', 'sys_created_on', 'status', 'health', 'token', 'password_hash')), value: oddValue });
  const mutation: fc.Arbitrary<Mutation> =
    keys.length === 0
      ? add
      : fc.oneof(
          fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
          fc.record({ kind: fc.constant('retype' as const), key: fc.constantFrom(...keys), value: oddValue }),
          add,
        );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const body: Record<string, unknown> = { ...valid };
    for (const m of mutations) {
      if (m.kind === 'drop') delete body[m.key];
      // defineProperty: a `__proto__` key must become an own property, as JSON.parse makes it.
      else Object.defineProperty(body, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
    return body;
  });
}

/** Each element of a valid array body mutated, plus elements dropped, duplicated or retyped. */
export function mutatedArray(valid: readonly Record<string, unknown>[]): fc.Arbitrary<unknown[]> {
  const first = valid[0] ?? {};
  return fc.oneof(
    fc.array(fc.oneof(mutated(first), fc.constantFrom(...valid), oddValue), { maxLength: 8 }),
    fc.array(fc.constantFrom(...valid), { minLength: 40, maxLength: 80 }),
  );
}

/** Text bodies that are not the JSON the route wants. */
export function rawText(valid: unknown): fc.Arbitrary<string> {
  const json = JSON.stringify(valid) ?? '';
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.nat({ max: Math.max(0, json.length - 1) }).map((cut) => json.slice(0, cut)),
    fc.constantFrom('', ' ', '{', '}', '[', '{"a":}', '{,}', "{'a':1}", 'undefined', 'NaN', '1e99999', '"\\ud800"', '{"a":1,"a":2}', '\uFEFF{}', `${json}${json}`, `${json},`, '{"__proto__":{"admin":true}}'),
  );
}

export const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', 'text/json', '*/*'] as const;

export type FuzzBody = { readonly kind: 'json'; readonly value: unknown; readonly contentType: string } | { readonly kind: 'raw'; readonly text: string; readonly contentType: string };

/** 1,000-run bodies for a write route: any JSON, any object, mutated valid bodies, wrong types, raw text, odd content types. */
export function bodies(valid: unknown): fc.Arbitrary<FuzzBody> {
  const structured: fc.Arbitrary<unknown> = Array.isArray(valid)
    ? fc.oneof(mutatedArray(valid as Record<string, unknown>[]), fc.jsonValue(), oddValue)
    : valid !== null && typeof valid === 'object'
      ? fc.oneof({ weight: 4, arbitrary: mutated(valid as Record<string, unknown>) }, { weight: 1, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: fc.object() }, { weight: 1, arbitrary: oddValue })
      : fc.oneof(fc.jsonValue(), fc.object(), oddValue);
  const contentType = fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('json' as const), value: structured, contentType }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), text: rawText(valid), contentType }) },
  );
}

/** Text of a fuzz body as sent (undefined JSON values, e.g. a bare `undefined`, send an empty body). */
export function bodyText(body: FuzzBody): string {
  return body.kind === 'raw' ? body.text : (JSON.stringify(body.value) ?? '');
}

const OPERATORS = ['=', '!=', '>', '<', '>=', '<=', 'IN', 'NOT IN', 'STARTSWITH', 'ENDSWITH', 'LIKE', 'NOT LIKE', 'ISEMPTY', 'ISNOTEMPTY', '==', '=>', 'BETWEEN', 'SAMEAS', ''] as const;

/** Encoded queries: real and unknown fields, every operator, values of every type, odd joins. */
export function encodedQuery(fields: readonly string[]): fc.Arbitrary<string> {
  const field = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: fc.constantFrom('sys_id', 'sys_created_on', 'sys_updated_on', 'access_key', 'password_hash', 'Name', '1abc', 'name;') });
  const value = fc.oneof(
    fc.constantFrom('', 'x', '0', '-1', '1.5', '1e400', 'true', 'false', 'null', '2026-11-20 13:05:00', '2026-11-20', '2026-13-45', 'a,b,c', ',', '%', '_', "'", '\\', '^', '^^', '\u0000', 'NaN', 'Infinity'),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer().map(String),
    fc.double().map(String),
  );
  const term = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(field, fc.constantFrom(...OPERATORS), value).map(([f, op, v]) => (op === 'ISEMPTY' || op === 'ISNOTEMPTY' ? `${f}${op}` : `${f}${op}${v}`)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('ORDERBY', 'ORDERBYDESC'), field).map(([o, f]) => `${o}${f}`) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
  const joiner = fc.constantFrom('^', '^OR', '^NQ', '^^', '', '^OR^');
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(term, fc.array(fc.tuple(joiner, term), { maxLength: 5 })).map(([head, rest]) => head + rest.map(([j, t]) => j + t).join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '^', '^OR', 'ORDERBY', 'ORDERBYDESC', 'name', `name=${'x'.repeat(9000)}`, Array.from({ length: 150 }, (_, i) => `name=${i}`).join('^OR')) },
  );
}

/** Percent-encodes like URLSearchParams, but never throws on lone surrogates. */
export function encodeParam(value: string): string {
  return Array.from(value, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) return '%EF%BF%BD';
    return encodeURIComponent(char);
  }).join('');
}

/** The rest of a list query string: limits, offsets and fields, valid and not, and unknown parameters. */
export function listParams(fields: readonly string[]): fc.Arbitrary<string> {
  const limit = fc.oneof(fc.constantFrom('1', '100', '10000', '10001', '0', '-1', '1.5', 'abc', '', '1e3', '0x10', ' 5', '99999999999999999999'), fc.integer().map(String));
  const offset = fc.oneof(fc.constantFrom('0', '5', '-1', '1.5', 'abc', '', '100000001', '1e3'), fc.nat().map(String));
  const fieldList = fc.array(fc.oneof(fc.constantFrom(...fields), fc.constantFrom('sys_id', 'nope', 'access_key', '', ' name ')), { maxLength: 5 }).map((list) => list.join(','));
  const part = fc.oneof(
    limit.map((v) => `sysparm_limit=${encodeParam(v)}`),
    offset.map((v) => `sysparm_offset=${encodeParam(v)}`),
    fieldList.map((v) => `sysparm_fields=${encodeParam(v)}`),
    fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([k, v]) => `${encodeParam(k)}=${encodeParam(v)}`),
    fc.constantFrom('sysparm_display_value=true', 'sysparm_limit', '&', '=', '%', '%zz', 'sysparm_query=%E0%A4%A'),
  );
  return fc.array(part, { maxLength: 3 }).map((parts) => parts.join('&'));
}
