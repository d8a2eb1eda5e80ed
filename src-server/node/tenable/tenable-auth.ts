/** Auth headers for each Tenable product. Built at the moment of the call, never logged or stored. */
import type { RevealedConnection } from '../host-services';

export function vmApiKeysHeader(connection: RevealedConnection): Record<string, string> {
  return { 'X-ApiKeys': `accessKey=${connection.access_key ?? ''};secretKey=${connection.secret_key ?? ''};` };
}

export function scApiKeysHeader(connection: RevealedConnection): Record<string, string> {
  return { 'x-apikey': `accesskey=${connection.access_key ?? ''}; secretkey=${connection.secret_key ?? ''};` };
}

export function usesScApiKeys(connection: RevealedConnection): boolean {
  return Boolean(connection.access_key && connection.secret_key);
}
