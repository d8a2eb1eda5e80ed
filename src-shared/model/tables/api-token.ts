import { col, type TableDef } from '../column';

/** A bearer token for scripts; only its SHA-256 hash is stored, the token is shown once. */
export const apiTokenTable = {
  name: 'x_eih_api_token',
  label: 'API token',
  display: 'name',
  scope: 'node',
  columns: {
    name: col.string('Name', { mandatory: true, maxLength: 100 }),
    user: col.reference('User', 'x_eih_user', { mandatory: true }),
    token_hash: col.string('Token hash', { mandatory: true, maxLength: 128 }),
    prefix: col.string('Prefix', { maxLength: 16 }),
    expires: col.datetime('Expires'),
    last_used: col.datetime('Last used'),
    revoked: col.boolean('Revoked', false),
  },
  indexes: [{ columns: ['token_hash'], unique: true }],
} as const satisfies TableDef;
