import { fail, ok, type Result } from '../core/result';
import { SCHEDULE_RUNS, type ScheduleRun } from '../model/vocabulary';
import { daysOfDayKey, civilFromDays, type CivilDate } from './civil-time';

/**
 * A connector's schedule as the user typed it (the connector's `schedule_*` columns), checked once
 * and turned into a typed `Schedule` so the fire-time arithmetic never meets a bad value.
 */
export interface ScheduleInput {
  readonly run?: string | null;
  /** weekly: weekday name; monthly: day of month '1'..'31'; once: date 'YYYY-MM-DD'. */
  readonly day?: string | null;
  /** 'HH:mm', 24-hour, in the schedule's time zone. */
  readonly time?: string | null;
  /** periodically: minutes between fires. */
  readonly interval_minutes?: number | string | null;
  /** IANA name ('Europe/Paris'); empty means UTC. */
  readonly timezone?: string | null;
}

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

interface Zoned {
  readonly timezone: string;
}

export type Schedule =
  | ({ readonly run: 'daily'; readonly time: TimeOfDay } & Zoned)
  | ({ readonly run: 'weekly'; readonly weekday: number; readonly time: TimeOfDay } & Zoned)
  | ({ readonly run: 'monthly'; readonly dayOfMonth: number; readonly time: TimeOfDay } & Zoned)
  | ({ readonly run: 'periodically'; readonly intervalMinutes: number } & Zoned)
  | ({ readonly run: 'once'; readonly date: CivilDate; readonly time: TimeOfDay } & Zoned)
  | ({ readonly run: 'on_demand' } & Zoned);

/** Index = weekday number, 0 = Sunday, as `weekdayOfDays` counts. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One year: longer intervals are a typo, not a schedule. */
export const MAX_INTERVAL_MINUTES = 366 * 24 * 60;

export interface ScheduleIssue {
  readonly field: keyof ScheduleInput;
  readonly value: unknown;
  readonly message: string;
}

const TIME = /^(\d{2}):(\d{2})$/;
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

export function parseTimeOfDay(text: string): TimeOfDay | null {
  const match = TIME.exec(text.trim());
  if (match === null) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** 'monday' / 'Mon' / 'MONDAY' → 1; null when not a weekday. */
export function parseWeekday(text: string): number | null {
  const lower = text.trim().toLowerCase();
  if (lower.length < 3) return null;
  const index = WEEKDAYS.findIndex((name) => name === lower || name.slice(0, 3) === lower);
  return index < 0 ? null : index;
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function show(value: unknown): string {
  return blank(value) ? 'empty' : `'${String(value)}'`;
}

/**
 * Checks every field the run type needs and reports every problem at once (the form shows them
 * all), each naming the field and the bad value. Fields a run type does not use are ignored, so
 * switching a connector from weekly to daily never fails on a leftover weekday.
 */
export function validateSchedule(input: ScheduleInput): Result<Schedule> {
  const issues: ScheduleIssue[] = [];
  const issue = (field: keyof ScheduleInput, message: string): void => {
    issues.push({ field, value: input[field] ?? null, message });
  };

  const runText = blank(input.run) ? '' : String(input.run).trim().toLowerCase();
  const run = (SCHEDULE_RUNS as readonly string[]).includes(runText) ? (runText as ScheduleRun) : null;
  if (run === null) issue('run', `invalid schedule run: ${show(input.run)} (expected one of ${SCHEDULE_RUNS.join(', ')})`);

  let timezone = 'UTC';
  if (!blank(input.timezone)) {
    const zone = String(input.timezone).trim();
    if (zone.length > 64 || !TIMEZONE.test(zone)) {
      issue('timezone', `invalid schedule timezone: ${show(input.timezone)} (expected an iana name such as 'Europe/Paris')`);
    } else timezone = zone;
  }

  const needsTime = run === 'daily' || run === 'weekly' || run === 'monthly' || run === 'once';
  let time: TimeOfDay | null = null;
  if (needsTime) {
    time = blank(input.time) ? null : parseTimeOfDay(String(input.time));
    if (time === null) issue('time', `invalid schedule time: ${show(input.time)} (expected 'HH:mm' between 00:00 and 23:59)`);
  }

  let weekday: number | null = null;
  if (run === 'weekly') {
    weekday = blank(input.day) ? null : parseWeekday(String(input.day));
    if (weekday === null) issue('day', `invalid schedule day for weekly run: ${show(input.day)} (expected a weekday name such as monday)`);
  }

  let dayOfMonth: number | null = null;
  if (run === 'monthly') {
    const text = blank(input.day) ? '' : String(input.day).trim();
    const value = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
    dayOfMonth = value >= 1 && value <= 31 ? value : null;
    if (dayOfMonth === null) issue('day', `invalid schedule day for monthly run: ${show(input.day)} (expected a day of month 1..31)`);
  }

  let date: CivilDate | null = null;
  if (run === 'once') {
    const days = blank(input.day) ? null : daysOfDayKey(String(input.day).trim());
    date = days === null ? null : civilFromDays(days);
    if (date === null) issue('day', `invalid schedule date for once run: ${show(input.day)} (expected 'YYYY-MM-DD')`);
  }

  let intervalMinutes: number | null = null;
  if (run === 'periodically') {
    const raw = input.interval_minutes;
    const value = typeof raw === 'number' ? raw : blank(raw) ? NaN : /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : NaN;
    intervalMinutes = Number.isInteger(value) && value >= 1 && value <= MAX_INTERVAL_MINUTES ? value : null;
    if (intervalMinutes === null) {
      issue(
        'interval_minutes',
        `invalid schedule interval_minutes for periodic run: ${show(raw)} (expected a whole number of minutes 1..${MAX_INTERVAL_MINUTES})`,
      );
    }
  }

  if (issues.length > 0 || run === null) {
    return fail('invalid_schedule', issues.map((i) => i.message).join('; '), 422, { issues });
  }
  switch (run) {
    case 'daily':
      return ok({ run, time: time as TimeOfDay, timezone });
    case 'weekly':
      return ok({ run, weekday: weekday as number, time: time as TimeOfDay, timezone });
    case 'monthly':
      return ok({ run, dayOfMonth: dayOfMonth as number, time: time as TimeOfDay, timezone });
    case 'periodically':
      return ok({ run, intervalMinutes: intervalMinutes as number, timezone });
    case 'once':
      return ok({ run, date: date as CivilDate, time: time as TimeOfDay, timezone });
    case 'on_demand':
      return ok({ run, timezone });
  }
}

/** The connector columns that hold a schedule. */
export interface ConnectorScheduleColumns {
  readonly schedule_run?: string | null;
  readonly schedule_day?: string | null;
  readonly schedule_time?: string | null;
  readonly schedule_interval_minutes?: number | null;
  readonly schedule_timezone?: string | null;
}

export function scheduleInputOfConnector(connector: ConnectorScheduleColumns): ScheduleInput {
  return {
    run: connector.schedule_run ?? null,
    day: connector.schedule_day ?? null,
    time: connector.schedule_time ?? null,
    interval_minutes: connector.schedule_interval_minutes ?? null,
    timezone: connector.schedule_timezone ?? null,
  };
}
