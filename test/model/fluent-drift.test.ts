import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fluentTableSource } from '../../scripts/fluent-codegen';
import { GENERATED_DIR, expectedGeneratedFiles } from '../../scripts/generate-fluent';
import { connectorTable } from '../../src-shared/model/tables';
import { col, type TableDef } from '../../src-shared/model/column';

describe('generated Fluent tables', () => {
  const expected = expectedGeneratedFiles();

  it('match the table model (run `npm run generate` after changing the model)', () => {
    const onDisk = readdirSync(GENERATED_DIR).sort();
    expect(onDisk).toEqual([...expected.keys()].sort());
    for (const [name, source] of expected) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), `${name} drifted from the model`).toBe(source);
    }
  });

  it('would notice a column added to the model without regenerating', () => {
    const changed: TableDef = { ...connectorTable, columns: { ...connectorTable.columns, added_later: col.string('Added later') } };
    const onDisk = readFileSync(join(GENERATED_DIR, 'x-eih-connector.now.ts'), 'utf8');
    expect(fluentTableSource(changed, 'src-shared/model/tables.ts (x_eih_connector)')).not.toBe(onDisk);
  });

  it('emits every column with its Fluent type, choices and reference', () => {
    const source = expected.get('x-eih-connector.now.ts') ?? '';
    expect(source).toContain("connection: ReferenceColumn({ label: 'Connection', referenceTable: 'x_eih_connection', mandatory: true })");
    expect(source).toContain('deleting: { label:');
    expect(expected.get('x-eih-connection.now.ts')).toContain("access_key: GenericColumn({ columnType: 'password2'");
  });
});
