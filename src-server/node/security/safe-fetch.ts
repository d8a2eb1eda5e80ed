/**
 * `fetch` for calls that carry Tenable credentials. Redirects are never followed blindly: a
 * redirect to another origin (host, port or scheme) could hand the `X-ApiKeys` header or a
 * password to a stranger, so it is refused; one same-origin redirect is followed (Tenable.sc
 * answers some paths with a trailing-slash redirect), a second is refused.
 */
import { checkRequestUrl } from './url-policy';

export type UnsafeFetchCode = 'unsafe_url' | 'unsafe_redirect';

/** Thrown like a network error, so clients map it the way they map a refused connection. */
export class UnsafeFetchError extends Error {
  constructor(
    readonly code: UnsafeFetchCode,
    message: string,
  ) {
    super(message);
    this.name = 'UnsafeFetchError';
  }
}

export interface SafeFetchOptions {
  /** Same-origin redirects followed before giving up (default 1). */
  readonly maxRedirects?: number;
  readonly fetch?: typeof fetch;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeFetch(input: string | URL, init: RequestInit = {}, options: SafeFetchOptions = {}): Promise<Response> {
  const fetchImpl = options.fetch ?? fetch;
  const maxRedirects = options.maxRedirects ?? 1;
  const first = checkRequestUrl(String(input));
  if (!first.ok) throw new UnsafeFetchError('unsafe_url', first.reason);
  let url = new URL(first.url);
  let request: RequestInit = { ...init, redirect: 'manual' };
  for (let hops = 0; ; hops += 1) {
    const response = await fetchImpl(url, request);
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    let target: URL;
    try {
      target = new URL(location, url);
    } catch {
      throw new UnsafeFetchError('unsafe_redirect', `redirect ${response.status} from ${url.origin} has an unreadable location '${location.slice(0, 80)}'`);
    }
    if (target.origin !== url.origin) {
      throw new UnsafeFetchError('unsafe_redirect', `refused redirect ${response.status} from ${url.origin} to another host ${target.origin}`);
    }
    if (hops >= maxRedirects) {
      throw new UnsafeFetchError('unsafe_redirect', `refused redirect ${response.status} to ${target.pathname}: more than ${maxRedirects} redirect(s) from ${url.origin}`);
    }
    const checked = checkRequestUrl(target.href);
    if (!checked.ok) throw new UnsafeFetchError('unsafe_redirect', `refused redirect: ${checked.reason}`);
    // As browsers do: 303, and 301/302 after a POST, continue as a GET without a body.
    const method = (request.method ?? 'GET').toUpperCase();
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      const { body: _body, ...rest } = request;
      request = { ...rest, method: 'GET' };
    }
    url = target;
  }
}
