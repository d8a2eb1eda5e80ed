/** `/connections`: Tenable credentials, write-only secrets, and Test Connection with propagation. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  connectionCreateSchema,
  connectionSchema,
  connectionTestResultSchema,
  connectionUpdateSchema,
} from '../../../src-shared/contract/connection-contract';
import { diagnoseConnectionTest } from '../../../src-shared/core/connection-diagnosis';
import { connectionTestPatch, propagateConnectionTest } from '../../../src-shared/core/health-propagation';
import { connectionTable, connectorTable } from '../../../src-shared/model/tables';
import type { HostServices, RevealedConnection } from '../host-services';
import { listPage } from '../store/record-query';
import type { Row } from '../store/record-codec';
import { ApiError, notFound } from './api-error';
import { CREDENTIALS_KEY, toConnectionView } from './connection-view';
import { checkConnectionUrl } from '../security/url-policy';
import { listProjection, listResponse, parseListRequest } from './list-response';
import { defineRoute, idParams, listQuery } from './openapi-routes';

const TAG = 'Connections';

export function registerConnectionRoutes(app: OpenAPIHono, services: HostServices): void {
  const { records } = services;
  const nowIso = () => new Date(services.clock()).toISOString();

  const load = async (id: string) => {
    const record = await records.get(connectionTable, id);
    if (!record) throw notFound('connection', id);
    return record;
  };

  const checkUrlAndName = async (values: Row, id?: string) => {
    if (typeof values.base_url === 'string') {
      const verdict = checkConnectionUrl(values.base_url);
      if (!verdict.ok) throw new ApiError(400, `invalid field 'base_url': ${verdict.reason}`, 'invalid_base_url');
      values.base_url = verdict.url;
    }
    if (typeof values.name === 'string') {
      const same = await records.findBy(connectionTable, { name: values.name });
      if (same.some((record) => record.sys_id !== id)) throw new ApiError(409, `a connection named '${values.name}' already exists`, 'duplicate_name');
    }
  };

  // sysparm_fields narrows each row (credentials presence only comes with the full view), so only sys_id is promised in a list.
  defineRoute(app, { method: 'get', path: '/connections', tag: TAG, summary: 'List connections', query: listQuery, response: connectionSchema.partial().required({ sys_id: true }), list: true }, async ({ c, query }) => {
    const request = parseListRequest(connectionTable, query);
    // The full view is toConnectionView's: secrets replaced by whether each is set.
    const page = await listPage(records.db, records.dialect, connectionTable, request.query, request.window, listProjection(connectionTable, request, { presenceAs: CREDENTIALS_KEY }));
    return listResponse(c, page, request.window);
  });

  defineRoute(app, { method: 'get', path: '/connections/{id}', tag: TAG, summary: 'Get a connection', params: idParams, response: connectionSchema }, async ({ c, params }) => {
    return c.json({ result: toConnectionView(connectionTable, await load(params.id)) }, 200);
  });

  defineRoute(
    app, { method: 'post', path: '/connections', tag: TAG, summary: 'Create a connection', body: connectionCreateSchema, response: connectionSchema, status: 201 }, async ({ c, body }) => {
      const values = body as Row;
      await checkUrlAndName(values);
      const now = nowIso();
      const inserted = await records.insert(connectionTable, { ...services.secrets.encryptSecrets(connectionTable, values), status: 'pending', updated: now }, now);
      // Read back: `insert` returns only the columns it wrote, the contract promises every column.
      const created = (await records.get(connectionTable, String(inserted.sys_id))) ?? inserted;
      services.logger.info({ connection: created.sys_id, name: created.name }, 'connection created');
      return c.json({ result: toConnectionView(connectionTable, created) }, 201);
    },
  );

  defineRoute(
    app, { method: 'patch', path: '/connections/{id}', tag: TAG, summary: 'Update a connection', params: idParams, body: connectionUpdateSchema, response: connectionSchema }, async ({ c, params, body }) => {
      const { id } = params;
      await load(id);
      const values = body as Row;
      await checkUrlAndName(values, id);
      const now = nowIso();
      // Changed credentials or address invalidate the last test: the status goes back to pending.
      const retest = ['base_url', 'access_key', 'secret_key', 'sc_username', 'sc_password', 'platform'].some((name) => name in values);
      const updated = await records.update(connectionTable, id, { ...services.secrets.encryptSecrets(connectionTable, values), ...(retest ? { status: 'pending' } : {}), updated: now }, now);
      return c.json({ result: toConnectionView(connectionTable, updated as Row) }, 200);
    },
  );

  defineRoute(app, { method: 'delete', path: '/connections/{id}', tag: TAG, summary: 'Delete a connection not used by any connector', params: idParams, response: z.object({ sys_id: z.string(), deleted: z.boolean() }) }, async ({ c, params }) => {
    const { id } = params;
    await load(id);
    const users = await records.findBy(connectorTable, { connection: id });
    if (users.length > 0) {
      throw new ApiError(409, `connection is used by ${users.length} connector(s): ${users.map((u) => `'${String(u.name)}'`).join(', ')}; delete or move them first`, 'connection_in_use');
    }
    await records.delete(connectionTable, id);
    return c.json({ result: { sys_id: id, deleted: true } }, 200);
  });

  defineRoute(app, { method: 'post', path: '/connections/{id}/test', tag: TAG, summary: 'Test a connection and set the health of every connector using it', params: idParams, response: connectionTestResultSchema }, async ({ c, params }) => {
    const { id } = params;
    const connection = await load(id);
    const input = await services.connectionTester.test(services.secrets.revealSecrets(connectionTable, connection) as RevealedConnection);
    const now = services.clock();
    const diagnosis = diagnoseConnectionTest({ ...input, now });
    const patch = connectionTestPatch(id, diagnosis, { now });
    const nowText = new Date(now).toISOString();
    await records.update(connectionTable, id, { ...patch, updated: nowText }, nowText);
    const connectors = await records.findBy(connectorTable, { connection: id });
    const healthPatches = propagateConnectionTest(id, diagnosis, connectors as never);
    for (const healthPatch of healthPatches) {
      const { sys_id: connectorId, ...values } = healthPatch;
      await records.update(connectorTable, connectorId, values, nowText);
    }
    services.logger.info({ connection: id, status: diagnosis.status, status_code: diagnosis.statusCode, reason: diagnosis.reason }, 'connection tested');
    const health = new Map(healthPatches.map((p) => [p.sys_id, p.health]));
    return c.json(
      {
        result: {
          status: diagnosis.status,
          status_code: diagnosis.statusCode,
          message: diagnosis.message,
          suggestion: diagnosis.suggestion,
          updated: nowText,
          connectors: connectors.map((connector) => ({ sys_id: String(connector.sys_id), name: String(connector.name), health: String(health.get(String(connector.sys_id)) ?? connector.health) })),
        },
      },
      200,
    );
  });
}
