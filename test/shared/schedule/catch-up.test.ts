import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, MINUTE_MS } from '../../../src-shared/schedule/civil-time';
import { missedFires } from '../../../src-shared/schedule/catch-up';
import { nextFireTime } from '../../../src-shared/schedule/next-fire';
import { validateSchedule, type Schedule, type ScheduleInput } from '../../../src-shared/schedule/validate-schedule';
import { UTC_ZONE, fixedOffsetZone } from '../../../src-shared/schedule/zone-port';
import { dstZone, utc } from './zones';

function schedule(input: ScheduleInput): Schedule {
  const result = validateSchedule(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const daily = schedule({ run: 'daily', time: '02:00' });
const hourly = schedule({ run: 'periodically', interval_minutes: 60 });

describe('missedFires', () => {
  it.each([
    {
      name: 'nothing missed: next fire still ahead',
      s: daily, last: utc(2026, 11, 20, 2), now: utc(2026, 11, 20, 12),
      expected: { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt: utc(2026, 11, 21, 2) },
    },
    {
      name: 'one fire due (on time tick)',
      s: daily, last: utc(2026, 11, 20, 2), now: utc(2026, 11, 21, 2),
      expected: { catchUp: true, firstMissedAt: utc(2026, 11, 21, 2), collapsed: false, nextFireAt: utc(2026, 11, 22, 2) },
    },
    {
      name: 'three days down: three fires collapse into one run',
      s: daily, last: utc(2026, 11, 17, 2), now: utc(2026, 11, 20, 9),
      expected: { catchUp: true, firstMissedAt: utc(2026, 11, 18, 2), collapsed: true, nextFireAt: utc(2026, 11, 21, 2) },
    },
    {
      name: 'the second due fire is exactly now: still collapsed',
      s: daily, last: utc(2026, 11, 18, 2), now: utc(2026, 11, 20, 2),
      expected: { catchUp: true, firstMissedAt: utc(2026, 11, 19, 2), collapsed: true, nextFireAt: utc(2026, 11, 21, 2) },
    },
    {
      name: 'hourly, a week down: one run',
      s: hourly, last: utc(2026, 11, 13, 10), now: utc(2026, 11, 20, 10, 30),
      expected: { catchUp: true, firstMissedAt: utc(2026, 11, 13, 11), collapsed: true, nextFireAt: utc(2026, 11, 20, 11) },
    },
    {
      name: 'never fired, recurring: no baseline, nothing owed',
      s: daily, last: null, now: utc(2026, 11, 20, 9),
      expected: { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt: utc(2026, 11, 21, 2) },
    },
    {
      name: 'once never fired and passed: owed its run',
      s: schedule({ run: 'once', day: '2026-11-19', time: '10:00' }), last: null, now: utc(2026, 11, 20, 9),
      expected: { catchUp: true, firstMissedAt: utc(2026, 11, 19, 10), collapsed: false, nextFireAt: null },
    },
    {
      name: 'once still ahead',
      s: schedule({ run: 'once', day: '2026-11-21', time: '10:00' }), last: null, now: utc(2026, 11, 20, 9),
      expected: { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt: utc(2026, 11, 21, 10) },
    },
    {
      name: 'once already fired',
      s: schedule({ run: 'once', day: '2026-11-19', time: '10:00' }), last: utc(2026, 11, 19, 10), now: utc(2026, 11, 20, 9),
      expected: { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt: null },
    },
    {
      name: 'on demand never catches up',
      s: schedule({ run: 'on_demand' }), last: utc(2026, 1, 1), now: utc(2026, 11, 20),
      expected: { catchUp: false, firstMissedAt: null, collapsed: false, nextFireAt: null },
    },
  ])('$name', ({ s, last, now, expected }) => {
    expect(missedFires(s, last, now, UTC_ZONE)).toEqual(expected);
  });

  it('across the spring jump in the fake zone', () => {
    const s = schedule({ run: 'daily', time: '02:30' });
    expect(missedFires(s, utc(2026, 3, 28, 1, 30), utc(2026, 3, 30, 12), dstZone())).toEqual({
      catchUp: true,
      firstMissedAt: utc(2026, 3, 29, 1, 30),
      collapsed: true,
      nextFireAt: utc(2026, 3, 31, 0, 30),
    });
  });
});

const recurring: fc.Arbitrary<ScheduleInput> = fc.oneof(
  fc.constant<ScheduleInput>({ run: 'daily', time: '02:00' }),
  fc.constant<ScheduleInput>({ run: 'weekly', day: 'wednesday', time: '23:30' }),
  fc.integer({ min: 1, max: 31 }).map((d): ScheduleInput => ({ run: 'monthly', day: String(d), time: '00:15' })),
  fc.integer({ min: 1, max: 2880 }).map((n): ScheduleInput => ({ run: 'periodically', interval_minutes: n })),
);
const zones = [UTC_ZONE, fixedOffsetZone(330), dstZone()];

describe('missedFires properties', () => {
  it('a downtime of any length yields at most one run, and none once it is recorded', () => {
    fc.assert(
      fc.property(
        recurring,
        fc.constantFrom(...zones),
        fc.integer({ min: utc(2024, 1, 1), max: utc(2030, 1, 1) }),
        fc.integer({ min: 0, max: 400 * DAY_MS }),
        (input, zone, last, downtime) => {
          const s = schedule(input);
          const now = last + downtime;
          const first = missedFires(s, last, now, zone);
          // The host records the catch-up as fired now; asking again owes nothing more.
          const again = missedFires(s, first.catchUp ? now : last, now, zone);
          expect(again.catchUp).toBe(false);
          expect(first.nextFireAt === null || first.nextFireAt > now).toBe(true);
          if (first.catchUp) {
            expect(first.firstMissedAt as number).toBeGreaterThan(last);
            expect(first.firstMissedAt as number).toBeLessThanOrEqual(now);
          }
          expect(again.nextFireAt).toBe(first.nextFireAt);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('collapsed exactly when two or more fires were due (periodic: counted directly)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: utc(2024, 1, 1), max: utc(2030, 1, 1) }),
        fc.integer({ min: 0, max: 30 * DAY_MS }),
        (interval, last, downtime) => {
          const s = schedule({ run: 'periodically', interval_minutes: interval });
          const step = interval * MINUTE_MS;
          const due = Math.floor((last + downtime) / step) - Math.floor(last / step);
          const decision = missedFires(s, last, last + downtime, UTC_ZONE);
          expect(decision.catchUp).toBe(due >= 1);
          expect(decision.collapsed).toBe(due >= 2);
          expect(decision.nextFireAt).toBe(nextFireTime(s, last + downtime, UTC_ZONE));
        },
      ),
    );
  });

  it('a host ticking through time runs at most once per tick and never more often than fires fall due', () => {
    fc.assert(
      fc.property(
        recurring,
        fc.integer({ min: utc(2024, 1, 1), max: utc(2029, 1, 1) }),
        fc.array(fc.integer({ min: 1, max: 10 * DAY_MS }), { minLength: 1, maxLength: 40 }),
        (input, start, steps) => {
          const s = schedule(input);
          let last = start;
          let now = start;
          let runs = 0;
          let due = 0;
          for (const step of steps) {
            const previous = now;
            now += step;
            // Count fires in (previous, now] by walking: the truth the decision must not exceed.
            for (let at = nextFireTime(s, previous, UTC_ZONE); at !== null && at <= now; at = nextFireTime(s, at, UTC_ZONE)) {
              due++;
              if (due > 100_000) break;
            }
            const decision = missedFires(s, last, now, UTC_ZONE);
            if (decision.catchUp) {
              runs++;
              last = now;
            }
          }
          expect(runs).toBeLessThanOrEqual(steps.length);
          expect(runs).toBeLessThanOrEqual(due);
          // Every tick that had a fire due since the last run did run: nothing is silently dropped.
          expect(due === 0 ? runs === 0 : runs >= 1).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
