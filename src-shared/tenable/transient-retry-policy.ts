/**
 * Bounded retries for transient Tenable failures (network errors, 420/429, 5xx). A host may inject
 * its own `DecideRetry` (e.g. one built on src-shared/core/retry-policy.ts); the default beats the
 * reference SDK's floor: it honours Retry-After, backs off exponentially with seeded jitter, retries
 * 500 too, and always stops.
 */
import { seededRandom } from '../core/context';

export interface RetryInput {
  /** 1 for the first retry of this operation, 2 for the second, ... */
  readonly attempt: number;
  /** HTTP status, or null for a network error / unreadable body. */
  readonly status: number | null;
  /** The server's Retry-After in ms, when it sent one. */
  readonly retryAfterMs: number | null;
  readonly seed: number;
}

export type RetryDecision = { readonly retry: true; readonly delayMs: number } | { readonly retry: false };

export type DecideRetry = (input: RetryInput) => RetryDecision;

/** Statuses worth another try. 420 is Tenable's older "enhance your calm". */
export const TRANSIENT_STATUSES: readonly number[] = [408, 420, 429, 500, 502, 503, 504];

export function isTransient(status: number | null): boolean {
  return status === null || TRANSIENT_STATUSES.includes(status);
}

const RATE_LIMIT_ATTEMPTS = 12;
const RATE_LIMIT_DEFAULT_MS = 30_000;
const TRANSIENT_ATTEMPTS = 5;
const BASE_MS = 1_000;
const MAX_MS = 300_000;

/**
 * 420/429: up to 12 retries, waiting Retry-After (30 s when absent) — an export beyond Tenable's two
 * concurrent ones waits for a slot this way. Other transients: up to 5 retries, Retry-After when
 * given, else 1, 2, 4, 8, 16 s plus up to 20% seeded jitter.
 */
export const defaultDecideRetry: DecideRetry = (input) => {
  const rateLimited = input.status === 429 || input.status === 420;
  const limit = rateLimited ? RATE_LIMIT_ATTEMPTS : TRANSIENT_ATTEMPTS;
  if (!isTransient(input.status) || input.attempt > limit) return { retry: false };
  if (input.retryAfterMs !== null) return { retry: true, delayMs: clamp(input.retryAfterMs, BASE_MS, MAX_MS) };
  if (rateLimited) return { retry: true, delayMs: RATE_LIMIT_DEFAULT_MS };
  const backoff = BASE_MS * 2 ** (input.attempt - 1);
  const jitter = seededRandom(input.seed + input.attempt)() * 0.2 * backoff;
  return { retry: true, delayMs: clamp(Math.round(backoff + jitter), BASE_MS, MAX_MS) };
};

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Retry bookkeeping a planner keeps in its state: this operation's attempts and the run's total. */
export interface RetryBook {
  readonly attempt: number;
  readonly used: number;
}

export const FRESH_RETRY_BOOK: RetryBook = { attempt: 0, used: 0 };

/**
 * Whether to retry once more: the injected policy decides per operation, and `maxPerRun` bounds the
 * whole run so that no sequence of replies can keep a planner alive forever.
 */
export function planRetry(
  book: RetryBook,
  status: number | null,
  retryAfter: number | null,
  seed: number,
  maxPerRun: number,
  decide: DecideRetry,
): { readonly book: RetryBook; readonly delayMs: number } | null {
  if (book.used >= maxPerRun) return null;
  const decision = decide({ attempt: book.attempt + 1, status, retryAfterMs: retryAfter, seed });
  if (!decision.retry) return null;
  const delayMs = Number.isFinite(decision.delayMs) ? Math.min(MAX_MS, Math.max(0, decision.delayMs)) : BASE_MS;
  return { book: { attempt: book.attempt + 1, used: book.used + 1 }, delayMs };
}
