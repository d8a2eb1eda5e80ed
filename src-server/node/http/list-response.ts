/**
 * The list conventions of ServiceNow's REST API: sysparm_* in, `{result: [...]}` out with
 * X-Total-Count and a Link header (first, prev, next, last).
 */
import type { Context } from 'hono';
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

export function setListHeaders(c: Context, total: number, window: { limit: number; offset: number }): void {
  c.header('X-Total-Count', String(total));
  const url = new URL(c.req.url);
  const link = (offset: number, rel: string) => {
    url.searchParams.set('sysparm_offset', String(offset));
    url.searchParams.set('sysparm_limit', String(window.limit));
    return `<${url.pathname}${url.search}>;rel="${rel}"`;
  };
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / window.limit) * window.limit;
  const links = [link(0, 'first')];
  if (window.offset > 0) links.push(link(Math.max(0, window.offset - window.limit), 'prev'));
  if (window.offset + window.limit < total) links.push(link(window.offset + window.limit, 'next'));
  links.push(link(lastOffset, 'last'));
  c.header('Link', links.join(','));
}
