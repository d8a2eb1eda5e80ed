/**
 * Fires runs per each connector's schedule. Missed fires (the host was down) collapse into one
 * catch-up run; an overlapping fire is skipped and logged by the run service; retries of failed
 * runs fire when their backoff has passed.
 */
import { canStartRun } from '../../../src-shared/core/connector-lifecycle-machine';
import { connectorTable } from '../../../src-shared/model/tables';
import type { ConnectorStatus } from '../../../src-shared/model/vocabulary';
import { missedFires } from '../../../src-shared/schedule/catch-up';
import { scheduleInputOfConnector, validateSchedule } from '../../../src-shared/schedule/validate-schedule';
import { isoNow, type EngineDeps } from './engine-deps';
import { intlZone } from './intl-zone';
import type { RunService } from './run-service';

export async function schedulerTick(deps: EngineDeps, runs: RunService): Promise<number> {
  const now = deps.clock();
  let fired = 0;
  for (const connector of await deps.records.findBy(connectorTable, { active: true })) {
    const id = String(connector.sys_id);
    if (!canStartRun(connector.status as ConnectorStatus)) continue;
    if (connector.status === 'retrying' && typeof connector.retry_at === 'string' && Date.parse(connector.retry_at) <= now) {
      const started = await runs.startRun(id, 'retry');
      if (started.ok) fired++;
      continue;
    }
    const schedule = validateSchedule(scheduleInputOfConnector(connector as never));
    if (!schedule.ok || schedule.value.run === 'on_demand') continue;
    const zone = intlZone(connector.schedule_timezone as string | null);
    const lastFired = Date.parse(String(connector.last_fired_at ?? connector.sys_created_on));
    const decision = missedFires(schedule.value, Number.isNaN(lastFired) ? null : lastFired, now, zone);
    const nextRunAt = decision.nextFireAt === null ? null : new Date(decision.nextFireAt).toISOString();
    if (decision.catchUp) {
      // Recorded as fired even when skipped for an active run: one skip, not one per tick.
      await deps.records.update(connectorTable, id, { last_fired_at: isoNow(deps), next_run_at: nextRunAt }, isoNow(deps));
      const started = await runs.startRun(id, decision.collapsed ? 'catch_up' : 'schedule');
      if (started.ok) fired++;
    } else if (connector.next_run_at !== nextRunAt) {
      await deps.records.update(connectorTable, id, { next_run_at: nextRunAt }, isoNow(deps));
    }
  }
  return fired;
}
