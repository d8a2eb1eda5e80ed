import { afterEach, describe, expect, it } from 'vitest';
import { applyConnectorEvent } from '../../src-server/instance/connector-lifecycle';
import { advanceRun } from '../../src-server/instance/run/run-engine';
import { jsonReply, type GlideDouble } from '../support/glide-double';
import { call } from './support/hub-call';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { EXPORT_UUID, exportStatus, replay, vmExportScript } from './support/recorded-tenable';

/** A connector's health follows the freshest evidence of its credentials: a test or a finished run. */

let double: GlideDouble;
afterEach(() => double.uninstall());

function runToCompletion(connector: string): string {
  const started = applyConnectorEvent(connector, { type: 'execute' });
  const runId = started.ok ? started.value.runId : null;
  if (runId === null) throw new Error(`execute failed: ${JSON.stringify(started)}`);
  for (let tick = 0; tick < 20 && advanceRun(runId) !== 'complete'; tick += 1) double.advance(60_000);
  return runId;
}

describe('connector health after a run', () => {
  it.each(['unknown', 'unhealthy'])('a successful run makes a %s connector healthy', (health) => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { health, warning: 'Connection test failed: old' });
    replay(double, vmExportScript());
    const runId = runToCompletion(connector);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('succeeded');
    expect(field(double, 'x_eih_connector', connector, 'health')).toBe('healthy');
  });

  it.each([401, 403])('a run failing with %i (the keys were rejected) makes a healthy connector unhealthy', (status) => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { status: 'connected', health: 'healthy', last_run_status: 'succeeded' });
    replay(double, [{ method: 'POST', path: '/vulns/export', reply: jsonReply(status, { statusCode: status, error: 'denied' }) }]);
    const runId = runToCompletion(connector);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('failed');
    expect(field(double, 'x_eih_integration_run', runId, 'failure_status_code')).toBe(String(status));
    expect(field(double, 'x_eih_connector', connector, 'health')).toBe('unhealthy');
  });

  it('a failure that says nothing of the credentials (an export in ERROR) leaves the health as it was', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { status: 'connected', health: 'healthy', last_run_status: 'succeeded' });
    replay(double, [
      { method: 'POST', path: '/vulns/export', reply: jsonReply(200, { export_uuid: EXPORT_UUID }) },
      { method: 'GET', path: `/vulns/export/${EXPORT_UUID}/status`, reply: exportStatus('ERROR', []) },
    ]);
    const runId = runToCompletion(connector);
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('failed');
    expect(field(double, 'x_eih_connector', connector, 'health')).toBe('healthy');
  });

  it('a cancelled run leaves the health as it was', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { health: 'unknown' });
    const started = applyConnectorEvent(connector, { type: 'execute' });
    const runId = started.ok ? (started.value.runId ?? '') : '';
    call('cancelConnector', { params: { id: connector } });
    expect(advanceRun(runId)).toBe('complete');
    expect(field(double, 'x_eih_integration_run', runId, 'substate')).toBe('cancelled');
    expect(field(double, 'x_eih_connector', connector, 'health')).toBe('unknown');
  });
});

describe('connector health after a connection test', () => {
  it('POST /connectors/{id}/test that succeeds makes the connector (and its siblings) healthy', () => {
    double = instanceDouble();
    const connection = seedConnection(double);
    const connector = seedConnector(double, connection, { health: 'unhealthy' });
    const sibling = seedConnector(double, connection, { health: 'unknown' });
    double.rest = () => jsonReply(200, { id: 1, username: 'api.user@example.com' });
    const answer = call('testConnector', { params: { id: connector } });
    expect(answer.status).toBe(200);
    expect((answer.body.result as { connector: { health: string } }).connector.health).toBe('healthy');
    expect(field(double, 'x_eih_connector', sibling, 'health')).toBe('healthy');
  });

  it('POST /connections/{id}/test that fails with 401 makes its connectors unhealthy', () => {
    double = instanceDouble();
    const connection = seedConnection(double);
    const connector = seedConnector(double, connection, { health: 'healthy' });
    double.rest = () => jsonReply(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' });
    expect(call('testConnection', { params: { id: connection } }).status).toBe(200);
    expect(field(double, 'x_eih_connector', connector, 'health')).toBe('unhealthy');
  });
});
