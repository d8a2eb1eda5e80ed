/** `PATCH /vulnerable-items/{id}`: a local status change, written back to Tenable per the mapping. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { recordSchema, storableString } from '../../../src-shared/contract/record-schemas';
import { vulnerableItemTable } from '../../../src-shared/model/tables';
import { LOCAL_STATUSES, type LocalStatus } from '../../../src-shared/model/vocabulary';
import type { EngineDeps } from '../engine/engine-deps';
import { writeBack } from '../engine/write-back';
import type { HostServices } from '../host-services';
import { notFound } from './api-error';
import { defineRoute, idParams } from './openapi-routes';

const patchSchema = z.strictObject({ local_status: z.enum(LOCAL_STATUSES), assignment_group: storableString(100).nullable().optional() });

export function registerVulnerableItemRoutes(app: OpenAPIHono, services: HostServices, deps: EngineDeps): void {
  const response = recordSchema(vulnerableItemTable).partial().extend({ write_back: z.object({ synced: z.boolean(), message: z.string(), status_code: z.number().nullable() }) });
  defineRoute(app, { method: 'patch', path: '/vulnerable-items/{id}', tag: 'Vulnerable items', summary: 'Change the local status; the first mapped Tenable status is written back', params: idParams, body: patchSchema, response }, async ({ c, params, body }) => {
    const item = await services.records.get(vulnerableItemTable, params.id);
    if (!item) throw notFound('vulnerable item', params.id);
    const nowIso = new Date(services.clock()).toISOString();
    const updated = (await services.records.update(vulnerableItemTable, params.id, { local_status: body.local_status, ...(body.assignment_group !== undefined ? { assignment_group: body.assignment_group } : {}) }, nowIso)) ?? item;
    const outcome = item.local_status === body.local_status ? { synced: false, message: 'status unchanged: nothing to write back', statusCode: null } : await writeBack(deps, updated, body.local_status as LocalStatus);
    return c.json({ result: { ...updated, write_back: { synced: outcome.synced, message: outcome.message, status_code: outcome.statusCode } } }, 200);
  });
}
