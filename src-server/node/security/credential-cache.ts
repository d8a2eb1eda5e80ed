/**
 * Scripts using HTTP Basic send the password on every request; running scrypt each time would
 * cost tens of milliseconds of CPU per call. A successful check is remembered for a few minutes
 * as an HMAC (under a per-process random key) of the user's id, current password hash and the
 * password: nothing readable is kept, and a password change alters the stored hash, so the old
 * entry no longer matches.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface CredentialCache {
  has(userId: string, passwordHash: string, password: string, now: number): boolean;
  remember(userId: string, passwordHash: string, password: string, now: number): void;
}

export function createCredentialCache(ttlMs = 5 * 60 * 1000, maxEntries = 1000): CredentialCache {
  const key = randomBytes(32);
  const entries = new Map<string, number>();
  const fingerprint = (userId: string, passwordHash: string, password: string) =>
    createHmac('sha256', key).update(`${userId}\u0000${passwordHash}\u0000${password}`).digest('base64');
  return {
    has(userId, passwordHash, password, now) {
      const id = fingerprint(userId, passwordHash, password);
      const expires = entries.get(id);
      if (expires === undefined) return false;
      if (expires <= now) {
        entries.delete(id);
        return false;
      }
      return true;
    },
    remember(userId, passwordHash, password, now) {
      // Oldest first out: a Map iterates in insertion order.
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(fingerprint(userId, passwordHash, password), now + ttlMs);
    },
  };
}
