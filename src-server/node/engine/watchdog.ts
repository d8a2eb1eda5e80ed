/**
 * Finds stuck work with the core's heartbeat verdict: an entry past the time limit whose last beat
 * is older than the maximum delay is timed out and put back in the queue to resume from its
 * resume details; an entry that keeps beating is never timed out, however long it runs (it
 * raises a "long but beating" alert once instead).
 */
import { heartbeatSettings, verdict } from '../../../src-shared/core/heartbeat-policy';
import { connectorTable } from '../../../src-shared/model/tables';
import { readProperties } from '../store/property-store';
import { writeLog } from './connector-log';
import { isoNow, type EngineDeps } from './engine-deps';
import type { QueueStore } from './queue-store';

/** Attempts after which a stuck entry is left timed out (a failed page) instead of retried. */
export const MAX_ENTRY_ATTEMPTS = 5;

export interface WatchdogReport {
  readonly timedOut: number;
  readonly alerted: number;
}

export async function watchdogTick(deps: EngineDeps, queue: QueueStore, alerted: Set<string>): Promise<WatchdogReport> {
  const properties = await readProperties(deps.records);
  const now = deps.clock();
  let timedOut = 0;
  let alerts = 0;
  for (const entry of await queue.processingEntries()) {
    const id = String(entry.sys_id);
    const connector = await deps.records.get(connectorTable, String(entry.connector));
    const settings = heartbeatSettings(properties, { time_limit_override: (connector?.time_limit_override as number | null) ?? null, maximum_delay_override: (connector?.maximum_delay_override as number | null) ?? null });
    if (!settings.ok) continue;
    const started = Date.parse(String(entry.processing_started));
    const lastBeat = typeof entry.last_record_processed === 'string' ? Date.parse(entry.last_record_processed) : null;
    const outcome = verdict({ startedAt: started, lastBeatAt: lastBeat }, settings.value, now);
    if (outcome === 'long_but_beating' && !alerted.has(id)) {
      alerted.add(id);
      alerts++;
      await writeLog(deps, { connector: String(entry.connector), run: String(entry.run), level: 'warn', stage: 'processing', event: 'alert', message: `alert: page ${String(entry.page_no)} has run longer than the ${settings.value.timeLimitSeconds} s time limit but is still beating; it keeps running` });
    }
    if (outcome !== 'stuck') continue;
    const retry = Number(entry.attempts ?? 0) < MAX_ENTRY_ATTEMPTS;
    const resume = entry.resume_details as { recordOffset?: number } | null;
    const message = `page ${String(entry.page_no)} timed out: no heartbeat for over ${settings.value.maximumDelaySeconds} s after ${Math.round((now - started) / 1000)} s; ${retry ? `retrying from record ${resume?.recordOffset ?? 0}` : `gave up after ${String(entry.attempts)} attempts`}`;
    const moved = await queue.timeOut(id, (entry.claimed_by as string | null) ?? null, retry, message, isoNow(deps));
    if (!moved) continue;
    timedOut++;
    alerted.delete(id);
    await writeLog(deps, { connector: String(entry.connector), run: String(entry.run), level: retry ? 'warn' : 'error', stage: 'processing', event: 'timeout', message, retryable: retry });
  }
  return { timedOut, alerted: alerts };
}
