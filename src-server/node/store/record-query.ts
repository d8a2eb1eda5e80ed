/** Lists records of any model table with an encoded query, a page window and a field projection. */
import type { Kysely } from 'kysely';
import type { TableDef } from '../../../src-shared/model/column';
import type { EncodedQuery } from '../../../src-shared/query/encoded-query';
import type { StoreDialect } from './dialect';
import { queryWhere } from './encoded-query-sql';
import { fromRow, type Row } from './record-codec';

export interface ListWindow {
  readonly limit: number;
  readonly offset: number;
}

export interface ListResult {
  readonly rows: Row[];
  readonly total: number;
}

type AnyDb = Kysely<Record<string, Row>>;

export async function listRecords(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  table: TableDef,
  query: EncodedQuery,
  window: ListWindow,
  columns?: readonly string[],
): Promise<ListResult> {
  const q = db as unknown as AnyDb;
  const filtered = () => {
    const base = q.selectFrom(table.name);
    return query.groups.length === 0 ? base : base.where((eb) => queryWhere(eb, table, query, dialect));
  };
  let select = columns ? filtered().select(columns as string[]) : filtered().selectAll();
  for (const order of query.orderBy) select = select.orderBy(order.field, order.direction);
  // A stable tiebreaker keeps pages from overlapping when the sort key repeats.
  select = select.orderBy(query.orderBy.length === 0 ? 'sys_created_on' : 'sys_id').orderBy('sys_id');
  const [rows, count] = await Promise.all([
    select.limit(window.limit).offset(window.offset).execute(),
    filtered()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => fromRow(table, row)), total: Number(count.n) };
}
