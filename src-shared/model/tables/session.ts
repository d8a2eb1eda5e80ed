import { col, type TableDef } from '../column';

/** A signed-in workspace session (same-site cookie + CSRF token); only hashes are stored. */
export const sessionTable = {
  name: 'x_eih_session',
  label: 'Session',
  display: 'user',
  scope: 'node',
  columns: {
    user: col.reference('User', 'x_eih_user', { mandatory: true }),
    session_hash: col.string('Session hash', { mandatory: true, maxLength: 128 }),
    csrf_token: col.string('CSRF token', { mandatory: true, maxLength: 128 }),
    expires: col.datetime('Expires', { mandatory: true }),
  },
  indexes: [{ columns: ['session_hash'], unique: true }],
} as const satisfies TableDef;
