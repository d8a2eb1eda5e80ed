/** The schedule core's zone port on Node: offsets from the IANA database through Intl. */
import type { ZonePort } from '../../../src-shared/schedule/zone-port';
import { UTC_ZONE } from '../../../src-shared/schedule/zone-port';

const cache = new Map<string, ZonePort>();

export function intlZone(timeZone: string | null | undefined): ZonePort {
  const name = timeZone && timeZone.trim() !== '' ? timeZone : 'UTC';
  if (name === 'UTC') return UTC_ZONE;
  const known = cache.get(name);
  if (known) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  } catch {
    return UTC_ZONE;
  }
  const zone: ZonePort = {
    offsetMinutes(epochMs: number): number {
      const parts = format.formatToParts(new Date(epochMs));
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
      return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60000);
    },
  };
  cache.set(name, zone);
  return zone;
}
