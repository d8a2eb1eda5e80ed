// Generated from src-shared/model/tables.ts (x_eih_risk_rule) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, DecimalColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_risk_rule = Table({
  name: 'x_eih_risk_rule',
  label: 'Risk rule',
  display: 'name',
  allowWebServiceAccess: true,
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
    active: BooleanColumn({ label: 'Active', default: 'true' }),
    order: IntegerColumn({ label: 'Order', default: '100' }),
    conditions: StringColumn({ label: 'Conditions', maxLength: 65000, mandatory: true }),
    adjustment: DecimalColumn({ label: 'Adjustment', default: '0' }),
  },
  index: [
    { name: 'x_eih_risk_rule_order', unique: false, element: ['order'] },
  ],
})
