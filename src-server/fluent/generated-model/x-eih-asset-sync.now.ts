// Generated from src-shared/model/tables.ts (x_eih_asset_sync) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, DateTimeColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_asset_sync = Table({
  name: 'x_eih_asset_sync',
  label: 'Asset sync',
  display: 'sync_status',
  allowWebServiceAccess: true,
  schema: {
    asset: ReferenceColumn({ label: 'Asset', referenceTable: 'x_eih_asset', mandatory: true }),
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    sync_status: ChoiceColumn({ label: 'Sync status', default: 'pending', choices: { pending: { label: 'Pending', sequence: 0 }, synced: { label: 'Synced', sequence: 1 }, error: { label: 'Error', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    last_synced: DateTimeColumn({ label: 'Last synced' }),
    error: StringColumn({ label: 'Error', maxLength: 1000 }),
  },
  index: [
    { name: 'x_eih_asset_sync_connector_asset', unique: true, element: ['connector', 'asset'] },
    { name: 'x_eih_asset_sync_asset', unique: false, element: ['asset'] },
  ],
})
