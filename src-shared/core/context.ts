/**
 * What the outside world lends the core: the time and a seed. The core never reads a clock or a
 * random source itself, so every decision replays exactly under test.
 */
export interface CoreContext {
  /** Milliseconds since the Unix epoch, as the host's clock reads now. */
  readonly now: number;
  /** Seed for any jitter; the same seed gives the same delays. */
  readonly seed?: number;
}

/** Deterministic PRNG (mulberry32): jitter from a seed, portable to the instance's engine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
