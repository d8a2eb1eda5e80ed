/**
 * The client-side base URL check. It mirrors the hub's URL policy (src-server/node/security/
 * url-policy.ts): https anywhere, plain http only on loopback hosts (127.0.0.0/8, ::1, localhost),
 * where the built-in Tenable sandbox runs. The server stays the authority; this only spares a
 * round trip, so it must never be stricter than the server (it was: `npm start`'s own sandbox URL
 * was refused).
 */
const LOOPBACK = /^(localhost|\[::1\]|127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

export function baseUrlProblem(raw: string): string | null {
  const value = raw.trim();
  const match = /^(https?):\/\/([^\s/?#:]+|\[[^\]]*\])(:\d+)?(\/[^\s?#]*)?$/i.exec(value);
  if (match === null) return 'Base URL must start with https:// (or http:// for localhost).';
  const [, scheme = '', host = ''] = match;
  if (scheme.toLowerCase() === 'http' && !LOOPBACK.test(host)) return 'Base URL must start with https:// (http:// is allowed only for localhost and 127.0.0.1).';
  return null;
}
