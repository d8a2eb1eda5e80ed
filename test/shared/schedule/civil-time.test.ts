import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  addDays,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  daysOfDayKey,
  isLeapYear,
  isoOfEpoch,
  parseUtcDateTime,
  utcDayOf,
  weekdayOfDays,
} from '../../../src-shared/schedule/civil-time';

// The engine's Date is the oracle here (tests may use it; the core may not rely on its parsing).
const MIN = Date.UTC(1600, 0, 1);
const MAX = Date.UTC(2400, 11, 31);

describe('civil calendar', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 2, 29, 11016],
    [2026, 11, 20, 20777],
    [1969, 12, 31, -1],
  ])('daysFromCivil(%i-%i-%i) = %i', (y, m, d, days) => {
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(civilFromDays(days)).toEqual({ year: y, month: m, day: d });
  });

  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%i) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    [1, 31],
    [4, 30],
    [6, 30],
    [9, 30],
    [11, 30],
    [12, 31],
  ])('month %i has %i days', (month, days) => expect(daysInMonth(2026, month)).toBe(days));

  it('matches Date for every instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (t) => {
        const date = new Date(t);
        const days = Math.floor(t / DAY_MS);
        expect(civilFromDays(days)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
        expect(weekdayOfDays(days)).toBe(date.getUTCDay());
        expect(isoOfEpoch(t)).toBe(date.toISOString());
        expect(utcDayOf(t)).toBe(date.toISOString().slice(0, 10));
        expect(parseUtcDateTime(date.toISOString())).toBe(t);
      }),
    );
  });
});

describe('day keys', () => {
  it.each([
    ['2026-11-20', 20777],
    ['2024-02-29', daysFromCivil(2024, 2, 29)],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-1-1', null],
    ['garbage', null],
  ])('daysOfDayKey(%s) = %s', (key, days) => expect(daysOfDayKey(key)).toBe(days));

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['bad', 1, null],
  ])('addDays(%s, %i) = %s', (key, n, expected) => expect(addDays(key, n)).toBe(expected));
});

describe('parseUtcDateTime', () => {
  it.each([
    ['2026-11-20T10:00:00.000Z', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20 10:00:00', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20T10:00Z', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20T12:30:00+02:30', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20T05:00:00-0500', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20T10:00:00.5Z', Date.UTC(2026, 10, 20, 10) + 500],
    ['  2026-11-20 10:00:00  ', Date.UTC(2026, 10, 20, 10)],
    ['2026-11-20T24:00:00Z', null],
    ['2026-11-20T10:60:00Z', null],
    ['2026-11-20T10:00:60Z', null],
    ['2026-02-30T10:00:00Z', null],
    ['20 Nov 2026', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('parseUtcDateTime(%s) = %s', (text, expected) => expect(parseUtcDateTime(text)).toBe(expected));
});
