import type { CoreContext } from './context';
import { seededRandom } from './context';
import { headerValue, type NetworkFailure } from './http-outcome';
import { fail, ok, type Result } from './result';
import { retryAfterMs } from './retry-after';

/**
 * Which failures are worth another attempt, and how long to wait first.
 *
 * Better than the reference SDK (linear 1..5 s, no jitter): the server's `Retry-After` wins when
 * given; otherwise exponential backoff with FULL jitter (AWS architecture blog) so many connectors
 * hitting one rate limit do not retry in lockstep. Jitter comes from ctx.seed, so a run replays.
 * Two scopes: one HTTP request (short waits, a few attempts) and a whole run (long waits, Airbyte-
 * style), each with its own attempt limit.
 */

export interface RetryPolicy {
  /** Attempts of one HTTP request, the first included. */
  readonly maxAttemptsPerRequest: number;
  /** Attempts of one whole run, the first included. */
  readonly maxAttemptsPerRun: number;
  readonly baseDelayMs: number;
  /** Cap of every request wait, `Retry-After` included: a longer demand ends the request's retries. */
  readonly maxDelayMs: number;
  readonly runBaseDelayMs: number;
  readonly runMaxDelayMs: number;
  /** 500 usually means a bug that waiting will not fix, so it is off unless a connector opts in. */
  readonly retry500: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  // pyTenable retries 5 times; 6 attempts with doubling waits spans about a minute.
  maxAttemptsPerRequest: 6,
  maxAttemptsPerRun: 3,
  baseDelayMs: 1_000,
  // Tenable's 429s ask for about 30 s; two minutes leaves room without hanging a run.
  maxDelayMs: 120_000,
  // Run retries: 1 min, then up to 2, 4 ... capped at Airbyte's 30 min.
  runBaseDelayMs: 60_000,
  runMaxDelayMs: 1_800_000,
  retry500: false,
};

/** Per-connector overrides; null means "use the hub's policy" (as the connector columns store it). */
export interface RetryOverrides {
  /** Connector column `max_attempts_override`: attempts per request. */
  readonly maxAttempts?: number | null;
  readonly maxRunAttempts?: number | null;
  readonly baseDelayMs?: number | null;
  readonly maxDelayMs?: number | null;
  readonly retry500?: boolean | null;
}

/** What failed. An HTTP failure is the host's answer as is; a run failure already knows if it may retry. */
export type RetryFailure =
  | { readonly kind: 'http'; readonly status: number; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'network'; readonly failure: NetworkFailure }
  | { readonly kind: 'run'; readonly retryable: boolean };

export type RetryDecision = { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly reason: string };

const LIMITS = {
  maxAttempts: [1, 20],
  maxRunAttempts: [1, 20],
  baseDelayMs: [1, 3_600_000],
  maxDelayMs: [1, 86_400_000],
} as const;

export function withOverrides(policy: RetryPolicy, overrides: RetryOverrides): Result<RetryPolicy> {
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = overrides[key];
    if (value === null || value === undefined) continue;
    const [min, max] = LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      return fail('invalid_value', `retry override ${key} must be a whole number from ${min} to ${max}, got ${String(value)}`, 422);
    }
  }
  const merged: RetryPolicy = {
    ...policy,
    maxAttemptsPerRequest: overrides.maxAttempts ?? policy.maxAttemptsPerRequest,
    maxAttemptsPerRun: overrides.maxRunAttempts ?? policy.maxAttemptsPerRun,
    baseDelayMs: overrides.baseDelayMs ?? policy.baseDelayMs,
    maxDelayMs: overrides.maxDelayMs ?? policy.maxDelayMs,
    retry500: overrides.retry500 ?? policy.retry500,
  };
  if (merged.baseDelayMs > merged.maxDelayMs) {
    return fail('invalid_value', `retry base delay ${merged.baseDelayMs} ms exceeds the cap of ${merged.maxDelayMs} ms`, 422);
  }
  return ok(merged);
}

/** 429 and gateway errors heal by waiting; other 4xx are our mistake and never do. */
export function isRetryableStatus(status: number, policy: Pick<RetryPolicy, 'retry500'>): boolean {
  if (status === 429 || status === 502 || status === 503 || status === 504) return true;
  return status === 500 && policy.retry500;
}

/**
 * A certificate the hub does not trust stays untrusted however long we wait, so TLS failures are
 * reported at once instead of after a minute of futile retries; the other network failures are
 * often transient.
 */
export function isRetryableNetworkFailure(failure: NetworkFailure): boolean {
  return failure !== 'tls';
}

/** Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))). Same seed and attempt, same wait. */
export function backoffDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number, seed: number): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 40);
  const ceiling = Math.min(maxDelayMs, baseDelayMs * Math.pow(2, exponent));
  const random = seededRandom(mixSeed(seed, attempt))();
  return Math.floor(random * ceiling);
}

/**
 * `attempt` is the number of the attempt that just failed (1 = the first try). The answer is a
 * retry with its wait, or no retry with a lowercase reason naming the failure and the limit.
 */
export function decideRetry(policy: RetryPolicy, failure: RetryFailure, attempt: number, ctx: CoreContext): RetryDecision {
  const seed = ctx.seed ?? 0;
  if (failure.kind === 'run') {
    if (!failure.retryable) return { retry: false, reason: 'run failure is not retryable' };
    if (attempt >= policy.maxAttemptsPerRun) {
      return { retry: false, reason: `run attempt ${attempt} reached the limit of ${policy.maxAttemptsPerRun} attempts` };
    }
    return { retry: true, delayMs: backoffDelayMs(attempt, policy.runBaseDelayMs, policy.runMaxDelayMs, seed) };
  }
  if (failure.kind === 'network') {
    if (!isRetryableNetworkFailure(failure.failure)) {
      return { retry: false, reason: `network failure '${failure.failure}' is not retryable` };
    }
  } else if (!isRetryableStatus(failure.status, policy)) {
    return { retry: false, reason: `http status ${failure.status} is not retryable` };
  }
  if (attempt >= policy.maxAttemptsPerRequest) {
    return { retry: false, reason: `request attempt ${attempt} reached the limit of ${policy.maxAttemptsPerRequest} attempts` };
  }
  if (failure.kind === 'http') {
    const asked = retryAfterMs(headerValue(failure.headers, 'retry-after'), ctx.now);
    if (asked !== null) {
      if (asked > policy.maxDelayMs) {
        return { retry: false, reason: `retry-after of ${asked} ms exceeds the cap of ${policy.maxDelayMs} ms` };
      }
      return { retry: true, delayMs: asked };
    }
  }
  return { retry: true, delayMs: backoffDelayMs(attempt, policy.baseDelayMs, policy.maxDelayMs, seed) };
}

/** Different attempts of one seed must not share a random draw, or every wait would scale alike. */
function mixSeed(seed: number, attempt: number): number {
  return (seed ^ Math.imul(attempt + 1, 0x9e3779b1)) >>> 0;
}
