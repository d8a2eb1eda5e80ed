/**
 * The list conventions of ServiceNow's REST API: sysparm_* in, `{result: [...]}` out with
 * X-Total-Count and a Link header (first, prev, next, last).
 */
import type { Context } from 'hono';
import type { ListPage, ListProjection } from '../store/record-query';
import type { TableDef } from '../../../src-shared/model/column';
import { SYSTEM_COLUMNS } from '../../../src-shared/model/column';
import type { ListQuery } from '../../../src-shared/contract/envelope';
import { parseEncodedQuery, type EncodedQuery } from '../../../src-shared/query/encoded-query';
import { ApiError, failureToApiError } from './api-error';

export interface ListRequest {
  readonly query: EncodedQuery;
  readonly window: { limit: number; offset: number };
  readonly fields?: readonly string[];
}

export function parseListRequest(table: TableDef, params: ListQuery, extraConditions = ''): ListRequest {
  const combined = [params.sysparm_query, extraConditions].filter((part) => part && part.length > 0).join('^');
  const parsed = parseEncodedQuery(table, combined);
  if (!parsed.ok) throw failureToApiError(parsed.error);
  // Secret columns are not there for a caller: filtering or sorting on one would be an oracle on
  // the sealed value, so it is refused exactly like a field that does not exist.
  const named = [...parsed.value.groups.flat().map((condition) => condition.field), ...parsed.value.orderBy.map((order) => order.field)];
  const secret = named.find((field) => table.columns[field]?.type === 'secret');
  if (secret !== undefined) throw new ApiError(400, `sysparm_query names unknown field '${secret}' of ${table.name}`, JSON.stringify({ field: secret }));
  let fields: string[] | undefined;
  if (params.sysparm_fields) {
    fields = params.sysparm_fields.split(',').map((field) => field.trim()).filter(Boolean);
    for (const field of fields) {
      const known = (SYSTEM_COLUMNS as readonly string[]).includes(field) || (field in table.columns && table.columns[field]?.type !== 'secret');
      if (!known) throw new ApiError(400, `sysparm_fields names unknown field '${field}' of ${table.name}`, 'unknown_field');
    }
    if (!fields.includes('sys_id')) fields.unshift('sys_id');
  }
  return { query: parsed.value, window: { limit: params.sysparm_limit, offset: params.sysparm_offset }, ...(fields ? { fields } : {}) };
}

/** The same object for every request of a resource, so the store can key its statements on it. */
const defaultProjections = new Map<string, ListProjection>();

/**
 * What a list returns of each record: the fields asked for with sysparm_fields, or else every
 * column except secrets and the heavy columns a resource leaves out of lists (`omit`). Secrets are
 * never read for a list; a resource may report whether each is set (`presenceAs`).
 */
export function listProjection(table: TableDef, request: ListRequest, options: { omit?: readonly string[]; presenceAs?: string } = {}): ListProjection {
  // A field named twice is listed once (a JSON object keeps one value per key).
  if (request.fields) return { columns: [...new Set(request.fields)] };
  const omit = options.omit ?? [];
  const key = `${table.name}|${omit.join(',')}|${options.presenceAs ?? ''}`;
  let projection = defaultProjections.get(key);
  if (!projection) {
    const secrets = Object.keys(table.columns).filter((name) => table.columns[name]?.type === 'secret');
    const columns = [...SYSTEM_COLUMNS, ...Object.keys(table.columns).filter((name) => !secrets.includes(name) && !omit.includes(name))];
    projection = options.presenceAs === undefined ? { columns } : { columns, secretPresence: { as: options.presenceAs, columns: secrets } };
    defaultProjections.set(key, projection);
  }
  return projection;
}

/** The list response: `{"result": <page>}` with its X-Total-Count and Link headers. */
export function listResponse(c: Context, page: ListPage, window: { limit: number; offset: number }): Response {
  setListHeaders(c, page.total, window);
  return c.body(`{"result":${page.json}}`, 200, { 'Content-Type': 'application/json' });
}

export function setListHeaders(c: Context, total: number, window: { limit: number; offset: number }): void {
  c.header('X-Total-Count', String(total));
  const url = new URL(c.req.url);
  // A detached copy of the query: setting a URL's own searchParams re-serialises the whole URL.
  const params = new URLSearchParams(url.search);
  const link = (offset: number, rel: string) => {
    params.set('sysparm_offset', String(offset));
    params.set('sysparm_limit', String(window.limit));
    return `<${url.pathname}?${params.toString()}>;rel="${rel}"`;
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / window.limit) * window.limit;
  const links = [link(0, 'first')];
  if (window.offset > 0) links.push(link(Math.max(0, window.offset - window.limit), 'prev'));
  if (window.offset + window.limit < total) links.push(link(window.offset + window.limit, 'next'));
  links.push(link(lastOffset, 'last'));
  c.header('Link', links.join(','));
}
