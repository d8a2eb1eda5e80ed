import type { ZonePort } from '../../../src-shared/schedule/zone-port';

/**
 * Zone ports for tests. `dstZone` is a fake with one +60 min jump and one −60 min fall, shaped like
 * Europe/Paris in 2026 (CET +60 → CEST +120 at 2026-03-29T01:00Z, back at 2026-10-25T01:00Z).
 */
export const SPRING_2026 = Date.UTC(2026, 2, 29, 1, 0);
export const FALL_2026 = Date.UTC(2026, 9, 25, 1, 0);

export function dstZone(standard = 60, springAt = SPRING_2026, fallAt = FALL_2026): ZonePort {
  return { offsetMinutes: (t) => (t >= springAt && t < fallAt ? standard + 60 : standard) };
}

/** The port as the Node host would implement it (Intl), to check the fake against reality. */
export function intlZone(timeZone: string): ZonePort {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return {
    offsetMinutes(epochMs: number): number {
      const parts = format.formatToParts(new Date(epochMs));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
      return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60000);
    },
  };
}

export const utc = (y: number, mo: number, d: number, h = 0, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);
