/**
 * Values computed from the database, each kept with the change stamp it was computed under and
 * served only while the database still shows that stamp (see change-stamp.ts): exact, never
 * merely recent. Bounded; the oldest entry leaves first.
 */
export interface StampedCache<V> {
  get(key: string, stamp: string | undefined): V | undefined;
  set(key: string, stamp: string | undefined, value: V): void;
  delete(key: string): void;
}

export function createStampedCache<V>(maxEntries = 500): StampedCache<V> {
  const entries = new Map<string, { stamp: string; value: V }>();
  return {
    get(key, stamp) {
      if (stamp === undefined) return undefined;
      const entry = entries.get(key);
      return entry !== undefined && entry.stamp === stamp ? entry.value : undefined;
    },
    set(key, stamp, value) {
      if (stamp === undefined) return;
      entries.delete(key);
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { stamp, value });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
