/**
 * Generic record access over the table model, the same for both dialects. Feature code builds on
 * this; hot paths (ingest) use their own prepared statements.
 */
import type { Kysely } from 'kysely';
import type { TableDef } from '../../../src-shared/model/column';
import type { StoreDialect } from './dialect';
import { fromRow, toRow, type Row } from './record-codec';
import { newSysId } from './sys-id';

function defaultsOf(table: TableDef): Row {
  const defaults: Row = {};
  for (const [name, column] of Object.entries(table.columns)) {
    if (column.default !== undefined) defaults[name] = column.default;
  }
  return defaults;
}

export class RecordStore {
  constructor(
    readonly db: Kysely<unknown>,
    readonly dialect: StoreDialect,
  ) {}

  // Kysely's types are per-schema; the model is data, so the store speaks in untyped rows.
  private get q(): Kysely<Record<string, Row>> {
    return this.db as unknown as Kysely<Record<string, Row>>;
  }

  async insert(table: TableDef, values: Row, nowIso: string): Promise<Row> {
    const record = { ...defaultsOf(table), ...values, sys_id: values.sys_id ?? newSysId(), sys_created_on: nowIso, sys_updated_on: nowIso };
    await this.q.insertInto(table.name).values(toRow(table, record, this.dialect)).execute();
    return record;
  }

  async get(table: TableDef, sysId: string): Promise<Row | undefined> {
    const row = await this.q.selectFrom(table.name).selectAll().where('sys_id', '=', sysId).executeTakeFirst();
    return row ? fromRow(table, row) : undefined;
  }

  async update(table: TableDef, sysId: string, patch: Row, nowIso: string): Promise<Row | undefined> {
    const values = toRow(table, { ...patch, sys_updated_on: nowIso }, this.dialect);
    delete values.sys_id;
    await this.q.updateTable(table.name).set(values).where('sys_id', '=', sysId).execute();
    return this.get(table, sysId);
  }

  async delete(table: TableDef, sysId: string): Promise<boolean> {
    const result = await this.q.deleteFrom(table.name).where('sys_id', '=', sysId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Records matching every `where` value; `except` leaves heavy columns (page payloads) unread. */
  async findBy(table: TableDef, where: Row, except: readonly string[] = []): Promise<Row[]> {
    const columns = except.length === 0 ? null : ['sys_id', 'sys_created_on', 'sys_updated_on', ...Object.keys(table.columns).filter((name) => !except.includes(name))];
    let query = columns === null ? this.q.selectFrom(table.name).selectAll() : this.q.selectFrom(table.name).select(columns);
    for (const [column, value] of Object.entries(toRow(table, where, this.dialect))) {
      query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value);
    }
    const rows = await query.orderBy('sys_created_on').execute();
    return rows.map((row) => fromRow(table, row));
  }

  async count(table: TableDef): Promise<number> {
    const row = await this.q
      .selectFrom(table.name)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
