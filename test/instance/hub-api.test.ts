import { afterEach, describe, expect, it } from 'vitest';
import { type GlideDouble } from '../support/glide-double';
import { HUB_ROUTES } from '../../src-server/instance/rest/hub-api';
import { call } from './support/hub-call';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double.uninstall());

describe('the scripted REST API hub over the Glide double', () => {
  it('health answers ok after a real store round trip', () => {
    double = instanceDouble();
    const health = call('getHealth');
    expect(health.status).toBe(200);
    expect(health.headers['Content-Type']).toBe('application/json');
    expect(health.body.result).toMatchObject({ status: 'ok', store: 'glide', connections: 0 });
  });

  it('lists with sysparm_limit, sysparm_offset and sysparm_query, counts in X-Total-Count, and never returns credentials', () => {
    double = instanceDouble();
    for (const name of ['alpha', 'beta', 'gamma']) seedConnection(double, { name });
    const page = call('listConnections', { query: { sysparm_query: 'nameSTARTSWITHa^ORnameSTARTSWITHg^ORDERBYname', sysparm_limit: '1', sysparm_offset: '1' } });
    expect(page.status).toBe(200);
    expect(page.headers['X-Total-Count']).toBe('2');
    const rows = page.body.result as Record<string, unknown>[];
    expect(rows.map((r) => r['name'])).toEqual(['gamma']);
    expect(Object.keys(rows[0] ?? {})).not.toContain('access_key');
    expect(Object.keys(rows[0] ?? {})).not.toContain('secret_key');
  });

  it.each([
    [{ sysparm_query: 'nosuchfield=1' }, "sysparm_query names unknown field 'nosuchfield' of x_eih_connection"],
    [{ sysparm_limit: '0' }, "sysparm_limit must be a whole number from 1 to 1000, got '0'"],
    [{ sysparm_offset: '-1' }, "sysparm_offset must be a whole number from 0, got '-1'"],
  ])('refuses a bad list query %j with a 400 envelope', (query, message) => {
    double = instanceDouble();
    const answer = call('listConnections', { query });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { message, detail: expect.any(String) }, status: 'failure' });
  });

  it('gets one record or answers 404', () => {
    double = instanceDouble();
    const id = seedConnection(double, { name: 'one' });
    expect(call('getConnection', { params: { id } }).body.result).toMatchObject({ sys_id: id, name: 'one', active: true, platform: 'tenable_vm' });
    const missing = call('getConnection', { params: { id: 'nope' } });
    expect(missing.status).toBe(404);
    expect(missing.body.error?.message).toBe("connection 'nope' does not exist");
  });

  it('creates a connection (201, pending, secrets stored but not echoed), refuses duplicates and bad values', () => {
    double = instanceDouble();
    const created = call('createConnection', { body: { name: 'prod', platform: 'tenable_vm', base_url: 'https://cloud.tenable.com', access_key: 'A', secret_key: 'S' } });
    expect(created.status).toBe(201);
    const row = created.body.result as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'prod', status: 'pending' });
    expect(row).not.toHaveProperty('access_key');
    expect(field(double, 'x_eih_connection', String(row['sys_id']), 'access_key')).toBe('A');
    expect(call('createConnection', { body: { name: 'prod', platform: 'tenable_vm', base_url: 'x' } }).status).toBe(409);
    const bad = call('createConnection', { body: { name: 'p2', platform: 'tenable_xx', base_url: 'x' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error?.message).toMatch(/x_eih_connection.platform expects one of tenable_vm, tenable_was, tenable_sc/);
    expect(call('createConnection', { body: { name: 'p3', platform: 'tenable_vm', base_url: 'x', status: 'success' } }).status).toBe(400);
  });

  it('refuses to delete a connection connectors still use', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    seedConnector(double, conn);
    expect(call('deleteConnection', { params: { id: conn } }).status).toBe(409);
  });

  it('write routes need x_eih.admin; a viewer gets a 403 envelope and nothing changes', () => {
    double = instanceDouble({ roles: ['x_eih.viewer'] });
    const id = seedConnector(double, seedConnection(double));
    expect(call('listConnectors').status).toBe(200);
    const denied = call('disableConnector', { params: { id } });
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({ error: { message: 'this route needs role x_eih.admin', detail: 'forbidden' }, status: 'failure' });
    expect(field(double, 'x_eih_connector', id, 'status')).toBe('connecting');
  });

  it('a user without either role cannot read', () => {
    double = instanceDouble({ roles: [] });
    expect(call('getHealth').status).toBe(403);
  });

  it('enable, disable, execute and cancel go through the lifecycle machine', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    const executed = call('executeConnector', { params: { id }, body: { full_import: true } });
    expect(executed.status).toBe(202);
    const runId = (executed.body.result as { run: string }).run;
    expect(field(double, 'x_eih_integration_run', runId, 'full_import')).toBe('1');
    expect(call('cancelConnector', { params: { id } }).status).toBe(202);
    expect(field(double, 'x_eih_integration_run', runId, 'cancel_requested')).toBe('1');
    expect(call('disableConnector', { params: { id } }).body.result).toMatchObject({ from: 'connecting', to: 'disabled' });
    const illegal = call('disableConnector', { params: { id } });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error?.message).toBe("connector in state 'disabled' cannot accept event 'disable'");
    expect(call('enableConnector', { params: { id } }).body.result).toMatchObject({ from: 'disabled', to: 'connecting' });
    expect(call('executeConnector', { params: { id }, body: { full_import: 'yes' } }).status).toBe(422);
  });

  it('creating a connector starts its first run; its status can only change through actions', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const created = call('createConnector', { body: { name: 'c1', connection: conn, schedule_run: 'daily', schedule_time: '03:00' } });
    expect(created.status).toBe(201);
    const result = created.body.result as { connector: { sys_id: string; status: string }; run: string };
    expect(result.connector.status).toBe('connecting');
    expect(field(double, 'x_eih_integration_run', result.run, 'trigger')).toBe('create');
    expect(call('patchConnector', { params: { id: result.connector.sys_id }, body: { status: 'connected' } }).status).toBe(400);
    expect(call('patchConnector', { params: { id: result.connector.sys_id }, body: { schedule_time: '25:99' } }).status).toBe(422);
    expect(call('patchConnector', { params: { id: result.connector.sys_id }, body: { notes: 'hello' } }).body.result).toMatchObject({ notes: 'hello' });
  });

  it('status mapping: the default, then a new version; invalid rows are refused', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    expect(call('getStatusMapping', { params: { id } }).body.result).toMatchObject({ version: 1 });
    const put = call('putStatusMapping', { params: { id }, body: { rows: [{ local_status: 'identified', remote_status: 'OPEN' }, { local_status: 'fixed', remote_status: 'FIXED' }] } });
    expect(put.status).toBe(200);
    expect(put.body.result).toMatchObject({ version: 2 });
    expect(call('getStatusMapping', { params: { id } }).body.result).toMatchObject({ version: 2 });
    expect(call('putStatusMapping', { params: { id }, body: { rows: [{ local_status: 'nope', remote_status: 'OPEN' }] } }).status).toBe(422);
  });

  it('severity filter: read, write canonically, refuse unknown severities', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    const put = call('putSeverityFilter', { params: { id }, body: { severities: ['critical', 'high'] } });
    expect(put.body.result).toMatchObject({ severities: ['high', 'critical'], importsNothing: false });
    expect(field(double, 'x_eih_connector', id, 'severity_filter')).toBe('high,critical');
    expect(call('putSeverityFilter', { params: { id }, body: { severities: ['severe'] } }).status).toBe(422);
    expect(call('putSeverityFilter', { params: { id }, body: { severities: [] } }).body.result).toMatchObject({ importsNothing: true });
  });

  it('properties: read with defaults, patch validates every value before writing any', () => {
    double = instanceDouble();
    expect(call('getProperties').body.result).toMatchObject({ 'x_eih.processing.time_limit': 3600 });
    const bad = call('patchProperties', { body: { 'x_eih.processing.time_limit': 7200, 'x_eih.heartbeat.maximum_delay': 1 } });
    expect(bad.status).toBe(422);
    expect(double.properties.size).toBe(0);
    const good = call('patchProperties', { body: { 'x_eih.processing.time_limit': 7200 } });
    expect(good.body.result).toMatchObject({ 'x_eih.processing.time_limit': 7200 });
    expect(double.properties.get('x_eih.processing.time_limit')).toBe('7200');
    expect(call('patchProperties', { body: { 'x_eih.nope': 1 } }).status).toBe(400);
  });

  it('vulnerable items: only local status and assignment group can be patched', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const id = double.insertRaw('x_eih_vulnerable_item', { connector, dedupe_key: 'k', local_status: 'identified' });
    expect(call('patchVulnerableItem', { params: { id }, body: { local_status: 'in_progress' } }).body.result).toMatchObject({ local_status: 'in_progress' });
    expect(call('patchVulnerableItem', { params: { id }, body: { severity: 'low' } }).status).toBe(400);
    expect(call('listVulnerableItems', { query: { sysparm_query: 'local_status=in_progress' } }).headers['X-Total-Count']).toBe('1');
  });

  it('queue entry retry only for failed or timed-out entries', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double));
    const run = double.insertRaw('x_eih_integration_run', { connector, state: 'processing' });
    const done = double.insertRaw('x_eih_import_queue_entry', { run, connector, page_no: 1, state: 'processed' });
    const failed = double.insertRaw('x_eih_import_queue_entry', { run, connector, page_no: 2, state: 'error', error: 'boom' });
    expect(call('retryQueueEntry', { params: { id: done } }).status).toBe(409);
    const retried = call('retryQueueEntry', { params: { id: failed } });
    expect(retried.status).toBe(202);
    expect(field(double, 'x_eih_import_queue_entry', failed, 'state')).toBe('queued');
  });

  it('dashboard routes compute from the stored rows; a bad window is a 400', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { name: 'VM prod' });
    double.insertRaw('x_eih_daily_metric', { connector, day: '2026-03-02', runs_succeeded: 2, runs_failed: 1, records: 10 });
    const runs = call('dashboardRuns', { query: { window: '7' } });
    expect(runs.status).toBe(200);
    expect(runs.body.result).toMatchObject({ windowDays: 7, totals: { succeeded: 2, failed: 1, total: 3 } });
    expect(call('dashboardIntegrations').body.result).toEqual([expect.objectContaining({ connector, name: 'VM prod' })]);
    expect(call('dashboardProcessing', { query: { window: '30' } }).status).toBe(200);
    expect(call('dashboardIngestion').status).toBe(200);
    expect(call('dashboardRuns', { query: { window: '9' } }).status).toBe(400);
  });

  it('every route exists and answers with the envelope (never an unexpected 500)', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const id = seedConnector(double, conn);
    double.rest = () => ({ status: 200, body: '{"username":"u"}', headers: {}, errorMessage: '' });
    for (const route of HUB_ROUTES) {
      const answer = call(route.name, { params: { id: route.path.startsWith('/connections/') ? conn : id }, body: route.method === 'GET' ? undefined : {} });
      expect(answer.status, route.name).not.toBe(500);
      expect('result' in answer.body || answer.body.status === 'failure', route.name).toBe(true);
    }
  });
});
