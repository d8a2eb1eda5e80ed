import pino from 'pino';

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
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
