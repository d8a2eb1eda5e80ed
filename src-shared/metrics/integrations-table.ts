import { labelOf } from '../model/column';
import { validateSchedule, scheduleInputOfConnector, WEEKDAYS } from '../schedule/validate-schedule';
import { connectorRunsDrillDown, type DrillDown } from './drill-down';
import { byNameThenId, type ConnectorRow } from './metric-rows';
import { OUTCOME_LABELS, outcomeOfStatus, type OutcomeSlice } from './run-outcome';

/**
 * The "Integrations" table (Name, Active, Run, Day, Time, Last run status, Notes), one row per
 * connector, ordered by name. Day and Time are shown only where the run type uses them, so a
 * daily connector never displays a stale weekday left over from a weekly schedule.
 */

export interface IntegrationRow {
  readonly connector: string;
  readonly name: string;
  readonly active: boolean;
  /** The schedule_run value ('daily', ... ; '' when unset). */
  readonly run: string;
  readonly runLabel: string;
  /** weekly: 'Monday'; monthly: '15'; once: '2026-11-20'; otherwise ''. */
  readonly day: string;
  /** 'HH:mm'; periodically: 'Every 90 minutes'; on_demand: ''. */
  readonly time: string;
  readonly timezone: string;
  readonly lastRunStatus: OutcomeSlice;
  readonly lastRunStatusLabel: string;
  readonly notes: string;
  /** Why the schedule cannot fire (the validation message), or null when it is valid. */
  readonly scheduleProblem: string | null;
  /** The connector's runs, for a click on the row. */
  readonly runs: DrillDown;
}

function text(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : value.trim();
}

export function integrationRow(connector: ConnectorRow): IntegrationRow {
  const input = scheduleInputOfConnector(connector);
  const checked = validateSchedule(input);
  const run = text(connector.schedule_run);
  let day = '';
  let time = '';
  if (checked.ok) {
    const schedule = checked.value;
    const hhmm = text(connector.schedule_time);
    switch (schedule.run) {
      case 'weekly':
        day = labelOf(WEEKDAYS[schedule.weekday] as string);
        time = hhmm;
        break;
      case 'monthly':
        day = String(schedule.dayOfMonth);
        time = hhmm;
        break;
      case 'once':
        day = text(connector.schedule_day);
        time = hhmm;
        break;
      case 'daily':
        time = hhmm;
        break;
      case 'periodically':
        time = `Every ${schedule.intervalMinutes} minute${schedule.intervalMinutes === 1 ? '' : 's'}`;
        break;
      case 'on_demand':
        break;
    }
  } else {
    // Show what is stored, so the user can see the value the problem names.
    day = text(connector.schedule_day);
    time = text(connector.schedule_time);
  }
  const outcome = outcomeOfStatus(connector.last_run_status);
  return {
    connector: connector.sys_id,
    name: text(connector.name) || connector.sys_id,
    active: connector.active === true,
    run,
    runLabel: run === '' ? '' : labelOf(run),
    day,
    time,
    timezone: text(connector.schedule_timezone) || 'UTC',
    lastRunStatus: outcome,
    lastRunStatusLabel: OUTCOME_LABELS[outcome],
    notes: text(connector.notes),
    scheduleProblem: checked.ok ? null : checked.error.message,
    runs: connectorRunsDrillDown(connector.sys_id),
  };
}

export function integrationsTable(connectors: readonly ConnectorRow[]): IntegrationRow[] {
  return connectors.map(integrationRow).sort((a, b) => byNameThenId({ name: a.name, id: a.connector }, { name: b.name, id: b.connector }));
}
