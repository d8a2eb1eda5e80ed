import { col, type TableDef } from '../column';
import { SYNC_STATUSES } from '../vocabulary';

/** Per-connector sync status of an asset (Pending, Synced, Error in the connector's assets table). */
export const assetSyncTable = {
  name: 'x_eih_asset_sync',
  label: 'Asset sync',
  display: 'sync_status',
  scope: 'both',
  columns: {
    asset: col.reference('Asset', 'x_eih_asset', { mandatory: true }),
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    sync_status: col.choice('Sync status', SYNC_STATUSES, { default: 'pending' }),
    last_synced: col.datetime('Last synced'),
    error: col.string('Error', { maxLength: 1000 }),
  },
  indexes: [{ columns: ['connector', 'asset'], unique: true }, { columns: ['asset'] }],
} as const satisfies TableDef;
