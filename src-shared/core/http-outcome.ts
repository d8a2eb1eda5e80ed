/**
 * What one call to Tenable came back with, as the host saw it: an HTTP answer or a network
 * failure. Hosts translate their own errors (Node's ENOTFOUND, RESTMessageV2's status 0, ...) into
 * these five network kinds, so every decision downstream is host-independent.
 */

export const NETWORK_FAILURES = ['dns', 'tls', 'timeout', 'refused', 'reset'] as const;
export type NetworkFailure = (typeof NETWORK_FAILURES)[number];

export interface HttpOutcome {
  readonly kind: 'http';
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface NetworkOutcome {
  readonly kind: 'network';
  readonly failure: NetworkFailure;
}

export type CallOutcome = HttpOutcome | NetworkOutcome;

/** Header names are case-insensitive (Tenable's gateway sends `retry-after`, docs say `Retry-After`). */
export function headerValue(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted) return headers[key];
  }
  return undefined;
}
