/**
 * Expected failures are values, not exceptions: the ServiceNow engine cannot subclass Error, and a
 * returned failure forces every caller to decide. Hosts turn them into HTTP errors at their edge.
 */

/** How a host should surface a failure: the HTTP status family it maps to. */
export type StatusHint = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 502 | 503 | 504;

export interface Failure {
  /** Stable, machine-readable: `illegal_transition`, `invalid_record`, ... */
  readonly code: string;
  /** Lowercase, naming the state, the event and the bad value. */
  readonly message: string;
  readonly statusHint: StatusHint;
  readonly details?: Readonly<Record<string, unknown>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: string,
  message: string,
  statusHint: StatusHint,
  details?: Readonly<Record<string, unknown>>,
): Result<T> {
  return { ok: false, error: details === undefined ? { code, message, statusHint } : { code, message, statusHint, details } };
}
