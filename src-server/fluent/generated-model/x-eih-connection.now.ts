// Generated from src-shared/model/tables.ts (x_eih_connection) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, ChoiceColumn, DateTimeColumn, GenericColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_connection = Table({
  name: 'x_eih_connection',
  label: 'Connection',
  display: 'name',
  allowWebServiceAccess: true,
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true, unique: true }),
    active: BooleanColumn({ label: 'Active', default: 'true' }),
    connection_alias: StringColumn({ label: 'Connection alias', maxLength: 100 }),
    application: StringColumn({ label: 'Application', maxLength: 100, default: 'x_eih' }),
    platform: ChoiceColumn({ label: 'Platform', mandatory: true, default: 'tenable_vm', choices: { tenable_vm: { label: 'Tenable Vulnerability Management', sequence: 0 }, tenable_was: { label: 'Tenable Web App Scanning', sequence: 1 }, tenable_sc: { label: 'Tenable Security Center', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    base_url: StringColumn({ label: 'Base URL', maxLength: 1000, mandatory: true }),
    access_key: GenericColumn({ columnType: 'password2', label: 'Access key' }),
    secret_key: GenericColumn({ columnType: 'password2', label: 'Secret key' }),
    sc_username: StringColumn({ label: 'Security Center username', maxLength: 100 }),
    sc_password: GenericColumn({ columnType: 'password2', label: 'Security Center password' }),
    status: ChoiceColumn({ label: 'Status', default: 'pending', choices: { pending: { label: 'Pending', sequence: 0 }, success: { label: 'Success', sequence: 1 }, error: { label: 'Error', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    status_code: IntegerColumn({ label: 'Status code' }),
    message: StringColumn({ label: 'Message', maxLength: 4000 }),
    suggestion: StringColumn({ label: 'Suggestion', maxLength: 4000 }),
    last_tested: DateTimeColumn({ label: 'Last tested' }),
    updated: DateTimeColumn({ label: 'Updated' }),
  },
  index: [
    { name: 'x_eih_connection_name', unique: true, element: ['name'] },
  ],
})
