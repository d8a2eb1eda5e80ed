import { col, type TableDef } from '../column';

/** Ordered, data-driven rule: the first whose conditions match a finding names its group. */
export const assignmentRuleTable = {
  name: 'x_eih_assignment_rule',
  label: 'Assignment rule',
  display: 'name',
  scope: 'both',
  columns: {
    name: col.string('Name', { mandatory: true, maxLength: 100 }),
    active: col.boolean('Active', true),
    order: col.integer('Order', { default: 100 }),
    /** JSON array of `{field, operator, value}` conditions, all of which must hold. */
    conditions: col.json('Conditions', { mandatory: true }),
    assignment_group: col.string('Assignment group', { mandatory: true, maxLength: 100 }),
  },
  indexes: [{ columns: ['order'] }],
} as const satisfies TableDef;
