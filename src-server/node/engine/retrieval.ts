/**
 * Drives a run's retrieval: the core's planner decides every request, this loop only performs
 * them. Planner state is stored on the run after every step, so a crashed process resumes the
 * same export (`resume` re-issues the outstanding actions) instead of starting over; pages are
 * stored as queue entries before anything processes them, so nothing fetched is lost.
 *
 * The export planner may ask for a few chunk downloads at once (its `maxChunksInFlight`): they run
 * in parallel, but everything else stays one at a time in this loop — a finished download is saved,
 * counted (`page_fetched`) and reported to the planner before the next one is looked at, and events
 * reach the planner one by one. At most that many chunks are held in memory.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectionTable, connectorTable, integrationRunTable } from '../../../src-shared/model/tables';
import type { Platform } from '../../../src-shared/model/vocabulary';
import { parseSeverityFilter } from '../../../src-shared/rules/severity-filter';
import { createExportPlanner } from '../../../src-shared/tenable/export-planner';
import type { ExportSpec } from '../../../src-shared/tenable/export-kinds';
import type { FetchChunkCommand, PlannerEvent, RunFailure } from '../../../src-shared/tenable/planner-protocol';
import { createScPlanner } from '../../../src-shared/tenable/sc-analysis-planner';
import type { RevealedConnection } from '../host-services';
import type { Row } from '../store/record-codec';
import { writeLog } from './connector-log';
import { isoNow, type EngineDeps } from './engine-deps';
import type { NewPage, QueueStore } from './queue-store';
import type { RunService } from './run-service';
import { TenableTransport } from './tenable-transport';

/**
 * Assets per VM export chunk: Tenable's default. At a typical 50 findings per asset a page is
 * about 2,500 records (4.5 MB of JSON), five heartbeats at the default record threshold. Every
 * per-page buffer scales with it (the downloaded text, the stored payload read back, the parsed
 * records): at 100 assets the ingest peaked about 40 MB higher at the same throughput.
 */
export const VM_ASSETS_PER_CHUNK = 50;

/** What a chunk download gives: the chunk's text, or the planner's failure event. */
type Downloaded = Awaited<ReturnType<TenableTransport['fetchChunk']>>;

/** Any of our planners, seen through what the loop needs. */
interface AnyPlanner {
  readonly state: unknown;
  step(event: PlannerEvent): { commands: readonly { kind: string }[] };
}

/** Holds one planner's state between steps (each planner type keeps its own state shape). */
function stateful<S, C extends { kind: string }>(step: (state: S, event: PlannerEvent, ctx: { now: number }) => { state: S; commands: readonly C[] }, initial: S, now: () => number): AnyPlanner {
  let state = initial;
  return {
    get state() {
      return state;
    },
    step(event) {
      const result = step(state, event, { now: now() });
      state = result.state;
      return result;
    },
  };
}

function plannerFor(platform: Platform, spec: { since: number | null; severities: ExportSpec['severities']; chunkDownloads: number }, saved: unknown, scAuth: 'session' | 'api_keys', now: () => number): AnyPlanner {
  const severities = spec.severities ? { severities: spec.severities } : {};
  if (platform === 'tenable_sc') {
    const planner = createScPlanner();
    return stateful(planner.step, (saved as ReturnType<typeof planner.init> | null) ?? planner.init({ auth: scAuth, since: spec.since, ...severities }), now);
  }
  const planner = createExportPlanner();
  const kind = platform === 'tenable_was' ? 'was_vulns' : 'vm_vulns';
  return stateful(planner.step, (saved as ReturnType<typeof planner.init> | null) ?? planner.init({ kind, since: spec.since, ...severities, ...(kind === 'vm_vulns' ? { numAssets: VM_ASSETS_PER_CHUNK } : {}), limits: { maxChunksInFlight: spec.chunkDownloads } }), now);
}

export interface RetrievalResult {
  readonly outcome: 'done' | 'failed' | 'cancelled';
}

export async function driveRetrieval(deps: EngineDeps, queue: QueueStore, runs: RunService, run: Row): Promise<RetrievalResult> {
  const runId = String(run.sys_id);
  const connectorId = String(run.connector);
  const connector = await deps.records.get(connectorTable, connectorId);
  const connectionRecord = connector ? await deps.records.get(connectionTable, String(connector.connection)) : undefined;
  if (!connector || !connectionRecord) {
    await runs.apply(runId, { type: 'fail', failure: { stage: 'initiating', statusCode: null, message: 'connector or its connection no longer exists', retryable: false } });
    return { outcome: 'failed' };
  }
  const connection = deps.secrets.revealSecrets(connectionTable, connectionRecord) as RevealedConnection;
  const severities = parseSeverityFilter(connector.severity_filter as string | null);
  let restMs = Number(run.rest_api_ms ?? 0);
  const transport = new TenableTransport(connection, { requestTimeoutMs: 120_000, onRequestMs: (ms) => (restMs += ms) });
  const planner = plannerFor(
    connection.platform,
    { since: run.full_import === true ? null : ((run.cursor_from as number | null) ?? null), severities: severities.ok ? severities.value : undefined, chunkDownloads: deps.chunkDownloads },
    run.planner_state ?? null,
    connection.access_key && connection.secret_key ? 'api_keys' : 'session',
    deps.clock,
  );

  const persist = async (extra: Row = {}) => {
    await deps.records.update(integrationRunTable, runId, { planner_state: planner.state as never, rest_api_ms: Math.round(restMs), ...extra }, isoNow(deps));
  };

  /** Chunk downloads in flight by command id; aborted when the planner no longer waits for them. */
  const downloads = new Map<string, Promise<{ command: FetchChunkCommand; fetched: Downloaded }>>();
  let abandon = new AbortController();
  const dropDownloads = () => {
    abandon.abort();
    abandon = new AbortController();
    downloads.clear();
  };

  try {
    return await drive();
  } catch (error) {
    // A store error (busy database, lost connection) must not leave the run `retrieving` with
    // nobody driving it: it fails, retryable, and the planner state saved so far stays on the run.
    dropDownloads();
    const detail = error instanceof Error ? error.message : String(error);
    deps.logger.error({ err: error, run: runId }, 'retrieval stopped by an unexpected error');
    await settleFetchedPages(deps, queue, runId).catch(() => undefined);
    await runs.apply(runId, { type: 'fail', failure: { stage: 'fetching', statusCode: null, message: `retrieval stopped by an unexpected error: ${detail.slice(0, 500)}`, retryable: true } });
    return { outcome: 'failed' };
  } finally {
    // A run that ended (failed, cancelled) with downloads in flight does not wait for them.
    dropDownloads();
  }

  /** Saves a page; a store error becomes the planner's failure event instead of an exception. */
  async function savePage(page: NewPage): Promise<string | null> {
    try {
      await queue.savePage(page, isoNow(deps));
      return null;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      deps.logger.warn({ err: error, run: runId, page: page.pageNo }, 'saving a fetched page failed');
      return `page ${page.pageNo} could not be saved: ${detail.slice(0, 300)}`;
    }
  }

  /** Stores a downloaded chunk as its page; returns the planner's event for it. */
  async function saveChunk(command: FetchChunkCommand, fetched: Downloaded): Promise<PlannerEvent> {
    if (!fetched.ok) return fetched.event;
    const unsaved = await savePage({ run: runId, connector: connectorId, pageNo: command.pageNo, sourceRef: command.sourceRef, payload: fetched.chunk.text, recordsTotal: fetched.chunk.records });
    // Fetched but not stored: the planner fetches the chunk again (bounded retries).
    if (unsaved !== null) return { type: 'chunk_failed', chunkId: command.chunkId, status: null, message: unsaved };
    await runs.apply(runId, { type: 'page_fetched', records: fetched.chunk.records });
    return { type: 'chunk_saved', chunkId: command.chunkId, records: fetched.chunk.records };
  }

  /** The next event for the planner: a queued one, else the first chunk download to finish, saved. */
  async function nextEvent(queue_: PlannerEvent[]): Promise<PlannerEvent | undefined> {
    const queued = queue_.shift();
    if (queued !== undefined || downloads.size === 0) return queued;
    const { command, fetched } = await Promise.race(downloads.values());
    downloads.delete(command.id);
    return saveChunk(command, fetched);
  }

  async function drive(): Promise<RetrievalResult> {
    const queue_: PlannerEvent[] = [{ type: run.planner_state ? 'resume' : 'start' }];
    // The cancel event is delivered once: after it the planner cancels the export on Tenable, and
    // the replies to that must reach it (injecting cancel again would drop them and strand the run).
    let cancelDelivered = false;
    const cancelNow = async (): Promise<boolean> => {
      if (cancelDelivered || !(await cancelled(deps, runId))) return false;
      cancelDelivered = true;
      queue_.length = 0;
      queue_.push({ type: 'cancel' });
      // A cancelled export's chunks are not wanted any more: the planner abandons them too.
      dropDownloads();
      return true;
    };
    for (let event = await nextEvent(queue_); event !== undefined; event = await nextEvent(queue_)) {
      const { commands } = planner.step(event);
      await persist();
      for (const command of commands as readonly Record<string, unknown>[]) {
        switch (command.kind) {
          case 'request':
            queue_.push(await transport.request(command as never));
            break;
          case 'wait':
            await sleep(Math.round(Number(command.ms) * deps.waitScale));
            if (!(await cancelNow())) queue_.push({ type: 'waited' });
            break;
          case 'fetch_chunk': {
            // Started, not awaited: the planner bounds how many run at once.
            const fetch = command as unknown as FetchChunkCommand;
            downloads.set(fetch.id, transport.fetchChunk(fetch, abandon.signal).then((fetched) => ({ command: fetch, fetched })));
            break;
          }
          case 'save_page': {
            const records = command.records as unknown[];
            const unsaved = await savePage({ run: runId, connector: connectorId, pageNo: Number(command.pageNo), sourceRef: String(command.sourceRef), payload: JSON.stringify(records), recordsTotal: records.length });
            if (unsaved !== null) {
              queue_.push({ type: 'page_failed', pageNo: Number(command.pageNo), message: unsaved });
              break;
            }
            await runs.apply(runId, { type: 'page_fetched', records: records.length });
            queue_.push({ type: 'page_saved', pageNo: Number(command.pageNo) });
            break;
          }
          case 'log':
            await writeLog(deps, { connector: connectorId, run: runId, level: command.level as never, stage: 'fetching', message: String(command.message) });
            break;
          case 'token_regenerated':
            await persist({ token_regenerated: true, notes: 'Security Center token expired during the run; a new token was created and the run continued.' });
            break;
          case 'done':
            await persist({ export_uuid: (command.exportUuid as string | null | undefined) ?? null, ...(transport.tokenRegenerated ? { token_regenerated: true } : {}) });
            await runs.apply(runId, { type: 'retrieval_finished', cursorMayAdvance: command.cursorMayAdvance === true, cursorTo: (command.cursorTo as number | null) ?? null, ...(command.reason ? { reason: String(command.reason) } : {}) });
            return { outcome: 'done' };
          case 'fail': {
            const failure = command.failure as RunFailure;
            // The planner abandoned any chunk still downloading; so does the host, before settling.
            dropDownloads();
            await persist();
            if (failure.code === 'cancelled') return { outcome: 'cancelled' };
            await settleFetchedPages(deps, queue, runId);
            await runs.apply(runId, { type: 'fail', failure: { stage: failure.stage, statusCode: failure.statusCode, message: failure.message, retryable: failure.retryable } });
            return { outcome: 'failed' };
          }
        }
      }
      // Cancellation reaches the planner between steps, so the export is cancelled on Tenable too.
      if (queue_.length > 0 || downloads.size > 0) await cancelNow();
    }
    await settleFetchedPages(deps, queue, runId);
    await runs.apply(runId, { type: 'fail', failure: { stage: 'fetching', statusCode: null, message: 'the export planner stopped without a result', retryable: true } });
    return { outcome: 'failed' };
  }
}

/**
 * How long a failing run waits for the pages it already fetched: while workers make progress (up
 * to a total limit), but not past a stretch with no progress at all (no worker is running). Real
 * time: the engine clock may be virtual.
 */
const SETTLE_TOTAL_MS = 30 * 60_000;
const SETTLE_IDLE_MS = 2 * 60_000;
const SETTLE_POLL_MS = 100;

/**
 * Retrieval failed after pages were saved. Workers may be writing those pages right now, and a
 * failed run is closed at once (its open entries are marked failed), so without this the run said
 * "0 records processed" while items had been written, and a page cut off mid-way was neither done
 * nor undone. Instead the pages already fetched are processed (upserts; the cursor does not move),
 * then the run's totals are taken from its entries, and only then is the failure recorded.
 */
async function settleFetchedPages(deps: EngineDeps, queue: QueueStore, runId: string): Promise<void> {
  const open = (counts: Record<string, number>) => (counts.queued ?? 0) + (counts.processing ?? 0);
  const started = performance.now();
  let progressAt = started;
  let counts = await queue.countsByState(runId);
  let processed = Number((await queue.runTotals(runId)).records_processed ?? 0);
  while (open(counts) > 0 && performance.now() - started < SETTLE_TOTAL_MS && performance.now() - progressAt < SETTLE_IDLE_MS && !(await cancelled(deps, runId))) {
    await sleep(SETTLE_POLL_MS);
    const before = { open: open(counts), processed };
    counts = await queue.countsByState(runId);
    // Progress = an entry finished, or a worker's heartbeat recorded more records.
    processed = Number((await queue.runTotals(runId)).records_processed ?? 0);
    if (open(counts) < before.open || processed > before.processed) progressAt = performance.now();
  }
  if (Object.keys(counts).length === 0) return;
  const totals = await queue.runTotals(runId);
  const whole = (value: unknown) => Math.round(Number(value ?? 0));
  await deps.records.update(
    integrationRunTable,
    runId,
    {
      entries_processed: counts.processed ?? 0,
      entries_failed: (counts.error ?? 0) + (counts.timed_out ?? 0),
      records_processed: whole(totals.records_processed),
      records_rejected: whole(totals.records_rejected),
      ci_lookup_ms: whole(totals.ci_lookup_ms),
      vi_creation_ms: whole(totals.vi_creation_ms),
      risk_rules_ms: whole(totals.risk_rules_ms),
      assignment_rules_ms: whole(totals.assignment_rules_ms),
      remediation_task_rules_ms: whole(totals.remediation_task_rules_ms),
    },
    isoNow(deps),
  );
}

async function cancelled(deps: EngineDeps, runId: string): Promise<boolean> {
  const run = await deps.records.get(integrationRunTable, runId);
  return !run || run.cancel_requested === true || run.state === 'complete';
}
