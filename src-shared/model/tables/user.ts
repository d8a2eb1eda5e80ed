import { col, type TableDef } from '../column';

/** A local host user (the instance has sys_user); passwords are stored as scrypt hashes. */
export const userTable = {
  name: 'x_eih_user',
  label: 'User',
  display: 'user_name',
  scope: 'node',
  columns: {
    user_name: col.string('User name', { mandatory: true, unique: true, maxLength: 100 }),
    password_hash: col.string('Password hash', { maxLength: 500 }),
    roles: col.string('Roles', { maxLength: 200, default: 'x_eih.viewer' }),
    active: col.boolean('Active', true),
    last_login: col.datetime('Last login'),
  },
  indexes: [{ columns: ['user_name'], unique: true }],
} as const satisfies TableDef;
