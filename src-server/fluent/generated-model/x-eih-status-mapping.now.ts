// Generated from src-shared/model/tables.ts (x_eih_status_mapping) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, IntegerColumn, ReferenceColumn } from '@servicenow/sdk/core'

export const x_eih_status_mapping = Table({
  name: 'x_eih_status_mapping',
  label: 'Status mapping',
  display: 'local_status',
  allowWebServiceAccess: true,
  schema: {
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    local_status: ChoiceColumn({ label: 'Local status', mandatory: true, choices: { identified: { label: 'Identified', sequence: 0 }, in_progress: { label: 'In progress', sequence: 1 }, risk_accepted: { label: 'Risk accepted', sequence: 2 }, false_positive: { label: 'False positive', sequence: 3 }, fixed: { label: 'Fixed', sequence: 4 } }, dropdown: 'dropdown_with_none' }),
    remote_status: ChoiceColumn({ label: 'Remote status', mandatory: true, choices: { OPEN: { label: 'Open', sequence: 0 }, REOPENED: { label: 'Reopened', sequence: 1 }, FIXED: { label: 'Fixed', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    order: IntegerColumn({ label: 'Order', default: '0' }),
    mapping_version: IntegerColumn({ label: 'Mapping version', default: '1' }),
  },
  index: [
    { name: 'x_eih_status_mapping_connector_mapping_version', unique: false, element: ['connector', 'mapping_version'] },
  ],
})
