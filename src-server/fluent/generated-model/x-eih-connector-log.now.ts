// Generated from src-shared/model/tables.ts (x_eih_connector_log) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, ChoiceColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_connector_log = Table({
  name: 'x_eih_connector_log',
  label: 'Connector log',
  display: 'message',
  allowWebServiceAccess: true,
  schema: {
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    run: ReferenceColumn({ label: 'Run', referenceTable: 'x_eih_integration_run' }),
    level: ChoiceColumn({ label: 'Level', default: 'info', choices: { debug: { label: 'Debug', sequence: 0 }, info: { label: 'Info', sequence: 1 }, warn: { label: 'Warn', sequence: 2 }, error: { label: 'Error', sequence: 3 } }, dropdown: 'dropdown_with_none' }),
    stage: ChoiceColumn({ label: 'Stage', default: 'initiating', choices: { initiating: { label: 'Initiating', sequence: 0 }, connectivity_test: { label: 'Connectivity test', sequence: 1 }, fetching: { label: 'Fetching', sequence: 2 }, normalizing: { label: 'Normalizing', sequence: 3 }, processing: { label: 'Processing', sequence: 4 } }, dropdown: 'dropdown_with_none' }),
    event: StringColumn({ label: 'Event', maxLength: 60 }),
    message: StringColumn({ label: 'Message', maxLength: 4000 }),
    status_code: IntegerColumn({ label: 'Status code' }),
    retryable: BooleanColumn({ label: 'Retryable', default: 'false' }),
    created: DateTimeColumn({ label: 'Created', mandatory: true }),
  },
  index: [
    { name: 'x_eih_connector_log_connector_created', unique: false, element: ['connector', 'created'] },
    { name: 'x_eih_connector_log_created', unique: false, element: ['created'] },
    { name: 'x_eih_connector_log_sys_created_on_sys_id', unique: false, element: ['sys_created_on', 'sys_id'] },
  ],
})
