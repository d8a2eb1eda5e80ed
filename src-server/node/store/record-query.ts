/**
 * Lists records of any model table with an encoded query, a page window and a column projection,
 * as the JSON text of the page and the exact number of matching records (`X-Total-Count`).
 *
 * The count is skipped when the page itself shows where the list ends (a short page). SQLite
 * renders the rows as JSON in the database (sqlite-json-rows.ts) and reads the change stamp in the
 * same statement; its counts are kept per table and filter under the stamp they were taken with,
 * so a count is re-taken only after a write. PostgreSQL has no such stamp (change-stamp.ts) and
 * counts every full page.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { TableDef } from '../../../src-shared/model/column';
import type { EncodedQuery } from '../../../src-shared/query/encoded-query';
import { STAMP_COLUMNS, stampOf } from './change-stamp';
import type { StoreDialect } from './dialect';
import { queryWhere } from './encoded-query-sql';
import { fromRow, type Row } from './record-codec';
import { createStampedCache, type StampedCache } from './stamped-cache';
import { joinJsonParts, jsonRowParts, type SecretPresenceSpec } from './sqlite-json-rows';

export interface ListWindow {
  readonly limit: number;
  readonly offset: number;
}

export interface ListProjection {
  /** Output columns in order; all must be model or system columns. */
  readonly columns: readonly string[];
  /** Adds an object saying whether each of these secret columns holds a value (never the value). */
  readonly secretPresence?: SecretPresenceSpec;
}

export interface ListPage {
  /** The page as a JSON array of records. */
  readonly json: string;
  readonly total: number;
}

type AnyDb = Kysely<Record<string, Row>>;

/**
 * Compiled SQLite page statements without their window, per table, projection and query: the
 * statement is long (a JSON object per row), and building and compiling it is a good part of a
 * small page's cost. The window is the statement's last two parameters (`limit ? offset ?`).
 */
const pageStatements = new Map<string, { sql: string; parameters: readonly unknown[]; parts: number }>();
const MAX_PAGE_STATEMENTS = 500;

const projectionKeys = new WeakMap<ListProjection, string>();

/** Serialised once per projection object (routes reuse theirs; a sysparm_fields projection is new each time). */
function projectionKey(table: TableDef, projection: ListProjection): string {
  let key = projectionKeys.get(projection);
  if (key === undefined) {
    key = JSON.stringify([table.name, projection]);
    projectionKeys.set(projection, key);
  }
  return key;
}

/** Exact counts per database, table and filter, each valid while the database's stamp is unchanged. */
const countCaches = new WeakMap<object, StampedCache<number>>();

function countCacheOf(db: object): StampedCache<number> {
  let cache = countCaches.get(db);
  if (!cache) {
    cache = createStampedCache<number>();
    countCaches.set(db, cache);
  }
  return cache;
}

/** The total a page proves by itself: a short page that is not past the end ends the list. */
function totalShownByPage(rowCount: number, window: ListWindow): number | undefined {
  if (rowCount > 0 && rowCount < window.limit) return window.offset + rowCount;
  if (rowCount === 0 && window.offset === 0) return 0;
  return undefined;
}

interface FetchedPage {
  readonly json: string;
  readonly rowCount: number;
  /** SQLite: the change stamp the page was read under. */
  readonly stamp?: string;
}

function listQueries(db: Kysely<unknown>, dialect: StoreDialect, table: TableDef, query: EncodedQuery) {
  const q = db as unknown as AnyDb;
  const filtered = () => {
    const base = q.selectFrom(table.name);
    return query.groups.length === 0 ? base : base.where((eb) => queryWhere(eb, table, query, dialect));
  };
  type Select = ReturnType<typeof filtered>;
  const ordered = (select: Select, window: ListWindow): Select => {
    let result = select;
    for (const order of query.orderBy) result = result.orderBy(order.field, order.direction);
    // A stable tiebreaker keeps pages from overlapping when the sort key repeats.
    if (query.orderBy.length === 0) result = result.orderBy('sys_created_on');
    return result.orderBy('sys_id').limit(window.limit).offset(window.offset);
  };
  const count = () => filtered().select((eb) => eb.fn.countAll<number>().as('n'));
  return { filtered, ordered, count };
}

async function sqlitePage(db: Kysely<unknown>, table: TableDef, query: EncodedQuery, window: ListWindow, projection: ListProjection): Promise<FetchedPage> {
  const statementKey = `${projectionKey(table, projection)}|${JSON.stringify(query)}`;
  let statement = pageStatements.get(statementKey);
  if (!statement) {
    const { filtered, ordered } = listQueries(db, 'sqlite', table, query);
    const parts = jsonRowParts(table, projection.columns, projection.secretPresence);
    const select = filtered().select([...parts.map((part, index) => sql.raw<string>(part).as(`j${index}`)), ...STAMP_COLUMNS]);
    const compiled = ordered(select as ReturnType<typeof filtered>, window).compile();
    if (!/ limit \? offset \?$/.test(compiled.sql)) throw new Error(`page statement of ${table.name} does not end with its window: ${compiled.sql.slice(-40)}`);
    statement = { sql: compiled.sql, parameters: compiled.parameters.slice(0, -2), parts: parts.length };
    while (pageStatements.size >= MAX_PAGE_STATEMENTS) pageStatements.delete(pageStatements.keys().next().value as string);
    pageStatements.set(statementKey, statement);
  }
  const { rows } = await db.executeQuery<Row>(CompiledQuery.raw(statement.sql, [...statement.parameters, window.limit, window.offset]));
  const partCount = statement.parts;
  const rowJson = (row: Row) => (partCount === 1 ? String(row.j0) : joinJsonParts(Array.from({ length: partCount }, (_, index) => String(row[`j${index}`]))));
  const stamp = stampOf(rows[0]);
  return { json: `[${rows.map(rowJson).join(',')}]`, rowCount: rows.length, ...(stamp !== undefined ? { stamp } : {}) };
}

async function postgresPage(db: Kysely<unknown>, table: TableDef, query: EncodedQuery, window: ListWindow, projection: ListProjection): Promise<FetchedPage> {
  const { filtered, ordered } = listQueries(db, 'postgres', table, query);
  const presence = projection.secretPresence;
  const selected = presence ? [...projection.columns, ...presence.columns.filter((name) => !projection.columns.includes(name))] : projection.columns;
  const rows = await ordered(filtered().select(selected as string[]) as ReturnType<typeof filtered>, window).execute();
  const records = rows.map((row) => {
    const record = fromRow(table, row as Row);
    const view: Row = {};
    for (const name of projection.columns) view[name] = record[name] ?? null;
    if (presence) view[presence.as] = Object.fromEntries(presence.columns.map((name) => [name, typeof record[name] === 'string' && record[name] !== '' ? 'set' : 'not_set']));
    return view;
  });
  return { json: JSON.stringify(records), rowCount: records.length };
}

export async function listPage(db: Kysely<unknown>, dialect: StoreDialect, table: TableDef, query: EncodedQuery, window: ListWindow, projection: ListProjection): Promise<ListPage> {
  const page = dialect === 'sqlite' ? await sqlitePage(db, table, query, window, projection) : await postgresPage(db, table, query, window, projection);
  const shown = totalShownByPage(page.rowCount, window);
  if (shown !== undefined) return { json: page.json, total: shown };
  const cache = countCacheOf(db);
  const key = `${table.name}|${JSON.stringify(query.groups)}`;
  const cached = cache.get(key, page.stamp);
  if (cached !== undefined) return { json: page.json, total: cached };
  const { count } = listQueries(db, dialect, table, query);
  // SQLite reads the stamp in the counting statement itself: the count is exact for that stamp.
  const row = (await (dialect === 'sqlite' ? count().select(STAMP_COLUMNS) : count()).executeTakeFirstOrThrow()) as Row;
  const total = Number(row.n);
  cache.set(key, stampOf(row), total);
  return { json: page.json, total };
}
