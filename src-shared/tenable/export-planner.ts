/**
 * The Tenable export workflow shared by VM vulnerabilities, VM assets and WAS findings, as a sans-IO
 * planner: `step(state, event, ctx) → { state, commands }` (see planner-protocol.ts for the wire).
 *
 * Workflow:
 *   start → POST <base> (filters from the spec)                         phase `creating`
 *     200 {export_uuid}            → poll after 2 s                     phase `running`
 *     409 {active_job_id}          → adopt that job, poll now (a crashed run's job, same filters)
 *     429 "Duplicate export ... job_uuid=X" (older form) → adopt X
 *     429 / 420 / 5xx / network    → wait (Retry-After first) and retry, bounded
 *     401 / 403                    → fail `unauthorized` / `forbidden`, not retryable
 *   GET <base>/<uuid>/status
 *     every id in chunks_available not seen before is queued (out of order and gaps are fine) and
 *     fetched with `fetch_chunk` while the export is still PROCESSING, up to `maxChunksInFlight`
 *     (default 3) at once; the host saves each chunk as an import-queue page and answers
 *     `chunk_saved` (answers in any order, matched by chunk id) — a chunk id is never requested
 *     again once saved, nor while in flight. Page numbers are given in request order and a chunk
 *     keeps its page number when it is fetched again (retry, resume), so re-delivery overwrites;
 *     status polls wait until no chunk is in flight (the queue is drained, then the status asked
 *     again): one request or wait at a time besides the chunk downloads, as before;
 *     QUEUED / PROCESSING          → poll again after 2 s, ×1.5 per poll without progress, ≤ 30 s;
 *                                    a new chunk resets the delay;
 *     stuck (no progress for `stallMs`, or running `maxExportMs`, or `maxPolls` polls) →
 *                                    POST <uuid>/cancel, then fail `export_stalled`, retryable;
 *     FINISHED                     → fetch what is left, then `done` once nothing is in flight;
 *     FINISHED with chunks_failed or chunks_cancelled → `done` with cursorMayAdvance false;
 *     ERROR                        → fail `export_error` (retryable: a new export may work);
 *     CANCELLED                    → fail `export_cancelled` — terminal, never polled forever.
 *   a chunk failing transiently (network, 429, 5xx) → fetched again under its page number after a
 *     backoff, with bounded retries per chunk (and per run); no new chunk is requested meanwhile,
 *     and the wait starts once the chunks still in flight have answered (a wait never runs beside a
 *     download, so a host that parks on a wait has nothing outstanding);
 *   chunk 404 (chunks expire 24 h after creation) or status 404:
 *     re-request the whole export ONCE with the same filters and the same `since`. Chunks of the
 *     old export still in flight are waited for first (a saved one counts, a failed one is dropped),
 *     so chunks of two exports are never in flight together and an answer naming a chunk id can
 *     only mean the current export's chunk. A new export's chunk ids name different slices of
 *     data, so "skip what was saved" cannot be done by id: every chunk of the new export is
 *     fetched and saved, and records saved from the first export are
 *     delivered again — safe, the store upserts on dedupe keys (finding_id), and page numbers keep
 *     growing so the newer copy is processed last. Nothing is lost; the cursor comes from the
 *     second request, whose export is complete on its own. A second 404 fails `export_expired`.
 *   cancel event → POST <uuid>/cancel when a job is running, then fail `cancelled` (not retryable);
 *     chunk downloads still in flight are abandoned (their answers are ignored, nothing is retried).
 *   resume → every outstanding chunk download is re-issued (new request ids, same page numbers),
 *     plus the outstanding request or the remaining wait.
 *
 * Cursor: `cursorTo` = the time (unix seconds, from ctx.now) the export was requested. For an
 * adopted job it is the job's own `created` time (it was requested earlier with the same filters);
 * when that is unknown, or the job's `since` does not cover ours, or any chunk failed, the done
 * command says cursorMayAdvance false and cursorTo null.
 *
 * Termination: every wait is followed by at most one request or one round of chunk downloads;
 * polls, chunks, transient retries (per chunk and per run), unreadable replies (consecutive) and
 * re-requests are all bounded, and every answered download leaves one fewer in flight, so any reply
 * sequence reaches `done` or `fail`.
 */
import type { CoreContext } from '../core/context';
import {
  exportPaths,
  exportRequestBody,
  isVulnExport,
  limitsOf,
  severitiesOf,
  type ExportLimits,
  type ExportSpec,
} from './export-kinds';
import {
  failCommand,
  failure,
  log,
  remainingMs,
  requestId,
  waitCommand,
  guardedStep,
  type BaseCommand,
  type PlannerKit,
  type FailCommand,
  type Pending,
  type PlannerEvent,
  type RunFailure,
  type StepResult,
} from './planner-protocol';
import { asObject, fieldOf, idListOf, intOf, remoteSuffix, retryAfterMs, stringOf, textOf } from './reply-reading';
import { FRESH_RETRY_BOOK, defaultDecideRetry, isTransient, planRetry, type DecideRetry, type RetryBook } from './transient-retry-policy';

export const REMOTE_EXPORT_STATUSES = ['QUEUED', 'PROCESSING', 'FINISHED', 'CANCELLED', 'ERROR'] as const;
export type RemoteExportStatus = (typeof REMOTE_EXPORT_STATUSES)[number];

export type ExportPhase = 'new' | 'creating' | 'running' | 'cancelling' | 'done' | 'failed';

/** The request the planner waits on, or will send after a wait (chunk downloads are kept apart). */
export type ExportAction =
  | { readonly do: 'create' }
  | { readonly do: 'status' }
  | { readonly do: 'cancel' }
  /** After a backoff: download again the chunks in `retryChunks`, then go on with the queue. */
  | { readonly do: 'retry_chunks' };

/** A chunk to download as import-queue page `pageNo`; `attempt` = its transient retries so far. */
export interface ChunkRef {
  readonly chunkId: number;
  readonly pageNo: number;
  readonly attempt: number;
}

/** A chunk download sent under `requestId` and not answered yet. */
export interface ChunkFetch extends ChunkRef {
  readonly requestId: string;
}

export interface ExportDoneCommand {
  readonly kind: 'done';
  /** False when the delta cursor must stay where it was (failed chunks, unknown window). */
  readonly cursorMayAdvance: boolean;
  /** Unix seconds to store as the next `since`; null whenever cursorMayAdvance is false. */
  readonly cursorTo: number | null;
  /** Null when nothing was requested (no severity selected). */
  readonly exportUuid: string | null;
  readonly chunks: number;
  readonly records: number;
  /** Why the cursor may not advance, for the run's notes. */
  readonly reason?: string;
}

export type ExportCommand = BaseCommand | ExportDoneCommand;

/** Plain JSON: persist it after every step, resume with `{ type: 'resume' }`. */
export interface ExportState {
  readonly v: 1;
  readonly spec: ExportSpec;
  readonly phase: ExportPhase;
  /**
   * The one request in flight or wait asked for. A wait armed while chunks are in flight (a chunk's
   * retry backoff) is emitted only once they have all answered.
   */
  readonly pending: Pending<ExportAction> | null;
  /** Chunk downloads in flight, at most `maxChunksInFlight`, all of the current export. */
  readonly fetching: readonly ChunkFetch[];
  /** Chunks that failed transiently, to download again after the backoff in `pending`. */
  readonly retryChunks: readonly ChunkRef[];
  /** A 404 said the export is gone: once the chunks in flight have answered, re-request it. */
  readonly goneWhenDrained: string | null;
  /** Last request id number used. */
  readonly seq: number;
  readonly retry: RetryBook;
  /** Consecutive 2xx replies whose body could not be read. */
  readonly badReplies: number;
  readonly exportUuid: string | null;
  readonly adopted: boolean;
  /** The adopted job's `since` does not cover the window this run asked for. */
  readonly adoptedWindowMismatch: boolean;
  /** Jobs given up after a 404: never adopted again. */
  readonly abandonedUuids: readonly string[];
  readonly reRequests: number;
  /** Unix seconds of the last export request: the cursor candidate. */
  readonly requestedAtS: number | null;
  /** An adopted job's creation time (unix seconds) from its status. */
  readonly createdAtS: number | null;
  readonly remoteStatus: RemoteExportStatus | null;
  readonly startedAt: number;
  readonly lastProgressAt: number;
  readonly polls: number;
  readonly pollDelayMs: number;
  readonly finishedChunks: number;
  /** Chunk ids seen in chunks_available and not yet requested, in arrival order. */
  readonly queue: readonly number[];
  /** Chunk ids of the current export already saved by the host. */
  readonly saved: readonly number[];
  /** Tenable reported failed or cancelled chunks for the current export. */
  readonly remoteChunkLoss: boolean;
  /** Import-queue page number for the next chunk; grows across a re-request. */
  readonly nextPageNo: number;
  readonly chunksSaved: number;
  readonly recordsSaved: number;
  /** The failure to report once the remote cancel request has been answered. */
  readonly cancelFailure: RunFailure | null;
  /**
   * Set while cancelling a job whose chunks expired but which still runs on Tenable: once the
   * cancel is answered, the export is requested again (else the new request would get a 409
   * naming the very job being abandoned). Absent in states saved before it existed.
   */
  readonly recreateAfterCancel?: boolean;
  readonly outcome: ExportDoneCommand | FailCommand | null;
}

export interface ExportPlannerOptions {
  /** Transient-failure policy; defaults to `defaultDecideRetry`. Always bounded per run too. */
  readonly decideRetry?: DecideRetry;
}

export interface ExportPlanner {
  readonly init: (spec: ExportSpec) => ExportState;
  readonly step: (state: ExportState, event: PlannerEvent, ctx: CoreContext) => StepResult<ExportState, ExportCommand>;
}

export function initialExportState(spec: ExportSpec): ExportState {
  return {
    v: 1,
    spec,
    phase: 'new',
    pending: null,
    fetching: [],
    retryChunks: [],
    goneWhenDrained: null,
    seq: 0,
    retry: FRESH_RETRY_BOOK,
    badReplies: 0,
    exportUuid: null,
    adopted: false,
    adoptedWindowMismatch: false,
    abandonedUuids: [],
    reRequests: 0,
    requestedAtS: null,
    createdAtS: null,
    remoteStatus: null,
    startedAt: 0,
    lastProgressAt: 0,
    polls: 0,
    pollDelayMs: limitsOf(spec).pollInitialMs,
    finishedChunks: 0,
    queue: [],
    saved: [],
    remoteChunkLoss: false,
    nextPageNo: 1,
    chunksSaved: 0,
    recordsSaved: 0,
    cancelFailure: null,
    outcome: null,
  };
}

export function createExportPlanner(options: ExportPlannerOptions = {}): ExportPlanner {
  const decide = options.decideRetry ?? defaultDecideRetry;
  return {
    init: initialExportState,
    step: (state, event, ctx) => stepExportWith(decide, state, event, ctx),
  };
}

/** `step` with the default retry policy. */
export function stepExport(state: ExportState, event: PlannerEvent, ctx: CoreContext): StepResult<ExportState, ExportCommand> {
  return stepExportWith(defaultDecideRetry, state, event, ctx);
}

type Kit = PlannerKit<ExportLimits, ExportCommand>;

type ReplyEvent = Extract<PlannerEvent, { type: 'reply' }>;

function stepExportWith(decide: DecideRetry, state: ExportState, event: PlannerEvent, ctx: CoreContext): StepResult<ExportState, ExportCommand> {
  return guardedStep<ExportState, ExportCommand, ExportLimits>(state, event, ctx, decide, (current) => limitsOf(current.spec), dispatch);
}

function dispatch(state: ExportState, event: PlannerEvent, k: Kit): ExportState {
  const s = upgraded(state);
  switch (event.type) {
    case 'start':
      return onStart(s, k);
    case 'resume':
      return onResume(s, k);
    case 'reply':
      return onReply(s, event, k);
    case 'network_error':
      return onNetworkError(s, event.requestId, event.failure?.message ?? 'network error', k);
    case 'waited':
      return onWaited(s, k);
    case 'chunk_saved':
      return onChunkSaved(s, event.chunkId, event.records, k);
    case 'chunk_failed':
      return onChunkFailed(s, event, k);
    case 'cancel':
      return onCancel(s, k);
    default:
      return ignored(s, k, String((event as { type?: unknown }).type));
  }
}

/**
 * States saved before several chunks could be in flight lack the chunk fields and kept their one
 * chunk download (or its retry wait) in `pending`: carried over, so such a run resumes as it was.
 */
function upgraded(s: ExportState): ExportState {
  if (Array.isArray(s.fetching) && Array.isArray(s.retryChunks) && s.goneWhenDrained !== undefined) return s;
  const base: ExportState = { ...s, fetching: s.fetching ?? [], retryChunks: s.retryChunks ?? [], goneWhenDrained: s.goneWhenDrained ?? null };
  const legacy = s.pending as Pending<{ readonly do: string; readonly chunkId?: number; readonly pageNo?: number }> | null;
  if (legacy?.action.do !== 'chunk') return base;
  // The retry book counted that chunk's attempts; they now travel with the chunk.
  const chunk: ChunkRef = { chunkId: Number(legacy.action.chunkId), pageNo: Number(legacy.action.pageNo), attempt: s.retry.attempt };
  const moved: ExportState = { ...base, retry: { attempt: 0, used: s.retry.used } };
  if (legacy.mode === 'in_flight') return { ...moved, pending: null, fetching: [{ ...chunk, requestId: legacy.requestId }] };
  return { ...moved, pending: { mode: 'waiting', action: { do: 'retry_chunks' }, until: legacy.until }, retryChunks: [chunk] };
}

function ignored(s: ExportState, k: Kit, what: string): ExportState {
  k.out.push(log('debug', `export planner ignored event ${what} in phase ${s.phase}`));
  return s;
}

function onStart(s: ExportState, k: Kit): ExportState {
  if (s.phase !== 'new') return ignored(s, k, 'start');
  if (isVulnExport(s.spec.kind) && severitiesOf(s.spec).length === 0) {
    k.out.push(log('warn', `${s.spec.kind} export not requested: no severity selected, nothing to import`));
    return finishDone(s, k, 'no severity selected');
  }
  const window = s.spec.since === null ? 'full import' : `delta since ${s.spec.since}`;
  k.out.push(log('info', `requesting ${s.spec.kind} export (${window})`));
  return issue({ ...s, phase: 'creating' }, k, { do: 'create' });
}

/** The downloads in flight died with the process: re-issue them all, then the request or wait. */
function onResume(s: ExportState, k: Kit): ExportState {
  const pending = s.pending;
  if (s.goneWhenDrained !== null) {
    // Nothing is in flight any more: the re-request waited only for those downloads.
    return exportGone({ ...s, fetching: [], goneWhenDrained: null }, k, s.goneWhenDrained);
  }
  if (pending === null && s.fetching.length === 0) {
    if (s.phase === 'new') return ignored(s, k, 'resume');
    // Cannot happen for states this planner wrote; recover by asking Tenable where things stand.
    return issue(s, k, s.exportUuid === null ? { do: 'create' } : { do: 'status' });
  }
  const again = [...s.fetching.map(() => 'chunk'), ...(pending?.mode === 'in_flight' ? [pending.action.do] : [])];
  if (again.length > 0) k.out.push(log('info', `resuming ${s.spec.kind} export in phase ${s.phase}: re-issuing ${again.join(', ')}`));
  let next: ExportState = { ...s, fetching: [] };
  for (const chunk of s.fetching) next = issueChunk(next, k, chunk);
  if (pending?.mode === 'in_flight') return issue(next, k, pending.action);
  if (pending?.mode === 'waiting' && next.fetching.length === 0) k.out.push(waitCommand(remainingMs(pending.until, k.now)));
  return next;
}

function onWaited(s: ExportState, k: Kit): ExportState {
  // A wait armed while chunks are in flight has not been emitted yet: a `waited` now is stray.
  if (s.pending?.mode !== 'waiting' || s.fetching.length > 0) return ignored(s, k, 'waited');
  if (s.pending.action.do === 'retry_chunks') return proceed({ ...s, pending: null }, k);
  return issue(s, k, s.pending.action);
}

/** Send the request for `action`, under a fresh id. */
function issue(s: ExportState, k: Kit, action: ExportAction): ExportState {
  if (action.do === 'retry_chunks') throw new Error('retry_chunks is a wait, not a request');
  const seq = s.seq + 1;
  const id = requestId('x', seq);
  const paths = exportPaths(s.spec.kind);
  const uuid = s.exportUuid;
  let next: ExportState = { ...s, seq, pending: { mode: 'in_flight', action, requestId: id } };
  if (action.do === 'create') {
    next = { ...next, requestedAtS: Math.floor(k.now / 1000) };
    k.out.push({ kind: 'request', id, method: 'POST', path: paths.create, body: exportRequestBody(s.spec), auth: 'api_keys' });
    return next;
  }
  if (uuid === null) throw new Error(`no export uuid for ${action.do}`);
  if (action.do === 'status') {
    k.out.push({ kind: 'request', id, method: 'GET', path: paths.status(uuid), auth: 'api_keys' });
    return { ...next, polls: s.polls + 1 };
  }
  k.out.push({ kind: 'request', id, method: 'POST', path: paths.cancel(uuid), auth: 'api_keys' });
  return next;
}

/** Send one chunk download under a fresh id; it joins `fetching` until answered. */
function issueChunk(s: ExportState, k: Kit, chunk: ChunkRef): ExportState {
  const seq = s.seq + 1;
  const id = requestId('x', seq);
  const uuid = s.exportUuid;
  if (uuid === null) throw new Error(`no export uuid for chunk ${chunk.chunkId}`);
  k.out.push({
    kind: 'fetch_chunk',
    id,
    path: exportPaths(s.spec.kind).chunk(uuid, chunk.chunkId),
    chunkId: chunk.chunkId,
    pageNo: chunk.pageNo,
    sourceRef: `${uuid}/chunk/${chunk.chunkId}`,
  });
  return { ...s, seq, fetching: [...s.fetching, { chunkId: chunk.chunkId, pageNo: chunk.pageNo, attempt: chunk.attempt, requestId: id }] };
}

function waitThen(s: ExportState, k: Kit, ms: number, action: ExportAction): ExportState {
  const wait = waitCommand(ms);
  k.out.push(wait);
  return { ...s, pending: { mode: 'waiting', action, until: k.now + wait.ms } };
}

function inFlight(s: ExportState, id: string): ExportAction | null {
  return s.pending?.mode === 'in_flight' && s.pending.requestId === id ? s.pending.action : null;
}

function onReply(s: ExportState, ev: ReplyEvent, k: Kit): ExportState {
  const action = inFlight(s, ev.requestId);
  if (action === null) return ignored(s, k, `reply ${ev.requestId}`);
  const status = typeof ev.status === 'number' && Number.isFinite(ev.status) ? ev.status : 0;
  const reply: ReplyEvent = { ...ev, status };
  if (action.do === 'create') return onCreateReply(s, reply, k);
  if (action.do === 'status') return onStatusReply(s, reply, k);
  if (status < 200 || status >= 300) k.out.push(log('warn', `cancel of export ${s.exportUuid ?? '?'} replied http ${status}${remoteSuffix(ev.body)}`));
  if (s.recreateAfterCancel === true) return recreate(s, k, s.exportUuid ?? '?');
  return failRun(s, k, s.cancelFailure ?? cancelledFailure(s));
}

function onNetworkError(s: ExportState, id: string, message: string, k: Kit): ExportState {
  const action = inFlight(s, id);
  if (action === null) return ignored(s, k, `network_error ${id}`);
  if (action.do === 'cancel') {
    k.out.push(log('warn', `cancel of export ${s.exportUuid ?? '?'} failed: ${message}`));
    if (s.recreateAfterCancel === true) return recreate(s, k, s.exportUuid ?? '?');
    return failRun(s, k, s.cancelFailure ?? cancelledFailure(s));
  }
  return transient(s, k, null, null, action, `${describe(s, action)} (${message})`);
}

function describe(s: ExportState, action: ExportAction): string {
  const uuid = s.exportUuid ?? '?';
  if (action.do === 'create') return `${s.spec.kind} export request`;
  if (action.do === 'status') return `status of export ${uuid}`;
  if (action.do === 'cancel') return `cancel of export ${uuid}`;
  return `chunks of export ${uuid}`;
}

function describeChunk(s: ExportState, chunkId: number): string {
  return `chunk ${chunkId} of export ${s.exportUuid ?? '?'}`;
}

function transient(s: ExportState, k: Kit, status: number | null, retryAfter: number | null, action: ExportAction, what: string): ExportState {
  const plan = nextRetry(s, k, s.retry, status, retryAfter, what);
  if ('failed' in plan) return plan.failed;
  return waitThen({ ...s, retry: plan.book }, k, plan.delayMs, action);
}

/** The next retry after a transient failure, logged; or the run failed when none is left. */
function nextRetry(
  s: ExportState,
  k: Kit,
  book: RetryBook,
  status: number | null,
  retryAfter: number | null,
  what: string,
): { readonly book: RetryBook; readonly delayMs: number } | { readonly failed: ExportState } {
  const plan = planRetry(book, status, retryAfter, k.seed, k.limits.maxRetriesPerRun, k.decide);
  const label = status === null ? 'a network error' : `http ${status}`;
  if (plan === null) {
    const code = status === 429 || status === 420 ? 'rate_limited' : status === null ? 'network_error' : 'server_error';
    return { failed: failRun(s, k, failure(code, 'fetching', status, `${what} failed with ${label} after ${book.attempt} retries`, true)) };
  }
  k.out.push(log('warn', `${what} failed with ${label}; retry ${plan.book.attempt} in ${plan.delayMs} ms`));
  return plan;
}

/**
 * A chunk failed transiently: it is downloaded again under the same page number after its backoff
 * (its own attempts bound it, the run's budget bounds them all). The wait is armed now and emitted
 * once nothing is in flight; a later failure meanwhile can only push it further out.
 */
function chunkTransient(s: ExportState, k: Kit, chunk: ChunkRef, status: number | null, retryAfter: number | null, what: string): ExportState {
  const plan = nextRetry(s, k, { attempt: chunk.attempt, used: s.retry.used }, status, retryAfter, what);
  if ('failed' in plan) return plan.failed;
  const until = k.now + waitCommand(plan.delayMs).ms;
  const armed = s.pending?.mode === 'waiting' ? Math.max(s.pending.until, until) : until;
  return proceed(
    {
      ...s,
      retry: { attempt: s.retry.attempt, used: plan.book.used },
      retryChunks: [...s.retryChunks, { chunkId: chunk.chunkId, pageNo: chunk.pageNo, attempt: plan.book.attempt }],
      pending: { mode: 'waiting', action: { do: 'retry_chunks' }, until: armed },
    },
    k,
  );
}

function badReply(s: ExportState, k: Kit, ev: ReplyEvent, action: ExportAction): ExportState {
  const count = s.badReplies + 1;
  const what = `${describe(s, action)} replied http ${ev.status} with an unreadable body ${JSON.stringify(textOf(ev.body, 120))}`;
  if (count > k.limits.maxBadReplies) return failRun(s, k, failure('unexpected_reply', 'fetching', ev.status, what, true));
  k.out.push(log('warn', `${what}; asking again`));
  return waitThen({ ...s, badReplies: count }, k, k.limits.pollInitialMs, action);
}

/** Shared answer to statuses every request can get. Returns null when the caller must decide. */
function commonFailure(s: ExportState, k: Kit, ev: ReplyEvent, action: ExportAction): ExportState | null {
  const denied = accessDenied(s, k, ev.status, describe(s, action), ev.body);
  if (denied !== null) return denied;
  if (isTransient(ev.status)) return transient(s, k, ev.status, retryAfterMs(ev.headers, k.now), action, describe(s, action));
  return null;
}

/** 401 and 403 fail the run, not retryable: the keys or the api user's roles must change first. */
function accessDenied(s: ExportState, k: Kit, status: number, what: string, body: unknown): ExportState | null {
  if (status === 401) return failRun(s, k, failure('unauthorized', 'fetching', 401, `${what} replied http 401: check the api keys${remoteSuffix(body)}`, false));
  if (status === 403) return failRun(s, k, failure('forbidden', 'fetching', 403, `${what} replied http 403: the api user lacks a role or permission${remoteSuffix(body)}`, false));
  return null;
}

function onCreateReply(s: ExportState, ev: ReplyEvent, k: Kit): ExportState {
  const action: ExportAction = { do: 'create' };
  if (ev.status >= 200 && ev.status < 300) {
    const uuid = stringOf(fieldOf(ev.body, 'export_uuid'));
    if (uuid === null) return badReply(s, k, ev, action);
    if (s.abandonedUuids.includes(uuid)) {
      // Not a new export: its chunks expired, and its saved chunk ids would be skipped as "seen".
      return failRun(s, k, failure('export_expired', 'fetching', ev.status, `export request returned job ${uuid}, whose chunks already expired`, true));
    }
    k.out.push(log('info', `export ${uuid} requested`));
    return waitThen(beginExport(s, k, uuid, false), k, k.limits.pollInitialMs, { do: 'status' });
  }
  if (ev.status === 409) {
    const active = stringOf(fieldOf(ev.body, 'active_job_id'));
    if (active !== null) return adopt(s, k, active, 409);
    return failRun(s, k, failure('export_conflict', 'fetching', 409, `export request replied http 409 without an active_job_id${remoteSuffix(ev.body)}`, true));
  }
  if (ev.status === 429) {
    const duplicate = duplicateJobUuid(ev.body);
    if (duplicate !== null) return adopt(s, k, duplicate, 429);
  }
  return (
    commonFailure(s, k, ev, action) ??
    failRun(s, k, failure('export_rejected', 'fetching', ev.status, `export request rejected with http ${ev.status}${remoteSuffix(ev.body)}`, false))
  );
}

/** The older duplicate form: 429 "Duplicate export not allowed ... job_uuid=<uuid>". */
function duplicateJobUuid(body: unknown): string | null {
  const text = textOf(body);
  if (!/duplicate export/i.test(text)) return null;
  const match = /job_uuid\s*[=:]\s*"?([0-9A-Za-z-]{8,})/.exec(text);
  return match?.[1] ?? null;
}

function adopt(s: ExportState, k: Kit, uuid: string, status: number): ExportState {
  if (s.abandonedUuids.includes(uuid)) {
    return failRun(s, k, failure('export_expired', 'fetching', status, `export request replied http ${status} naming job ${uuid}, whose chunks already expired`, true));
  }
  k.out.push(log('warn', `export request replied http ${status}: adopting the active export job ${uuid}`));
  return issue(beginExport(s, k, uuid, true), k, { do: 'status' });
}

function beginExport(s: ExportState, k: Kit, uuid: string, adopted: boolean): ExportState {
  return {
    ...s,
    phase: 'running',
    exportUuid: uuid,
    adopted,
    adoptedWindowMismatch: false,
    createdAtS: null,
    remoteStatus: null,
    startedAt: k.now,
    lastProgressAt: k.now,
    polls: 0,
    pollDelayMs: k.limits.pollInitialMs,
    finishedChunks: 0,
    queue: [],
    saved: [],
    fetching: [],
    retryChunks: [],
    goneWhenDrained: null,
    remoteChunkLoss: false,
    retry: { attempt: 0, used: s.retry.used },
    badReplies: 0,
    pending: null,
  };
}

function isRemoteStatus(value: string | null): value is RemoteExportStatus {
  return value !== null && (REMOTE_EXPORT_STATUSES as readonly string[]).includes(value);
}

/** Tenable's `created` is epoch ms; tolerate seconds too. */
function secondsOf(value: unknown): number | null {
  const n = intOf(value);
  if (n === null || n <= 0) return null;
  return n > 100_000_000_000 ? Math.floor(n / 1000) : n;
}

function onStatusReply(s: ExportState, ev: ReplyEvent, k: Kit): ExportState {
  const action: ExportAction = { do: 'status' };
  const uuid = s.exportUuid ?? '?';
  if (ev.status === 404) return exportGone(s, k, `status of export ${uuid} replied http 404${remoteSuffix(ev.body)}`);
  if (ev.status < 200 || ev.status >= 300) {
    return (
      commonFailure(s, k, ev, action) ??
      failRun(s, k, failure('status_failed', 'fetching', ev.status, `status of export ${uuid} replied http ${ev.status}${remoteSuffix(ev.body)}`, false))
    );
  }
  const body = asObject(ev.body);
  const rawStatus = stringOf(body?.['status']);
  const remote = rawStatus === null ? null : rawStatus.toUpperCase();
  if (body === null || !isRemoteStatus(remote)) return badReply(s, k, ev, action);

  const available = idListOf(body['chunks_available']);
  if (available.dropped > 0) k.out.push(log('warn', `status of export ${uuid} listed ${available.dropped} unreadable chunk ids; ignored`));
  const seen = new Set<number>([...s.queue, ...s.saved, ...s.fetching.map((f) => f.chunkId), ...s.retryChunks.map((r) => r.chunkId)]);
  const fresh = available.ids.filter((id) => !seen.has(id));
  if (seen.size + fresh.length > k.limits.maxChunks) {
    return failRun(s, k, failure('too_many_chunks', 'fetching', null, `status of export ${uuid} lists ${seen.size + fresh.length} chunks, over the limit of ${k.limits.maxChunks}`, false));
  }
  const lost = [...idListOf(body['chunks_failed']).ids, ...idListOf(body['chunks_cancelled']).ids];
  if (lost.length > 0 && !s.remoteChunkLoss) {
    k.out.push(log('warn', `export ${uuid} reports failed or cancelled chunks [${lost.slice(0, 20).join(', ')}]: the delta cursor will not advance`));
  }
  const finished = Math.max(s.finishedChunks, intOf(body['finished_chunks']) ?? 0);
  const progressed = fresh.length > 0 || remote !== s.remoteStatus || finished > s.finishedChunks;
  let next: ExportState = {
    ...s,
    pending: null,
    retry: { attempt: 0, used: s.retry.used },
    badReplies: 0,
    remoteStatus: remote,
    queue: [...s.queue, ...fresh],
    finishedChunks: finished,
    lastProgressAt: progressed ? k.now : s.lastProgressAt,
    pollDelayMs: fresh.length > 0 ? k.limits.pollInitialMs : s.pollDelayMs,
    remoteChunkLoss: s.remoteChunkLoss || lost.length > 0,
  };
  if (s.adopted && s.createdAtS === null) next = adoptedWindow(next, k, body);

  if (remote === 'ERROR') {
    return failRun(next, k, failure('export_error', 'fetching', null, `export ${uuid} ended in status error on tenable${remoteSuffix(body)}`, true));
  }
  if (remote === 'CANCELLED') {
    return failRun(next, k, failure('export_cancelled', 'fetching', null, `export ${uuid} was cancelled on tenable before it finished`, true));
  }
  if (remote === 'FINISHED') return proceed(next, k);
  const stall = stallReason(next, k);
  if (stall !== null) {
    const fail = failure('export_stalled', 'fetching', null, `export ${uuid} stuck in status ${remote.toLowerCase()}: ${stall}; cancelled it`, true);
    k.out.push(log('error', fail.message));
    return issue({ ...next, phase: 'cancelling', cancelFailure: fail }, k, { do: 'cancel' });
  }
  if (next.queue.length > 0) return proceed(next, k);
  const delay = next.pollDelayMs;
  const grown = Math.min(k.limits.pollMaxMs, Math.round(delay * k.limits.pollGrowth));
  return waitThen({ ...next, pollDelayMs: grown }, k, delay, action);
}

/** Record an adopted job's creation time and whether its `since` covers the window we wanted. */
function adoptedWindow(s: ExportState, k: Kit, body: Readonly<Record<string, unknown>>): ExportState {
  const createdAtS = secondsOf(body['created']);
  const filters = asObject(body['filters']);
  const theirSince = filters === null ? null : intOf(filters['since'] ?? filters['updated_at']);
  const mismatch = theirSince !== null && (s.spec.since === null || theirSince > s.spec.since);
  if (mismatch) k.out.push(log('warn', `adopted export ${s.exportUuid ?? '?'} starts at ${theirSince}, after this run's window; the cursor will not advance`));
  return { ...s, createdAtS, adoptedWindowMismatch: s.adoptedWindowMismatch || mismatch };
}

function stallReason(s: ExportState, k: Kit): string | null {
  if (s.polls >= k.limits.maxPolls) return `polled ${s.polls} times`;
  if (k.now - s.lastProgressAt > k.limits.stallMs) return `no progress for ${Math.round((k.now - s.lastProgressAt) / 60_000)} min`;
  if (k.now - s.startedAt > k.limits.maxExportMs) return `running for ${Math.round((k.now - s.startedAt) / 60_000)} min`;
  return null;
}

/** Request queued chunks (retries first, under their page numbers) until `maxChunksInFlight` are out. */
function fill(s: ExportState, k: Kit): ExportState {
  let next = s;
  while (next.fetching.length < k.limits.maxChunksInFlight) {
    const [retry, ...retries] = next.retryChunks;
    if (retry !== undefined) {
      next = issueChunk({ ...next, retryChunks: retries }, k, retry);
      continue;
    }
    const [chunkId, ...rest] = next.queue;
    if (chunkId === undefined) break;
    next = issueChunk({ ...next, queue: rest, nextPageNo: next.nextPageNo + 1 }, k, { chunkId, pageNo: next.nextPageNo, attempt: 0 });
  }
  return next;
}

/**
 * After a status, a chunk's answer or a retry wait: request more chunks, or — once nothing is in
 * flight — re-request an expired export, start an armed wait, finish, or look at the status again.
 */
function proceed(s: ExportState, k: Kit): ExportState {
  const idle = s.fetching.length === 0;
  if (s.goneWhenDrained !== null) return idle ? exportGone({ ...s, goneWhenDrained: null }, k, s.goneWhenDrained) : s;
  if (s.pending?.mode === 'waiting') {
    if (idle) k.out.push(waitCommand(remainingMs(s.pending.until, k.now)));
    return s;
  }
  const next = fill(s, k);
  if (next.fetching.length > 0) return next;
  if (next.remoteStatus === 'FINISHED') return finishDone(next, k, null);
  return issue(next, k, { do: 'status' });
}

/** The download of `chunkId` in flight, and the state without it; null when none is. */
function answered(s: ExportState, chunkId: number): { readonly chunk: ChunkFetch; readonly rest: ExportState } | null {
  const chunk = s.fetching.find((f) => f.chunkId === chunkId);
  if (chunk === undefined) return null;
  return { chunk, rest: { ...s, fetching: s.fetching.filter((f) => f !== chunk) } };
}

function onChunkSaved(s: ExportState, chunkId: number, records: number | undefined, k: Kit): ExportState {
  const hit = answered(s, chunkId);
  if (hit === null) return ignored(s, k, `chunk_saved ${chunkId}`);
  const count = typeof records === 'number' && Number.isSafeInteger(records) && records > 0 ? records : 0;
  const next: ExportState = {
    ...hit.rest,
    saved: [...s.saved, chunkId],
    chunksSaved: s.chunksSaved + 1,
    recordsSaved: s.recordsSaved + count,
  };
  return proceed(next, k);
}

function onChunkFailed(s: ExportState, ev: Extract<PlannerEvent, { type: 'chunk_failed' }>, k: Kit): ExportState {
  const hit = answered(s, ev.chunkId);
  if (hit === null) return ignored(s, k, `chunk_failed ${ev.chunkId}`);
  const { chunk, rest } = hit;
  const status = typeof ev.status === 'number' && Number.isFinite(ev.status) ? ev.status : null;
  const what = describeChunk(s, chunk.chunkId);
  const detail = typeof ev.message === 'string' && ev.message !== '' ? `: ${ev.message.slice(0, 300)}` : '';
  if (s.goneWhenDrained !== null) {
    // The export is re-requested once the downloads in flight have answered: not fetched again.
    k.out.push(log('info', `${what} failed with ${status === null ? 'a network error' : `http ${status}`} while the export waits to be re-requested; not fetched again`));
    return proceed(rest, k);
  }
  if (status === 404) {
    const gone = `${what} replied http 404 (expired)${detail}`;
    // Re-request only once the other downloads have answered: never two exports' chunks in flight.
    if (rest.fetching.length > 0 && s.reRequests < 1) {
      k.out.push(log('info', `${gone}; waiting for ${rest.fetching.length} chunk downloads in flight before re-requesting the export`));
      return { ...rest, goneWhenDrained: gone };
    }
    return exportGone(rest, k, gone);
  }
  if (status === null || isTransient(status)) return chunkTransient(rest, k, chunk, status, retryAfterMs(ev.headers, k.now), `${what}${detail}`);
  return (
    accessDenied(rest, k, status, what, ev.message ?? '') ??
    failRun(rest, k, failure('chunk_failed', 'fetching', status, `${what} failed with http ${status}${detail}`, false))
  );
}

/** The export (or one of its chunks) is gone: re-request it once, else fail without losing data. */
function exportGone(s: ExportState, k: Kit, what: string): ExportState {
  const uuid = s.exportUuid ?? '?';
  if (s.reRequests >= 1) {
    return failRun(s, k, failure('export_expired', 'fetching', 404, `${what}; the export was already re-requested once, so the run fails instead of losing chunks`, true));
  }
  k.out.push(
    log('warn', `${what}; re-requesting the whole export once: its chunks get new ids, so every chunk is fetched again and records already saved are re-delivered (upserted on their dedupe keys)`),
  );
  const running = s.exportUuid !== null && (s.remoteStatus === 'QUEUED' || s.remoteStatus === 'PROCESSING');
  if (running) {
    k.out.push(log('info', `cancelling export ${uuid} on tenable first: it still runs and would be named again by a new request`));
    return issue({ ...s, phase: 'cancelling', recreateAfterCancel: true, cancelFailure: null }, k, { do: 'cancel' });
  }
  return recreate(s, k, uuid);
}

/** A fresh export with the same filters; the abandoned job is never adopted again. */
function recreate(s: ExportState, k: Kit, uuid: string): ExportState {
  const next: ExportState = {
    ...beginExport(s, k, uuid, false),
    phase: 'creating',
    exportUuid: null,
    reRequests: s.reRequests + 1,
    abandonedUuids: [...s.abandonedUuids, uuid],
    recreateAfterCancel: false,
  };
  return issue(next, k, { do: 'create' });
}

function cancelledFailure(s: ExportState): RunFailure {
  return failure('cancelled', 'fetching', null, `export run cancelled by request in phase ${s.phase}`, false);
}

function onCancel(s: ExportState, k: Kit): ExportState {
  // A user cancel while the expired job is being cancelled: do not re-request afterwards.
  if (s.phase === 'cancelling' && s.recreateAfterCancel === true) return { ...s, recreateAfterCancel: false, cancelFailure: cancelledFailure(s) };
  if (s.phase === 'cancelling') return ignored(s, k, 'cancel');
  const fail = cancelledFailure(s);
  const running = s.remoteStatus === null || s.remoteStatus === 'QUEUED' || s.remoteStatus === 'PROCESSING';
  if (s.exportUuid !== null && running) {
    k.out.push(log('info', `cancelling export ${s.exportUuid} on tenable`));
    // Downloads still in flight are abandoned: the run ends cancelled whatever they answer.
    return issue({ ...s, phase: 'cancelling', cancelFailure: fail, fetching: [], retryChunks: [], goneWhenDrained: null }, k, { do: 'cancel' });
  }
  return failRun(s, k, fail);
}

function failRun(s: ExportState, k: Kit, fail: RunFailure): ExportState {
  const command = failCommand(fail);
  k.out.push(command);
  // Downloads still in flight are abandoned: their answers are ignored from here on.
  return { ...s, phase: 'failed', pending: null, fetching: [], retryChunks: [], outcome: command };
}

function finishDone(s: ExportState, k: Kit, forcedReason: string | null): ExportState {
  const candidate = s.adopted ? (s.createdAtS === null || s.requestedAtS === null ? null : Math.min(s.createdAtS, s.requestedAtS)) : s.requestedAtS;
  let reason = forcedReason;
  if (reason === null && s.remoteChunkLoss) reason = 'tenable reported failed or cancelled chunks';
  if (reason === null && s.adoptedWindowMismatch) reason = "the adopted export's since does not cover this run's window";
  if (reason === null && candidate === null) reason = 'the adopted export did not report when it was created';
  if (reason === null && candidate !== null && s.spec.since !== null && candidate < s.spec.since) reason = 'the export time is before the current cursor';
  const done: ExportDoneCommand = {
    kind: 'done',
    cursorMayAdvance: reason === null,
    cursorTo: reason === null ? candidate : null,
    exportUuid: s.exportUuid,
    chunks: s.chunksSaved,
    records: s.recordsSaved,
    ...(reason === null ? {} : { reason }),
  };
  k.out.push(log('info', `export ${s.exportUuid ?? '(none)'} done: ${s.chunksSaved} chunks, ${s.recordsSaved} records saved${reason === null ? '' : `; cursor kept: ${reason}`}`));
  k.out.push(done);
  return { ...s, phase: 'done', pending: null, outcome: done };
}
