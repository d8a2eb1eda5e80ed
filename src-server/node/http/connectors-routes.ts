/** `/connectors`: CRUD, lifecycle actions, projects, assets, logs, status mapping and severity filter. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  connectorCreateSchema,
  connectorSchema,
  connectorTestResultSchema,
  connectorUpdateSchema,
  executeSchema,
  logsQuerySchema,
  projectSchema,
  projectsQuerySchema,
  severityFilterSchema,
  statusMappingRowSchema,
  statusMappingSchema,
} from '../../../src-shared/contract/connector-contract';
import { listQuerySchema } from '../../../src-shared/contract/envelope';
import { recordSchema } from '../../../src-shared/contract/record-schemas';
import { normalizeDateTime } from '../../../src-shared/query/encoded-query';
import { parseSeverityFilter } from '../../../src-shared/rules/severity-filter';
import { connectionTable, connectorLogTable, connectorTable, integrationRunTable } from '../../../src-shared/model/tables';
import type { Severity } from '../../../src-shared/model/vocabulary';
import type { ConnectorDraft, ConnectorOperations } from '../engine/connector-operations';
import { findProjects } from '../engine/projects-lookup';
import type { HostServices, RevealedConnection } from '../host-services';
import type { Row } from '../store/record-codec';
import { listPage } from '../store/record-query';
import { ApiError, notFound } from './api-error';
import { listProjection, listResponse, parseListRequest, setListHeaders } from './list-response';
import { defineRoute, idParams, listQuery } from './openapi-routes';
import { unwrap } from './result-response';

const TAG = 'Connectors';
/** A joined view (asset + sync row): paged, but sysparm_query/fields are refused, not ignored. */
const assetsQuery = listQuerySchema.pick({ sysparm_limit: true, sysparm_offset: true });

export function registerConnectorRoutes(app: OpenAPIHono, services: HostServices, operations: ConnectorOperations): void {
  const { records } = services;
  const load = async (id: string) => {
    const connector = await records.get(connectorTable, id);
    if (!connector) throw notFound('connector', id);
    return connector;
  };
  const revealed = async (connectionId: string) => {
    const connection = await records.get(connectionTable, connectionId);
    if (!connection) throw notFound('connection', connectionId);
    return services.secrets.revealSecrets(connectionTable, connection) as RevealedConnection;
  };

  // sysparm_fields narrows each row, so only sys_id is promised in a list.
  defineRoute(app, { method: 'get', path: '/connectors', tag: TAG, summary: 'List connectors', query: listQuery, response: connectorSchema.partial().required({ sys_id: true }), list: true }, async ({ c, query }) => {
    const request = parseListRequest(connectorTable, query);
    const page = await listPage(records.db, records.dialect, connectorTable, request.query, request.window, listProjection(connectorTable, request));
    return listResponse(c, page, request.window);
  });

  defineRoute(app, { method: 'get', path: '/connectors/{id}', tag: TAG, summary: 'Get a connector', params: idParams, response: connectorSchema }, async ({ c, params }) => c.json({ result: await load(params.id) }, 200));

  defineRoute(app, { method: 'post', path: '/connectors', tag: TAG, summary: 'Create a connector; its first sync starts at once', body: connectorCreateSchema, response: connectorSchema, status: 201 }, async ({ c, body }) => {
    const { status_mapping, severities, projects, ...values } = body as z.infer<typeof connectorCreateSchema>;
    const draft: ConnectorDraft = { values: values as Row };
    const created = unwrap(
      await operations.create({
        ...draft,
        ...(status_mapping ? { statusMapping: status_mapping as ConnectorDraft['statusMapping'] } : {}),
        ...(severities ? { severities: severities as Severity[] } : {}),
        ...(projects ? { projects: projects as ConnectorDraft['projects'] } : {}),
      }),
    );
    return c.json({ result: created }, 201);
  });

  defineRoute(app, { method: 'patch', path: '/connectors/{id}', tag: TAG, summary: 'Update a connector', params: idParams, body: connectorUpdateSchema, response: connectorSchema }, async ({ c, params, body }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.update(params.id, body as Row)) }, 200);
  });

  defineRoute(app, { method: 'delete', path: '/connectors/{id}', tag: TAG, summary: 'Delete a connector: status deleting while its data is purged', params: idParams, response: connectorSchema, status: 202 }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.delete(params.id)) }, 202);
  });

  defineRoute(app, { method: 'post', path: '/connectors/{id}/test', tag: TAG, summary: 'Test the connection from this connector', params: idParams, response: connectorTestResultSchema }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.test(params.id)) }, 200);
  });

  defineRoute(app, { method: 'post', path: '/connectors/{id}/enable', tag: TAG, summary: 'Enable a disabled connector', params: idParams, response: connectorSchema }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.enable(params.id)) }, 200);
  });

  defineRoute(app, { method: 'post', path: '/connectors/{id}/disable', tag: TAG, summary: 'Disable a connector (no more runs; data kept)', params: idParams, response: connectorSchema }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.disable(params.id)) }, 200);
  });

  defineRoute(app, { method: 'post', path: '/connectors/{id}/execute', tag: TAG, summary: 'Execute Now (full_import: full export, else a delta)', params: idParams, body: executeSchema, bodyOptional: true, response: recordSchema(integrationRunTable).partial(), status: 202 }, async ({ c, params, body }) => {
    await load(params.id);
    // Without a body the validator hands over `{}` unparsed: the default (a delta) applies here.
    return c.json({ result: unwrap(await operations.execute(params.id, body?.full_import ?? false)) }, 202);
  });

  defineRoute(app, { method: 'post', path: '/connectors/{id}/cancel', tag: TAG, summary: 'Cancel the active run (honoured at its next heartbeat)', params: idParams, response: z.array(recordSchema(integrationRunTable).partial()), status: 202 }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.cancel(params.id)) }, 202);
  });

  const projects = async (connectionId: string, type: 'WAS' | 'VM', name: string | undefined) => unwrap(await findProjects(await revealed(connectionId), type, name, services.clock));

  defineRoute(app, { method: 'get', path: '/connectors/{id}/projects', tag: TAG, summary: 'Search WAS or VM projects by name', params: idParams, query: projectsQuerySchema, response: z.array(projectSchema), upstream: true }, async ({ c, params, query }) => {
    const connector = await load(params.id);
    return c.json({ result: await projects(String(connector.connection), query.type, query.name) }, 200);
  });

  defineRoute(app, { method: 'get', path: '/connections/{id}/projects', tag: 'Connections', summary: 'Search WAS or VM projects with a connection (the wizard, before the connector exists)', params: idParams, query: projectsQuerySchema, response: z.array(projectSchema), upstream: true }, async ({ c, params, query }) => {
    return c.json({ result: await projects(params.id, query.type, query.name) }, 200);
  });

  defineRoute(app, { method: 'get', path: '/connectors/{id}/assets', tag: TAG, summary: "The connector's assets with their sync status", params: idParams, query: assetsQuery, response: z.array(z.record(z.string(), z.unknown())) }, async ({ c, params, query }) => {
    await load(params.id);
    const db = records.db as unknown as import('kysely').Kysely<Record<string, Row>>;
    const base = db.selectFrom('x_eih_asset_sync as s').innerJoin('x_eih_asset as a', 'a.sys_id', 's.asset').where('s.connector', '=', params.id);
    const [rows, count] = await Promise.all([
      base.select(['a.sys_id', 'a.hostname', 'a.fqdn', 'a.ipv4', 'a.tenable_uuid', 'a.os', 'a.criticality', 's.sync_status', 's.last_synced', 's.error']).orderBy('a.hostname').limit(query.sysparm_limit).offset(query.sysparm_offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    setListHeaders(c, Number(count.n), { limit: query.sysparm_limit, offset: query.sysparm_offset });
    return c.json({ result: rows }, 200);
  });

  defineRoute(app, { method: 'get', path: '/connectors/{id}/logs', tag: TAG, summary: 'Connector logs, filtered by stage, level and time', params: idParams, query: logsQuerySchema, response: z.array(recordSchema(connectorLogTable)) }, async ({ c, params, query }) => {
    await load(params.id);
    const terms = [`connector=${params.id}`];
    if (query.stage) terms.push(`stage=${query.stage}`);
    if (query.level) terms.push(`level=${query.level}`);
    if (query.since) {
      const since = normalizeDateTime(query.since);
      if (!since) throw new ApiError(400, `invalid field 'since' in query: expected a date-time like 2026-11-20 13:05:00, got '${query.since}'`, 'invalid_query_value');
      terms.push(`created>=${since}`);
    }
    terms.push('ORDERBYDESCcreated');
    const request = parseListRequest(connectorLogTable, { sysparm_limit: query.sysparm_limit, sysparm_offset: query.sysparm_offset, sysparm_query: terms.join('^') });
    const page = await listPage(records.db, records.dialect, connectorLogTable, request.query, request.window, listProjection(connectorLogTable, request));
    return listResponse(c, page, request.window);
  });

  defineRoute(app, { method: 'get', path: '/connectors/{id}/status-mapping', tag: TAG, summary: 'The current status mapping', params: idParams, response: statusMappingSchema }, async ({ c, params }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.statusMapping(params.id)) }, 200);
  });

  defineRoute(app, { method: 'put', path: '/connectors/{id}/status-mapping', tag: TAG, summary: 'Replace the status mapping (a new version; applies to future syncs)', params: idParams, body: z.array(statusMappingRowSchema).max(50), response: statusMappingSchema }, async ({ c, params, body }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.replaceStatusMapping(params.id, body)) }, 200);
  });

  defineRoute(app, { method: 'get', path: '/connectors/{id}/severity-filter', tag: TAG, summary: 'The severities this connector imports', params: idParams, response: z.object({ severities: z.array(z.string()), warning: z.string().nullable() }) }, async ({ c, params }) => {
    const connector = await load(params.id);
    const parsed = parseSeverityFilter(connector.severity_filter as string | null);
    return c.json({ result: { severities: parsed.ok ? parsed.value : [], warning: (connector.warning as string | null) ?? null } }, 200);
  });

  defineRoute(app, { method: 'put', path: '/connectors/{id}/severity-filter', tag: TAG, summary: 'Replace the severity filter (none selected imports nothing, with a warning)', params: idParams, body: severityFilterSchema, response: connectorSchema }, async ({ c, params, body }) => {
    await load(params.id);
    return c.json({ result: unwrap(await operations.replaceSeverityFilter(params.id, body.severities as Severity[])) }, 200);
  });
}
