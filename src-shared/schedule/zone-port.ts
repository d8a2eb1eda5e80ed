import { DAY_MS, MINUTE_MS } from './civil-time';

/**
 * The one thing the core needs to know about a time zone: its UTC offset at an instant. The core
 * may not use Intl (the instance has none), so the host lends it: Node through
 * `Intl.DateTimeFormat(..., { timeZone })`, the instance through `GlideDateTime`/`GlideTimeZone`.
 */
export interface ZonePort {
  /** Minutes to add to UTC to get the zone's wall clock at `epochMs` (Paris in summer: 120). */
  offsetMinutes(epochMs: number): number;
}

export const UTC_ZONE: ZonePort = { offsetMinutes: () => 0 };

/** A zone without daylight saving (tests, 'UTC', 'Etc/GMT-5'). */
export function fixedOffsetZone(minutes: number): ZonePort {
  return { offsetMinutes: () => minutes };
}

/** Real offsets lie within ±18 h; anything else (NaN, a host bug) is clamped so the core never loops. */
const MAX_OFFSET_MINUTES = 18 * 60;

export function offsetAt(zone: ZonePort, epochMs: number): number {
  const raw = zone.offsetMinutes(epochMs);
  if (!Number.isFinite(raw)) return 0;
  return Math.max(-MAX_OFFSET_MINUTES, Math.min(MAX_OFFSET_MINUTES, Math.round(raw)));
}

/** Wall-clock ms: the zone's local date and time at `epochMs`, written as if it were UTC. */
export function wallMsOf(zone: ZonePort, epochMs: number): number {
  return epochMs + offsetAt(zone, epochMs) * MINUTE_MS;
}

/** How a wall time maps to instants: once, never (spring-forward gap) or twice (fall-back overlap). */
export type WallTimeKind = 'exact' | 'gap' | 'overlap';

export interface ResolvedWallTime {
  readonly instant: number;
  readonly kind: WallTimeKind;
}

/**
 * The instant of a wall time, with the same disambiguation as Temporal's `'compatible'`, which is
 * what cron and most schedulers do:
 * - overlap (fall back, 02:30 happens twice): the EARLIER instant, so a daily job runs once;
 * - gap (spring forward, 02:30 never happens): the wall time read with the offset in force before
 *   the jump, i.e. pushed forward by the gap length (02:30 in a 02:00→03:00 gap fires at 03:30),
 *   so the job still runs that day, as late as the clock skipped and no later.
 * Candidate offsets are probed a day either side, which assumes at most one transition within a
 * day of the wall time (true of every real zone).
 */
export function resolveWallTime(zone: ZonePort, wallMs: number): ResolvedWallTime {
  const before = offsetAt(zone, wallMs - DAY_MS);
  const candidates = [before, offsetAt(zone, wallMs), offsetAt(zone, wallMs + DAY_MS)];
  const instants: number[] = [];
  for (const offset of candidates) {
    const instant = wallMs - offset * MINUTE_MS;
    if (offsetAt(zone, instant) === offset && !instants.includes(instant)) instants.push(instant);
  }
  if (instants.length === 0) return { instant: wallMs - before * MINUTE_MS, kind: 'gap' };
  instants.sort((a, b) => a - b);
  return { instant: instants[0] as number, kind: instants.length > 1 ? 'overlap' : 'exact' };
}
