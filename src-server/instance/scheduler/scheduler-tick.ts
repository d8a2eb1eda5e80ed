import { isoOf } from '../../../src-shared/core/context';
import { canStartRun } from '../../../src-shared/core/connector-lifecycle-machine';
import { parseUtcDateTime } from '../../../src-shared/schedule/civil-time';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { missedFires, nextFireTime, scheduleInputOfConnector, validateSchedule } from '../../../src-shared/schedule';
import { statusOf } from '../connector-lifecycle';
import { writeLog } from '../connector-log';
import { getRow, list, updateRow } from '../glide/glide-store';
import { coreContext } from '../instance-context';
import { advanceRun, type AdvanceOptions, type AdvanceStatus } from '../run/run-engine';
import { startRun } from '../run/run-starter';
import { glideZone } from './glide-zone';

/**
 * The scheduled script that runs every minute: fire connectors whose schedule fell due (missed
 * fires collapse into one catch-up run, core rule), start due retries, and advance every active run
 * one budgeted pass.
 */

/** A fire this late is reported as a catch-up rather than an on-time schedule run. */
const LATE_MS = 5 * 60_000;

export interface TickReport {
  readonly fired: readonly string[];
  readonly retried: readonly string[];
  readonly advanced: Readonly<Record<string, AdvanceStatus>>;
}

export function schedulerTick(options: AdvanceOptions = {}): TickReport {
  const fired = fireDueConnectors();
  const retried = startDueRetries();
  const advanced: Record<string, AdvanceStatus> = {};
  for (const run of list(integrationRunTable, { query: 'state!=complete', orderBy: 'sys_created_on' })) {
    advanced[run.sys_id] = advanceRun(run.sys_id, options);
  }
  return { fired, retried, advanced };
}

export function fireDueConnectors(): string[] {
  const now = coreContext().now;
  const fired: string[] = [];
  for (const connector of list(connectorTable, { where: { active: true } })) {
    if (!canStartRun(statusOf(connector.status)) || connector.status === 'retrying') continue;
    const schedule = validateSchedule(scheduleInputOfConnector(connector));
    if (!schedule.ok) continue;
    const zone = glideZone(schedule.value.timezone);
    const lastFired = parseUtcDateTime(connector.last_fired_at);
    if (lastFired === null) {
      // No baseline yet: nothing is owed; the schedule starts at its next fire (core rule).
      const next = nextFireTime(schedule.value, now, zone);
      updateRow(connectorTable, connector.sys_id, { last_fired_at: isoOf(now), next_run_at: next === null ? null : isoOf(next) });
      continue;
    }
    const decision = missedFires(schedule.value, lastFired, now, zone);
    if (!decision.catchUp) continue;
    const late = decision.collapsed || (decision.firstMissedAt !== null && now - decision.firstMissedAt > LATE_MS);
    if (decision.collapsed) {
      writeLog({ connector: connector.sys_id, level: 'info', stage: 'initiating', event: 'catch_up', message: `missed scheduled runs since ${isoOf(decision.firstMissedAt ?? now)} collapsed into one catch-up run` });
    }
    const started = startRun(connector.sys_id, late ? 'catch_up' : 'schedule');
    updateRow(connectorTable, connector.sys_id, { last_fired_at: isoOf(now), next_run_at: decision.nextFireAt === null ? null : isoOf(decision.nextFireAt) });
    if (started.ok && started.value.runId !== null) fired.push(connector.sys_id);
  }
  return fired;
}

/** Connectors in `retrying` whose retry time (retry_at, set at run completion) has come. */
export function startDueRetries(): string[] {
  const now = coreContext().now;
  const retried: string[] = [];
  for (const connector of list(connectorTable, { where: { status: 'retrying', active: true } })) {
    const due = parseUtcDateTime(connector.retry_at);
    if (due === null || due > now) continue;
    const last = getRow(integrationRunTable, connector.last_run);
    const attempt = connector.retry_attempt !== null && connector.retry_attempt > 1 ? connector.retry_attempt : (last?.attempt ?? 1) + 1;
    const started = startRun(connector.sys_id, 'retry', { attempt, fullImport: last?.full_import === true });
    if (started.ok && started.value.runId !== null) {
      retried.push(connector.sys_id);
      updateRow(connectorTable, connector.sys_id, { retry_at: null });
    }
  }
  return retried;
}
