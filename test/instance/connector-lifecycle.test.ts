import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stepConnectorLifecycle, CONNECTOR_EVENT_TYPES } from '../../src-shared/core/connector-lifecycle-machine';
import { CONNECTOR_STATUSES } from '../../src-shared/model/vocabulary';
import { applyConnectorEvent, statusChangeIsLegal } from '../../src-server/instance/connector-lifecycle';
import type { GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double?.uninstall());

describe('connector status changes are validated by the core lifecycle machine (before-update rule)', () => {
  it.each([
    ['connecting', 'connected', true],
    ['connected', 'disabled', true],
    ['disabled', 'connected', true],
    ['failed', 'connecting', true],
    ['retrying', 'failed', true],
    ['connected', 'deleting', true],
    ['connecting', 'retrying', true],
    ['disabled', 'failed', false],
    ['deleting', 'connected', false],
    ['disabled', 'retrying', false],
    ['connected', 'nonsense', false],
  ] as const)('%s → %s legal: %s', (from, to, legal) => {
    expect(statusChangeIsLegal(from, to).ok).toBe(legal);
  });

  it('agrees with the machine for every pair of statuses (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONNECTOR_STATUSES), fc.constantFrom(...CONNECTOR_STATUSES), (from, to) => {
        const reachable = CONNECTOR_EVENT_TYPES.some((type) =>
          [true, false].some((flag) => {
            const event = type === 'run_failed' ? { type, retryable: flag } : type === 'enable' ? { type, hasSucceededBefore: flag } : { type };
            const step = stepConnectorLifecycle(from, event as never);
            return step.ok && step.value.state === to;
          }),
        );
        expect(statusChangeIsLegal(from, to).ok).toBe(reachable);
      }),
    );
  });

  it('an illegal edit is aborted with a message; the record keeps its status', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double), { status: 'disabled' });
    const record = double.record('x_eih_connector');
    record.get(id);
    record.setValue('status', 'failed');
    record.setValue('notes', 'edited');
    expect(record.update()).toBeNull();
    expect(record.isActionAborted()).toBe(true);
    expect(double.errorMessages[0]).toBe("connector in state 'disabled' cannot change to 'failed': no lifecycle event leads there");
    expect(field(double, 'x_eih_connector', id, 'status')).toBe('disabled');
    expect(field(double, 'x_eih_connector', id, 'notes')).toBeNull();
  });

  it('a legal edit goes through', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    const record = double.record('x_eih_connector');
    record.get(id);
    record.setValue('status', 'connected');
    expect(record.update()).toBe(id);
    expect(double.errorMessages).toEqual([]);
  });

  it('a new connector cannot be created green', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    expect(() => seedConnector(double, conn, { status: 'connecting', name: 'ok' })).not.toThrow();
    const record = double.record('x_eih_connector');
    record.initialize();
    record.setValue('name', 'green');
    record.setValue('connection', conn);
    record.setValue('status', 'connected');
    expect(record.insert()).toBeNull();
    expect(double.errorMessages[0]).toMatch(/a new connector starts as 'connecting'/);
  });
});

describe('enable / disable / execute / delete through the machine', () => {
  it('disable stops active runs; enable of a connector whose last run succeeded goes back green and catches up', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double), { status: 'connected', last_run_status: 'succeeded' });
    const run = applyConnectorEvent(id, { type: 'execute' });
    expect(run.ok && run.value.runId).toBeTruthy();
    const disabled = applyConnectorEvent(id, { type: 'disable' });
    expect(disabled.ok && disabled.value.to).toBe('disabled');
    expect(field(double, 'x_eih_connector', id, 'active')).toBe('0');
    const runId = run.ok ? (run.value.runId as string) : '';
    expect(field(double, 'x_eih_integration_run', runId, 'cancel_requested')).toBe('1');
    const enabled = applyConnectorEvent(id, { type: 'enable', hasSucceededBefore: true });
    expect(enabled.ok && enabled.value.to).toBe('connected');
  });

  it('an illegal event is refused with the machine failure and changes nothing', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double), { status: 'disabled' });
    const outcome = applyConnectorEvent(id, { type: 'execute' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'illegal_transition', statusHint: 409 });
    expect(double.rows('x_eih_integration_run')).toHaveLength(0);
  });

  it('delete purges the connector data, keeps shared assets, and removes the record', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    const id = seedConnector(double, conn);
    const keep = seedConnector(double, conn);
    const asset = double.insertRaw('x_eih_asset', { hostname: 'web1' });
    double.insertRaw('x_eih_vulnerable_item', { connector: id, dedupe_key: 'a', asset });
    double.insertRaw('x_eih_vulnerable_item', { connector: keep, dedupe_key: 'b', asset });
    double.insertRaw('x_eih_connector_log', { connector: id, message: 'x', created: '2026-03-01 00:00:00' });
    const outcome = applyConnectorEvent(id, { type: 'delete' });
    expect(outcome.ok && outcome.value.to).toBe('deleting');
    expect(double.db.rows('x_eih_connector').has(id)).toBe(false);
    expect(double.rows('x_eih_vulnerable_item').map((r) => r['dedupe_key'])).toEqual(['b']);
    expect(double.rows('x_eih_connector_log').filter((r) => r['connector'] === id)).toHaveLength(0);
    expect(double.rows('x_eih_asset')).toHaveLength(1);
    expect(double.logs.some((l) => l.message.includes('connector data purged; connector deleted'))).toBe(true);
  });

  it('an unknown connector is a 404', () => {
    double = instanceDouble();
    const outcome = applyConnectorEvent('missing', { type: 'disable' });
    expect(!outcome.ok && outcome.error.statusHint).toBe(404);
  });
});
