import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, MINUTE_MS } from '../../../src-shared/schedule/civil-time';
import { nextFireTime } from '../../../src-shared/schedule/next-fire';
import { validateSchedule, type Schedule, type ScheduleInput } from '../../../src-shared/schedule/validate-schedule';
import { UTC_ZONE, fixedOffsetZone, type ZonePort } from '../../../src-shared/schedule/zone-port';
import { dstZone, intlZone, utc } from './zones';

function schedule(input: ScheduleInput): Schedule {
  const result = validateSchedule(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const paris = dstZone();

interface Case {
  readonly name: string;
  readonly input: ScheduleInput;
  readonly after: number;
  readonly zone?: ZonePort;
  readonly expected: number | null;
}

const CASES: readonly Case[] = [
  // daily
  { name: 'daily later today', input: { run: 'daily', time: '02:00' }, after: utc(2026, 11, 20, 1), expected: utc(2026, 11, 20, 2) },
  { name: 'daily exactly at fire → tomorrow', input: { run: 'daily', time: '02:00' }, after: utc(2026, 11, 20, 2), expected: utc(2026, 11, 21, 2) },
  { name: 'daily one ms before fire', input: { run: 'daily', time: '02:00' }, after: utc(2026, 11, 20, 2) - 1, expected: utc(2026, 11, 20, 2) },
  { name: 'daily across year end', input: { run: 'daily', time: '02:00' }, after: utc(2026, 12, 31, 3), expected: utc(2027, 1, 1, 2) },
  { name: 'daily into 29 february', input: { run: 'daily', time: '00:00' }, after: utc(2028, 2, 28, 12), expected: utc(2028, 2, 29, 0) },
  { name: 'daily in +05:30', input: { run: 'daily', time: '09:00' }, after: utc(2026, 11, 20, 0), zone: fixedOffsetZone(330), expected: utc(2026, 11, 20, 3, 30) },
  { name: 'daily in +05:30, local date ahead of utc', input: { run: 'daily', time: '01:00' }, after: utc(2026, 11, 20, 20), zone: fixedOffsetZone(330), expected: utc(2026, 11, 20, 19, 30) + DAY_MS },
  { name: 'daily in −05:00, local date behind utc', input: { run: 'daily', time: '23:00' }, after: utc(2026, 11, 21, 2), zone: fixedOffsetZone(-300), expected: utc(2026, 11, 21, 4) },
  // weekly (2026-11-20 is a Friday)
  { name: 'weekly monday from friday', input: { run: 'weekly', day: 'monday', time: '08:00' }, after: utc(2026, 11, 20, 12), expected: utc(2026, 11, 23, 8) },
  { name: 'weekly friday later same day', input: { run: 'weekly', day: 'friday', time: '18:00' }, after: utc(2026, 11, 20, 12), expected: utc(2026, 11, 20, 18) },
  { name: 'weekly friday at fire → next week', input: { run: 'weekly', day: 'friday', time: '12:00' }, after: utc(2026, 11, 20, 12), expected: utc(2026, 11, 27, 12) },
  { name: 'weekly across year end', input: { run: 'weekly', day: 'sunday', time: '00:30' }, after: utc(2026, 12, 28), expected: utc(2027, 1, 3, 0, 30) },
  { name: 'weekly in +09:00 uses the local weekday', input: { run: 'weekly', day: 'saturday', time: '01:00' }, after: utc(2026, 11, 20, 12), zone: fixedOffsetZone(540), expected: utc(2026, 11, 20, 16) },
  // monthly, month-end clamping and leap years
  { name: 'monthly 31 in february 2026 → 28th', input: { run: 'monthly', day: '31', time: '10:00' }, after: utc(2026, 2, 1), expected: utc(2026, 2, 28, 10) },
  { name: 'monthly 31 in february 2028 (leap) → 29th', input: { run: 'monthly', day: '31', time: '10:00' }, after: utc(2028, 2, 1), expected: utc(2028, 2, 29, 10) },
  { name: 'monthly 30 in february 2000 (leap, /400) → 29th', input: { run: 'monthly', day: '30', time: '10:00' }, after: utc(2000, 2, 1), expected: utc(2000, 2, 29, 10) },
  { name: 'monthly 29 in february 2100 (not leap) → 28th', input: { run: 'monthly', day: '29', time: '10:00' }, after: utc(2100, 2, 1), expected: utc(2100, 2, 28, 10) },
  { name: 'monthly 31 in april → 30th', input: { run: 'monthly', day: '31', time: '10:00' }, after: utc(2026, 4, 15), expected: utc(2026, 4, 30, 10) },
  { name: 'monthly 31 right after january fire → february 28', input: { run: 'monthly', day: '31', time: '10:00' }, after: utc(2026, 1, 31, 10), expected: utc(2026, 2, 28, 10) },
  { name: 'monthly 31 after clamped february fire → march 31', input: { run: 'monthly', day: '31', time: '10:00' }, after: utc(2026, 2, 28, 10), expected: utc(2026, 3, 31, 10) },
  { name: 'monthly 15 across year end', input: { run: 'monthly', day: '15', time: '06:00' }, after: utc(2026, 12, 20), expected: utc(2027, 1, 15, 6) },
  { name: 'monthly 1 in −05:00 late on the 31st utc', input: { run: 'monthly', day: '1', time: '00:00' }, after: utc(2026, 1, 1, 3), zone: fixedOffsetZone(-300), expected: utc(2026, 1, 1, 5) },
  // periodically: elapsed time, epoch-aligned
  { name: 'periodically 60 from 10:15', input: { run: 'periodically', interval_minutes: 60 }, after: utc(2026, 11, 20, 10, 15), expected: utc(2026, 11, 20, 11) },
  { name: 'periodically 60 at a fire → next', input: { run: 'periodically', interval_minutes: 60 }, after: utc(2026, 11, 20, 11), expected: utc(2026, 11, 20, 12) },
  { name: 'periodically 90 from epoch', input: { run: 'periodically', interval_minutes: 90 }, after: 0, expected: 90 * MINUTE_MS },
  { name: 'periodically 60 across the spring jump', input: { run: 'periodically', interval_minutes: 60 }, after: utc(2026, 3, 29, 0, 30), zone: paris, expected: utc(2026, 3, 29, 1) },
  // once
  { name: 'once before', input: { run: 'once', day: '2026-11-20', time: '10:00' }, after: utc(2026, 11, 1), expected: utc(2026, 11, 20, 10) },
  { name: 'once in +01:00', input: { run: 'once', day: '2026-11-20', time: '10:00' }, after: utc(2026, 11, 1), zone: fixedOffsetZone(60), expected: utc(2026, 11, 20, 9) },
  { name: 'once exactly at → never', input: { run: 'once', day: '2026-11-20', time: '10:00' }, after: utc(2026, 11, 20, 10), expected: null },
  { name: 'once passed → never', input: { run: 'once', day: '2026-11-20', time: '10:00' }, after: utc(2027, 1, 1), expected: null },
  // on demand
  { name: 'on demand → never', input: { run: 'on_demand' }, after: utc(2026, 11, 20), expected: null },
  // DST through the fake zone port (+60 min jump on 2026-03-29 at 01:00Z, fall back 2026-10-25 01:00Z)
  { name: 'dst: winter 02:30 is 01:30Z', input: { run: 'daily', time: '02:30' }, after: utc(2026, 3, 27, 12), zone: paris, expected: utc(2026, 3, 28, 1, 30) },
  { name: 'dst: 02:30 in the gap fires at 03:30 CEST', input: { run: 'daily', time: '02:30' }, after: utc(2026, 3, 28, 12), zone: paris, expected: utc(2026, 3, 29, 1, 30) },
  { name: 'dst: day after the gap back to 02:30 CEST', input: { run: 'daily', time: '02:30' }, after: utc(2026, 3, 29, 1, 30), zone: paris, expected: utc(2026, 3, 30, 0, 30) },
  { name: 'dst: 01:00 just before the gap', input: { run: 'daily', time: '01:00' }, after: utc(2026, 3, 28, 12), zone: paris, expected: utc(2026, 3, 29, 0) },
  { name: 'dst: 03:00 just after the gap', input: { run: 'daily', time: '03:00' }, after: utc(2026, 3, 28, 12), zone: paris, expected: utc(2026, 3, 29, 1) },
  { name: 'dst: 02:30 in the overlap fires at the first occurrence', input: { run: 'daily', time: '02:30' }, after: utc(2026, 10, 24, 12), zone: paris, expected: utc(2026, 10, 25, 0, 30) },
  { name: 'dst: overlap fires once, not again an hour later', input: { run: 'daily', time: '02:30' }, after: utc(2026, 10, 25, 0, 30), zone: paris, expected: utc(2026, 10, 26, 1, 30) },
  { name: 'dst: weekly sunday 02:30 on the jump day', input: { run: 'weekly', day: 'sunday', time: '02:30' }, after: utc(2026, 3, 23), zone: paris, expected: utc(2026, 3, 29, 1, 30) },
  { name: 'dst: monthly 29th 02:30 on the jump day', input: { run: 'monthly', day: '29', time: '02:30' }, after: utc(2026, 3, 1), zone: paris, expected: utc(2026, 3, 29, 1, 30) },
  { name: 'dst: once inside the gap', input: { run: 'once', day: '2026-03-29', time: '02:15' }, after: utc(2026, 1, 1), zone: paris, expected: utc(2026, 3, 29, 1, 15) },
  // the same through the real zone database (the Node host's Intl port)
  { name: 'intl: new york 02:30 in the gap → 03:30 EDT', input: { run: 'daily', time: '02:30' }, after: utc(2026, 3, 7, 12), zone: intlZone('America/New_York'), expected: utc(2026, 3, 8, 7, 30) },
  { name: 'intl: new york 01:30 in the overlap → first (EDT)', input: { run: 'daily', time: '01:30' }, after: utc(2026, 10, 31, 12), zone: intlZone('America/New_York'), expected: utc(2026, 11, 1, 5, 30) },
  { name: 'intl: paris matches the fake', input: { run: 'daily', time: '02:30' }, after: utc(2026, 3, 28, 12), zone: intlZone('Europe/Paris'), expected: utc(2026, 3, 29, 1, 30) },
];

describe('nextFireTime', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(nextFireTime(schedule(c.input), c.after, c.zone ?? UTC_ZONE)).toBe(c.expected);
  });
});

// ---- properties ----

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const recurring: fc.Arbitrary<ScheduleInput> = fc.oneof(
  time.map((t) => ({ run: 'daily', time: t })),
  fc.tuple(fc.constantFrom('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'), time).map(([day, t]) => ({ run: 'weekly', day, time: t })),
  fc.tuple(fc.integer({ min: 1, max: 31 }), time).map(([day, t]) => ({ run: 'monthly', day: String(day), time: t })),
  fc.integer({ min: 1, max: 3 * 24 * 60 }).map((n) => ({ run: 'periodically', interval_minutes: n })),
);
const zone: fc.Arbitrary<ZonePort> = fc.oneof(
  fc.constant(UTC_ZONE),
  fc.integer({ min: -48, max: 56 }).map((q) => fixedOffsetZone(q * 15)),
  fc.constant(paris),
  // A jump at an arbitrary instant, as far as the window of `after` values reaches.
  fc.tuple(fc.integer({ min: utc(2024, 1, 1), max: utc(2030, 1, 1) }), fc.integer({ min: 0, max: 200 * DAY_MS })).map(([spring, length]) =>
    dstZone(-300, spring, spring + length),
  ),
);
const after = fc.integer({ min: utc(2024, 1, 1), max: utc(2030, 1, 1) });

describe('nextFireTime properties', () => {
  it('is strictly after `after`, deterministic, and the first fire (asking just before it gives it again)', () => {
    fc.assert(
      fc.property(recurring, zone, after, (input, z, t) => {
        const s = schedule(input);
        const next = nextFireTime(s, t, z);
        expect(next).not.toBeNull();
        expect(next as number).toBeGreaterThan(t);
        expect(nextFireTime(s, t, z)).toBe(next);
        expect(nextFireTime(s, (next as number) - 1, z)).toBe(next);
      }),
      { numRuns: 500 },
    );
  });

  it('never skips a period in a fixed zone: daily ≤ 1 day, weekly ≤ 7 days, periodic ≤ interval ahead', () => {
    fc.assert(
      fc.property(recurring, fc.integer({ min: -48, max: 56 }), after, (input, q, t) => {
        const s = schedule(input);
        const gap = (nextFireTime(s, t, fixedOffsetZone(q * 15)) as number) - t;
        const limit = s.run === 'daily' ? DAY_MS : s.run === 'weekly' ? 7 * DAY_MS : s.run === 'periodically' ? s.intervalMinutes * MINUTE_MS : 31 * DAY_MS;
        expect(gap).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('walks a daily schedule through a year: one fire per local day, at the chosen wall time outside gaps', () => {
    fc.assert(
      fc.property(time, (t) => {
        const s = schedule({ run: 'daily', time: t, timezone: 'Europe/Paris' });
        let at = utc(2026, 1, 1);
        const localDays = new Set<number>();
        for (let i = 0; i < 366; i++) {
          at = nextFireTime(s, at, paris) as number;
          localDays.add(Math.floor((at + paris.offsetMinutes(at) * MINUTE_MS) / DAY_MS));
        }
        expect(localDays.size).toBe(366);
      }),
      { numRuns: 20 },
    );
  });

  it('on_demand and passed once schedules never fire', () => {
    fc.assert(
      fc.property(zone, after, (z, t) => {
        expect(nextFireTime(schedule({ run: 'on_demand' }), t, z)).toBeNull();
        expect(nextFireTime(schedule({ run: 'once', day: '2023-12-01', time: '23:00' }), t, z)).toBeNull();
      }),
    );
  });
});
