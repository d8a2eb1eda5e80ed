/**
 * Connection base URLs: https only, except plain http to a loopback host (the sandbox). Redirects
 * are never followed by the clients, so a validated address is the one that gets the keys.
 */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function connectionUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `'${text.slice(0, 100)}' is not an absolute URL`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `scheme '${url.protocol}' is not allowed: use https`;
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return 'plain http is allowed only for loopback addresses (the sandbox): use https';
  if (url.username || url.password) return 'credentials must not be part of the URL: use the key fields';
  if (url.hash) return 'a URL fragment is not allowed';
  if (url.search) return 'a query string is not allowed in the base URL';
  return undefined;
}
