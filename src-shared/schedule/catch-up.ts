import type { Schedule } from './validate-schedule';
import { nextFireTime } from './next-fire';
import type { ZonePort } from './zone-port';

export interface CatchUpDecision {
  /** Run exactly once now: at least one fire fell due in (lastFiredAt, now]. */
  readonly catchUp: boolean;
  /** The earliest fire that fell due and has not run; null when none did. */
  readonly firstMissedAt: number | null;
  /** More than one fire fell due: they collapse into this single run (log it, never replay them). */
  readonly collapsed: boolean;
  /** The next fire strictly after now; null = never (on_demand, a spent once). */
  readonly nextFireAt: number | null;
}

/**
 * After downtime (host stopped, instance upgrade, scheduler paused) a schedule may have missed
 * many fires. Replaying them would hammer Tenable with identical delta syncs, so they collapse
 * into ONE catch-up run now; the schedule then resumes at its next fire after now. The host
 * records the catch-up as fired at `now` (trigger `catch_up` when `collapsed` or late, `schedule`
 * otherwise), and asking again with lastFiredAt = now yields no second run.
 *
 * Without a last fire there is no baseline for a recurring schedule, so nothing is owed: the
 * schedule simply starts at its next fire. A `once` schedule that never fired and whose moment
 * has passed is owed its one run.
 */
export function missedFires(schedule: Schedule, lastFiredAt: number | null, now: number, zone: ZonePort): CatchUpDecision {
  const nextFireAt = nextFireTime(schedule, now, zone);
  let firstMissedAt: number | null = null;
  if (lastFiredAt !== null) {
    const due = nextFireTime(schedule, lastFiredAt, zone);
    firstMissedAt = due !== null && due <= now ? due : null;
  } else if (schedule.run === 'once') {
    // nextFireTime(once, -Infinity) is the once moment itself.
    const moment = nextFireTime(schedule, Number.NEGATIVE_INFINITY, zone);
    firstMissedAt = moment !== null && moment <= now ? moment : null;
  }
  if (firstMissedAt === null) return { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt };
  const second = nextFireTime(schedule, firstMissedAt, zone);
  return { catchUp: true, firstMissedAt, collapsed: second !== null && second <= now, nextFireAt };
}
