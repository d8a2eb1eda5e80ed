import type { PropertyValues } from '../model/properties';
import type { CoreContext } from './context';
import { fail, ok, type Result } from './result';

/**
 * When a working import queue entry proves it is alive, and when a silent one is stuck.
 *
 * The reference platform times entries out after one hour even while they still work, which makes
 * slow, rate-limited pages fail for nothing. Here the time limit alone never kills an entry: it
 * must ALSO have stopped beating for longer than the maximum delay (Temporal's heartbeat timeout).
 * Beats carry resume details, so the retry of a stuck entry continues where the last beat was.
 */

export interface BeatProgress {
  /** Records processed since the last beat (or since the entry started). */
  readonly recordsSinceBeat: number;
  /** Milliseconds since the last beat (or since the entry started). */
  readonly msSinceBeat: number;
}

export interface BeatSettings {
  /** `x_eih.heartbeat.record_threshold`. */
  readonly recordThreshold: number;
  /** `x_eih.heartbeat.interval_seconds`: the time floor for slow records. */
  readonly intervalSeconds: number;
}

/** Where a retry of this entry picks up: the page and the first record not yet processed. */
export interface ResumeDetails {
  readonly page: number;
  readonly recordOffset: number;
}

export interface Heartbeat extends ResumeDetails {
  /** Epoch ms of the beat (the entry's `last_record_processed`). */
  readonly at: number;
}

export interface StuckLimits {
  /** `x_eih.processing.time_limit` (or the connector's override). */
  readonly timeLimitSeconds: number;
  /** `x_eih.heartbeat.maximum_delay` (or the connector's override). */
  readonly maximumDelaySeconds: number;
}

export interface EntryTiming {
  /** Epoch ms when processing started. */
  readonly startedAt: number;
  /** Epoch ms of the last beat; null before the first one (the start then counts as a sign of life). */
  readonly lastBeatAt: number | null;
}

export type HeartbeatVerdict = 'ok' | 'long_but_beating' | 'stuck';

export interface HeartbeatSettings extends BeatSettings, StuckLimits {}

/** Beat after every `recordThreshold` records, and at least every `intervalSeconds` while working. */
export function shouldBeat(progress: BeatProgress, settings: BeatSettings): boolean {
  return progress.recordsSinceBeat >= settings.recordThreshold || progress.msSinceBeat >= settings.intervalSeconds * 1000;
}

export function beat(resume: ResumeDetails, ctx: CoreContext): Heartbeat {
  return { at: ctx.now, page: resume.page, recordOffset: resume.recordOffset };
}

/** Resume point for the next attempt: the last beat's details, or the entry's first record. */
export function resumeFrom(lastBeat: Heartbeat | null, page: number): ResumeDetails {
  return lastBeat === null ? { page, recordOffset: 0 } : { page: lastBeat.page, recordOffset: lastBeat.recordOffset };
}

/**
 * 'ok' within the time limit; past it, 'long_but_beating' (raise an alert, keep running) while the
 * last beat is within the maximum delay, and 'stuck' (time out, retry from resume details) only
 * when it is not.
 */
export function verdict(entry: EntryTiming, limits: StuckLimits, now: number): HeartbeatVerdict {
  const runningMs = now - entry.startedAt;
  if (runningMs <= limits.timeLimitSeconds * 1000) return 'ok';
  const lastSign = entry.lastBeatAt === null ? entry.startedAt : Math.max(entry.lastBeatAt, entry.startedAt);
  // A beat stamped after `now` (clock skew between workers) counts as fresh, never as stale.
  return now - lastSign <= limits.maximumDelaySeconds * 1000 ? 'long_but_beating' : 'stuck';
}

export interface HeartbeatOverrides {
  /** Connector column `time_limit_override` (seconds). */
  readonly time_limit_override?: number | null;
  /** Connector column `maximum_delay_override` (seconds). */
  readonly maximum_delay_override?: number | null;
}

/**
 * The settings for one connector: the hub's properties, with the connector's own limits on top
 * (users of slow, rate-limited sources asked for per-connector limits).
 */
export function heartbeatSettings(values: PropertyValues, overrides: HeartbeatOverrides = {}): Result<HeartbeatSettings> {
  const timeLimit = overrideOf('time_limit_override', overrides.time_limit_override, values['x_eih.processing.time_limit']);
  if (!timeLimit.ok) return timeLimit;
  const maximumDelay = overrideOf('maximum_delay_override', overrides.maximum_delay_override, values['x_eih.heartbeat.maximum_delay']);
  if (!maximumDelay.ok) return maximumDelay;
  const intervalSeconds = values['x_eih.heartbeat.interval_seconds'];
  // A maximum delay no longer than the beat interval would call healthy, beating entries stuck.
  if (maximumDelay.value <= intervalSeconds) {
    return fail('invalid_value', `maximum heartbeat delay ${maximumDelay.value} s must exceed the heartbeat interval of ${intervalSeconds} s`, 422);
  }
  return ok({
    recordThreshold: values['x_eih.heartbeat.record_threshold'],
    intervalSeconds,
    timeLimitSeconds: timeLimit.value,
    maximumDelaySeconds: maximumDelay.value,
  });
}

function overrideOf(name: string, value: number | null | undefined, fallback: number): Result<number> {
  if (value === null || value === undefined) return ok(fallback);
  if (!Number.isInteger(value) || value < 1) {
    return fail('invalid_value', `connector ${name} must be a positive whole number of seconds, got ${String(value)}`, 422);
  }
  return ok(value);
}
