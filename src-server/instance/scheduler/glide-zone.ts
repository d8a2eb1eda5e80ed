import type { ZonePort } from '../../../src-shared/schedule/zone-port';
import { glide } from '../glide/glide-port';

/** The core's zone port over GlideDateTime.setTimeZone/getTZOffset (the instance has no Intl). */
export function glideZone(name: string): ZonePort {
  return { offsetMinutes: (epochMs) => glide().zoneOffsetMinutes(name, epochMs) ?? 0 };
}
