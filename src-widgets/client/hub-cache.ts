import { openDB, type IDBPDatabase } from 'idb';

/** Last good answer of one request, and when it was received (epoch ms). */
export interface CacheEntry<T = unknown> {
  readonly value: T;
  readonly savedAt: number;
}

export interface HubCache {
  get<T>(key: string): Promise<CacheEntry<T> | undefined>;
  put<T>(key: string, value: T, savedAt: number): Promise<void>;
  clear(): Promise<void>;
}

const STORE = 'responses';

/**
 * Responses kept in IndexedDB so a page shows the last good data at once and keeps it when the hub
 * is unreachable. A cache that fails (private mode, quota) degrades to "no cache", never to an error.
 */
export function idbCache(dbName = 'eih-cache'): HubCache {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    db ??= openDB(dbName, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    });
    return db;
  };
  return {
    async get<T>(key: string) {
      try {
        return (await (await open()).get(STORE, key)) as CacheEntry<T> | undefined;
      } catch {
        return undefined;
      }
    },
    async put<T>(key: string, value: T, savedAt: number) {
      try {
        await (await open()).put(STORE, { value, savedAt } satisfies CacheEntry<T>, key);
      } catch {
        // Not cached: the next visit simply waits for the network.
      }
    },
    async clear() {
      try {
        await (await open()).clear(STORE);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

export function memoryCache(): HubCache {
  const entries = new Map<string, CacheEntry>();
  return {
    async get<T>(key: string) {
      return entries.get(key) as CacheEntry<T> | undefined;
    },
    async put<T>(key: string, value: T, savedAt: number) {
      entries.set(key, { value, savedAt });
    },
    async clear() {
      entries.clear();
    },
  };
}

let defaultCache: HubCache | null = null;

/** The page-wide cache: IndexedDB when the browser has it, memory otherwise. */
export function hubCache(): HubCache {
  defaultCache ??= typeof indexedDB === 'undefined' ? memoryCache() : idbCache();
  return defaultCache;
}

/** Replace the page-wide cache (tests; a host page that must not persist data). */
export function setHubCache(cache: HubCache | null): void {
  defaultCache = cache;
}
