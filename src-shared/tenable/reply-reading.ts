/**
 * Defensive readers for Tenable reply bodies. Bodies are `unknown`: a gateway may answer HTML, a
 * proxy may answer nothing, a field may be a string where the docs say number (Security Center
 * sends counts as strings). Every reader returns null or a safe default instead of throwing.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

/** A field of an object body, or undefined when the body is not an object. */
export function fieldOf(value: unknown, key: string): unknown {
  const obj = asObject(value);
  return obj === null ? undefined : obj[key];
}

/** A non-empty string, else null. */
export function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A finite integer from a number or a numeric string ("1629"), else null. */
export function intOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number.parseInt(value, 10);
  return null;
}

/**
 * Chunk ids from a status list: non-negative safe integers (numeric strings tolerated), duplicates
 * removed, order kept. Tenable's ids need not be sequential, so nothing else is assumed.
 */
export function idListOf(value: unknown): { readonly ids: readonly number[]; readonly dropped: number } {
  if (!Array.isArray(value)) return { ids: [], dropped: value === undefined || value === null ? 0 : 1 };
  const ids: number[] = [];
  const seen = new Set<number>();
  let dropped = 0;
  for (const item of value as readonly unknown[]) {
    const id = intOf(item);
    if (id === null || id < 0 || seen.has(id)) {
      if (id === null || id < 0) dropped += 1;
      continue;
    }
    seen.add(id);
    ids.push(id);
  }
  return { ids, dropped };
}

/** Header value by case-insensitive name. */
export function headerOf(headers: Readonly<Record<string, string>> | undefined, name: string): string | null {
  if (headers === undefined || headers === null || typeof headers !== 'object') return null;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    const value: unknown = headers[key];
    if (key.toLowerCase() === wanted && typeof value === 'string') return value;
  }
  return null;
}

/** `Retry-After` in ms: delta-seconds (Tenable sends "30") or an HTTP date relative to `now`. */
export function retryAfterMs(headers: Readonly<Record<string, string>> | undefined, now: number): number | null {
  const raw = headerOf(headers, 'retry-after');
  if (raw === null) return null;
  const trimmed = raw.trim();
  if (/^\d{1,7}(\.\d+)?$/.test(trimmed)) return Math.round(Number.parseFloat(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isFinite(at) && Number.isFinite(now) ? Math.max(0, at - now) : null;
}

/** A body as searchable text (for the older "Duplicate export ... job_uuid=" 429 form). */
export function textOf(body: unknown, max = 4000): string {
  if (typeof body === 'string') return body.slice(0, max);
  try {
    const text = JSON.stringify(body);
    return typeof text === 'string' ? text.slice(0, max) : '';
  } catch {
    return '';
  }
}

/** The remote's own error text from the shapes Tenable uses, shortened for a run's message. */
export function remoteMessageOf(body: unknown): string {
  for (const key of ['error_msg', 'message', 'error', 'failure_reason']) {
    const text = stringOf(fieldOf(body, key));
    if (text !== null) return shorten(text.trim());
  }
  if (typeof body === 'string') return shorten(body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
  return '';
}

function shorten(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** `": <remote text>"` or nothing, to append to our own message. */
export function remoteSuffix(body: unknown): string {
  const text = remoteMessageOf(body);
  return text === '' ? '' : `: ${text}`;
}
