// Generated from src-shared/model/tables.ts (x_eih_assignment_rule) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_assignment_rule = Table({
  name: 'x_eih_assignment_rule',
  label: 'Assignment rule',
  display: 'name',
  allowWebServiceAccess: true,
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
    active: BooleanColumn({ label: 'Active', default: 'true' }),
    order: IntegerColumn({ label: 'Order', default: '100' }),
    conditions: StringColumn({ label: 'Conditions', maxLength: 65000, mandatory: true }),
    assignment_group: StringColumn({ label: 'Assignment group', maxLength: 100, mandatory: true }),
  },
  index: [
    { name: 'x_eih_assignment_rule_order', unique: false, element: ['order'] },
  ],
})
