import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diagnoseConnectionTest, type ConnectionDiagnosis } from '../../../src-shared/core/connection-diagnosis';
import {
  connectionTestPatch,
  propagateConnectionTest,
  propagateConnectorTest,
  type ConnectorRef,
} from '../../../src-shared/core/health-propagation';

const NOW = Date.UTC(2025, 3, 1, 9, 30, 0);
const ctx = { now: NOW };

const ok = diagnoseConnectionTest({ platform: 'tenable_vm', outcome: { kind: 'http', status: 200, body: { username: 'svc' } } });
const bad = diagnoseConnectionTest({
  platform: 'tenable_vm',
  outcome: { kind: 'http', status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' } },
});
const noProjects = diagnoseConnectionTest({ platform: 'tenable_was', probe: 'was_configs', outcome: { kind: 'http', status: 200, body: { items: [] } } });
const network = diagnoseConnectionTest({ platform: 'tenable_sc', outcome: { kind: 'network', failure: 'timeout' } });

const connectors: ConnectorRef[] = [
  { sys_id: 'k1', connection: 'c1' },
  { sys_id: 'k2', connection: 'c1' },
  { sys_id: 'k3', connection: 'c2' },
  { sys_id: 'k4', connection: null },
];

describe('propagateConnectionTest', () => {
  it.each([
    ['success', ok, 'healthy', null],
    ['error', bad, 'unhealthy', `Connection test failed: ${bad.message} ${bad.suggestion}`],
    ['network error', network, 'unhealthy', `Connection test failed: ${network.message} ${network.suggestion}`],
    ['success with a warning', noProjects, 'healthy', `${noProjects.message} ${noProjects.suggestion}`],
  ] as const)('%s marks every connector of the connection %s', (_name, diagnosis, health, warning) => {
    expect(propagateConnectionTest('c1', diagnosis, connectors)).toEqual([
      { sys_id: 'k1', health, warning },
      { sys_id: 'k2', health, warning },
    ]);
  });

  it('touches nothing when no connector uses the connection', () => {
    expect(propagateConnectionTest('c9', ok, connectors)).toEqual([]);
  });

  it('clips a long warning to the column length', () => {
    const long: ConnectionDiagnosis = { ...bad, message: 'x'.repeat(5000) };
    const [patch] = propagateConnectionTest('c2', long, connectors);
    expect(patch?.warning).toHaveLength(1000);
    expect(patch?.warning?.endsWith('…')).toBe(true);
  });

  it('patches exactly the connectors of the connection (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ sys_id: fc.uuid(), connection: fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: null }) })),
        fc.constantFrom(ok, bad, noProjects, network),
        (refs, diagnosis) => {
          const patches = propagateConnectionTest('c1', diagnosis, refs);
          expect(patches.map((p) => p.sys_id)).toEqual(refs.filter((r) => r.connection === 'c1').map((r) => r.sys_id));
          for (const p of patches) expect(p.health).toBe(diagnosis.status === 'success' ? 'healthy' : 'unhealthy');
        },
      ),
    );
  });
});

describe('connectionTestPatch', () => {
  it('writes what Manage Connections shows', () => {
    expect(connectionTestPatch('c1', bad, ctx)).toEqual({
      sys_id: 'c1',
      status: 'error',
      status_code: 401,
      message: bad.message,
      suggestion: bad.suggestion,
      last_tested: '2025-04-01T09:30:00.000Z',
    });
    expect(connectionTestPatch('c1', network, ctx)).toMatchObject({ status: 'error', status_code: null });
  });

  it('clips message and suggestion to 4000 characters', () => {
    const patch = connectionTestPatch('c1', { ...ok, message: 'm'.repeat(4001), suggestion: 's'.repeat(9000) }, ctx);
    expect(patch.message).toHaveLength(4000);
    expect(patch.suggestion).toHaveLength(4000);
  });
});

describe('propagateConnectorTest', () => {
  it('updates the connection, the tested connector first, then its siblings', () => {
    expect(propagateConnectorTest({ sys_id: 'k2', connection: 'c1' }, ok, connectors, ctx)).toEqual({
      ok: true,
      value: {
        connection: connectionTestPatch('c1', ok, ctx),
        connectors: [
          { sys_id: 'k2', health: 'healthy', warning: null },
          { sys_id: 'k1', health: 'healthy', warning: null },
        ],
      },
    });
  });

  it('marks a tested connector even when the list does not hold it', () => {
    const r = propagateConnectorTest({ sys_id: 'new', connection: 'c2' }, bad, connectors, ctx);
    expect(r.ok && r.value.connectors.map((p) => [p.sys_id, p.health])).toEqual([
      ['new', 'unhealthy'],
      ['k3', 'unhealthy'],
    ]);
    expect(r.ok && r.value.connection).toMatchObject({ sys_id: 'c2', status: 'error', status_code: 401 });
  });

  it.each([null, ''])('fails for a connector without a connection (%j)', (connection) => {
    expect(propagateConnectorTest({ sys_id: 'k4', connection }, ok, connectors, ctx)).toEqual({
      ok: false,
      error: { code: 'invalid_record', message: "connector 'k4' has no connection to test", statusHint: 422 },
    });
  });
});
