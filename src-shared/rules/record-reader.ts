/**
 * Defensive readers for untrusted JSON (export chunks, analysis pages). Each reader returns the
 * value or null and records the FIRST problem (JSON path + reason) in a ReadContext, so the
 * normalisers read straight through a record and decide once at the end: accept or reject. No
 * reader throws, whatever the input (null-prototype objects, arrays where objects belong, ...).
 */

export interface ReadProblem {
  readonly path: string;
  readonly reason: string;
}

export interface ReadContext {
  problem: ReadProblem | null;
}

export function newReadContext(): ReadContext {
  return { problem: null };
}

/** Records a problem (the first one wins: later ones are usually consequences) and returns null. */
export function reject(ctx: ReadContext, path: string, reason: string): null {
  if (ctx.problem === null) ctx.problem = { path, reason };
  return null;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A short, never-throwing description of a bad value for a rejection reason. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: inherited names (`constructor`, `toString`) are never mistaken for data. */
export function own(parent: unknown, key: string): unknown {
  if (!isPlainObject(parent)) return undefined;
  return Object.prototype.hasOwnProperty.call(parent, key) ? parent[key] : undefined;
}

/** Tenable omits empty attributes and Security Center sends "" for them: both mean absent. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export interface ReadOptions {
  readonly required?: boolean;
}

function missing(ctx: ReadContext, path: string, expected: string, options: ReadOptions): null {
  if (options.required === true) reject(ctx, path, `missing, expected ${expected}`);
  return null;
}

export function readObject(
  ctx: ReadContext,
  parent: unknown,
  key: string,
  path: string,
  options: ReadOptions = {},
): Readonly<Record<string, unknown>> | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (value === undefined || value === null) return missing(ctx, at, 'object', options);
  if (!isPlainObject(value)) return reject(ctx, at, `expected object, got ${describe(value)}`);
  return value;
}

export function readString(
  ctx: ReadContext,
  parent: unknown,
  key: string,
  path: string,
  options: ReadOptions = {},
): string | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'string', options);
  if (typeof value !== 'string') return reject(ctx, at, `expected string, got ${describe(value)}`);
  return value;
}

/** An identifier Tenable sends as text or as a number (ids, uuids): always returned as text. */
export function readId(ctx: ReadContext, parent: unknown, key: string, path: string, options: ReadOptions = {}): string | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'id', options);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return reject(ctx, at, `expected string or integer id, got ${describe(value)}`);
}

const INTEGER_TEXT = /^-?\d{1,15}$/;

export interface RangeOptions extends ReadOptions {
  readonly min?: number;
  readonly max?: number;
}

function checkRange(ctx: ReadContext, at: string, value: number, options: RangeOptions, kind: string): number | null {
  if (options.min !== undefined && value < options.min) return reject(ctx, at, `expected ${kind} >= ${options.min}, got ${value}`);
  if (options.max !== undefined && value > options.max) return reject(ctx, at, `expected ${kind} <= ${options.max}, got ${value}`);
  return value;
}

/** Integers arrive as numbers (VM/WAS) or as decimal text (Security Center). */
export function readInteger(ctx: ReadContext, parent: unknown, key: string, path: string, options: RangeOptions = {}): number | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'integer', options);
  let parsed: number | null = null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) parsed = value;
  else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) parsed = Number(value.trim());
  if (parsed === null) return reject(ctx, at, `expected integer, got ${describe(value)}`);
  return checkRange(ctx, at, parsed, options, 'integer');
}

const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)$/;

export function readNumber(ctx: ReadContext, parent: unknown, key: string, path: string, options: RangeOptions = {}): number | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'number', options);
  let parsed: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) parsed = value;
  else if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) parsed = Number(value.trim());
  if (parsed === null) return reject(ctx, at, `expected number, got ${describe(value)}`);
  return checkRange(ctx, at, parsed, options, 'number');
}

const TRUE_TEXT = ['true', 'yes', '1'];
const FALSE_TEXT = ['false', 'no', '0'];

/** Booleans: JSON booleans (VM/WAS) or Security Center's "Yes"/"No", "true"/"false", "1"/"0". */
export function readBoolean(ctx: ReadContext, parent: unknown, key: string, path: string, options: ReadOptions = {}): boolean | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'boolean', options);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (TRUE_TEXT.includes(lower)) return true;
    if (FALSE_TEXT.includes(lower)) return false;
  }
  return reject(ctx, at, `expected boolean, got ${describe(value)}`);
}

/** One of a closed set, compared case-insensitively; returns the set's own spelling. */
export function readEnum<V extends string>(
  ctx: ReadContext,
  parent: unknown,
  key: string,
  path: string,
  values: readonly V[],
  options: ReadOptions = {},
): V | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  const expected = `one of ${values.join(', ')}`;
  if (isAbsent(value)) return missing(ctx, at, expected, options);
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    const found = values.find((v) => v.toLowerCase() === lower);
    if (found !== undefined) return found;
  }
  return reject(ctx, at, `expected ${expected}, got ${describe(value)}`);
}

/** Latest instant a datetime column is asked to hold (9999-12-31T23:59:59.999Z). */
const MAX_EPOCH_MS = 253402300799999;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH_TEXT = /^\d{1,12}(\.\d+)?$/;

/**
 * Timestamps: ISO-8601 text (VM/WAS exports) or epoch SECONDS as a number or text (Security
 * Center). Returns ISO text in UTC. 0 and "-1" mean "never" in Security Center: returned as null.
 */
export function readTimestamp(ctx: ReadContext, parent: unknown, key: string, path: string, options: ReadOptions = {}): string | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return missing(ctx, at, 'timestamp', options);
  let ms: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value <= 0) return null;
    ms = Math.round(value * 1000);
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '-1' || text === '0') return null;
    if (EPOCH_TEXT.test(text)) ms = Math.round(Number(text) * 1000);
    else if (ISO_DATE.test(text)) {
      const parsed = Date.parse(text);
      ms = Number.isFinite(parsed) ? parsed : null;
    }
  }
  if (ms === null || ms < 0 || ms > MAX_EPOCH_MS) {
    return reject(ctx, at, `expected ISO-8601 text or epoch seconds, got ${describe(value)}`);
  }
  return new Date(ms).toISOString();
}

/**
 * A list of strings: a JSON array of strings (VM/WAS `cve`) or comma-separated text (Security
 * Center `cve`). Blank items are skipped; duplicates removed, first spelling kept.
 */
export function readStringList(ctx: ReadContext, parent: unknown, key: string, path: string): readonly string[] {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return [];
  let items: string[] = [];
  if (typeof value === 'string') items = value.split(',');
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string') {
        reject(ctx, childPath(at, i), `expected string, got ${describe(item)}`);
        return [];
      }
      items.push(item);
    }
  } else {
    reject(ctx, at, `expected array of strings or comma-separated text, got ${describe(value)}`);
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed !== '' && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/**
 * Asset attributes that vuln exports give as a string and asset exports as an array of strings
 * (`fqdn` vs `fqdns[]`): either is accepted, the first non-blank value wins.
 */
export function readFirstString(ctx: ReadContext, parent: unknown, key: string, path: string): string | null {
  const value = own(parent, key);
  const at = childPath(path, key);
  if (isAbsent(value)) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'string') return reject(ctx, childPath(at, i), `expected string, got ${describe(item)}`);
      if (item.trim() !== '') return item.trim();
    }
    return null;
  }
  return reject(ctx, at, `expected string or array of strings, got ${describe(value)}`);
}
