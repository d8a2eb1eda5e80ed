import { describe, expect, it } from 'vitest';
import { recordSchema, writableSchema } from '../../src-shared/contract/record-schemas';
import { connectionTable, connectorTable } from '../../src-shared/model/tables';

describe('zod schemas derived from the model', () => {
  it('requires mandatory columns on create and names an unknown field', () => {
    const create = writableSchema(connectionTable, 'create');
    expect(create.safeParse({ name: 'vm', base_url: 'https://cloud.tenable.com' }).success).toBe(true);
    const missing = create.safeParse({ base_url: 'https://cloud.tenable.com' });
    expect(missing.success).toBe(false);
    expect(JSON.stringify(missing.error?.issues)).toContain('name');
    const unknown = create.safeParse({ name: 'vm', base_url: 'https://x', colour: 'red' });
    expect(unknown.success).toBe(false);
    expect(JSON.stringify(unknown.error?.issues)).toContain('colour');
  });

  it('rejects a value outside a choice list and over a max length', () => {
    const update = writableSchema(connectorTable, 'update');
    expect(update.safeParse({ status: 'exploded' }).success).toBe(false);
    expect(update.safeParse({ name: 'x'.repeat(101) }).success).toBe(false);
    expect(update.safeParse({ status: 'disabled', name: 'ok' }).success).toBe(true);
  });

  it('never exposes secret columns in a read record', () => {
    const shape = recordSchema(connectionTable).shape as Record<string, unknown>;
    expect(shape.access_key).toBeUndefined();
    expect(shape.secret_key).toBeUndefined();
    expect(shape.sc_password).toBeUndefined();
    expect(shape.name).toBeDefined();
  });
});
