/**
 * Log field paths this folder adds to the logger's redaction list (src-server/node/logger.ts
 * already covers access_key, secret_key, sc_password, password, token, authorization, cookie).
 * The lead merges them: `redact: { paths: [...REDACTED_PATHS, ...SECURITY_REDACTED_PATHS] }`.
 */
export const SECURITY_REDACTED_PATHS = [
  'csrf_token',
  '*.csrf_token',
  'password_hash',
  '*.password_hash',
  'token_hash',
  '*.token_hash',
  'session_hash',
  '*.session_hash',
  'headers["x-csrf-token"]',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-apikeys"]',
  '*.headers["x-csrf-token"]',
  '*.headers["set-cookie"]',
  'EIH_SECRET_KEY',
  'EIH_ADMIN_PASSWORD',
  '*.EIH_SECRET_KEY',
  '*.EIH_ADMIN_PASSWORD',
];
