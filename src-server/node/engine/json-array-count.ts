/**
 * Checks that a downloaded chunk is exactly one well-formed JSON array and counts its elements,
 * without building them. Retrieval only needs the verdict and the count: the worker parses the
 * page when it processes it, so a `JSON.parse` here built ~40 MB of objects per 9 MB chunk only
 * to drop them. Accepts exactly the texts `JSON.parse` accepts whose value is an array.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

const enum Expect {
  ValueOrClose,
  Value,
  KeyOrClose,
  Key,
  Colon,
  CommaOrClose,
}

const ARRAY = 0;
const OBJECT = 1;

export function countJsonArray(text: string): number | null {
  const end = text.length;
  let i = skipWhitespace(text, 0);
  if (text.charCodeAt(i) !== OPEN_ARRAY) return null;
  i++;
  // Open containers, innermost last; plain numbers so deep nesting cannot overflow the call stack.
  const open: number[] = [ARRAY];
  let count = 0;
  let expect = Expect.ValueOrClose;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= end) return null;
    const c = text.charCodeAt(i);
    switch (expect) {
      case Expect.ValueOrClose:
      case Expect.Value: {
        if (expect === Expect.ValueOrClose && c === CLOSE_ARRAY) break;
        if (open.length === 1) count++;
        if (c === OPEN_ARRAY) {
          open.push(ARRAY);
          expect = Expect.ValueOrClose;
          i++;
        } else if (c === OPEN_OBJECT) {
          open.push(OBJECT);
          expect = Expect.KeyOrClose;
          i++;
        } else {
          i = c === QUOTE ? endOfString(text, i) : c === MINUS || (c >= ZERO && c <= NINE) ? endOfNumber(text, i) : endOfLiteral(text, i);
          if (i < 0) return null;
          expect = Expect.CommaOrClose;
        }
        continue;
      }
      case Expect.KeyOrClose:
      case Expect.Key:
        if (expect === Expect.KeyOrClose && c === CLOSE_OBJECT) break;
        if (c !== QUOTE) return null;
        i = endOfString(text, i);
        if (i < 0) return null;
        expect = Expect.Colon;
        continue;
      case Expect.Colon:
        if (c !== COLON) return null;
        i++;
        expect = Expect.Value;
        continue;
      case Expect.CommaOrClose:
        if (c === COMMA) {
          i++;
          expect = open[open.length - 1] === OBJECT ? Expect.Key : Expect.Value;
          continue;
        }
        break;
    }
    // A closing bracket: it must match the innermost open container.
    if (c !== (open[open.length - 1] === ARRAY ? CLOSE_ARRAY : CLOSE_OBJECT)) return null;
    open.pop();
    i++;
    if (open.length === 0) return skipWhitespace(text, i) === end ? count : null;
    expect = Expect.CommaOrClose;
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** A run of characters a string holds as they are; sticky, and `test` allocates no match. */
// JSON forbids raw control characters in strings: matching them is the point here.
// eslint-disable-next-line no-control-regex
const PLAIN_CHARACTERS = /[^"\\\u0000-\u001f]*/y;

/** The index after the string starting at `from` (a quote), or -1. */
function endOfString(text: string, from: number): number {
  let i = from + 1;
  for (;;) {
    PLAIN_CHARACTERS.lastIndex = i;
    PLAIN_CHARACTERS.test(text);
    i = PLAIN_CHARACTERS.lastIndex;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1; // a control character, or the end of the text
    const escaped = text.charCodeAt(i + 1);
    if (escaped === 0x75 /* u */) {
      for (let k = i + 2; k < i + 6; k++) if (!isHexDigit(text.charCodeAt(k))) return -1;
      i += 6;
    } else if (escaped === QUOTE || escaped === BACKSLASH || escaped === 0x2f || escaped === 0x62 || escaped === 0x66 || escaped === 0x6e || escaped === 0x72 || escaped === 0x74) {
      i += 2;
    } else {
      return -1;
    }
  }
}

/** The index after the number starting at `from`, or -1 (JSON's grammar: no leading zeros, no bare dot). */
function endOfNumber(text: string, from: number): number {
  let i = from;
  if (text.charCodeAt(i) === MINUS) i++;
  if (text.charCodeAt(i) === ZERO) i++;
  else if (isDigit(text.charCodeAt(i))) i = endOfDigits(text, i);
  else return -1;
  if (text.charCodeAt(i) === DOT) {
    if (!isDigit(text.charCodeAt(i + 1))) return -1;
    i = endOfDigits(text, i + 1);
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    i = endOfDigits(text, i);
  }
  return i;
}

const LITERALS = ['true', 'false', 'null'] as const;

function endOfLiteral(text: string, from: number): number {
  for (const literal of LITERALS) if (text.startsWith(literal, from)) return from + literal.length;
  return -1;
}

function endOfDigits(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHexDigit(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
