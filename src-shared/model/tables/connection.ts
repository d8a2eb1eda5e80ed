import { col, type TableDef } from '../column';
import { CONNECTION_STATUSES, PLATFORMS } from '../vocabulary';

/** Tenable credentials and the outcome of their last test (Tenable's "Manage Connections"). */
export const connectionTable = {
  name: 'x_eih_connection',
  label: 'Connection',
  display: 'name',
  scope: 'both',
  columns: {
    name: col.string('Name', { mandatory: true, unique: true, maxLength: 100 }),
    active: col.boolean('Active', true),
    connection_alias: col.string('Connection alias', { maxLength: 100 }),
    application: col.string('Application', { maxLength: 100, default: 'x_eih' }),
    platform: col.choice('Platform', PLATFORMS, { mandatory: true, default: 'tenable_vm' }),
    base_url: col.string('Base URL', { mandatory: true, maxLength: 1000 }),
    access_key: col.secret('Access key'),
    secret_key: col.secret('Secret key'),
    sc_username: col.string('Security Center username', { maxLength: 100 }),
    sc_password: col.secret('Security Center password'),
    status: col.choice('Status', CONNECTION_STATUSES, { default: 'pending' }),
    status_code: col.integer('Status code'),
    message: col.string('Message', { maxLength: 4000 }),
    suggestion: col.string('Suggestion', { maxLength: 4000 }),
    last_tested: col.datetime('Last tested'),
    updated: col.datetime('Updated'),
  },
  indexes: [{ columns: ['name'], unique: true }],
} as const satisfies TableDef;
