/**
 * zod schemas derived from the table model: one for a full record as stores return it, and one
 * for the writable fields a client may send. The contract layer is the only place zod lives in
 * src-shared, because zod does not run on the ServiceNow instance.
 */
import { z } from 'zod';
import type { ColumnDef, TableDef } from '../model/column';

const ISO_DATETIME = z.iso.datetime({ offset: true });

/**
 * Text a store can keep: PostgreSQL refuses U+0000 in text columns, so a NUL is refused here
 * with a 400 naming the field instead of failing in the store as a 500.
 */
export function storableString(maxLength?: number, minLength = 0) {
  const text = maxLength === undefined ? z.string().min(minLength) : z.string().min(minLength).max(maxLength);
  return text.refine((value) => !value.includes('\u0000'), 'must not contain the NUL character (U+0000)');
}

function valueSchema(column: ColumnDef): z.ZodType {
  switch (column.type) {
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int();
    case 'decimal':
      return z.number();
    case 'datetime':
      return ISO_DATETIME;
    case 'json':
      return z.unknown();
    case 'choice': {
      const values = (column.choices ?? []).map((choice) => choice.value);
      return z.enum(values as [string, ...string[]]);
    }
    case 'reference':
      return z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character sys_id');
    default:
      return storableString(column.maxLength);
  }
}

/** A record as read from a store (secrets excluded: they never leave the host). */
export function recordSchema(table: TableDef) {
  const shape: Record<string, z.ZodType> = {
    sys_id: z.string(),
    sys_created_on: ISO_DATETIME,
    sys_updated_on: ISO_DATETIME,
  };
  for (const [name, column] of Object.entries(table.columns)) {
    if (column.type === 'secret') continue;
    shape[name] = valueSchema(column).nullable();
  }
  return z.object(shape);
}

/**
 * The fields a client may write when creating (mandatory columns required) or updating (all
 * optional). Unknown fields are rejected so a typo is a 400 naming the field, not a silent no-op.
 */
export function writableSchema(table: TableDef, mode: 'create' | 'update', readOnly: readonly string[] = []) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, column] of Object.entries(table.columns)) {
    if (readOnly.includes(name)) continue;
    const value = column.type === 'secret' ? z.string().min(1).max(4096) : valueSchema(column);
    const required = mode === 'create' && column.mandatory === true && column.default === undefined;
    shape[name] = required ? value : value.nullable().optional();
  }
  return z.strictObject(shape);
}
