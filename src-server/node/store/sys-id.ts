/**
 * ServiceNow-style sys_ids (32 lowercase hex characters), time-ordered: 12 hex digits of
 * milliseconds, a 4-digit sequence within the millisecond, then 16 random digits. Every index on
 * sys_id (and every reference to one) then grows at its right edge instead of at random places,
 * which is what keeps an ingest's commits small: a batch of random ids dirties a different index
 * page per row. Ids are not secrets (sessions and tokens have their own random values); uniqueness
 * across processes comes from the random part.
 */
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 8 * 1024;
const RANDOM_BYTES = 8;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;
let lastMs = -1;
let sequence = 0;

function randomHex(): string {
  if (poolOffset + RANDOM_BYTES > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + RANDOM_BYTES);
  poolOffset += RANDOM_BYTES;
  return hex;
}

export function newSysId(nowMs: number = Date.now()): string {
  // A clock that steps back keeps the last millisecond: ids stay ordered within this process.
  if (nowMs > lastMs) {
    lastMs = nowMs;
    sequence = 0;
  } else if (++sequence > 0xffff) {
    lastMs += 1;
    sequence = 0;
  }
  return lastMs.toString(16).padStart(12, '0').slice(-12) + sequence.toString(16).padStart(4, '0') + randomHex();
}
