import { DEFAULT_RETRY_POLICY, decideRetry } from '../../../src-shared/core/retry-policy';
import { isoOf } from '../../../src-shared/core/context';
import { applyDailyMetricDelta, dailyMetricDelta } from '../../../src-shared/metrics/rollup';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { dailyMetricTable } from '../../../src-shared/model/tables/daily-metric';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import { applyConnectorEvent, statusOf } from '../connector-lifecycle';
import { writeLog } from '../connector-log';
import { glide } from '../glide/glide-port';
import { first, getRow, insertRow, list, updateRow } from '../glide/glide-store';
import { coreContext } from '../instance-context';
import { addRunLatency } from './daily-latency';
import { progressOf } from './run-progress';

/**
 * What a completed run does to its connector (the after-update business rule on the run table):
 * the last-run fields, its health, the lifecycle event the run machine asked for (a retryable failure first
 * asks the core's retry policy whether another attempt is allowed), and the daily rollups (metric
 * counters and latency histograms).
 */
export function applyRunCompletion(runId: string): boolean {
  const run = getRow(integrationRunTable, runId);
  if (run === null || run.state !== 'complete' || run.connector === null) return false;
  const connector = getRow(connectorTable, run.connector);
  if (connector === null) return false;
  const ctx = coreContext();
  const succeeded = run.substate === 'succeeded';
  // A run that talked to Tenable is the freshest evidence of the credentials (as on the Node host):
  // a success makes the connector healthy, a rejected key (401/403) unhealthy; other failures say
  // nothing of them.
  const rejected = run.substate === 'failed' && (run.failure_status_code === 401 || run.failure_status_code === 403);
  updateRow(connectorTable, connector.sys_id, {
    last_run: run.sys_id,
    last_run_status: run.substate,
    ...(succeeded ? { health: 'healthy' } : rejected ? { health: 'unhealthy' } : {}),
    ...(succeeded ? { last_success_at: run.ended ?? isoOf(ctx.now) } : {}),
    ...(succeeded && run.cursor_to !== null ? { last_success_cursor: run.cursor_to } : {}),
    // A finished run settles any pending retry; a retryable failure sets a new one below.
    retry_at: null,
    retry_attempt: 0,
  });
  const event = progressOf(run).connectorEvent;
  if (event !== null) {
    if (event.type === 'run_failed' && event.retryable) {
      const attempt = run.attempt ?? 1;
      const decision = decideRetry(DEFAULT_RETRY_POLICY, { kind: 'run', retryable: true }, attempt, ctx);
      if (decision.retry) {
        applyConnectorEvent(connector.sys_id, event, { run: run.sys_id });
        updateRow(connectorTable, connector.sys_id, { retry_at: isoOf(ctx.now + decision.delayMs), retry_attempt: attempt + 1 });
        writeLog({ connector: connector.sys_id, run: run.sys_id, level: 'info', stage: 'initiating', event: 'retry_scheduled', message: `attempt ${attempt + 1} of run ${run.number ?? run.sys_id} scheduled in ${Math.round(decision.delayMs / 1000)} s` });
      } else {
        writeLog({ connector: connector.sys_id, run: run.sys_id, level: 'warn', stage: 'initiating', event: 'retries_exhausted', message: decision.reason });
        const current = statusOf(getRow(connectorTable, connector.sys_id)?.status);
        applyConnectorEvent(connector.sys_id, current === 'retrying' ? { type: 'retries_exhausted' } : { type: 'run_failed', retryable: false }, { run: run.sys_id });
      }
    } else applyConnectorEvent(connector.sys_id, event, { run: run.sys_id });
  }
  rollUp(run);
  return true;
}

type RunRow = NonNullable<ReturnType<typeof getRow<typeof integrationRunTable>>>;
type EntryRow = ReturnType<typeof list<typeof importQueueEntryTable>>[number];

function rollUp(run: RunRow): void {
  const entries = list(importQueueEntryTable, { where: { run: run.sys_id } });
  rollUpDailyMetric(run, entries);
  // The latency histograms, like the daily metric: once per completion.
  addRunLatency(run, entries);
}

function rollUpDailyMetric(run: RunRow, entries: readonly EntryRow[]): void {
  const delta = dailyMetricDelta(run, entries);
  if (!delta.ok) {
    glide().log('warn', `x_eih run ${run.number ?? run.sys_id} not rolled up: ${delta.error.message}`);
    return;
  }
  const existing = first(dailyMetricTable, { where: { connector: delta.value.connector, day: delta.value.day } });
  const next = applyDailyMetricDelta(existing, delta.value);
  if (existing === null) insertRow(dailyMetricTable, next);
  else updateRow(dailyMetricTable, existing.sys_id, next);
}
