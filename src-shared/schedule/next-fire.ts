import { DAY_MS, HOUR_MS, MINUTE_MS, civilFromDays, daysFromCivil, daysInMonth, weekdayOfDays } from './civil-time';
import type { Schedule, TimeOfDay } from './validate-schedule';
import { resolveWallTime, wallMsOf, type ZonePort } from './zone-port';

/**
 * When a schedule fires next, strictly after `afterEpochMs` (pass the last fire, or now).
 * Returns null for "never": on_demand, and a once schedule whose moment has passed.
 *
 * - daily / weekly / monthly / once fire at a wall-clock time in the schedule's zone, resolved by
 *   `resolveWallTime`: in a spring-forward gap the fire moves forward by the gap (02:30 → 03:30),
 *   in a fall-back overlap it fires at the first occurrence only.
 * - monthly clamps the day to the month's last day: day 31 fires on 30 April, 28 or 29 February.
 * - periodically counts elapsed time, not wall time: fires sit on multiples of the interval since
 *   the Unix epoch, so DST never stretches or squeezes the cadence, and the same instants come out
 *   whichever moment the caller asks from (a restart does not shift the grid).
 *
 * Pure and deterministic: the zone's offsets come from the host's port, never from Intl or a clock.
 */
export function nextFireTime(schedule: Schedule, afterEpochMs: number, zone: ZonePort): number | null {
  switch (schedule.run) {
    case 'on_demand':
      return null;
    case 'periodically': {
      const step = schedule.intervalMinutes * MINUTE_MS;
      return (Math.floor(afterEpochMs / step) + 1) * step;
    }
    case 'once': {
      const { instant } = resolveWallTime(zone, wallOf(daysFromCivil(schedule.date.year, schedule.date.month, schedule.date.day), schedule.time));
      return instant > afterEpochMs ? instant : null;
    }
    case 'daily':
      return earliestAfter(zone, afterEpochMs, dayRange(zone, afterEpochMs, 5), schedule.time);
    case 'weekly': {
      const days = dayRange(zone, afterEpochMs, 10).filter((d) => weekdayOfDays(d) === schedule.weekday);
      return earliestAfter(zone, afterEpochMs, days, schedule.time);
    }
    case 'monthly': {
      const today = civilFromDays(Math.floor(wallMsOf(zone, afterEpochMs) / DAY_MS));
      const days: number[] = [];
      // The previous month through two months ahead: at least one of them lands after `after`
      // whatever the zone's offset did in between.
      for (let shift = -1; shift <= 2; shift++) {
        const index = today.year * 12 + (today.month - 1) + shift;
        const year = Math.floor(index / 12);
        const month = index - year * 12 + 1;
        days.push(daysFromCivil(year, month, Math.min(schedule.dayOfMonth, daysInMonth(year, month))));
      }
      return earliestAfter(zone, afterEpochMs, days, schedule.time);
    }
  }
}

function wallOf(days: number, time: TimeOfDay): number {
  return days * DAY_MS + time.hour * HOUR_MS + time.minute * MINUTE_MS;
}

/** Local day numbers from the day before `after`'s local day, `count` days long. */
function dayRange(zone: ZonePort, afterEpochMs: number, count: number): number[] {
  const first = Math.floor(wallMsOf(zone, afterEpochMs) / DAY_MS) - 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * The smallest resolved instant after `after` among candidate days. Taking the minimum rather
 * than the first keeps the answer right even where a transition reorders nearby wall times.
 */
function earliestAfter(zone: ZonePort, afterEpochMs: number, days: readonly number[], time: TimeOfDay): number | null {
  let best: number | null = null;
  for (const day of days) {
    const { instant } = resolveWallTime(zone, wallOf(day, time));
    if (instant > afterEpochMs && (best === null || instant < best)) best = instant;
  }
  return best;
}
