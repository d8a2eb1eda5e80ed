import { col, type TableDef } from '../column';
import { PROJECT_TYPES } from '../vocabulary';

/** A WAS scan config or VM scope selected for a connector (when it does not import all). */
export const connectorProjectTable = {
  name: 'x_eih_connector_project',
  label: 'Connector project',
  display: 'name',
  scope: 'both',
  columns: {
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    project_type: col.choice('Project type', PROJECT_TYPES, { mandatory: true }),
    external_id: col.string('External id', { mandatory: true, maxLength: 100 }),
    name: col.string('Name', { maxLength: 255 }),
  },
  indexes: [{ columns: ['connector', 'project_type', 'external_id'], unique: true }],
} as const satisfies TableDef;
