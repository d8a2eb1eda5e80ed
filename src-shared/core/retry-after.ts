/**
 * `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). A date is read against
 * ctx.now, never against a clock, so the same answer replays to the same wait.
 */

/** Milliseconds to wait, or null when the value is missing or unreadable (then the caller backs off). */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  // Delay-seconds. Fractions are not in the RFC but cost nothing to honour.
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Anything else must be an HTTP date; a bare number with a sign or garbage is ignored.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  // A date in the past means "now"; negative waits do not exist.
  return Math.max(0, at - now);
}

/** Whole seconds for display (a connection's suggestion says "wait 30 seconds"). */
export function retryAfterSeconds(value: string | null | undefined, now: number): number | null {
  const ms = retryAfterMs(value, now);
  return ms === null ? null : Math.ceil(ms / 1000);
}
