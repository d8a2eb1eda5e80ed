import pino from 'pino';
import { SECURITY_REDACTED_PATHS } from './security/redaction';

/** Field paths that may carry secrets; pino replaces them before anything is written. */
export const REDACTED_PATHS = [
  'access_key',
  'secret_key',
  'sc_password',
  'password',
  'token',
  '*.access_key',
  '*.secret_key',
  '*.sc_password',
  '*.password',
  '*.token',
  'headers.authorization',
  'headers["x-apikeys"]',
  'headers["x-apikey"]',
  'headers.cookie',
];

export function createLogger(level: string): pino.Logger {
  return pino({ level, redact: { paths: [...new Set([...REDACTED_PATHS, ...SECURITY_REDACTED_PATHS])], censor: '[redacted]' } });
}
