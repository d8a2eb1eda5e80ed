// Parsing of Tenable's API-key headers. Header names are case-insensitive (Node lowercases them);
// spacing around ';' and '=' is tolerated; the parameter names are not (accessKey/secretKey for
// VM and WAS, accesskey/secretkey for Security Center), so a client mixing them up gets caught.
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiKeyPair } from './options';

function parseKeyHeader(value: string | string[] | undefined, accessName: string, secretName: string): ApiKeyPair | undefined {
  const text = Array.isArray(value) ? value.join(';') : value;
  if (text === undefined) return undefined;
  const fields = new Map<string, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKey = fields.get(accessName);
  const secretKey = fields.get(secretName);
  if (!accessKey || !secretKey) return undefined;
  return { accessKey, secretKey };
}

export function parseVmKeys(headers: IncomingHttpHeaders): ApiKeyPair | undefined {
  return parseKeyHeader(headers['x-apikeys'], 'accessKey', 'secretKey');
}

export function parseScKeys(headers: IncomingHttpHeaders): ApiKeyPair | undefined {
  return parseKeyHeader(headers['x-apikey'], 'accesskey', 'secretkey');
}

export function keysMatch(given: ApiKeyPair, accepted: ApiKeyPair[], revoked: ReadonlySet<string>): boolean {
  if (revoked.has(given.accessKey)) return false;
  return accepted.some((k) => k.accessKey === given.accessKey && k.secretKey === given.secretKey);
}

/** The value of one cookie from the Cookie header. */
export function cookieValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const UNAUTHORIZED = { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' };
