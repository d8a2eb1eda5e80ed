// Generated from src-shared/model/tables.ts (x_eih_connector_project) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_connector_project = Table({
  name: 'x_eih_connector_project',
  label: 'Connector project',
  display: 'name',
  allowWebServiceAccess: true,
  schema: {
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    project_type: ChoiceColumn({ label: 'Project type', mandatory: true, choices: { WAS: { label: 'WAS', sequence: 0 }, VM: { label: 'VM', sequence: 1 } }, dropdown: 'dropdown_with_none' }),
    external_id: StringColumn({ label: 'External id', maxLength: 100, mandatory: true }),
    name: StringColumn({ label: 'Name', maxLength: 255 }),
  },
  index: [
    { name: 'x_eih_connector_project_connector_project_type_external_id', unique: true, element: ['connector', 'project_type', 'external_id'] },
  ],
})
