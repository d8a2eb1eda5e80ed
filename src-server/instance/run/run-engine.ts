import { stepRun, type RunEvent, type RunMachineState } from '../../../src-shared/core/run-machine';
import type { RecordOf } from '../../../src-shared/model/column';
import { connectorTable } from '../../../src-shared/model/tables/connector';
import { importQueueEntryTable } from '../../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../../src-shared/model/tables/integration-run';
import type { PlannerEvent } from '../../../src-shared/tenable';
import { writeLog } from '../connector-log';
import { glide } from '../glide/glide-port';
import { count, getRow, list, updateRow } from '../glide/glide-store';
import { callTenable, loadTarget, type ScSession, type TenableTarget } from '../glide/tenable-transport';
import { coreContext } from '../instance-context';
import { saveEntry } from './entry-store';
import { processEntry } from './page-processor';
import { initialPlanner, stepPlanner, type AnyCommand, type PlannerKind } from './planner-choice';
import { progressOf, runColumns, type RunProgress } from './run-progress';

/**
 * Drives one run on the instance, synchronously: the core's Tenable planner decides every request,
 * the core's run machine decides the run's state, and this file only performs the I/O they ask for
 * (RESTMessageV2 calls, queue entries with attachment payloads, log lines) and feeds back what
 * happened. A planner `wait` is never slept through (a scoped app cannot sleep a transaction): the
 * run parks with `resumeAt`, and the scheduler tick resumes it. A pass also stops at its time budget
 * and resumes next tick with the planner's `resume` event, which re-issues what was outstanding.
 */

export type AdvanceStatus = 'missing' | 'complete' | 'parked' | 'yielded' | 'waiting_for_entries';

export interface AdvanceOptions {
  /** Wall time one pass may use (default 4 minutes, under the instance's transaction quota). */
  readonly budgetMs?: number;
  /** Planner steps one pass may take. */
  readonly maxSteps?: number;
}

type RunRow = RecordOf<typeof integrationRunTable>;

interface Pass {
  readonly run: RunRow;
  readonly target: TenableTarget | null;
  readonly session: ScSession;
  progress: RunProgress;
  extra: Partial<RunRow>;
  exportUuid: string | null;
  stopRequested: boolean;
}

export function advanceRun(runId: string, options: AdvanceOptions = {}): AdvanceStatus {
  const run = getRow(integrationRunTable, runId);
  if (run === null) return 'missing';
  if (run.state === 'complete') return 'complete';
  const connector = getRow(connectorTable, run.connector);
  const target = connector === null ? null : loadTarget(connector.connection);
  const pass: Pass = {
    run,
    target: target !== null && target.ok ? target.value : null,
    session: { token: null, cookie: null },
    progress: progressOf(run),
    extra: {},
    exportUuid: null,
    stopRequested: false,
  };
  const deadline = glide().nowMs() + (options.budgetMs ?? 240_000);
  const maxSteps = options.maxSteps ?? 5_000;
  const first = firstEvent(pass, connector, target !== null && !target.ok ? target.error.message : null);
  let status: AdvanceStatus = 'yielded';
  if (first !== null) status = drive(pass, first, deadline, maxSteps);
  else if (pass.progress.resumeAt !== null && !pass.progress.retrievalDone) status = 'parked';
  if (!isComplete(pass)) processQueuedEntries(pass, deadline);
  if (!isComplete(pass) && pass.progress.retrievalDone) finishIfDrained(pass);
  persist(pass);
  if (isComplete(pass)) return 'complete';
  if (pass.progress.retrievalDone) return 'waiting_for_entries';
  return status;
}

function isComplete(pass: Pass): boolean {
  return pass.progress.machine.state === 'complete';
}

/** The event that starts this pass: `start`, `waited` after a parked wait, or `resume`. */
function firstEvent(pass: Pass, connector: RecordOf<typeof connectorTable> | null, targetError: string | null): PlannerEvent | null {
  const p = pass.progress;
  if (p.machine.state === 'queued') {
    if (pass.run.cancel_requested === true) {
      feed(pass, { type: 'cancel_requested' });
      return null;
    }
    if (connector === null || pass.target === null) {
      failBeforeStart(pass, targetError ?? `connector '${pass.run.connector ?? ''}' does not exist`);
      return null;
    }
    const since = pass.run.full_import === true ? null : pass.run.cursor_from;
    const plan = initialPlanner(pass.target, connector, since);
    if (!plan.ok) {
      failBeforeStart(pass, plan.error.message);
      return null;
    }
    pass.progress = { ...p, kind: plan.value.kind, planner: plan.value.state };
    feed(pass, { type: 'start' });
    return { type: 'start' };
  }
  if (p.retrievalDone || p.kind === null) return null;
  if (p.resumeAt !== null) {
    if (glide().nowMs() < p.resumeAt) return null;
    pass.progress = { ...pass.progress, resumeAt: null };
    return { type: 'waited' };
  }
  return { type: 'resume' };
}

function failBeforeStart(pass: Pass, message: string): void {
  feed(pass, { type: 'start' });
  feed(pass, { type: 'fail', failure: { stage: 'initiating', statusCode: null, message, retryable: false } });
  pass.progress = { ...pass.progress, retrievalDone: true };
}

function drive(pass: Pass, firstEvent: PlannerEvent, deadline: number, maxSteps: number): AdvanceStatus {
  const queue: PlannerEvent[] = [firstEvent];
  let steps = 0;
  while (queue.length > 0) {
    if (glide().nowMs() >= deadline || steps >= maxSteps) return 'yielded';
    let event = queue.shift() as PlannerEvent;
    steps += 1;
    if (!pass.stopRequested && cancelRequested(pass)) {
      feed(pass, { type: 'cancel_requested' });
      feed(pass, { type: 'heartbeat' });
    }
    if (pass.stopRequested && !pass.progress.retrievalDone) {
      // The run machine stopped the work: the planner hears `cancel` instead, and cancels on Tenable.
      pass.stopRequested = false;
      event = { type: 'cancel' };
      queue.length = 0;
    }
    const kind = pass.progress.kind as PlannerKind;
    const stepped = stepPlanner(kind, pass.progress.planner, event, coreContext());
    pass.progress = { ...pass.progress, planner: stepped.state };
    for (const command of stepped.commands) {
      const next = perform(pass, command);
      if (next === 'park') return 'parked';
      if (next !== null) queue.push(next);
    }
    if (pass.stopRequested && !pass.progress.retrievalDone && queue.length === 0) queue.push({ type: 'cancel' });
    persist(pass);
  }
  return pass.progress.retrievalDone ? 'waiting_for_entries' : 'yielded';
}

function cancelRequested(pass: Pass): boolean {
  if (pass.progress.machine.cancelRequested || isComplete(pass)) return false;
  return getRow(integrationRunTable, pass.run.sys_id)?.cancel_requested === true;
}

/** Runs one planner command; returns the event to feed back, 'park' to stop the pass, or null. */
function perform(pass: Pass, command: AnyCommand): PlannerEvent | 'park' | null {
  const connector = pass.run.connector ?? '';
  const target = pass.target as TenableTarget;
  switch (command.kind) {
    case 'log':
      if (command.level !== 'debug') writeLog({ connector, run: pass.run.sys_id, level: command.level, stage: 'fetching', event: 'planner', message: command.message });
      return null;
    case 'token_regenerated':
      pass.extra = { ...pass.extra, token_regenerated: true };
      return null;
    case 'request': {
      const answer = callTenable(target, { method: command.method, path: command.path, ...(command.query ? { query: command.query } : {}), ...(command.body !== undefined ? { body: command.body } : {}), auth: command.auth }, pass.session);
      addRestTime(pass, answer.elapsedMs);
      if (answer.outcome.kind === 'network') return { type: 'network_error', requestId: command.id, failure: { message: `network failure: ${answer.outcome.failure}`, code: answer.outcome.failure } };
      return { type: 'reply', requestId: command.id, status: answer.outcome.status, body: answer.outcome.body, ...(answer.outcome.headers ? { headers: answer.outcome.headers } : {}) };
    }
    case 'fetch_chunk': {
      const answer = callTenable(target, { method: 'GET', path: command.path, auth: 'api_keys' }, pass.session);
      addRestTime(pass, answer.elapsedMs);
      if (answer.outcome.kind === 'network') return { type: 'chunk_failed', chunkId: command.chunkId, status: null, message: `network failure: ${answer.outcome.failure}` };
      if (answer.outcome.status < 200 || answer.outcome.status >= 300) {
        return { type: 'chunk_failed', chunkId: command.chunkId, status: answer.outcome.status, message: answer.text.slice(0, 300), ...(answer.outcome.headers ? { headers: answer.outcome.headers } : {}) };
      }
      const saved = savePage(pass, command.pageNo, command.sourceRef, answer.text);
      if (saved === null) return { type: 'chunk_failed', chunkId: command.chunkId, status: null, message: 'chunk body is not a JSON array' };
      return { type: 'chunk_saved', chunkId: command.chunkId, records: saved };
    }
    case 'save_page': {
      const saved = savePage(pass, command.pageNo, command.sourceRef, JSON.stringify(command.records));
      return saved === null ? { type: 'page_failed', pageNo: command.pageNo, message: 'page could not be queued' } : { type: 'page_saved', pageNo: command.pageNo };
    }
    case 'wait':
      if (command.ms <= 0) return { type: 'waited' };
      pass.progress = { ...pass.progress, resumeAt: glide().nowMs() + command.ms };
      return 'park';
    case 'done':
      pass.exportUuid = command.exportUuid ?? null;
      if (command.tokenRegenerated === true) pass.extra = { ...pass.extra, token_regenerated: true };
      pass.progress = { ...pass.progress, retrievalDone: true };
      feed(pass, { type: 'retrieval_finished', cursorMayAdvance: command.cursorMayAdvance, cursorTo: command.cursorTo, ...(command.reason === undefined ? {} : { reason: command.reason }) });
      return null;
    case 'fail':
      pass.progress = { ...pass.progress, retrievalDone: true };
      feed(pass, { type: 'fail', failure: { stage: command.failure.stage, statusCode: command.failure.statusCode, message: command.failure.message, retryable: command.failure.retryable } });
      return null;
  }
}

function addRestTime(pass: Pass, ms: number): void {
  pass.progress = { ...pass.progress, restApiMs: pass.progress.restApiMs + ms };
}

/** Queue the page, then process it at once (pages are processed while retrieval continues). */
function savePage(pass: Pass, pageNo: number, sourceRef: string, text: string): number | null {
  const saved = saveEntry(pass.run.sys_id, pass.run.connector ?? '', pageNo, sourceRef, text);
  if (!saved.ok) {
    writeLog({ connector: pass.run.connector ?? '', run: pass.run.sys_id, level: 'error', stage: 'fetching', event: 'page_fetched', message: saved.error.message });
    return null;
  }
  feed(pass, { type: 'page_fetched', records: saved.value.records });
  processOne(pass, saved.value.entryId);
  return saved.value.records;
}

function processOne(pass: Pass, entryId: string): void {
  if (isComplete(pass) || pass.target === null) return;
  const outcome = processEntry(entryId, pass.target.platform);
  if (!outcome.ok) {
    feed(pass, { type: 'entry_failed', message: outcome.error.message });
    return;
  }
  feed(pass, { type: 'entry_processed', records: outcome.value.records, rejected: outcome.value.rejected });
  if (outcome.value.cancelled) feed(pass, { type: 'cancel_requested' });
  feed(pass, { type: 'heartbeat', resume: outcome.value.resume });
}

/** Entries the watchdog put back in the queue (or left queued by an earlier pass). */
function processQueuedEntries(pass: Pass, deadline: number): void {
  if (pass.progress.machine.state === 'queued') return;
  for (const entry of list(importQueueEntryTable, { where: { run: pass.run.sys_id, state: 'queued' }, orderBy: 'page_no' })) {
    if (isComplete(pass) || glide().nowMs() >= deadline) return;
    if (cancelRequested(pass)) {
      feed(pass, { type: 'cancel_requested' });
      feed(pass, { type: 'heartbeat' });
      return;
    }
    processOne(pass, entry.sys_id);
  }
}

function finishIfDrained(pass: Pass): void {
  const open = count(importQueueEntryTable, { where: { run: pass.run.sys_id }, query: 'stateINqueued,processing' });
  if (open === 0 && pass.progress.machine.state === 'processing') feed(pass, { type: 'all_entries_done' });
}

/** Feed the run machine; run its commands. An event it refuses is logged, never thrown. */
function feed(pass: Pass, event: RunEvent): void {
  const stepped = stepRun(pass.progress.machine, event, coreContext());
  if (!stepped.ok) {
    glide().log('debug', `x_eih run ${pass.run.number ?? pass.run.sys_id}: ${stepped.error.message}`);
    return;
  }
  pass.progress = { ...pass.progress, machine: stepped.value.state as RunMachineState };
  const connector = pass.run.connector ?? '';
  for (const command of stepped.value.commands) {
    switch (command.kind) {
      case 'log':
        writeLog({ connector, run: pass.run.sys_id, level: command.level, stage: command.stage, event: command.event, message: command.message });
        break;
      case 'update_connector':
        // Applied by the run-completion business rule, in the transaction that completes the run.
        pass.progress = { ...pass.progress, connectorEvent: command.event };
        break;
      case 'advance_cursor':
        pass.extra = { ...pass.extra, cursor_to: command.to };
        break;
      case 'alert':
        glide().log(command.severity === 'error' ? 'error' : 'warn', `x_eih run ${pass.run.number ?? pass.run.sys_id}: ${command.message}`);
        break;
      case 'save_checkpoint':
        // Entries keep their own resume details at every beat.
        break;
      case 'stop_work':
        pass.stopRequested = true;
        break;
    }
  }
}

function persist(pass: Pass): void {
  updateRow(integrationRunTable, pass.run.sys_id, { ...runColumns(pass.progress, pass.exportUuid), ...pass.extra });
}
