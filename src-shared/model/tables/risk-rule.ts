import { col, type TableDef } from '../column';

/** Data-driven weight added to a finding's risk score when its conditions hold. */
export const riskRuleTable = {
  name: 'x_eih_risk_rule',
  label: 'Risk rule',
  display: 'name',
  scope: 'both',
  columns: {
    name: col.string('Name', { mandatory: true, maxLength: 100 }),
    active: col.boolean('Active', true),
    order: col.integer('Order', { default: 100 }),
    conditions: col.json('Conditions', { mandatory: true }),
    /** Added to the computed score; the result is clamped to 0..100. */
    adjustment: col.decimal('Adjustment', { default: 0 }),
  },
  indexes: [{ columns: ['order'] }],
} as const satisfies TableDef;
