import { describe, expect, it } from 'vitest';
import { integrationRow, integrationsTable } from '../../../src-shared/metrics/integrations-table';
import type { ConnectorRow } from '../../../src-shared/metrics/metric-rows';

const base: ConnectorRow = { sys_id: 'c1', name: 'Tenable VM', active: true, schedule_timezone: 'Europe/Paris', last_run_status: 'succeeded', notes: ' nightly ' };

describe('integrationRow', () => {
  it.each<[string, Partial<ConnectorRow>, { run: string; runLabel: string; day: string; time: string; scheduleProblem: string | null }]>([
    ['daily hides a leftover weekday', { schedule_run: 'daily', schedule_day: 'monday', schedule_time: '02:00' }, { run: 'daily', runLabel: 'Daily', day: '', time: '02:00', scheduleProblem: null }],
    ['weekly shows the weekday label', { schedule_run: 'weekly', schedule_day: 'mon', schedule_time: '08:30' }, { run: 'weekly', runLabel: 'Weekly', day: 'Monday', time: '08:30', scheduleProblem: null }],
    ['monthly shows the day of month', { schedule_run: 'monthly', schedule_day: '31', schedule_time: '10:00' }, { run: 'monthly', runLabel: 'Monthly', day: '31', time: '10:00', scheduleProblem: null }],
    ['periodically shows the interval', { schedule_run: 'periodically', schedule_interval_minutes: 90 }, { run: 'periodically', runLabel: 'Periodically', day: '', time: 'Every 90 minutes', scheduleProblem: null }],
    ['periodically every minute', { schedule_run: 'periodically', schedule_interval_minutes: 1 }, { run: 'periodically', runLabel: 'Periodically', day: '', time: 'Every 1 minute', scheduleProblem: null }],
    ['once shows the date', { schedule_run: 'once', schedule_day: '2026-12-01', schedule_time: '09:00' }, { run: 'once', runLabel: 'Once', day: '2026-12-01', time: '09:00', scheduleProblem: null }],
    ['on demand shows no day or time', { schedule_run: 'on_demand', schedule_time: '02:00' }, { run: 'on_demand', runLabel: 'On demand', day: '', time: '', scheduleProblem: null }],
    [
      'an invalid schedule shows what is stored and why it cannot fire',
      { schedule_run: 'weekly', schedule_day: 'funday', schedule_time: '25:00' },
      { run: 'weekly', runLabel: 'Weekly', day: 'funday', time: '25:00', scheduleProblem: "invalid schedule time: '25:00' (expected 'HH:mm' between 00:00 and 23:59); invalid schedule day for weekly run: 'funday' (expected a weekday name such as monday)" },
    ],
    ['no schedule at all', {}, { run: '', runLabel: '', day: '', time: '', scheduleProblem: 'invalid schedule run: empty (expected one of daily, weekly, monthly, periodically, once, on_demand)' }],
  ])('%s', (_name, schedule, expected) => {
    expect(integrationRow({ ...base, ...schedule })).toMatchObject(expected);
  });

  it('carries name, active, timezone, last run status, notes and the runs drill-down', () => {
    expect(integrationRow({ ...base, schedule_run: 'daily', schedule_time: '02:00' })).toEqual({
      connector: 'c1',
      name: 'Tenable VM',
      active: true,
      run: 'daily',
      runLabel: 'Daily',
      day: '',
      time: '02:00',
      timezone: 'Europe/Paris',
      lastRunStatus: 'succeeded',
      lastRunStatusLabel: 'Succeeded',
      notes: 'nightly',
      scheduleProblem: null,
      runs: { table: 'x_eih_integration_run', query: 'connector=c1', route: '/api/x_eih/hub/runs', href: '/api/x_eih/hub/runs?sysparm_query=connector%3Dc1' },
    });
  });

  it('defaults: inactive when unknown, UTC zone, never run, name falls back to the id', () => {
    expect(integrationRow({ sys_id: 'c9', name: null })).toMatchObject({ name: 'c9', active: false, timezone: 'UTC', lastRunStatus: 'never_run', lastRunStatusLabel: 'Never run', notes: '' });
  });
});

describe('integrationsTable', () => {
  it('orders rows by name, case-insensitively, then id', () => {
    const rows = integrationsTable([
      { sys_id: '2', name: 'beta' },
      { sys_id: '3', name: 'Alpha' },
      { sys_id: '1', name: 'beta' },
      { sys_id: '4', name: 'alpha' },
    ]);
    expect(rows.map((r) => r.connector)).toEqual(['3', '4', '1', '2']);
  });
});
