import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beat, heartbeatSettings, resumeFrom, shouldBeat, verdict } from '../../../src-shared/core/heartbeat-policy';
import { defaultPropertyValues } from '../../../src-shared/model/properties';

const settings = { recordThreshold: 500, intervalSeconds: 30 };
const limits = { timeLimitSeconds: 3600, maximumDelaySeconds: 600 };
const T0 = Date.UTC(2025, 0, 1);
const s = (seconds: number) => T0 + seconds * 1000;

describe('shouldBeat', () => {
  it.each([
    [0, 0, false],
    [499, 29_999, false],
    [500, 0, true],
    [1200, 10, true],
    [0, 30_000, true],
    [3, 45_000, true],
  ])('%i records, %i ms since beat → %s', (recordsSinceBeat, msSinceBeat, expected) => {
    expect(shouldBeat({ recordsSinceBeat, msSinceBeat }, settings)).toBe(expected);
  });

  it('a worker that asks after every record never goes a full interval plus one record without beating (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 200 }), (recordMs) => {
        let records = 0;
        let ms = 0;
        for (const cost of recordMs) {
          records += 1;
          ms += cost;
          if (shouldBeat({ recordsSinceBeat: records, msSinceBeat: ms }, settings)) {
            records = 0;
            ms = 0;
          }
          expect(records).toBeLessThan(settings.recordThreshold);
          expect(ms).toBeLessThan(settings.intervalSeconds * 1000);
        }
      }),
    );
  });
});

describe('beat and resume details', () => {
  it('a beat carries the time and where to resume', () => {
    expect(beat({ page: 4, recordOffset: 1500 }, { now: s(10) })).toEqual({ at: s(10), page: 4, recordOffset: 1500 });
  });

  it('resumes from the last beat, or from the start of the page', () => {
    expect(resumeFrom({ at: s(1), page: 4, recordOffset: 1500 }, 4)).toEqual({ page: 4, recordOffset: 1500 });
    expect(resumeFrom(null, 7)).toEqual({ page: 7, recordOffset: 0 });
  });
});

describe('verdict', () => {
  it.each([
    ['fresh entry', { startedAt: s(0), lastBeatAt: null }, s(10), 'ok'],
    ['exactly at the time limit', { startedAt: s(0), lastBeatAt: null }, s(3600), 'ok'],
    ['within the limit, silent for long', { startedAt: s(0), lastBeatAt: s(1) }, s(3000), 'ok'],
    ['past the limit, beat a minute ago', { startedAt: s(0), lastBeatAt: s(3540 + 600) }, s(4200), 'long_but_beating'],
    ['past the limit, beat exactly max delay ago', { startedAt: s(0), lastBeatAt: s(3600) }, s(4200), 'long_but_beating'],
    ['past the limit, silent longer than max delay', { startedAt: s(0), lastBeatAt: s(3599) }, s(4200), 'stuck'],
    ['past the limit, never beat', { startedAt: s(0), lastBeatAt: null }, s(3601 + 600), 'stuck'],
    ['never beat but started within max delay (limit shorter than delay)', { startedAt: s(0), lastBeatAt: null }, s(100), 'ok'],
    ['a beat stamped in the future (clock skew) is fresh', { startedAt: s(0), lastBeatAt: s(9000) }, s(5000), 'long_but_beating'],
    ['clock behind the start', { startedAt: s(100), lastBeatAt: null }, s(0), 'ok'],
  ] as const)('%s → %s', (_name, entry, now, expected) => {
    expect(verdict(entry, limits, now)).toBe(expected);
  });

  it('a beat stamped before the start (a previous attempt) counts as the start', () => {
    const short = { timeLimitSeconds: 60, maximumDelaySeconds: 600 };
    expect(verdict({ startedAt: s(0), lastBeatAt: s(-1000) }, short, s(100))).toBe('long_but_beating');
    expect(verdict({ startedAt: s(0), lastBeatAt: s(-1000) }, short, s(601))).toBe('stuck');
  });

  it('never times out an entry that keeps beating, however long it runs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 86_400 }),
        fc.integer({ min: 10, max: 86_400 }),
        fc.integer({ min: 0, max: 10 * 365 * 86_400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (timeLimitSeconds, maximumDelaySeconds, runningSeconds, freshness) => {
          const startedAt = s(0);
          const now = startedAt + runningSeconds * 1000;
          // The last beat is within the maximum delay of now (and not before the start).
          const lastBeatAt = Math.max(startedAt, now - Math.floor(freshness * maximumDelaySeconds * 1000));
          expect(verdict({ startedAt, lastBeatAt }, { timeLimitSeconds, maximumDelaySeconds }, now)).not.toBe('stuck');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('an entry is stuck only past the time limit AND after the maximum delay of silence (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 86_400 }),
        fc.integer({ min: 10, max: 86_400 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: null }),
        (timeLimitSeconds, maximumDelaySeconds, nowSeconds, beatSeconds) => {
          const entry = { startedAt: s(0), lastBeatAt: beatSeconds === null ? null : s(beatSeconds) };
          const v = verdict(entry, { timeLimitSeconds, maximumDelaySeconds }, s(nowSeconds));
          const lastSign = Math.max(beatSeconds ?? 0, 0);
          const overLimit = nowSeconds > timeLimitSeconds;
          const silent = nowSeconds - lastSign > maximumDelaySeconds;
          expect(v).toBe(!overLimit ? 'ok' : silent ? 'stuck' : 'long_but_beating');
        },
      ),
    );
  });
});

describe('heartbeatSettings', () => {
  const values = defaultPropertyValues();

  it('takes the hub properties by default', () => {
    expect(heartbeatSettings(values)).toEqual({
      ok: true,
      value: { recordThreshold: 500, intervalSeconds: 30, timeLimitSeconds: 3600, maximumDelaySeconds: 600 },
    });
  });

  it('lets a connector stretch its limits (slow, rate-limited sources)', () => {
    expect(heartbeatSettings(values, { time_limit_override: 14_400, maximum_delay_override: null })).toMatchObject({
      ok: true,
      value: { timeLimitSeconds: 14_400, maximumDelaySeconds: 600 },
    });
    expect(heartbeatSettings(values, { maximum_delay_override: 1800 })).toMatchObject({ ok: true, value: { maximumDelaySeconds: 1800 } });
  });

  it.each([
    [{ time_limit_override: 0 }, 'connector time_limit_override must be a positive whole number of seconds, got 0'],
    [{ maximum_delay_override: 1.5 }, 'connector maximum_delay_override must be a positive whole number of seconds, got 1.5'],
    [{ maximum_delay_override: 30 }, 'maximum heartbeat delay 30 s must exceed the heartbeat interval of 30 s'],
  ])('rejects %j', (overrides, message) => {
    expect(heartbeatSettings(values, overrides)).toEqual({ ok: false, error: { code: 'invalid_value', message, statusHint: 422 } });
  });
});
