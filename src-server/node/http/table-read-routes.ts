/**
 * Read routes that are plain views of a model table (runs, queue entries, logs, vulnerable items,
 * assets): list with the sysparm conventions and get by sys_id, each in the OpenAPI document.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { recordSchema } from '../../../src-shared/contract/record-schemas';
import type { TableDef } from '../../../src-shared/model/column';
import type { HostServices } from '../host-services';
import { listPage } from '../store/record-query';
import { notFound } from './api-error';
import { withoutSecrets } from '../security/secret-cipher';
import { listProjection, listResponse, parseListRequest } from './list-response';
import { defineRoute, idParams, listQuery } from './openapi-routes';

export interface TableReadSpec {
  readonly table: TableDef;
  readonly path: string;
  readonly tag: string;
  readonly noun: string;
  /** Heavy columns (page payloads) left out of lists unless sysparm_fields asks for them. */
  readonly omitInList?: readonly string[];
  /** False when the resource registers its own richer `GET {path}/{id}`. */
  readonly get?: boolean;
}

export function registerTableReadRoutes(app: OpenAPIHono, services: HostServices, spec: TableReadSpec): void {
  const schema = recordSchema(spec.table).partial().required({ sys_id: true });
  defineRoute(app, { method: 'get', path: spec.path, tag: spec.tag, summary: `List ${spec.noun}s`, query: listQuery, response: schema, list: true }, async ({ c, query }) => {
    const request = parseListRequest(spec.table, query);
    const page = await listPage(services.records.db, services.records.dialect, spec.table, request.query, request.window, listProjection(spec.table, request, { omit: spec.omitInList ?? [] }));
    return listResponse(c, page, request.window);
  });
  if (spec.get === false) return;
  defineRoute(app, { method: 'get', path: `${spec.path}/{id}`, tag: spec.tag, summary: `Get a ${spec.noun}`, params: idParams, response: schema }, async ({ c, params }) => {
    const { id } = params;
    const record = await services.records.get(spec.table, id);
    if (!record) throw notFound(spec.noun, id);
    return c.json({ result: withoutSecrets(spec.table, record) }, 200);
  });
}
