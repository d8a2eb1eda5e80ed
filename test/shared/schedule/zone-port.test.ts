import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UTC_ZONE, fixedOffsetZone, offsetAt, resolveWallTime, wallMsOf } from '../../../src-shared/schedule/zone-port';
import { dstZone, intlZone, utc } from './zones';

describe('offsetAt sanitises the host port', () => {
  it.each([
    [60, 60],
    [59.6, 60],
    [-2000, -1080],
    [5000, 1080],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('offset %s → %s', (raw, expected) => expect(offsetAt({ offsetMinutes: () => raw }, 0)).toBe(expected));
});

describe('resolveWallTime', () => {
  const paris = dstZone();
  it.each([
    ['plain winter time', paris, utc(2026, 1, 15, 9, 0), utc(2026, 1, 15, 8, 0), 'exact'],
    ['plain summer time', paris, utc(2026, 7, 15, 9, 0), utc(2026, 7, 15, 7, 0), 'exact'],
    ['spring gap 02:30 → 03:30 CEST', paris, utc(2026, 3, 29, 2, 30), utc(2026, 3, 29, 1, 30), 'gap'],
    ['spring gap start 02:00 → 03:00 CEST', paris, utc(2026, 3, 29, 2, 0), utc(2026, 3, 29, 1, 0), 'gap'],
    ['03:00 just after the gap', paris, utc(2026, 3, 29, 3, 0), utc(2026, 3, 29, 1, 0), 'exact'],
    ['fall overlap 02:30 → first occurrence', paris, utc(2026, 10, 25, 2, 30), utc(2026, 10, 25, 0, 30), 'overlap'],
    ['fall overlap 02:00 → first occurrence', paris, utc(2026, 10, 25, 2, 0), utc(2026, 10, 25, 0, 0), 'overlap'],
    ['03:00 after the overlap', paris, utc(2026, 10, 25, 3, 0), utc(2026, 10, 25, 2, 0), 'exact'],
    ['fixed +05:30', fixedOffsetZone(330), utc(2026, 1, 1, 9, 0), utc(2026, 1, 1, 3, 30), 'exact'],
    ['utc', UTC_ZONE, utc(2026, 1, 1, 9, 0), utc(2026, 1, 1, 9, 0), 'exact'],
  ] as const)('%s', (_name, zone, wall, instant, kind) => {
    expect(resolveWallTime(zone, wall)).toEqual({ instant, kind });
  });

  it('agrees with the real zone database through Intl (Europe/Paris, America/New_York)', () => {
    expect(resolveWallTime(intlZone('Europe/Paris'), utc(2026, 3, 29, 2, 30))).toEqual({ instant: utc(2026, 3, 29, 1, 30), kind: 'gap' });
    expect(resolveWallTime(intlZone('America/New_York'), utc(2026, 3, 8, 2, 30))).toEqual({ instant: utc(2026, 3, 8, 7, 30), kind: 'gap' });
    expect(resolveWallTime(intlZone('America/New_York'), utc(2026, 11, 1, 1, 30))).toEqual({ instant: utc(2026, 11, 1, 5, 30), kind: 'overlap' });
  });

  it('round-trips every instant outside a gap (property)', () => {
    const zones = [UTC_ZONE, fixedOffsetZone(-300), fixedOffsetZone(345), dstZone()];
    fc.assert(
      fc.property(fc.integer({ min: utc(2020, 1, 1), max: utc(2030, 1, 1) }), fc.constantFrom(...zones), (t, zone) => {
        const resolved = resolveWallTime(zone, wallMsOf(zone, t));
        // An instant in the second half of an overlap resolves to the first occurrence: one hour earlier.
        expect([t, t - 3_600_000]).toContain(resolved.instant);
        expect(wallMsOf(zone, resolved.instant)).toBe(wallMsOf(zone, t));
      }),
    );
  });
});
