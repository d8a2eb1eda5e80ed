import { afterEach, describe, expect, it } from 'vitest';
import { schedulerTick } from '../../src-server/instance/scheduler/scheduler-tick';
import { runSchedulerTick, runHeartbeatWatchdog } from '../../src-server/instance/entry/scheduled-jobs';
import type { GlideDouble } from '../support/glide-double';
import { field, instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';

let double: GlideDouble;
afterEach(() => double.uninstall());

// The double's clock starts at 2026-03-02 09:00 UTC.
describe('the scheduler tick', () => {
  it('sets a baseline for a connector that never fired: nothing is owed, the next fire is stored', () => {
    double = instanceDouble();
    const id = seedConnector(double, seedConnection(double));
    expect(schedulerTick().fired).toEqual([]);
    expect(field(double, 'x_eih_connector', id, 'last_fired_at')).toBe('2026-03-02 09:00:00');
    expect(field(double, 'x_eih_connector', id, 'next_run_at')).toBe('2026-03-03 02:00:00');
  });

  it.each([
    ['on time', '2026-03-01 02:30:00', Date.UTC(2026, 2, 2, 2, 1), 'schedule'],
    ['late after downtime', '2026-03-01 02:30:00', Date.UTC(2026, 2, 2, 9, 0), 'catch_up'],
    ['several missed fires collapse into one', '2026-02-20 02:30:00', Date.UTC(2026, 2, 2, 9, 0), 'catch_up'],
  ] as const)('fires a due connector %s with trigger %s', (_name, lastFired, now, trigger) => {
    double = instanceDouble({ now });
    const id = seedConnector(double, seedConnection(double), { last_fired_at: lastFired });
    const report = schedulerTick({ budgetMs: 0 });
    expect(report.fired).toEqual([id]);
    const runs = double.rows('x_eih_integration_run');
    expect(runs.map((r) => r['trigger'])).toEqual([trigger]);
    expect(field(double, 'x_eih_connector', id, 'last_fired_at')).not.toBe(lastFired);
    // A second tick at the same moment owes nothing more.
    expect(schedulerTick({ budgetMs: 0 }).fired).toEqual([]);
  });

  it('skips disabled, inactive and on-demand connectors', () => {
    double = instanceDouble();
    const conn = seedConnection(double);
    seedConnector(double, conn, { status: 'disabled', last_fired_at: '2026-02-01 00:00:00' });
    seedConnector(double, conn, { active: false, last_fired_at: '2026-02-01 00:00:00' });
    seedConnector(double, conn, { schedule_run: 'on_demand', last_fired_at: '2026-02-01 00:00:00' });
    expect(schedulerTick().fired).toEqual([]);
    expect(double.rows('x_eih_integration_run')).toHaveLength(0);
  });

  it('the scheduled-script bodies run the tick and the watchdog and log what they did', () => {
    double = instanceDouble();
    seedConnector(double, seedConnection(double), { last_fired_at: '2026-03-01 02:00:00' });
    double.rest = () => ({ status: 0, body: '', headers: {}, errorMessage: 'connection refused' });
    runSchedulerTick();
    runHeartbeatWatchdog();
    expect(double.logs.some((l) => l.message.startsWith('x_eih scheduler tick: 1 fired'))).toBe(true);
  });
});
