/**
 * Processes one claimed import queue entry: normalise → CI lookup → VI creation → risk rules →
 * assignment rules → remediation task rules, in batches of `record_threshold` records. Each batch
 * commits with its heartbeat, so the resume details always match what is stored: a retry after a
 * crash or a time-out continues from the last beat and upserts make a repeated batch harmless.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { ResumeDetails } from '../../../src-shared/core/heartbeat-policy';
import { shouldBeat } from '../../../src-shared/core/heartbeat-policy';
import { integrationRunTable } from '../../../src-shared/model/tables';
import { assignRecords, emptyStageTimes, pageLookupKeys, planAssets, planItems, planRemediationTasks, roundStageTimes, scoreRecords, type StageTimes } from '../../../src-shared/pipeline/page-stages';
import type { AssetCriticality } from '../../../src-shared/rules/conditions';
import type { Platform } from '../../../src-shared/model/vocabulary';
import type { NormalizedPage, NormalizedRecord, ScSourceType } from '../../../src-shared/rules/normalized';
import { normalizePage } from '../../../src-shared/rules/normalize-page';
import type { Row } from '../store/record-codec';
import { retryOnConflict } from '../store/retry-on-conflict';
import { writeLog } from './connector-log';
import { isoNow, type EngineDeps } from './engine-deps';
import { createAssets, findAssetCandidates, findExistingItems, markAssetsSynced, upsertItems, upsertTasks, type Tx } from './ingest-writer';
import { loadProcessingContext, type ProcessingContext } from './processing-context';
import type { QueueStore } from './queue-store';

export type EntryOutcome = 'processed' | 'error' | 'lost_claim' | 'cancelled';


const MAX_REJECTIONS_LOGGED = 20;

export async function processEntry(deps: EngineDeps, queue: QueueStore, entry: Row): Promise<EntryOutcome> {
  const entryId = String(entry.sys_id);
  const runId = String(entry.run);
  const connectorId = String(entry.connector);
  const pageNo = Number(entry.page_no);
  let context: ProcessingContext;
  try {
    context = await loadProcessingContext(deps, connectorId);
  } catch (error) {
    return failEntry(deps, queue, entry, `cannot load processing context: ${messageOf(error)}`);
  }
  for (const warning of context.warnings) await writeLog(deps, { connector: connectorId, run: runId, level: 'warn', stage: 'processing', message: warning });

  const sourceType: ScSourceType = String(entry.source_ref ?? '').startsWith('patched') ? 'patched' : 'cumulative';
  const loaded = await loadNormalizedPage(queue, entryId, context.platform, sourceType);
  if (!loaded.ok) return failEntry(deps, queue, entry, `page ${pageNo} (${String(entry.source_ref)}) is not valid JSON: ${loaded.reason}`, 'normalizing');
  const normalized = loaded.page;
  if (normalized.rejected.length > 0) await logRejections(deps, connectorId, runId, pageNo, normalized.rejected);
  if (normalized.accepted.length === 0 && normalized.rejected.length > 0 && normalized.rejected[0]?.index === null) {
    return failEntry(deps, queue, entry, `page ${pageNo}: ${normalized.rejected[0].reason}`, 'normalizing');
  }

  const resume = resumeOf(entry.resume_details, pageNo);
  const records = normalized.accepted;
  const times = emptyStageTimes();
  let offset = Math.min(resume.recordOffset, records.length);
  let lastBeatAt = deps.clock();
  const threshold = context.heartbeat.recordThreshold;
  while (offset < records.length) {
    const batch = records.slice(offset, offset + threshold);
    try {
      await retryOnConflict(() => deps.records.db.transaction().execute(async (trx) => {
        // A batch need not wait for PostgreSQL's WAL flush: its upserts are idempotent, and the
        // resume point moves only at the next beat, a synchronous commit that flushes the WAL up
        // to itself, batches before it included. A crash can only lose batches after the last
        // beat, which the retry repeats. (SQLite's WAL at synchronous=NORMAL never waits.)
        if (deps.records.dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
        await processBatch(deps, trx as unknown as Tx, context, connectorId, runId, batch, times);
      }));
    } catch (error) {
      return failEntry(deps, queue, entry, `processing records ${offset}–${offset + batch.length} of page ${pageNo} failed: ${messageOf(error)}`);
    }
    offset += batch.length;
    const now = deps.clock();
    if (offset < records.length && !shouldBeat({ recordsSinceBeat: batch.length, msSinceBeat: now - lastBeatAt }, context.heartbeat)) continue;
    lastBeatAt = now;
    const held = await queue.beat(entryId, deps.workerId, offset, normalized.rejected.length, { page: pageNo, recordOffset: offset }, isoNow(deps));
    if (!held) return 'lost_claim';
    if (await cancelRequested(deps, runId)) return 'cancelled';
  }
  const finished = await queue.finish(
    entryId,
    deps.workerId,
    {
      state: 'processed',
      records_processed: records.length,
      records_rejected: normalized.rejected.length,
      resume_details: { page: pageNo, recordOffset: records.length },
      // claimed_by stays: which worker processed the page (as on the instance host).
      error: normalized.rejected.length > 0 ? `${normalized.rejected.length} record(s) rejected; see the connector log` : null,
      ...roundStageTimes(times),
    },
    isoNow(deps),
  );
  return finished ? 'processed' : 'lost_claim';
}

async function processBatch(deps: EngineDeps, trx: Tx, context: ProcessingContext, connectorId: string, runId: string, batch: readonly NormalizedRecord[], times: StageTimes): Promise<void> {
  const nowIso = isoNow(deps);
  let started = performance.now();
  const candidates = await findAssetCandidates(trx, pageLookupKeys(batch));
  const plan = planAssets(batch, candidates);
  const createdIds = await createAssets(trx, deps.records.dialect, plan.create.map((c) => c.asset), nowIso);
  const assetIds = plan.refs.map((ref) => (ref.kind === 'existing' ? ref.id : (createdIds[ref.ref] as string)));
  await markAssetsSynced(trx, deps.records.dialect, connectorId, assetIds, nowIso);
  const criticalityById = new Map(candidates.map((c) => [c.id, (c as { criticality?: AssetCriticality }).criticality ?? 'medium']));
  const criticality = assetIds.map((id) => (criticalityById.get(id) ?? 'medium') as AssetCriticality);
  times.ci_lookup_ms += performance.now() - started;

  started = performance.now();
  const existing = await findExistingItems(trx, deps.records.dialect, connectorId, batch.map((r) => r.finding.dedupe_key));
  const items = planItems(batch, existing, context.mapping);
  const planMs = performance.now() - started;

  started = performance.now();
  const scores = scoreRecords(batch, context.platform, criticality, context.riskRules);
  times.risk_rules_ms += performance.now() - started;

  started = performance.now();
  const groups = assignRecords(batch, context.platform, criticality, context.assignmentRules, null);
  times.assignment_rules_ms += performance.now() - started;

  started = performance.now();
  const tasks = planRemediationTasks(batch.map((r) => r.finding), groups);
  const taskIds = await upsertTasks(trx, deps.records.dialect, tasks.filter((t) => t !== null), nowIso);
  times.remediation_task_rules_ms += performance.now() - started;

  started = performance.now();
  await upsertItems(
    trx,
    deps.records.dialect,
    connectorId,
    runId,
    items.map((item, index) => {
      const task = tasks[index];
      return { write: item.write, asset: assetIds[index] as string, riskScore: scores[index] ?? 0, group: groups[index] ?? null, task: task ? (taskIds.get(task.group_key) ?? null) : null };
    }),
    nowIso,
  );
  times.vi_creation_ms += performance.now() - started + planMs;
}

/**
 * The stored page, parsed and normalised. A function of its own so that the payload text and the
 * raw parsed records are unreachable once it returns: only the normalised records stay in memory
 * while the page's batches are written.
 */
async function loadNormalizedPage(queue: QueueStore, entryId: string, platform: Platform, sourceType: ScSourceType): Promise<{ ok: true; page: NormalizedPage } | { ok: false; reason: string }> {
  const payload = await queue.payloadOf(entryId);
  let records: unknown = payload;
  if (typeof payload === 'string') {
    try {
      records = JSON.parse(payload);
    } catch (error) {
      return { ok: false, reason: messageOf(error) };
    }
  }
  return { ok: true, page: normalizePage(platform, records, sourceType) };
}

function resumeOf(value: unknown, pageNo: number): ResumeDetails {
  const details = typeof value === 'string' ? safeJson(value) : value;
  if (details && typeof details === 'object' && Number.isInteger((details as ResumeDetails).recordOffset)) {
    return { page: pageNo, recordOffset: Math.max(0, (details as ResumeDetails).recordOffset) };
  }
  return { page: pageNo, recordOffset: 0 };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function logRejections(deps: EngineDeps, connector: string, run: string, pageNo: number, rejected: readonly { index: number | null; path: string; reason: string }[]): Promise<void> {
  for (const rejection of rejected.slice(0, MAX_REJECTIONS_LOGGED)) {
    await writeLog(deps, { connector, run, level: 'warn', stage: 'normalizing', message: `page ${pageNo}: record rejected at ${rejection.path}: ${rejection.reason}` });
  }
  if (rejected.length > MAX_REJECTIONS_LOGGED) {
    await writeLog(deps, { connector, run, level: 'warn', stage: 'normalizing', message: `page ${pageNo}: ${rejected.length - MAX_REJECTIONS_LOGGED} more records rejected (${rejected.length} in all)` });
  }
}

async function failEntry(deps: EngineDeps, queue: QueueStore, entry: Row, message: string, stage: 'normalizing' | 'processing' = 'processing'): Promise<EntryOutcome> {
  await writeLog(deps, { connector: String(entry.connector), run: String(entry.run), level: 'error', stage, message, retryable: false });
  const finished = await queue.finish(String(entry.sys_id), deps.workerId, { state: 'error', error: message.slice(0, 4000) }, isoNow(deps));
  return finished ? 'error' : 'lost_claim';
}

async function cancelRequested(deps: EngineDeps, runId: string): Promise<boolean> {
  const run = await deps.records.get(integrationRunTable, runId);
  return !run || run.cancel_requested === true || run.state === 'complete';
}


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
