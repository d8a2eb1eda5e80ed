import { describe, expect, it } from 'vitest';
import { TABLES, tableByName } from '../../src-shared/model/tables';
import { PROPERTIES, defaultPropertyValues } from '../../src-shared/model/properties';
import type { TableDef } from '../../src-shared/model/column';

const tables = TABLES as readonly TableDef[];

describe('table model', () => {
  it('names every table x_eih_<noun> once', () => {
    const names = tables.map((table) => table.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^x_eih_[a-z_]+$/);
  });

  it.each(tables.map((table) => [table.name, table] as const))('%s is internally consistent', (_name, table) => {
    expect(Object.keys(table.columns)).toContain(table.display);
    for (const index of table.indexes) {
      for (const column of index.columns) expect([...Object.keys(table.columns), 'sys_id', 'sys_created_on', 'sys_updated_on']).toContain(column);
    }
    for (const [name, column] of Object.entries(table.columns)) {
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(column.label.length).toBeGreaterThan(0);
      if (column.type === 'reference') expect(tableByName(column.reference ?? '')).toBeDefined();
      if (column.type === 'choice') {
        expect(column.choices?.length).toBeGreaterThan(0);
        if (column.default !== undefined) expect(column.choices?.map((c) => c.value)).toContain(column.default);
      }
    }
  });

  it('keeps secrets only in the connection table', () => {
    const secretColumns = tables.flatMap((table) =>
      Object.entries(table.columns)
        .filter(([, column]) => column.type === 'secret')
        .map(([name]) => `${table.name}.${name}`),
    );
    expect(secretColumns).toEqual(['x_eih_connection.access_key', 'x_eih_connection.secret_key', 'x_eih_connection.sc_password']);
  });

  it('declares the four heartbeat and limit properties with documented defaults', () => {
    const values = defaultPropertyValues();
    expect(values['x_eih.processing.time_limit']).toBe(3600);
    expect(values['x_eih.logs.retention_days']).toBe(14);
    expect(values['x_eih.heartbeat.record_threshold']).toBeGreaterThan(0);
    expect(values['x_eih.heartbeat.maximum_delay']).toBeGreaterThan(values['x_eih.heartbeat.interval_seconds']);
    for (const property of PROPERTIES) {
      expect(property.description.length).toBeGreaterThan(40);
      expect(property.default).toBeGreaterThanOrEqual(property.min);
      expect(property.default).toBeLessThanOrEqual(property.max);
    }
  });
});
