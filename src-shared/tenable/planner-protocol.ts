/**
 * The wire between a Tenable planner (pure core) and its host (the code that does I/O).
 *
 * A planner is a protocol machine: `step(state, event, ctx) → { state, commands }`. The host runs
 * the commands in array order, feeds back what happened as events, and persists `state` (plain JSON)
 * after every step so a crashed run can resume: reload the state and send `{ type: 'resume' }`, and
 * the planner re-issues whatever it was waiting for.
 *
 * Rules every planner keeps:
 * - At most one outstanding request, wait or page save at a time. The export planner may also have
 *   several `fetch_chunk` commands outstanding (at most its `maxChunksInFlight` limit, so the host
 *   holds at most that many chunks in memory); they may be answered in any order, one event each,
 *   and `pageNo` keeps their request order. A wait is never outstanding beside anything else, so a
 *   host that parks on a wait leaves nothing unanswered.
 * - No secrets: a request names its auth scheme (`auth`), the host adds headers, and for the Security
 *   Center login merges `username`/`password` into the body and keeps the token and cookie itself.
 * - No payloads in state: chunk bodies never reach the planner (the host persists them and reports
 *   `chunk_saved`), and page records pass through a `save_page` command without being kept.
 * - Every run ends with exactly one terminal command, `done` or `fail`; after it, events are ignored.
 * - Replies are matched by `requestId`; a stale, duplicate or unknown event is ignored (with a debug
 *   log), so a host that re-delivers an event after a crash cannot double-count anything.
 */
import type { FailureStage, LogLevel } from '../model/vocabulary';
import type { DecideRetry } from './transient-retry-policy';

/** Anything JSON can carry; request bodies are built from it so hosts can serialise them as is. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/**
 * How the host authenticates a request. The planner only names the scheme:
 * - `api_keys`: Tenable VM/WAS `X-ApiKeys`, or Security Center `x-apikey`.
 * - `sc_login`: Security Center `POST /rest/token`; the host merges `username` and `password` into
 *   the body, and on a reply carrying `response.token` keeps the token and the `TNS_SESSIONID` cookie.
 * - `sc_session`: send `X-SecurityCenter: <token>` and the cookie the last login gave.
 */
export type RequestAuth = 'api_keys' | 'sc_login' | 'sc_session';

export interface RequestCommand {
  readonly kind: 'request';
  /** Unique within the run; the reply must carry it back as `requestId`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path below the platform's base URL, already escaped. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: JsonValue;
  readonly auth: RequestAuth;
}

/** Sleep `ms`, then send `{ type: 'waited' }`. */
export interface WaitCommand {
  readonly kind: 'wait';
  readonly ms: number;
}

/**
 * Download one export chunk and persist its body as import-queue page `pageNo` (upsert on run +
 * pageNo, so a re-delivery after a crash overwrites instead of duplicating), then send
 * `chunk_saved` — or `chunk_failed` with the HTTP status (null for a network or JSON decode error).
 * One step may return several: the host may download them concurrently, but feeds their events
 * back one at a time (matched by `chunkId`, which is unique among the outstanding ones).
 */
export interface FetchChunkCommand {
  readonly kind: 'fetch_chunk';
  readonly id: string;
  readonly path: string;
  readonly chunkId: number;
  readonly pageNo: number;
  /** For the queue entry's `source_ref`: `<export uuid>/chunk/<id>`. */
  readonly sourceRef: string;
}

/** Persist these records as import-queue page `pageNo` (upsert), then send `page_saved`. */
export interface SavePageCommand {
  readonly kind: 'save_page';
  readonly pageNo: number;
  readonly sourceRef: string;
  readonly records: readonly unknown[];
}

export interface LogCommand {
  readonly kind: 'log';
  readonly level: LogLevel;
  readonly message: string;
}

/** The run must record `token_regenerated = true` (Security Center session renewed mid-run). */
export interface TokenRegeneratedCommand {
  readonly kind: 'token_regenerated';
}

/** Why a run failed, in the run table's terms (failure_stage, failure_status_code, ...). */
export interface RunFailure {
  /** Stable and machine-readable: `unauthorized`, `export_error`, `cancelled`, ... */
  readonly code: string;
  readonly stage: FailureStage;
  /** The HTTP status that caused it, or null when no single reply did. */
  readonly statusCode: number | null;
  /** Lowercase, naming the state, the event and the bad value. */
  readonly message: string;
  /** True when running again later may succeed (the scheduler may retry the run). */
  readonly retryable: boolean;
}

export interface FailCommand {
  readonly kind: 'fail';
  readonly failure: RunFailure;
}

/** Commands common to every planner; each planner adds its own `done` shape. */
export type BaseCommand =
  | RequestCommand
  | WaitCommand
  | FetchChunkCommand
  | SavePageCommand
  | LogCommand
  | TokenRegeneratedCommand
  | FailCommand;

/** What the host reports back. Planners ignore the events that do not concern them. */
export type PlannerEvent =
  | { readonly type: 'start' }
  /** After reloading a persisted state: re-issue the outstanding action. */
  | { readonly type: 'resume' }
  | {
      readonly type: 'reply';
      readonly requestId: string;
      readonly status: number;
      /** Parsed JSON when the body was JSON, else the raw text (e.g. a gateway's HTML 429 page). */
      readonly body: unknown;
      /** Response headers; names are matched case-insensitively. */
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'network_error'; readonly requestId: string; readonly failure?: { readonly message: string; readonly code?: string } }
  | { readonly type: 'waited' }
  | { readonly type: 'chunk_saved'; readonly chunkId: number; readonly records?: number }
  | {
      readonly type: 'chunk_failed';
      readonly chunkId: number;
      /** HTTP status of the chunk download; null for a network error or a body that is not JSON. */
      readonly status: number | null;
      readonly message?: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly type: 'page_saved'; readonly pageNo: number }
  | { readonly type: 'page_failed'; readonly pageNo: number; readonly message?: string }
  | { readonly type: 'cancel' };

export interface StepResult<S, C> {
  readonly state: S;
  readonly commands: readonly C[];
}

/**
 * The one request or wait a planner waits on. `in_flight`: a request was sent under `requestId`.
 * `waiting`: a wait was asked for; when it ends, `action` is issued.
 */
export type Pending<A> =
  | { readonly mode: 'in_flight'; readonly action: A; readonly requestId: string }
  | { readonly mode: 'waiting'; readonly action: A; readonly until: number };

export function log(level: LogLevel, message: string): LogCommand {
  return { kind: 'log', level, message };
}

export function failCommand(failure: RunFailure): FailCommand {
  return { kind: 'fail', failure };
}

export function failure(code: string, stage: FailureStage, statusCode: number | null, message: string, retryable: boolean): RunFailure {
  return { code, stage, statusCode, message, retryable };
}

/** Request ids are `<prefix>-<n>`: deterministic, unique within a run, stable across a resume. */
export function requestId(prefix: string, seq: number): string {
  return `${prefix}-${seq}`;
}

/** A wait the host can honour: a finite, non-negative whole number of milliseconds. */
export function waitCommand(ms: number): WaitCommand {
  return { kind: 'wait', ms: Number.isFinite(ms) && ms > 0 ? Math.round(ms) : 0 };
}

/** Remaining time of a persisted wait, for `resume`. */
export function remainingMs(until: number, now: number): number {
  return Number.isFinite(until - now) ? Math.max(0, until - now) : 0;
}

export function isTerminalCommand(command: { readonly kind: string }): boolean {
  return command.kind === 'done' || command.kind === 'fail';
}

/** The failure a planner reports when it catches its own bug instead of throwing into the host. */
export function internalFailure(state: string, event: string, error: unknown): RunFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return failure('planner_bug', 'fetching', null, `planner bug in state ${state} on event ${event}: ${detail}`, true);
}

/** Everything a planner's handlers need besides the state; `out` collects the step's commands. */
export interface PlannerKit<L, C> {
  readonly now: number;
  readonly seed: number;
  readonly decide: DecideRetry;
  readonly limits: L;
  readonly out: C[];
}

/** What every planner state carries for the shared step guard. */
export interface GuardedState<C> {
  readonly phase: string;
  readonly pending: unknown;
  readonly outcome: C | FailCommand | null;
}

/**
 * The step every planner shares: a terminal state answers only `resume` (re-emitting its outcome
 * for a host that crashed after persisting the state but before recording the result), and a bug
 * never throws into the host — it becomes a retryable failure that names itself.
 */
export function guardedStep<S extends GuardedState<C>, C, L>(
  state: S,
  event: PlannerEvent,
  ctx: { readonly now: number; readonly seed?: number },
  decide: DecideRetry,
  limitsOf: (state: S) => L,
  dispatch: (state: S, event: PlannerEvent, kit: PlannerKit<L, C>) => S,
): StepResult<S, C | FailCommand> {
  const eventType = typeof event === 'object' && event !== null ? String((event as { type?: unknown }).type) : String(event);
  if (state.outcome !== null) return { state, commands: eventType === 'resume' ? [state.outcome] : [] };
  try {
    // Built inside the try: a persisted state with a damaged spec must fail, not throw.
    const kit: PlannerKit<L, C> = { now: ctx.now, seed: ctx.seed ?? 0, decide, limits: limitsOf(state), out: [] };
    return { state: dispatch(state, event, kit), commands: kit.out };
  } catch (error) {
    const fail = failCommand(internalFailure(state.phase, eventType, error));
    return { state: { ...state, phase: 'failed', pending: null, outcome: fail }, commands: [fail] };
  }
}
