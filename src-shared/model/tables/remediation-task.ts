import { col, type TableDef } from '../column';
import { TASK_STATES } from '../vocabulary';

/** Work for one assignment group on one plugin: the grouping of vulnerable items to fix. */
export const remediationTaskTable = {
  name: 'x_eih_remediation_task',
  label: 'Remediation task',
  display: 'short_description',
  scope: 'both',
  columns: {
    group_key: col.string('Group key', { mandatory: true, maxLength: 255 }),
    short_description: col.string('Short description', { maxLength: 500 }),
    plugin_id: col.string('Plugin id', { maxLength: 40 }),
    assignment_group: col.string('Assignment group', { maxLength: 100 }),
    state: col.choice('State', TASK_STATES, { default: 'open' }),
    item_count: col.integer('Vulnerable items', { default: 0 }),
  },
  indexes: [{ columns: ['group_key'], unique: true }],
} as const satisfies TableDef;
