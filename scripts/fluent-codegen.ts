/**
 * Turns the one table model into Fluent `Table(...)` source. Fluent is compiled by static analysis,
 * so the instance needs literal declarations: we generate them and a test fails when they drift.
 */
import type { ColumnDef, TableDef } from '../src-shared/model/column';
import { PROPERTIES } from '../src-shared/model/properties';

const FLUENT_COLUMN: Record<ColumnDef['type'], string> = {
  string: 'StringColumn',
  boolean: 'BooleanColumn',
  integer: 'IntegerColumn',
  decimal: 'DecimalColumn',
  datetime: 'DateTimeColumn',
  reference: 'ReferenceColumn',
  choice: 'ChoiceColumn',
  json: 'StringColumn',
  secret: 'GenericColumn',
};

/** Long JSON payloads live in attachments on the instance; the column keeps what fits. */
const JSON_MAX_LENGTH = 65000;

const HEADER = (source: string) =>
  `// Generated from ${source} by \`npm run generate\`. Do not edit: change the model and regenerate.\n`;

/** A TypeScript literal in the house quote style (strings and string arrays are all we emit). */
function literal(value: string | readonly string[] | undefined): string {
  if (Array.isArray(value)) return `[${value.map((item) => literal(item)).join(', ')}]`;
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function columnSource(column: ColumnDef): string {
  const fields: string[] = [`label: ${literal(column.label)}`];
  if (column.type === 'secret') fields.unshift(`columnType: 'password2'`);
  if (column.type === 'reference') fields.push(`referenceTable: ${literal(column.reference)}`);
  const maxLength = column.type === 'json' ? JSON_MAX_LENGTH : column.maxLength;
  if (maxLength !== undefined) fields.push(`maxLength: ${maxLength}`);
  if (column.mandatory) fields.push('mandatory: true');
  if (column.unique) fields.push('unique: true');
  if (column.default !== undefined) fields.push(`default: ${literal(String(column.default))}`);
  if (column.choices) {
    const entries = column.choices.map((choice, index) => `${choice.value}: { label: ${literal(choice.label)}, sequence: ${index} }`);
    fields.push(`choices: { ${entries.join(', ')} }`);
    fields.push(`dropdown: 'dropdown_with_none'`);
  }
  return `${FLUENT_COLUMN[column.type]}({ ${fields.join(', ')} })`;
}

export function fluentTableFileName(table: TableDef): string {
  return `${table.name.replace(/_/g, '-')}.now.ts`;
}

export function fluentTableSource(table: TableDef, modelPath: string): string {
  const columnTypes = new Set(Object.values(table.columns).map((column) => FLUENT_COLUMN[column.type]));
  const imports = ['Table', ...[...columnTypes].sort()].join(', ');
  const schema = Object.entries(table.columns)
    .map(([name, column]) => `    ${name}: ${columnSource(column)},`)
    .join('\n');
  const indexes = table.indexes
    .map(
      (index) =>
        `    { name: ${literal(`${table.name}_${index.columns.join('_')}`)}, unique: ${index.unique === true}, element: ${literal(index.columns)} },`,
    )
    .join('\n');
  return `${HEADER(modelPath)}import { ${imports} } from '@servicenow/sdk/core'

export const ${table.name} = Table({
  name: ${literal(table.name)},
  label: ${literal(table.label)},
  display: ${literal(table.display)},
  allowWebServiceAccess: true,
  schema: {
${schema}
  },
  index: [
${indexes}
  ],
})
`;
}

export function fluentPropertiesSource(): string {
  const records = PROPERTIES.map(
    (property) => `Property({
  $id: Now.ID[${literal(property.name)}],
  name: ${literal(property.name)},
  type: 'integer',
  value: ${property.default},
  description: ${literal(`${property.label}. ${property.description}`)},
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})`,
  );
  return `${HEADER('src-shared/model/properties.ts')}import { Property } from '@servicenow/sdk/core'

${records.join('\n\n')}
`;
}
