import type { CoreContext } from '../core/context';
import { byNameThenId, counter, dayWindow, type ConnectorRow, type DailyMetricRow, type WindowDays } from './metric-rows';
import { OUTCOME_LABELS, OUTCOME_SLICES, outcomeOfStatus, type OutcomeSlice } from './run-outcome';

/**
 * "Integration runs" (bar chart): runs succeeded and failed per integration per day over the last
 * 7 or 30 UTC days ending today (ctx.now's UTC day), plus the last-run pie. Every day of the window
 * is present, zeros included, so a chart never silently skips a day with no runs.
 */

export interface DayRuns {
  readonly day: string;
  readonly succeeded: number;
  readonly failed: number;
}

export interface RunTotals {
  readonly succeeded: number;
  readonly failed: number;
  readonly total: number;
}

export interface IntegrationRuns {
  readonly connector: string;
  readonly name: string;
  /** False for a connector that has metrics but no connector row (deleted): named by its id. */
  readonly known: boolean;
  /** Exactly windowDays entries, oldest first. */
  readonly days: readonly DayRuns[];
  readonly totals: RunTotals;
}

export interface OutcomeShare {
  readonly slice: OutcomeSlice;
  readonly label: string;
  readonly count: number;
  /** count / connectors counted, 0..1; 0 when there are no connectors. */
  readonly share: number;
}

export interface RunsPerIntegration {
  readonly windowDays: WindowDays;
  readonly days: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly integrations: readonly IntegrationRuns[];
  /** Per day across every integration (the stacked total). */
  readonly allDays: readonly DayRuns[];
  readonly totals: RunTotals;
  /** Every slice, in OUTCOME_SLICES order, zeros included. */
  readonly lastRunOutcomes: readonly OutcomeShare[];
}

export interface RunsPerIntegrationInput {
  readonly metrics: readonly DailyMetricRow[];
  readonly connectors: readonly ConnectorRow[];
  readonly windowDays: WindowDays;
  /** Restrict to one integration (the dashboard opened from "Review" on one integration). */
  readonly connector?: string | null;
}

function totalsOf(days: readonly DayRuns[]): RunTotals {
  let succeeded = 0;
  let failed = 0;
  for (const day of days) {
    succeeded += day.succeeded;
    failed += day.failed;
  }
  return { succeeded, failed, total: succeeded + failed };
}

export function runsPerIntegration(input: RunsPerIntegrationInput, ctx: CoreContext): RunsPerIntegration {
  const window = dayWindow(ctx.now, input.windowDays);
  const only = input.connector ?? null;
  const connectors = input.connectors.filter((c) => only === null || c.sys_id === only);

  // connector → day → counts; connectors without rows still get a full row of zeros.
  const grid = new Map<string, Map<string, { succeeded: number; failed: number }>>();
  const names = new Map<string, { name: string; known: boolean }>();
  for (const c of connectors) {
    grid.set(c.sys_id, new Map());
    names.set(c.sys_id, { name: c.name ?? c.sys_id, known: true });
  }
  const inWindow = new Set(window.days);
  for (const row of input.metrics) {
    if (row.connector === null || row.day === null || !inWindow.has(row.day)) continue;
    if (only !== null && row.connector !== only) continue;
    let perDay = grid.get(row.connector);
    if (perDay === undefined) {
      perDay = new Map();
      grid.set(row.connector, perDay);
      names.set(row.connector, { name: row.connector, known: false });
    }
    const cell = perDay.get(row.day) ?? { succeeded: 0, failed: 0 };
    // Summed, not replaced: two rows for one (connector, day) would be a store bug, but losing runs
    // would be a worse one.
    perDay.set(row.day, { succeeded: cell.succeeded + counter(row, 'runs_succeeded'), failed: cell.failed + counter(row, 'runs_failed') });
  }

  const integrations: IntegrationRuns[] = [];
  for (const [connector, perDay] of grid) {
    const days = window.days.map((day) => ({ day, ...(perDay.get(day) ?? { succeeded: 0, failed: 0 }) }));
    const label = names.get(connector) ?? { name: connector, known: false };
    integrations.push({ connector, name: label.name, known: label.known, days, totals: totalsOf(days) });
  }
  integrations.sort((a, b) => byNameThenId({ name: a.name, id: a.connector }, { name: b.name, id: b.connector }));

  const allDays = window.days.map((day, i) => {
    let succeeded = 0;
    let failed = 0;
    for (const integration of integrations) {
      const cell = integration.days[i] as DayRuns;
      succeeded += cell.succeeded;
      failed += cell.failed;
    }
    return { day, succeeded, failed };
  });

  return {
    windowDays: input.windowDays,
    days: window.days,
    from: window.from,
    to: window.to,
    integrations,
    allDays,
    totals: totalsOf(allDays),
    lastRunOutcomes: lastRunOutcomes(connectors),
  };
}

/** The last-run pie over the given connectors' `last_run_status`. */
export function lastRunOutcomes(connectors: readonly ConnectorRow[]): OutcomeShare[] {
  const counts = new Map<OutcomeSlice, number>();
  for (const c of connectors) {
    const slice = outcomeOfStatus(c.last_run_status);
    counts.set(slice, (counts.get(slice) ?? 0) + 1);
  }
  const total = connectors.length;
  return OUTCOME_SLICES.map((slice) => {
    const count = counts.get(slice) ?? 0;
    return { slice, label: OUTCOME_LABELS[slice], count, share: total === 0 ? 0 : count / total };
  });
}
