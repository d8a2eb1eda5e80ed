/**
 * A run whose retrieval has finished completes once none of its entries is queued or processing.
 * Its totals are computed from the entries (never incremented), so a crash between two writes
 * can never leave a count that disagrees with the work.
 */
import type { Kysely } from 'kysely';
import { integrationRunTable } from '../../../src-shared/model/tables';
import { isoNow, type EngineDeps } from './engine-deps';
import type { QueueStore } from './queue-store';
import type { RunService } from './run-service';

export async function completeIfDone(deps: EngineDeps, queue: QueueStore, runs: RunService, runId: string): Promise<boolean> {
  const run = await deps.records.get(integrationRunTable, runId);
  if (!run || run.state !== 'processing') return false;
  const counts = await queue.countsByState(runId);
  if ((counts.queued ?? 0) > 0 || (counts.processing ?? 0) > 0) return false;
  const totals = await queue.runTotals(runId);
  const number = (value: unknown) => Math.round(Number(value ?? 0));
  const timing = await queueTimings(deps, runId);
  await deps.records.update(
    integrationRunTable,
    runId,
    {
      // A page fetched again after a crash is stored once (upsert on run + page) but was counted
      // twice while fetching: the stored pages are the truth.
      pages: number(totals.pages),
      records_fetched: number(totals.records_fetched),
      entries_processed: counts.processed ?? 0,
      entries_failed: (counts.error ?? 0) + (counts.timed_out ?? 0),
      records_processed: number(totals.records_processed),
      records_rejected: number(totals.records_rejected),
      ci_lookup_ms: number(totals.ci_lookup_ms),
      vi_creation_ms: number(totals.vi_creation_ms),
      risk_rules_ms: number(totals.risk_rules_ms),
      assignment_rules_ms: number(totals.assignment_rules_ms),
      remediation_task_rules_ms: number(totals.remediation_task_rules_ms),
      queue_wait_ms: timing.waitMs,
      queue_processing_ms: timing.processingMs,
    },
    isoNow(deps),
  );
  const result = await runs.apply(runId, { type: 'all_entries_done' });
  return result.ok;
}

async function queueTimings(deps: EngineDeps, runId: string): Promise<{ waitMs: number; processingMs: number }> {
  const db = deps.records.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const rows = await db.selectFrom('x_eih_import_queue_entry').select(['queued_at', 'processing_started', 'processing_ended']).where('run', '=', runId).execute();
  let waitMs = 0;
  let processingMs = 0;
  for (const row of rows) {
    const queued = Date.parse(String(row.queued_at));
    const started = Date.parse(String(row.processing_started));
    const ended = Date.parse(String(row.processing_ended));
    if (started >= queued) waitMs += started - queued;
    if (ended >= started) processingMs += ended - started;
  }
  return { waitMs: Math.round(waitMs), processingMs: Math.round(processingMs) };
}
