// Stateless hashing: every generated value is a pure function of (seed, index, salt), so the
// sandbox stores nothing per finding and its memory stays flat however many findings it serves.

function mix(h: number, k: number): number {
  let x = Math.imul(k | 0, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

function finalMix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit unsigned hash of up to four integers (murmur3 mixing). */
export function hash32(seed: number, a: number, b = 0, c = 0): number {
  // Indexes can exceed 2^31 in theory; fold the high part in so they still spread.
  const hi = Math.floor(a / 4294967296);
  let h = mix(seed | 0, a | 0);
  h = mix(h, b | 0);
  h = mix(h, c | 0);
  h = mix(h, hi);
  return finalMix(h ^ 16);
}

/** A uniform number in [0, 1) derived from the inputs. */
export function unit(seed: number, a: number, b = 0, c = 0): number {
  return hash32(seed, a, b, c) / 4294967296;
}

/** An integer in [0, n) derived from the inputs. */
export function pick(n: number, seed: number, a: number, b = 0, c = 0): number {
  return Math.floor(unit(seed, a, b, c) * n);
}

const HEX_BYTE: string[] = Array.from({ length: 256 }, (_, k) => k.toString(16).padStart(2, '0'));

/** 8 lowercase hex digits (table-driven: this sits on the per-finding hot path). */
export function hex8(n: number): string {
  return (HEX_BYTE[(n >>> 24) & 255] as string) + (HEX_BYTE[(n >>> 16) & 255] as string) + (HEX_BYTE[(n >>> 8) & 255] as string) + (HEX_BYTE[n & 255] as string);
}

/** A UUID-shaped identifier (version 4 layout) that is a pure function of its inputs. */
export function uuidFrom(seed: number, a: number, b = 0): string {
  const p1 = hex8(hash32(seed, a, b, 1));
  const p2 = hex8(hash32(seed, a, b, 2));
  const p3 = hex8(hash32(seed, a, b, 3));
  const p4 = hex8(hash32(seed, a, b, 4));
  const variant = ((parseInt(p3.charAt(0), 16) & 0x3) | 0x8).toString(16);
  return `${p1}-${p2.slice(0, 4)}-4${p2.slice(5, 8)}-${variant}${p3.slice(1, 4)}-${p3.slice(4, 8)}${p4}`;
}

/**
 * A finding id whose last group carries the index (masked so ids still look random), so the
 * sandbox can map a finding_id back to its finding in O(1) without an index table.
 */
export function indexedUuid(seed: number, salt: number, index: number): string {
  const p1 = hex8(hash32(seed, index, salt, 11));
  const p2 = hex8(hash32(seed, index, salt, 12));
  const variant = ((parseInt(p2.charAt(4), 16) & 0x3) | 0x8).toString(16);
  return `${p1}-${p2.slice(0, 4)}-4${p2.slice(5, 8)}-${variant}${hex8(hash32(seed, index, salt, 13)).slice(0, 3)}-${maskIndex(seed, salt, index)}`;
}

const TWO_24 = 16_777_216;

/** 12 hex digits: the index (below 2^48) XOR a mask that depends only on (seed, salt). */
function maskIndex(seed: number, salt: number, index: number): string {
  const hi = (Math.floor(index / TWO_24) ^ (hash32(seed, salt, 0, 14) & 0xffffff)) >>> 0;
  const lo = ((index % TWO_24) ^ (hash32(seed, salt, 0, 15) & 0xffffff)) >>> 0;
  return hi.toString(16).padStart(6, '0') + lo.toString(16).padStart(6, '0');
}

/** The index encoded by indexedUuid, or undefined when the id was not made by it. */
export function indexFromUuid(seed: number, salt: number, id: string): number | undefined {
  const m = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-([0-9a-f]{6})([0-9a-f]{6})$/.exec(id);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const hi = (parseInt(m[1], 16) ^ (hash32(seed, salt, 0, 14) & 0xffffff)) >>> 0;
  const lo = (parseInt(m[2], 16) ^ (hash32(seed, salt, 0, 15) & 0xffffff)) >>> 0;
  const index = hi * TWO_24 + lo;
  return indexedUuid(seed, salt, index) === id ? index : undefined;
}

/** A small seeded stream (mulberry32) for decisions taken in request order, e.g. faults. */
export function seededStream(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
