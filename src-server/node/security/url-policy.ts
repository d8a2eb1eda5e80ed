/**
 * Which URLs the hub may send Tenable credentials to. Connection base URLs must be https; plain
 * http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), which is where the
 * built-in sandbox runs. Credentials, fragments and queries in a base URL, and any other scheme,
 * are refused with a reason naming the problem and the value.
 *
 * Private network addresses are deliberately allowed: Security Center usually runs on-premises.
 */
export type UrlVerdict = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

export const MAX_URL_LENGTH = 1000;
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || host === '::1' || LOOPBACK_IPV4.test(host);
}

function quoted(value: string): string {
  return `'${value.length > 80 ? `${value.slice(0, 80)}…` : value}'`;
}

interface InspectOptions {
  readonly label: string;
  readonly allowQuery: boolean;
}

function inspect(raw: unknown, options: InspectOptions): { ok: true; url: URL } | { ok: false; reason: string } {
  const { label } = options;
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: `${label} is empty` };
  if (raw.length > MAX_URL_LENGTH) return { ok: false, reason: `${label} is longer than ${MAX_URL_LENGTH} characters` };
  // The URL parser silently drops tabs and newlines and trims spaces, and reads '\' as '/': refuse
  // them so what is stored is exactly what is reached.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return { ok: false, reason: `${label} ${quoted(raw)} contains whitespace or control characters` };
  if (raw.includes('\\')) return { ok: false, reason: `${label} ${quoted(raw)} contains a backslash` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `${label} ${quoted(raw)} is not a valid absolute url` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `${label} scheme ${quoted(url.protocol)} is not allowed: use https` };
  }
  if (url.hostname === '') return { ok: false, reason: `${label} ${quoted(raw)} has no host` };
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: `${label} must not contain credentials (user name or password): keep them in the connection's key fields` };
  }
  if (url.hash !== '' || raw.includes('#')) return { ok: false, reason: `${label} ${quoted(raw)} must not contain a fragment` };
  if (!options.allowQuery && (url.search !== '' || raw.includes('?'))) return { ok: false, reason: `${label} ${quoted(raw)} must not contain a query` };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, reason: `${label} uses http for host ${quoted(url.hostname)}: use https (http is allowed only for 127.0.0.0/8, ::1 and localhost)` };
  }
  return { ok: true, url };
}

/** A connection's base URL, normalised (lower-case host, default port dropped, no trailing slash). */
export function checkConnectionUrl(raw: unknown): UrlVerdict {
  const verdict = inspect(raw, { label: 'base url', allowQuery: false });
  if (!verdict.ok) return verdict;
  const path = verdict.url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${verdict.url.origin}${path}` };
}

/** A URL the hub is about to request (queries allowed), unchanged when it passes. */
export function checkRequestUrl(raw: unknown): UrlVerdict {
  const verdict = inspect(raw, { label: 'request url', allowQuery: true });
  return verdict.ok ? { ok: true, url: verdict.url.href } : verdict;
}
