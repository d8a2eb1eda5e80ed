import { col, type TableDef } from '../column';
import { LOCAL_STATUSES, REMOTE_STATES } from '../vocabulary';

/** One row of a connector's two-way status mapping; `order` ranks remote statuses for write-back. */
export const statusMappingTable = {
  name: 'x_eih_status_mapping',
  label: 'Status mapping',
  display: 'local_status',
  scope: 'both',
  columns: {
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    local_status: col.choice('Local status', LOCAL_STATUSES, { mandatory: true }),
    remote_status: col.choice('Remote status', REMOTE_STATES, { mandatory: true }),
    order: col.integer('Order', { default: 0 }),
    mapping_version: col.integer('Mapping version', { default: 1 }),
  },
  indexes: [{ columns: ['connector', 'mapping_version'] }],
} as const satisfies TableDef;
