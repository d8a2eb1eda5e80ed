import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ConnectorRow, DailyMetricRow, WindowDays } from '../../../src-shared/metrics/metric-rows';
import { dayWindow } from '../../../src-shared/metrics/metric-rows';
import { lastRunOutcomes, runsPerIntegration } from '../../../src-shared/metrics/runs-per-integration';
import { outcomeOfStatus } from '../../../src-shared/metrics/run-outcome';

const NOW = Date.UTC(2026, 10, 20, 15, 30); // 2026-11-20, afternoon UTC
const ctx = { now: NOW };

const connector = (sys_id: string, name: string, last_run_status: string | null = null): ConnectorRow => ({ sys_id, name, last_run_status });
const metric = (c: string, day: string, runs_succeeded: number, runs_failed: number): DailyMetricRow => ({ connector: c, day, runs_succeeded, runs_failed });

describe('dayWindow', () => {
  it.each([
    [7, 0, '2026-11-14', '2026-11-20'],
    [30, 0, '2026-10-22', '2026-11-20'],
    [7, 1, '2026-11-07', '2026-11-13'],
    [30, 1, '2026-09-22', '2026-10-21'],
  ])('%i days, offset %i → %s..%s', (length, offset, from, to) => {
    const window = dayWindow(NOW, length, offset);
    expect(window.days).toHaveLength(length);
    expect([window.from, window.to]).toEqual([from, to]);
    expect(window.startMs).toBe(Date.parse(`${from}T00:00:00Z`));
    expect(window.endMs).toBe(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  });

  it('crosses month and leap-day boundaries', () => {
    expect(dayWindow(Date.UTC(2028, 2, 2), 3).days).toEqual(['2028-02-29', '2028-03-01', '2028-03-02']);
  });
});

describe('runsPerIntegration', () => {
  const connectors = [connector('b', 'VM nightly', 'succeeded'), connector('a', 'was weekly', 'failed'), connector('c', 'Idle')];

  it('7-day window with gaps: every day present, zeros where no runs', () => {
    const result = runsPerIntegration(
      {
        windowDays: 7,
        connectors,
        metrics: [metric('b', '2026-11-20', 2, 1), metric('b', '2026-11-15', 1, 0), metric('a', '2026-11-14', 0, 3), metric('b', '2026-11-13', 9, 9)],
      },
      ctx,
    );
    expect(result.days).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(result.integrations.map((i) => i.name)).toEqual(['Idle', 'VM nightly', 'was weekly']);
    const vm = result.integrations.find((i) => i.connector === 'b');
    expect(vm?.days.map((d) => [d.succeeded, d.failed])).toEqual([[0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0], [2, 1]]);
    expect(vm?.totals).toEqual({ succeeded: 3, failed: 1, total: 4 });
    expect(result.integrations.find((i) => i.connector === 'c')?.totals).toEqual({ succeeded: 0, failed: 0, total: 0 });
    expect(result.totals).toEqual({ succeeded: 3, failed: 4, total: 7 });
    expect(result.allDays[0]).toEqual({ day: '2026-11-14', succeeded: 0, failed: 3 });
    expect([result.from, result.to, result.windowDays]).toEqual(['2026-11-14', '2026-11-20', 7]);
  });

  it('30-day window includes rows the 7-day window drops', () => {
    const metrics = [metric('b', '2026-10-22', 1, 0), metric('b', '2026-10-21', 5, 5), metric('b', '2026-11-01', 0, 2)];
    const result = runsPerIntegration({ windowDays: 30, connectors, metrics }, ctx);
    expect(result.days).toHaveLength(30);
    expect(result.totals).toEqual({ succeeded: 1, failed: 2, total: 3 });
    expect(runsPerIntegration({ windowDays: 7, connectors, metrics }, ctx).totals.total).toBe(0);
  });

  it('keeps runs of a connector without a row, named by its id, and sums duplicate rows', () => {
    const result = runsPerIntegration(
      { windowDays: 7, connectors: [], metrics: [metric('gone', '2026-11-19', 1, 0), metric('gone', '2026-11-19', 2, 1)] },
      ctx,
    );
    expect(result.integrations).toHaveLength(1);
    expect(result.integrations[0]).toMatchObject({ connector: 'gone', name: 'gone', known: false, totals: { succeeded: 3, failed: 1, total: 4 } });
  });

  it('reads null, missing, negative counters as zero and skips rows without a key', () => {
    const result = runsPerIntegration(
      {
        windowDays: 7,
        connectors: [connector('a', 'A')],
        metrics: [
          { connector: 'a', day: '2026-11-20', runs_succeeded: null, runs_failed: -4 },
          { connector: 'a', day: '2026-11-20' },
          { connector: null, day: '2026-11-20', runs_succeeded: 5 },
          { connector: 'a', day: null, runs_succeeded: 5 },
        ],
      },
      ctx,
    );
    expect(result.totals.total).toBe(0);
  });

  it('restricts to one integration', () => {
    const result = runsPerIntegration(
      { windowDays: 7, connectors, connector: 'a', metrics: [metric('a', '2026-11-20', 1, 0), metric('b', '2026-11-20', 4, 0)] },
      ctx,
    );
    expect(result.integrations.map((i) => i.connector)).toEqual(['a']);
    expect(result.totals.succeeded).toBe(1);
    expect(result.lastRunOutcomes.find((s) => s.slice === 'failed')?.count).toBe(1);
  });

  it('days arrays have exactly 7 or 30 entries and totals equal the in-window rows (property)', () => {
    const day = fc.integer({ min: -40, max: 2 }).map((offset) => new Date(NOW + offset * 86_400_000).toISOString().slice(0, 10));
    const row = fc.record({ connector: fc.constantFrom('a', 'b', 'c', 'x'), day, runs_succeeded: fc.nat(50), runs_failed: fc.nat(50) });
    fc.assert(
      fc.property(fc.constantFrom<WindowDays>(7, 30), fc.array(row, { maxLength: 60 }), (windowDays, metrics) => {
        const result = runsPerIntegration({ windowDays, connectors, metrics }, ctx);
        expect(result.days).toHaveLength(windowDays);
        expect(result.allDays).toHaveLength(windowDays);
        for (const integration of result.integrations) expect(integration.days).toHaveLength(windowDays);
        const inWindow = metrics.filter((m) => result.days.includes(m.day));
        expect(result.totals.succeeded).toBe(inWindow.reduce((s, m) => s + m.runs_succeeded, 0));
        expect(result.totals.failed).toBe(inWindow.reduce((s, m) => s + m.runs_failed, 0));
      }),
    );
  });
});

describe('last-run pie', () => {
  it.each([
    ['succeeded', 'succeeded'],
    ['Success', 'succeeded'],
    ['FAILED', 'failed'],
    ['error', 'failed'],
    ['canceled', 'cancelled'],
    ['Timed out', 'timed_out'],
    ['timed-out', 'timed_out'],
    ['processing', 'in_progress'],
    ['none', 'in_progress'],
    ['', 'never_run'],
    ['   ', 'never_run'],
    [null, 'never_run'],
    ['exploded', 'unknown'],
  ])('status %s → %s', (status, slice) => expect(outcomeOfStatus(status)).toBe(slice));

  it('always lists every slice with counts and shares', () => {
    const pie = lastRunOutcomes([connector('a', 'A', 'succeeded'), connector('b', 'B', 'succeeded'), connector('c', 'C', 'failed'), connector('d', 'D')]);
    expect(pie.map((s) => [s.slice, s.count, s.share])).toEqual([
      ['succeeded', 2, 0.5],
      ['failed', 1, 0.25],
      ['cancelled', 0, 0],
      ['timed_out', 0, 0],
      ['in_progress', 0, 0],
      ['never_run', 1, 0.25],
      ['unknown', 0, 0],
    ]);
    expect(pie[0]?.label).toBe('Succeeded');
    expect(lastRunOutcomes([]).every((s) => s.count === 0 && s.share === 0)).toBe(true);
  });
});
