import { heartbeatSettings, verdict, type HeartbeatVerdict } from '../../../src-shared/core/heartbeat-policy';
import { stepRun } from '../../../src-shared/core/run-machine';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { parseUtcDateTime } from '../../../src-shared/schedule/civil-time';
import { writeLog } from '../connector-log';
import { glide } from '../glide/glide-port';
import { getRow, list, updateRow } from '../glide/glide-store';
import { readProperties } from '../instance-properties';
import { clip, coreContext, nowIso } from '../instance-context';
import { progressOf, runColumns } from '../run/run-progress';

/**
 * The heartbeat watchdog (scheduled every 5 minutes). For every entry in `processing` it asks the
 * core's heartbeat policy: past the time limit but still beating → keep going (one warning); past
 * the limit AND silent longer than the maximum delay → stuck: time it out and queue it again so the
 * next pass resumes at its last beat. After the last attempt the entry fails, and so does its run.
 */

/** Attempts of one entry before it is failed instead of re-queued. */
export const MAX_ENTRY_ATTEMPTS = 3;
const LONG_MARKER = 'long but beating';

export interface WatchdogReport {
  readonly checked: number;
  readonly verdicts: Readonly<Record<string, HeartbeatVerdict>>;
  readonly requeued: readonly string[];
  readonly failed: readonly string[];
}

export function heartbeatWatchdog(): WatchdogReport {
  const now = coreContext().now;
  const properties = readProperties();
  const verdicts: Record<string, HeartbeatVerdict> = {};
  const requeued: string[] = [];
  const failed: string[] = [];
  const entries = list(importQueueEntryTable, { where: { state: 'processing' } });
  for (const entry of entries) {
    const startedAt = parseUtcDateTime(entry.processing_started);
    if (startedAt === null) continue;
    const connector = getRow(connectorTable, entry.connector);
    const settings = heartbeatSettings(properties, connector ?? {});
    if (!settings.ok) {
      glide().log('warn', `x_eih watchdog: connector ${entry.connector ?? ''}: ${settings.error.message}`);
      continue;
    }
    const result = verdict({ startedAt, lastBeatAt: parseUtcDateTime(entry.last_record_processed) }, settings.value, now);
    verdicts[entry.sys_id] = result;
    const where = `entry page ${entry.page_no ?? '?'} of run ${entry.run ?? '?'}`;
    if (result === 'long_but_beating') {
      if ((entry.error ?? '').indexOf(LONG_MARKER) < 0) {
        updateRow(importQueueEntryTable, entry.sys_id, { error: `${LONG_MARKER}: past the time limit of ${settings.value.timeLimitSeconds} s at ${nowIso()}, still sending heartbeats` });
        writeLog({ connector: entry.connector ?? '', run: entry.run, level: 'warn', stage: 'processing', event: 'heartbeat', message: `${where} is past the time limit of ${settings.value.timeLimitSeconds} s but still beating: left running` });
      }
      continue;
    }
    if (result !== 'stuck') continue;
    const resume = entry.resume_details as { page?: number; recordOffset?: number } | null;
    const at = resume?.recordOffset ?? 0;
    const silence = `no heartbeat for more than ${settings.value.maximumDelaySeconds} s after the time limit of ${settings.value.timeLimitSeconds} s`;
    if ((entry.attempts ?? 1) < MAX_ENTRY_ATTEMPTS) {
      // timed_out is recorded in the log; the entry goes straight back to the queue to resume.
      updateRow(importQueueEntryTable, entry.sys_id, { state: 'queued', claimed_by: null, error: clip(`timed out (${silence}); queued again to resume at record ${at}`, 4000) });
      writeLog({ connector: entry.connector ?? '', run: entry.run, level: 'warn', stage: 'processing', event: 'timeout', message: `${where} timed out: ${silence}; it resumes at record ${at}` });
      requeued.push(entry.sys_id);
    } else {
      updateRow(importQueueEntryTable, entry.sys_id, { state: 'timed_out', processing_ended: nowIso(), error: clip(`timed out (${silence}) after ${entry.attempts ?? 1} attempts`, 4000) });
      failEntryOfRun(entry.run, `${where} timed out after ${entry.attempts ?? 1} attempts: ${silence}`);
      failed.push(entry.sys_id);
    }
  }
  return { checked: entries.length, verdicts, requeued, failed };
}

/** The run machine counts the failed entry; the run completes failed when nothing else is open. */
function failEntryOfRun(runId: string | null, message: string): void {
  const run = getRow(integrationRunTable, runId);
  if (run === null || run.state === 'complete') return;
  let progress = progressOf(run);
  const ctx = coreContext();
  const stepped = stepRun(progress.machine, { type: 'entry_failed', message }, ctx);
  if (!stepped.ok) return;
  progress = { ...progress, machine: stepped.value.state };
  for (const command of stepped.value.commands) {
    if (command.kind === 'log') writeLog({ connector: run.connector ?? '', run: run.sys_id, level: command.level, stage: command.stage, event: command.event, message: command.message });
  }
  updateRow(integrationRunTable, run.sys_id, runColumns(progress, null));
}
