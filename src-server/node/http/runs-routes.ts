/** `/runs/{id}` with its entries and timings, `/queue-entries/{id}/retry`, and live progress (SSE). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { recordSchema } from '../../../src-shared/contract/record-schemas';
import { importQueueEntryTable, integrationRunTable, pagePayloadTable } from '../../../src-shared/model/tables';
import type { HostServices } from '../host-services';
import type { Row } from '../store/record-codec';
import { API_BASE } from './api-base';
import { ApiError, notFound } from './api-error';
import { defineRoute, idParams } from './openapi-routes';

const SNAPSHOT_FIELDS = ['sys_id', 'number', 'connector', 'state', 'substate', 'pages', 'records_fetched', 'records_processed', 'records_rejected', 'failure_stage', 'failure_message', 'failure_status_code', 'failure_retryable', 'started', 'ended'] as const;
const POLL_MS = 500;

function snapshot(run: Row): Row {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, run[field] ?? null]));
}

export function registerRunRoutes(app: OpenAPIHono, services: HostServices, onRetry: () => void): void {
  const { records } = services;

  // Registered before /runs/{id} so `events` is never read as a run id.
  app.get(`${API_BASE}/runs/events`, (c) =>
    streamSSE(c, async (stream) => {
      const seen = new Map<string, string>();
      while (!stream.aborted) {
        const active = (await records.findBy(integrationRunTable, { state: 'retrieving' })).concat(await records.findBy(integrationRunTable, { state: 'processing' }), await records.findBy(integrationRunTable, { state: 'queued' }));
        for (const id of seen.keys()) {
          if (!active.some((run) => run.sys_id === id)) {
            const done = await records.get(integrationRunTable, id);
            if (done) await stream.writeSSE({ event: 'run', data: JSON.stringify(snapshot(done)) });
            seen.delete(id);
          }
        }
        for (const run of active) {
          const data = JSON.stringify(snapshot(run));
          if (seen.get(String(run.sys_id)) !== data) {
            seen.set(String(run.sys_id), data);
            await stream.writeSSE({ event: 'run', data });
          }
        }
        await stream.sleep(POLL_MS);
      }
    }),
  );

  app.get(`${API_BASE}/runs/:id/events`, async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{32}$/.test(id)) throw new ApiError(400, `invalid field 'id' in path: expected a 32-character sys_id`, 'invalid_id');
    if (!(await records.get(integrationRunTable, id))) throw notFound('run', id);
    return streamSSE(c, async (stream) => {
      let last = '';
      while (!stream.aborted) {
        const run = await records.get(integrationRunTable, id);
        if (!run) return;
        const data = JSON.stringify(snapshot(run));
        if (data !== last) {
          last = data;
          await stream.writeSSE({ event: 'run', data });
        }
        if (run.state === 'complete') return;
        await stream.sleep(POLL_MS);
      }
    });
  });

  const runWithEntries = recordSchema(integrationRunTable).partial().extend({ entries: z.array(recordSchema(importQueueEntryTable).partial()) });
  defineRoute(app, { method: 'get', path: '/runs/{id}', tag: 'Runs', summary: 'Get a run with its entries and timings', params: idParams, response: runWithEntries }, async ({ c, params }) => {
    const run = await records.get(integrationRunTable, params.id);
    if (!run) throw notFound('run', params.id);
    const entries = (await records.findBy(importQueueEntryTable, { run: params.id }, ['payload'])).sort((a, b) => Number(a.page_no) - Number(b.page_no));
    const { planner_state: _planner, ...view } = run;
    return c.json({ result: { ...view, entries } }, 200);
  });

  defineRoute(app, { method: 'post', path: '/queue-entries/{id}/retry', tag: 'Queue entries', summary: 'Put a failed or timed-out entry back in the queue (resumes from its last heartbeat)', params: idParams, response: recordSchema(importQueueEntryTable).partial(), status: 202 }, async ({ c, params }) => {
    const entry = await records.get(importQueueEntryTable, params.id);
    if (!entry) throw notFound('queue entry', params.id);
    if (entry.state !== 'error' && entry.state !== 'timed_out') throw new ApiError(409, `queue entry in state '${String(entry.state)}' cannot accept event 'retry'`, 'illegal_transition');
    const run = await records.get(integrationRunTable, String(entry.run));
    if (run?.state === 'complete') throw new ApiError(409, `queue entry cannot accept event 'retry': its run is in state 'complete' (${String(run.substate)}); start a new run with Execute Now instead`, 'illegal_transition');
    const stored = (await records.findBy(pagePayloadTable, { entry: params.id }, ['payload'])).length > 0 || (entry.payload !== null && entry.payload !== undefined);
    if (!stored) throw new ApiError(409, `queue entry cannot accept event 'retry': its page payload was pruned; start a new run with Execute Now`, 'payload_pruned');
    const updated = await records.update(importQueueEntryTable, params.id, { state: 'queued', claimed_by: null, error: null }, new Date(services.clock()).toISOString());
    onRetry();
    const { payload: _payload, ...view } = updated ?? entry;
    return c.json({ result: view }, 202);
  });
}
