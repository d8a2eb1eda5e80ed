import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseTimeOfDay,
  parseWeekday,
  scheduleInputOfConnector,
  validateSchedule,
  type Schedule,
  type ScheduleInput,
} from '../../../src-shared/schedule/validate-schedule';

describe('validateSchedule accepts', () => {
  it.each<[string, ScheduleInput, Schedule]>([
    ['daily', { run: 'daily', time: '02:00' }, { run: 'daily', time: { hour: 2, minute: 0 }, timezone: 'UTC' }],
    ['daily, leftover weekday ignored', { run: 'daily', time: '23:59', day: 'funday' }, { run: 'daily', time: { hour: 23, minute: 59 }, timezone: 'UTC' }],
    ['weekly by name', { run: 'weekly', day: 'Monday', time: '08:30', timezone: 'Europe/Paris' }, { run: 'weekly', weekday: 1, time: { hour: 8, minute: 30 }, timezone: 'Europe/Paris' }],
    ['weekly by short name', { run: 'weekly', day: 'SUN', time: '00:00' }, { run: 'weekly', weekday: 0, time: { hour: 0, minute: 0 }, timezone: 'UTC' }],
    ['monthly 31', { run: 'monthly', day: '31', time: '10:00' }, { run: 'monthly', dayOfMonth: 31, time: { hour: 10, minute: 0 }, timezone: 'UTC' }],
    ['monthly 1', { run: 'monthly', day: ' 1 ', time: '10:00' }, { run: 'monthly', dayOfMonth: 1, time: { hour: 10, minute: 0 }, timezone: 'UTC' }],
    ['periodically number', { run: 'periodically', interval_minutes: 90 }, { run: 'periodically', intervalMinutes: 90, timezone: 'UTC' }],
    ['periodically text', { run: 'periodically', interval_minutes: '15' }, { run: 'periodically', intervalMinutes: 15, timezone: 'UTC' }],
    ['once', { run: 'once', day: '2028-02-29', time: '12:00' }, { run: 'once', date: { year: 2028, month: 2, day: 29 }, time: { hour: 12, minute: 0 }, timezone: 'UTC' }],
    ['on demand', { run: 'on_demand', time: 'whatever' }, { run: 'on_demand', timezone: 'UTC' }],
    ['run case-insensitive, empty zone = UTC', { run: ' Daily ', time: '06:00', timezone: '' }, { run: 'daily', time: { hour: 6, minute: 0 }, timezone: 'UTC' }],
    ['three-part zone', { run: 'daily', time: '06:00', timezone: 'America/Argentina/Buenos_Aires' }, { run: 'daily', time: { hour: 6, minute: 0 }, timezone: 'America/Argentina/Buenos_Aires' }],
    ['Etc zone with sign', { run: 'daily', time: '06:00', timezone: 'Etc/GMT+5' }, { run: 'daily', time: { hour: 6, minute: 0 }, timezone: 'Etc/GMT+5' }],
  ])('%s', (_name, input, expected) => {
    expect(validateSchedule(input)).toEqual({ ok: true, value: expected });
  });
});

describe('validateSchedule rejects, naming the field and the value', () => {
  it.each<[string, ScheduleInput, string, string]>([
    ['hour 25', { run: 'daily', time: '25:00' }, 'time', "invalid schedule time: '25:00'"],
    ['minute 60', { run: 'weekly', day: 'monday', time: '10:60' }, 'time', "invalid schedule time: '10:60'"],
    ['one-digit hour', { run: 'daily', time: '2:00' }, 'time', "invalid schedule time: '2:00'"],
    ['missing time', { run: 'monthly', day: '3' }, 'time', 'invalid schedule time: empty'],
    ['unknown weekday', { run: 'weekly', day: 'funday', time: '10:00' }, 'day', "invalid schedule day for weekly run: 'funday'"],
    ['two-letter weekday', { run: 'weekly', day: 'mo', time: '10:00' }, 'day', "invalid schedule day for weekly run: 'mo'"],
    ['missing weekday', { run: 'weekly', time: '10:00' }, 'day', 'invalid schedule day for weekly run: empty'],
    ['day 32', { run: 'monthly', day: '32', time: '10:00' }, 'day', "invalid schedule day for monthly run: '32'"],
    ['day 0', { run: 'monthly', day: '0', time: '10:00' }, 'day', "invalid schedule day for monthly run: '0'"],
    ['day last', { run: 'monthly', day: 'last', time: '10:00' }, 'day', "invalid schedule day for monthly run: 'last'"],
    ['missing interval', { run: 'periodically' }, 'interval_minutes', 'invalid schedule interval_minutes for periodic run: empty'],
    ['zero interval', { run: 'periodically', interval_minutes: 0 }, 'interval_minutes', "invalid schedule interval_minutes for periodic run: '0'"],
    ['fractional interval', { run: 'periodically', interval_minutes: 1.5 }, 'interval_minutes', "'1.5'"],
    ['text interval', { run: 'periodically', interval_minutes: 'ten' }, 'interval_minutes', "'ten'"],
    ['interval over a year', { run: 'periodically', interval_minutes: 600000 }, 'interval_minutes', "'600000'"],
    ['once without date', { run: 'once', time: '10:00' }, 'day', 'invalid schedule date for once run: empty'],
    ['once on 30 february', { run: 'once', day: '2026-02-30', time: '10:00' }, 'day', "'2026-02-30'"],
    ['unknown run', { run: 'hourly' }, 'run', "invalid schedule run: 'hourly'"],
    ['missing run', {}, 'run', 'invalid schedule run: empty'],
    ['bad zone', { run: 'daily', time: '10:00', timezone: 'Europe Paris' }, 'timezone', "invalid schedule timezone: 'Europe Paris'"],
    ['zone too long', { run: 'daily', time: '10:00', timezone: `A/${'b'.repeat(70)}` }, 'timezone', 'invalid schedule timezone'],
  ])('%s', (_name, input, field, message) => {
    const result = validateSchedule(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_schedule');
    expect(result.error.statusHint).toBe(422);
    expect(result.error.message).toContain(message);
    // Lowercase prose; quoted values and formats are shown as they are.
    const prose = result.error.message.replace(/'[^']*'/g, '');
    expect(prose).toBe(prose.toLowerCase());
    const issues = result.error.details?.['issues'] as { field: string }[];
    expect(issues.map((i) => i.field)).toContain(field);
  });

  it('reports every problem at once', () => {
    const result = validateSchedule({ run: 'weekly', day: 'funday', time: '25:00', timezone: 'no spaces allowed' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = result.error.details?.['issues'] as { field: string; value: unknown }[];
    expect(issues).toEqual([
      expect.objectContaining({ field: 'timezone', value: 'no spaces allowed' }),
      expect.objectContaining({ field: 'time', value: '25:00' }),
      expect.objectContaining({ field: 'day', value: 'funday' }),
    ]);
  });

  it('accepts exactly the times 00:00..23:59 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (h, m) => {
        const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const parsed = parseTimeOfDay(text);
        expect(parsed).toEqual(h <= 23 && m <= 59 ? { hour: h, minute: m } : null);
        expect(validateSchedule({ run: 'daily', time: text }).ok).toBe(parsed !== null);
      }),
    );
  });
});

describe('helpers', () => {
  it.each([
    ['monday', 1],
    ['Saturday', 6],
    ['thu', 4],
    ['tues', null],
    ['', null],
  ])('parseWeekday(%s) = %s', (text, expected) => expect(parseWeekday(text)).toBe(expected));

  it('reads the connector schedule columns', () => {
    expect(
      scheduleInputOfConnector({ schedule_run: 'weekly', schedule_day: 'friday', schedule_time: '03:00', schedule_interval_minutes: null, schedule_timezone: 'Europe/Paris' }),
    ).toEqual({ run: 'weekly', day: 'friday', time: '03:00', interval_minutes: null, timezone: 'Europe/Paris' });
    expect(scheduleInputOfConnector({})).toEqual({ run: null, day: null, time: null, interval_minutes: null, timezone: null });
  });
});
