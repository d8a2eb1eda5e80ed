/**
 * Connector routes and their neighbours on both stores: illegal lifecycle changes (409 naming the
 * state and the event), properties validation, status mapping and severity filter read/replace,
 * a connection in use cannot be deleted, Prometheus metrics, and the run's SSE stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorTable, importQueueEntryTable, integrationRunTable } from '../../../src-shared/model/tables';
import type { ConnectorStatus } from '../../../src-shared/model/vocabulary';
import { startApi, type ApiHarness } from '../../support/api-harness';
import { createConnection, createConnector, seedWorld, type World } from '../../support/api-fixtures';
import { STORES } from '../../support/stores';

for (const dialect of STORES) {
  describe(`connectors API on ${dialect}`, () => {
    let api: ApiHarness;
    let world: World;
    const nowIso = () => new Date(api.services.clock()).toISOString();
    const setStatus = (id: string, status: ConnectorStatus) => api.services.records.update(connectorTable, id, { status }, nowIso());

    beforeAll(async () => {
      api = await startApi(dialect);
      world = await seedWorld(api);
    });
    afterAll(async () => api.close());

    it('creates a connector in status connecting with its first run queued', async () => {
      const response = await api.get(`/connectors/${world.connector}`);
      expect(response.body.result).toMatchObject({ status: 'connecting', health: 'unknown', connection: world.connection });
      const runs = await api.get(`/runs?sysparm_query=connector=${world.connector}`);
      expect(runs.body.result).toEqual([expect.objectContaining({ state: 'queued', connector: world.connector })]);
    });

    it.each([
      ['deleting', 'POST', 'execute', { full_import: false }],
      ['deleting', 'POST', 'disable', undefined],
      ['deleting', 'POST', 'enable', undefined],
      ['connected', 'POST', 'enable', undefined],
      ['connecting', 'POST', 'enable', undefined],
      ['disabled', 'POST', 'execute', undefined],
    ] as const)("refuses a connector in status '%s' the action %s %s with 409 naming state and event", async (status, method, action, body) => {
      const connector = await createConnector(api, world.spareConnection);
      await setStatus(connector, status);
      const response = await api.call(method, `/connectors/${connector}/${action}`, body === undefined ? {} : { body });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(`connector in state '${status}' cannot accept event '${action}'`);
      expect((await api.services.records.get(connectorTable, connector))?.status).toBe(status);
    });

    it("refuses an update of a deleting connector with 409 naming 'deleting'", async () => {
      const connector = await createConnector(api, world.spareConnection);
      await setStatus(connector, 'deleting');
      const response = await api.patch(`/connectors/${connector}`, { notes: 'too late' });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toContain("'deleting'");
    });

    it('disables and enables through the lifecycle, and refuses a retry of an entry that did not fail', async () => {
      const connector = await createConnector(api, world.spareConnection);
      await setStatus(connector, 'connected');
      const disabled = await api.post(`/connectors/${connector}/disable`);
      expect(disabled.body.result).toMatchObject({ status: 'disabled', active: false });
      const enabled = await api.post(`/connectors/${connector}/enable`);
      expect(enabled.status).toBe(200);
      expect(enabled.body.result.active).toBe(true);
      const queued = await api.services.records.insert(importQueueEntryTable, { run: world.run, connector, page_no: 9, state: 'queued', payload: {} }, nowIso());
      const retry = await api.post(`/queue-entries/${String(queued.sys_id)}/retry`);
      expect(retry.status).toBe(409);
      expect(retry.body.error.message).toBe("queue entry in state 'queued' cannot accept event 'retry'");
    });

    it('puts a failed entry back in the queue, and refuses it once its run is complete', async () => {
      const retried = await api.post(`/queue-entries/${world.entry}/retry`);
      expect(retried.status).toBe(202);
      expect(retried.body.result).toMatchObject({ state: 'queued', error: null });
      expect(retried.body.result.payload).toBeUndefined();
      await api.services.records.update(importQueueEntryTable, world.entry, { state: 'error' }, nowIso());
      await api.services.records.update(integrationRunTable, world.run, { state: 'complete', substate: 'cancelled' }, nowIso());
      const refused = await api.post(`/queue-entries/${world.entry}/retry`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain("state 'complete'");
      await api.services.records.update(integrationRunTable, world.run, { state: 'queued', substate: null }, nowIso());
    });

    it.each([
      [{ 'x_eih.heartbeat.record_threshold': -1 }, 400, "invalid field 'x_eih.heartbeat.record_threshold' in body"],
      [{ 'x_eih.heartbeat.record_threshold': 0 }, 400, "'x_eih.heartbeat.record_threshold'"],
      [{ 'x_eih.heartbeat.record_threshold': 1.5 }, 400, "'x_eih.heartbeat.record_threshold'"],
      [{ 'x_eih.heartbeat.record_threshold': '500' }, 400, "'x_eih.heartbeat.record_threshold'"],
      [{ 'x_eih.logs.retention_days': 4000 }, 400, "'x_eih.logs.retention_days'"],
      [{ 'x_eih.heartbeat.colour': 1 }, 400, "unknown field 'x_eih.heartbeat.colour'"],
      [{ 'x_eih.heartbeat.maximum_delay': 30, 'x_eih.heartbeat.interval_seconds': 60 }, 422, "invalid field 'x_eih.heartbeat.maximum_delay' in body: maximum heartbeat delay 30 s must exceed the heartbeat interval of 60 s"],
    ])('refuses properties %j with %i naming the field', async (patch, status, message) => {
      const before = (await api.get('/properties')).body.result;
      const response = await api.patch('/properties', patch);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toContain(message);
      expect((await api.get('/properties')).body.result).toEqual(before);
    });

    it('updates properties within their ranges', async () => {
      const response = await api.patch('/properties', { 'x_eih.heartbeat.record_threshold': 250 });
      expect(response.status).toBe(200);
      expect(response.body.result).toContainEqual(expect.objectContaining({ name: 'x_eih.heartbeat.record_threshold', value: 250, default: 500 }));
      expect((await api.get('/properties', 'viewer')).body.result).toContainEqual(expect.objectContaining({ name: 'x_eih.heartbeat.record_threshold', value: 250 }));
    });

    it('reads and replaces the status mapping as a new version, refusing invalid rows', async () => {
      const path = `/connectors/${world.connector}/status-mapping`;
      const initial = (await api.get(path, 'viewer')).body.result;
      expect(initial.rows.length).toBeGreaterThan(0);
      const rows = [
        { local_status: 'fixed', remote_status: 'FIXED' },
        { local_status: 'in_progress', remote_status: 'OPEN' },
        { local_status: 'identified', remote_status: 'REOPENED' },
      ];
      const replaced = await api.put(path, rows);
      expect(replaced.status).toBe(200);
      expect(replaced.body.result.version).toBe(initial.version + 1);
      // Rows come back sorted by local status (vocabulary order); each keeps the order it was sent in.
      expect(replaced.body.result.rows).toHaveLength(rows.length);
      expect(replaced.body.result.rows).toEqual(expect.arrayContaining(rows.map((row, order) => ({ ...row, order, mapping_version: initial.version + 1 }))));
      expect((await api.get(path)).body.result).toEqual(replaced.body.result);
      const badLocal = await api.put(path, [{ local_status: 'done', remote_status: 'FIXED' }]);
      expect(badLocal.status).toBe(400);
      expect(badLocal.body.error.message).toContain("invalid field '0.local_status' in body");
      const twice = await api.put(path, [rows[0], rows[0]]);
      expect(twice.status).toBe(422);
      expect(twice.body.error.message).toContain('"FIXED"');
      expect((await api.get(path)).body.result.version).toBe(initial.version + 1);
    });

    it('reads and replaces the severity filter, warning when nothing is selected', async () => {
      const path = `/connectors/${world.connector}/severity-filter`;
      expect((await api.get(path, 'viewer')).body.result).toEqual({ severities: ['info', 'low', 'medium', 'high', 'critical'], warning: null });
      const narrowed = await api.put(path, { severities: ['critical', 'high'] });
      expect(narrowed.status).toBe(200);
      expect((await api.get(path)).body.result.severities.sort()).toEqual(['critical', 'high']);
      const none = await api.put(path, { severities: [] });
      expect(none.status).toBe(200);
      const read = (await api.get(path)).body.result;
      expect(read.severities).toEqual([]);
      expect(read.warning).toEqual(expect.any(String));
      const bad = await api.put(path, { severities: ['urgent'] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain("invalid field 'severities.0' in body");
      const unknown = await api.put(path, { severities: ['high'], colour: 'red' });
      expect(unknown.body.error.message).toBe("unknown field 'colour' in body");
    });

    it('refuses to delete a connection while connectors use it, then deletes it once they are gone', async () => {
      const connection = await createConnection(api);
      const connector = await createConnector(api, connection, { name: 'holds the connection' });
      const refused = await api.delete(`/connections/${connection}`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain("'holds the connection'");
      const deleting = await api.delete(`/connectors/${connector}`);
      expect(deleting.status).toBe(202);
      expect(deleting.body.result.status).toBe('deleting');
      await api.engine.purgesSettled();
      expect((await api.get(`/connectors/${connector}`)).status).toBe(404);
      const deleted = await api.delete(`/connections/${connection}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body.result).toEqual({ sys_id: connection, deleted: true });
    });

    it('serves /metrics as Prometheus text', async () => {
      const response = await api.call('GET', '/metrics', { as: 'viewer' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      const lines = response.text.trimEnd().split('\n');
      for (const line of lines) expect(line).toMatch(/^(# (HELP|TYPE) eih_\w+ .+|eih_\w+(\{(\w+="[^"\\\n]*",?)+\})? -?\d+(\.\d+)?(e[+-]?\d+)?)$/);
      expect(lines).toContain('# TYPE eih_runs gauge');
      expect(lines.some((line) => /^eih_runs\{state="queued",substate="[^"]*"\} [1-9]\d*$/.test(line))).toBe(true);
      expect(lines).toContain('eih_vulnerable_items 1');
    });

    it('streams a run snapshot over SSE, and ends the stream once the run is complete', async () => {
      const live = await api.readEvents(`/runs/${world.run}/events`, 'viewer');
      expect(live.status).toBe(200);
      expect(live.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(live.events[0]?.event).toBe('run');
      const snapshot = JSON.parse(live.events[0]?.data ?? '{}') as Record<string, unknown>;
      expect(snapshot).toMatchObject({ sys_id: world.run, connector: world.connector, state: 'queued', records_fetched: expect.any(Number) });
      expect(Object.keys(snapshot)).not.toContain('planner_state');

      await api.services.records.update(integrationRunTable, world.run, { state: 'complete', substate: 'succeeded' }, nowIso());
      const started = Date.now();
      const done = await api.readEvents(`/runs/${world.run}/events`, 'viewer', 2, 5000);
      expect(done.events.map((event) => JSON.parse(event.data).state)).toEqual(['complete']);
      expect(Date.now() - started).toBeLessThan(4000);

      expect((await api.readEvents('/runs/not-a-run/events')).status).toBe(400);
      expect((await api.readEvents(`/runs/${'0'.repeat(32)}/events`)).status).toBe(404);
    });

    it('left no secret in any response body or log line', () => {
      expect(api.leaks()).toEqual([]);
    });
  });
}
