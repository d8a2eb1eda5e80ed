/**
 * Calendar arithmetic in plain integers (Howard Hinnant's days-from-civil algorithms). The core
 * cannot lean on Intl or on the engine's Date parsing (ServiceNow's engine and Node disagree on
 * non-ISO text), so dates, days and UTC datetime text are handled here, exactly and portably.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? '-' : '') + '0'.repeat(Math.max(0, width - text.length)) + text;
}

/** 'YYYY-MM-DD' of a day number. */
export function dayKeyOfDays(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The UTC day ('YYYY-MM-DD') an instant falls on. */
export function utcDayOf(epochMs: number): string {
  return dayKeyOfDays(Math.floor(epochMs / DAY_MS));
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' key, or null when the text is not a real calendar date. */
export function daysOfDayKey(key: string): number | null {
  const match = DAY_KEY.exec(key);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** 'YYYY-MM-DD' shifted by n days; null when the key is not a calendar date. */
export function addDays(key: string, n: number): string | null {
  const days = daysOfDayKey(key);
  return days === null ? null : dayKeyOfDays(days + n);
}

/** ISO 8601 UTC text with milliseconds, as ServiceNow encoded queries and the API carry it. */
export function isoOfEpoch(epochMs: number): string {
  const days = Math.floor(epochMs / DAY_MS);
  const msOfDay = epochMs - days * DAY_MS;
  const h = Math.floor(msOfDay / HOUR_MS);
  const m = Math.floor((msOfDay % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((msOfDay % MINUTE_MS) / 1000);
  const ms = msOfDay % 1000;
  return `${dayKeyOfDays(days)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`;
}

// ISO ('2026-11-20T10:00:00.000Z', offset or Z) and the Glide form ('2026-11-20 10:00:00', always UTC).
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Epoch ms of UTC datetime text as stores hand it over: ISO 8601 (with Z or an offset) or Glide's
 * 'YYYY-MM-DD HH:mm:ss' (UTC by definition). Text without a zone is read as UTC. Null when the
 * text is empty or not a real date-time.
 */
export function parseUtcDateTime(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = DATETIME.exec(text.trim());
  if (match === null) return null;
  const days = daysOfDayKey(`${match[1]}-${match[2]}-${match[3]}`);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (days === null || hour > 23 || minute > 59 || second > 59) return null;
  const fraction = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
  let offsetMinutes = 0;
  const zone = match[8];
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + fraction - offsetMinutes * MINUTE_MS;
}
