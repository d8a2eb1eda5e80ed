import { col, type TableDef } from '../column';

/**
 * The raw page of an import queue entry on the local host. Kept out of the entry's row so the
 * entry's frequent small updates (claims, heartbeats) never rewrite a multi-megabyte page; the
 * instance keeps pages as attachments instead.
 */
export const pagePayloadTable = {
  name: 'x_eih_page_payload',
  label: 'Page payload',
  display: 'entry',
  scope: 'node',
  columns: {
    entry: col.reference('Import queue entry', 'x_eih_import_queue_entry', { mandatory: true }),
    run: col.reference('Run', 'x_eih_integration_run', { mandatory: true }),
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    payload: col.json('Payload', { mandatory: true }),
  },
  indexes: [{ columns: ['entry'], unique: true }, { columns: ['connector'] }],
} as const satisfies TableDef;
