import { col, type TableDef } from '../column';

/** The local host's stand-in for sys_properties; the instance uses sys_properties itself. */
export const propertyTable = {
  name: 'x_eih_property',
  label: 'Property',
  display: 'name',
  scope: 'node',
  columns: {
    name: col.string('Name', { mandatory: true, unique: true, maxLength: 100 }),
    value: col.string('Value', { maxLength: 4000 }),
  },
  indexes: [{ columns: ['name'], unique: true }],
} as const satisfies TableDef;
