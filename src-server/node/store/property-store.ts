/** The local stand-in for sys_properties: declared defaults, overridden by rows of x_eih_property. */
import { PROPERTIES, defaultPropertyValues, type PropertyName, type PropertyValues } from '../../../src-shared/model/properties';
import { propertyTable } from '../../../src-shared/model/tables';
import type { RecordStore } from './record-store';

export async function readProperties(records: RecordStore): Promise<PropertyValues> {
  const values = defaultPropertyValues();
  for (const row of await records.findBy(propertyTable, {})) {
    const name = row.name as PropertyName;
    const value = Number(row.value);
    if (name in values && Number.isInteger(value)) values[name] = value;
  }
  return values;
}

export async function writeProperties(records: RecordStore, patch: Partial<PropertyValues>, nowIso: string): Promise<PropertyValues> {
  for (const property of PROPERTIES) {
    const value = patch[property.name];
    if (value === undefined) continue;
    const [existing] = await records.findBy(propertyTable, { name: property.name });
    if (existing) await records.update(propertyTable, existing.sys_id as string, { value: String(value) }, nowIso);
    else await records.insert(propertyTable, { name: property.name, value: String(value) }, nowIso);
  }
  return readProperties(records);
}
