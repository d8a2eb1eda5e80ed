/**
 * Cutting text to a column's length without corrupting it: a cut never splits a UTF-16 surrogate
 * pair (that would store a broken character), and keys that must stay unique keep a hash of the
 * full text so two long keys with the same prefix still differ.
 */

export const TRUNCATION_MARKER = '\n[truncated]';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Prefix of `text` at most `max` code units long, never ending in half a surrogate pair. */
export function safePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, Math.floor(max));
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return text.slice(0, cut);
}

/** Text cut to `max` with a visible marker, so a reader knows the output is incomplete. */
export function truncateText(text: string, max: number): { readonly text: string; readonly truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  if (max <= TRUNCATION_MARKER.length) return { text: safePrefix(text, max), truncated: true };
  return { text: safePrefix(text, max - TRUNCATION_MARKER.length) + TRUNCATION_MARKER, truncated: true };
}

/** cyrb53: a fast 53-bit string hash (public domain), portable to the instance's engine. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/**
 * A key that fits `max`: unchanged when short enough, else a safe prefix plus `#` and the hash of
 * the whole key (deterministic, so the same long key always maps to the same stored key).
 */
export function boundedKey(key: string, max: number): string {
  if (key.length <= max) return key;
  const digest = hash53(key);
  return safePrefix(key, max - digest.length - 1) + '#' + digest;
}
