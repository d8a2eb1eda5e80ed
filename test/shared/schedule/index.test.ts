import { describe, expect, it } from 'vitest';
import * as schedule from '../../../src-shared/schedule';

describe('src-shared/schedule public API', () => {
  it.each(['nextFireTime', 'missedFires', 'validateSchedule', 'scheduleInputOfConnector', 'resolveWallTime', 'fixedOffsetZone', 'parseUtcDateTime', 'utcDayOf'])(
    'exports %s',
    (name) => expect(typeof (schedule as Record<string, unknown>)[name]).toBe('function'),
  );

  it('wires validation into the fire time', () => {
    const parsed = schedule.validateSchedule({ run: 'daily', time: '02:00' });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(schedule.nextFireTime(parsed.value, Date.UTC(2026, 10, 20), schedule.UTC_ZONE)).toBe(Date.UTC(2026, 10, 20, 2));
  });
});
