import { beforeAll, describe, expect, it } from 'vitest';
import { PROPERTIES } from '../../src-shared/model/properties';
import { instanceTables } from '../../src-shared/model/tables';
import { builtAppExists, field, readBuiltRecords, type BuiltRecord } from '../support/built-app';

describe('the built ServiceNow app (dist/app from now-sdk build)', () => {
  let records: BuiltRecord[] = [];

  beforeAll(() => {
    if (!builtAppExists()) throw new Error('dist/app is missing: `npm test` runs `now-sdk build` before vitest (or run `npm run now:build`)');
    records = readBuiltRecords();
  });

  it('has a sys_db_object for every table of the model', () => {
    const tables = records.filter((r) => r.table === 'sys_db_object').map((r) => field(r.xml, 'name'));
    for (const table of instanceTables()) expect(tables, table.name).toContain(table.name);
  });

  it('has a sys_dictionary entry with the right type for every column', () => {
    const dictionary = records.filter((r) => r.table === 'sys_dictionary');
    const TYPES: Record<string, string> = { string: 'string', boolean: 'boolean', integer: 'integer', decimal: 'decimal', datetime: 'glide_date_time', reference: 'reference', choice: 'choice', json: 'string', secret: 'password2' };
    for (const table of instanceTables()) {
      for (const [name, column] of Object.entries(table.columns)) {
        const entry = dictionary.find((r) => r.xml.includes(`element="${name}" table="${table.name}"`));
        expect(entry, `${table.name}.${name}`).toBeDefined();
        const internalType = field(entry?.xml ?? '', 'internal_type');
        expect(internalType, `${table.name}.${name}`).toBe(TYPES[column.type]);
        if (column.type === 'reference') expect(field(entry?.xml ?? '', 'reference')).toContain(column.reference);
      }
    }
  });

  it('has the choices of every choice column', () => {
    const choiceSets = records.filter((r) => r.table === 'sys_choice_v2');
    for (const table of instanceTables()) {
      for (const [name, column] of Object.entries(table.columns)) {
        if (!column.choices) continue;
        const set = choiceSets.find((r) => r.xml.includes(`field="${name}" table="${table.name}"`));
        expect(set, `${table.name}.${name}`).toBeDefined();
        for (const choice of column.choices) expect(set?.xml, `${table.name}.${name}=${choice.value}`).toContain(`<value>${choice.value}</value>`);
      }
    }
  });

  it('has a sys_properties record for every property with its default', () => {
    const properties = records.filter((r) => r.table === 'sys_properties');
    for (const property of PROPERTIES) {
      const record = properties.find((r) => field(r.xml, 'name') === property.name);
      expect(record, property.name).toBeDefined();
      expect(field(record?.xml ?? '', 'value')).toBe(String(property.default));
      expect(field(record?.xml ?? '', 'type')).toBe('integer');
    }
  });
});
