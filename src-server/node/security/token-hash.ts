/**
 * Random bearer values and their stored form. Tokens and session ids carry 256 bits of entropy,
 * so a plain SHA-256 is enough to store them (no salt or slow hash needed: nothing to brute-force),
 * and the hash can be looked up through a unique index.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters from [A-Za-z0-9_-]. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two strings without leaking where they differ (lengths are not secret here). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
