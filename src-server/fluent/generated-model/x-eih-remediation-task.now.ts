// Generated from src-shared/model/tables.ts (x_eih_remediation_task) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_remediation_task = Table({
  name: 'x_eih_remediation_task',
  label: 'Remediation task',
  display: 'short_description',
  allowWebServiceAccess: true,
  schema: {
    group_key: StringColumn({ label: 'Group key', maxLength: 255, mandatory: true }),
    short_description: StringColumn({ label: 'Short description', maxLength: 500 }),
    plugin_id: StringColumn({ label: 'Plugin id', maxLength: 40 }),
    assignment_group: StringColumn({ label: 'Assignment group', maxLength: 100 }),
    state: ChoiceColumn({ label: 'State', default: 'open', choices: { open: { label: 'Open', sequence: 0 }, in_progress: { label: 'In progress', sequence: 1 }, closed: { label: 'Closed', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    item_count: IntegerColumn({ label: 'Vulnerable items', default: '0' }),
  },
  index: [
    { name: 'x_eih_remediation_task_group_key', unique: true, element: ['group_key'] },
  ],
})
