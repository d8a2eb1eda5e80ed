/**
 * Security Center vulnerability retrieval (`POST /rest/analysis`), as a sans-IO planner (see
 * planner-protocol.ts for the wire).
 *
 *   session auth: POST /rest/token {releaseSession:false} (auth `sc_login`: the host merges
 *     username/password and keeps token + cookie) → `response.token` = logged in;
 *     `{response:{releaseSession:true}}` (max sessions) → log in once more with releaseSession:true.
 *   api keys: no login.
 *   pass 1 sourceType `cumulative`, pass 2 sourceType `patched` (FIXED findings; `includeFixed`):
 *     POST /rest/analysis {type:vuln, sourceType, query:{type:vuln, tool:vulndetails,
 *       startOffset, endOffset: startOffset+1000, filters:[severity "3,4", lastSeen "<since>-<t>"]}}
 *     → each non-empty page goes out as `save_page` (records pass through, never kept in state);
 *       after `page_saved` the next page is asked for. A pass ends on a short page or when
 *       startOffset + returned >= totalRecords (counts arrive as STRINGS).
 *   error_code 12 (HTTP 403, or 200) = expired token: with session auth log in again ONCE, emit
 *     `token_regenerated`, and continue the same pass at the same offset; a second time fails.
 *   any other non-zero error_code (HTTP 200 or 403) → fail with its error_msg, not retryable.
 *   at the end (done, fail or cancel) a session is closed with DELETE /rest/token; its reply does
 *   not change the outcome.
 *
 * Cursor: `cursorTo` = the window's upper bound, ctx.now at start in unix seconds; both passes use
 * the same window so nothing between them is lost or counted twice.
 */
import type { CoreContext } from '../core/context';
import { SEVERITIES, type Severity } from '../model/vocabulary';
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
  type JsonValue,
  type PlannerEvent,
  type StepResult,
} from './planner-protocol';
import { asObject, fieldOf, intOf, remoteSuffix, retryAfterMs, stringOf, textOf } from './reply-reading';
import { FRESH_RETRY_BOOK, defaultDecideRetry, isTransient, planRetry, type DecideRetry, type RetryBook } from './transient-retry-policy';

export const SC_TOKEN_PATH = '/rest/token';
export const SC_ANALYSIS_PATH = '/rest/analysis';
/** Security Center's error_code for an invalid or expired session token. */
export const SC_INVALID_TOKEN = 12;

export interface ScAnalysisSpec {
  readonly auth: 'session' | 'api_keys';
  /** Delta cursor (unix seconds); null for a full import (no lastSeen filter). */
  readonly since: number | null;
  /** Default all five; an empty list means "import nothing". */
  readonly severities?: readonly Severity[];
  /** Second pass with sourceType `patched` to learn FIXED findings; default true. */
  readonly includeFixed?: boolean;
  /** Records per page, default 1000. */
  readonly pageSize?: number;
  /**
   * The delta filter of the patched pass. Default `lastSeen` (as documented for this product);
   * `lastMitigated` selects by fix time, which also catches findings last seen before `since`.
   */
  readonly patchedWindowFilter?: 'lastSeen' | 'lastMitigated';
  readonly maxPages?: number;
  readonly maxRetriesPerRun?: number;
  readonly maxBadReplies?: number;
  readonly retryWaitMs?: number;
}

export type ScPass = 'cumulative' | 'patched';

export type ScAction = { readonly do: 'login'; readonly releaseSession: boolean } | { readonly do: 'page' } | { readonly do: 'logout' };

/** Like `Pending`, plus `saving`: a page was handed to the host and `page_saved` is awaited. */
export type ScPending =
  | { readonly mode: 'in_flight'; readonly action: ScAction; readonly requestId: string }
  | { readonly mode: 'waiting'; readonly action: ScAction; readonly until: number }
  | {
      readonly mode: 'saving';
      readonly action: { readonly do: 'page' };
      readonly pageNo: number;
      readonly records: number;
      readonly endOfPass: boolean;
      readonly nextOffset: number;
    };

export type ScPhase = 'new' | 'login' | 'paging' | 'logout' | 'done' | 'failed';

export interface ScDoneCommand {
  readonly kind: 'done';
  readonly cursorMayAdvance: boolean;
  readonly cursorTo: number | null;
  readonly pages: number;
  readonly records: number;
  readonly tokenRegenerated: boolean;
}

export type ScCommand = BaseCommand | ScDoneCommand;

export interface ScAnalysisState {
  readonly v: 1;
  readonly spec: ScAnalysisSpec;
  readonly phase: ScPhase;
  readonly pending: ScPending | null;
  readonly seq: number;
  readonly retry: RetryBook;
  readonly badReplies: number;
  readonly windowFromS: number | null;
  readonly windowToS: number | null;
  readonly pass: ScPass;
  readonly offset: number;
  readonly nextPageNo: number;
  readonly pages: number;
  readonly records: number;
  readonly loggedIn: boolean;
  /** The current login already retried with releaseSession:true. */
  readonly releaseSessionUsed: boolean;
  readonly tokenRegenerated: boolean;
  /** Logging in again after error_code 12. */
  readonly relogging: boolean;
  /** The outcome to emit once the logout is answered. */
  readonly held: ScDoneCommand | FailCommand | null;
  readonly outcome: ScDoneCommand | FailCommand | null;
}

export interface ScPlannerOptions {
  readonly decideRetry?: DecideRetry;
}

export interface ScPlanner {
  readonly init: (spec: ScAnalysisSpec) => ScAnalysisState;
  readonly step: (state: ScAnalysisState, event: PlannerEvent, ctx: CoreContext) => StepResult<ScAnalysisState, ScCommand>;
}

export function initialScState(spec: ScAnalysisSpec): ScAnalysisState {
  return {
    v: 1,
    spec,
    phase: 'new',
    pending: null,
    seq: 0,
    retry: FRESH_RETRY_BOOK,
    badReplies: 0,
    windowFromS: null,
    windowToS: null,
    pass: 'cumulative',
    offset: 0,
    nextPageNo: 1,
    pages: 0,
    records: 0,
    loggedIn: false,
    releaseSessionUsed: false,
    tokenRegenerated: false,
    relogging: false,
    held: null,
    outcome: null,
  };
}

export function createScPlanner(options: ScPlannerOptions = {}): ScPlanner {
  const decide = options.decideRetry ?? defaultDecideRetry;
  return { init: initialScState, step: (state, event, ctx) => stepScWith(decide, state, event, ctx) };
}

export function stepSc(state: ScAnalysisState, event: PlannerEvent, ctx: CoreContext): StepResult<ScAnalysisState, ScCommand> {
  return stepScWith(defaultDecideRetry, state, event, ctx);
}

/** Severity ids as Security Center numbers them: info 0 … critical 4. */
export function scSeverityIds(severities: readonly Severity[] | undefined): readonly number[] {
  return SEVERITIES.flatMap((s, id) => (severities === undefined || severities.includes(s) ? [id] : []));
}

interface Limits {
  readonly pageSize: number;
  readonly maxPages: number;
  readonly maxRetriesPerRun: number;
  readonly maxBadReplies: number;
  readonly retryWaitMs: number;
}

function limitsOf(spec: ScAnalysisSpec): Limits {
  const size = spec.pageSize !== undefined && Number.isFinite(spec.pageSize) ? Math.min(10_000, Math.max(1, Math.round(spec.pageSize))) : 1_000;
  return {
    pageSize: size,
    maxPages: spec.maxPages ?? 10_000,
    maxRetriesPerRun: spec.maxRetriesPerRun ?? 30,
    maxBadReplies: spec.maxBadReplies ?? 3,
    retryWaitMs: spec.retryWaitMs ?? 2_000,
  };
}

type Kit = PlannerKit<Limits, ScCommand>;

type ReplyEvent = Extract<PlannerEvent, { type: 'reply' }>;

function stepScWith(decide: DecideRetry, state: ScAnalysisState, event: PlannerEvent, ctx: CoreContext): StepResult<ScAnalysisState, ScCommand> {
  return guardedStep<ScAnalysisState, ScCommand, Limits>(state, event, ctx, decide, (current) => limitsOf(current.spec), dispatch);
}

function dispatch(s: ScAnalysisState, event: PlannerEvent, k: Kit): ScAnalysisState {
  switch (event.type) {
    case 'start':
      return onStart(s, k);
    case 'resume':
      return onResume(s, k);
    case 'waited':
      return s.pending?.mode === 'waiting' ? issue(s, k, s.pending.action) : ignored(s, k, 'waited');
    case 'reply': {
      const action = inFlight(s, event.requestId);
      if (action === null) return ignored(s, k, `reply ${event.requestId}`);
      const status = typeof event.status === 'number' && Number.isFinite(event.status) ? event.status : 0;
      const reply: ReplyEvent = { ...event, status };
      if (action.do === 'login') return onLoginReply(s, reply, action, k);
      if (action.do === 'page') return onPageReply(s, reply, k);
      return onLogoutAnswer(s, k, status >= 200 && status < 300 ? null : `http ${status}`);
    }
    case 'network_error': {
      const action = inFlight(s, event.requestId);
      if (action === null) return ignored(s, k, `network_error ${event.requestId}`);
      const message = event.failure?.message ?? 'network error';
      if (action.do === 'logout') return onLogoutAnswer(s, k, message);
      return transient(s, k, null, null, action, message);
    }
    case 'page_saved':
      return onPageSaved(s, event.pageNo, k);
    case 'page_failed':
      if (s.pending?.mode !== 'saving' || s.pending.pageNo !== event.pageNo) return ignored(s, k, `page_failed ${event.pageNo}`);
      return finish(s, k, failCommand(failure('persist_failed', 'fetching', null, `page ${event.pageNo} of the ${s.pass} pass could not be saved${event.message ? `: ${event.message}` : ''}`, true)));
    case 'cancel':
      if (s.phase === 'logout') return ignored(s, k, 'cancel');
      return finish(s, k, failCommand(failure('cancelled', 'fetching', null, `security center retrieval cancelled by request in phase ${s.phase}`, false)));
    default:
      return ignored(s, k, String((event as { type?: unknown }).type));
  }
}

function ignored(s: ScAnalysisState, k: Kit, what: string): ScAnalysisState {
  k.out.push(log('debug', `security center planner ignored event ${what} in phase ${s.phase}`));
  return s;
}

function inFlight(s: ScAnalysisState, id: string): ScAction | null {
  return s.pending?.mode === 'in_flight' && s.pending.requestId === id ? s.pending.action : null;
}

function onStart(s: ScAnalysisState, k: Kit): ScAnalysisState {
  if (s.phase !== 'new') return ignored(s, k, 'start');
  const windowToS = Math.floor(k.now / 1000);
  const windowFromS = s.spec.since === null ? null : Math.min(s.spec.since, windowToS);
  const next: ScAnalysisState = { ...s, windowFromS, windowToS };
  if (scSeverityIds(s.spec.severities).length === 0) {
    k.out.push(log('warn', 'security center retrieval skipped: no severity selected, nothing to import'));
    return emit(next, k, doneCommand({ ...next, phase: 'done' }, false));
  }
  k.out.push(log('info', `retrieving security center vulnerabilities (${windowFromS === null ? 'full import' : `lastSeen ${windowFromS}-${windowToS}`})`));
  if (s.spec.auth === 'session') return issue({ ...next, phase: 'login' }, k, { do: 'login', releaseSession: false });
  return issue({ ...next, phase: 'paging' }, k, { do: 'page' });
}

function onResume(s: ScAnalysisState, k: Kit): ScAnalysisState {
  const pending = s.pending;
  if (pending === null) return ignored(s, k, 'resume');
  if (pending.mode === 'waiting') {
    k.out.push(waitCommand(remainingMs(pending.until, k.now)));
    return s;
  }
  // A page handed over for saving is asked for again: the host upserts it under the same pageNo.
  k.out.push(log('info', `resuming security center retrieval in phase ${s.phase}: re-issuing ${pending.action.do}`));
  return issue(s, k, pending.action);
}

function analysisBody(s: ScAnalysisState, k: Kit): JsonValue {
  const filters: JsonValue[] = [{ filterName: 'severity', operator: '=', value: scSeverityIds(s.spec.severities).join(',') }];
  if (s.windowFromS !== null && s.windowToS !== null) {
    const filterName = s.pass === 'patched' ? (s.spec.patchedWindowFilter ?? 'lastSeen') : 'lastSeen';
    filters.push({ filterName, operator: '=', value: `${s.windowFromS}-${s.windowToS}` });
  }
  return {
    type: 'vuln',
    sourceType: s.pass,
    query: { type: 'vuln', tool: 'vulndetails', startOffset: s.offset, endOffset: s.offset + k.limits.pageSize, filters },
  };
}

function issue(s: ScAnalysisState, k: Kit, action: ScAction): ScAnalysisState {
  const seq = s.seq + 1;
  const id = requestId('s', seq);
  if (action.do === 'login') {
    k.out.push({ kind: 'request', id, method: 'POST', path: SC_TOKEN_PATH, body: { releaseSession: action.releaseSession }, auth: 'sc_login' });
  } else if (action.do === 'logout') {
    k.out.push({ kind: 'request', id, method: 'DELETE', path: SC_TOKEN_PATH, auth: 'sc_session' });
  } else {
    const auth = s.spec.auth === 'session' ? 'sc_session' : 'api_keys';
    k.out.push({ kind: 'request', id, method: 'POST', path: SC_ANALYSIS_PATH, body: analysisBody(s, k), auth });
  }
  return { ...s, seq, pending: { mode: 'in_flight', action, requestId: id } };
}

function waitThen(s: ScAnalysisState, k: Kit, ms: number, action: ScAction): ScAnalysisState {
  const wait = waitCommand(ms);
  k.out.push(wait);
  return { ...s, pending: { mode: 'waiting', action, until: k.now + wait.ms } };
}

function describe(s: ScAnalysisState, action: ScAction): string {
  if (action.do === 'login') return 'security center login';
  if (action.do === 'logout') return 'security center logout';
  return `analysis of the ${s.pass} pass at offset ${s.offset}`;
}

function transient(s: ScAnalysisState, k: Kit, status: number | null, retryAfter: number | null, action: ScAction, detail: string): ScAnalysisState {
  const plan = planRetry(s.retry, status, retryAfter, k.seed, k.limits.maxRetriesPerRun, k.decide);
  const what = `${describe(s, action)} failed with ${status === null ? `a network error (${detail})` : `http ${status}`}`;
  if (plan === null) {
    const code = status === 429 || status === 420 ? 'rate_limited' : status === null ? 'network_error' : 'server_error';
    return finish(s, k, failCommand(failure(code, 'fetching', status, `${what} after ${s.retry.attempt} retries`, true)));
  }
  k.out.push(log('warn', `${what}; retry ${plan.book.attempt} in ${plan.delayMs} ms`));
  return waitThen({ ...s, retry: plan.book }, k, plan.delayMs, action);
}

function badReply(s: ScAnalysisState, k: Kit, ev: ReplyEvent, action: ScAction): ScAnalysisState {
  const count = s.badReplies + 1;
  const what = `${describe(s, action)} replied http ${ev.status} with an unreadable body ${JSON.stringify(textOf(ev.body, 120))}`;
  if (count > k.limits.maxBadReplies) return finish(s, k, failCommand(failure('unexpected_reply', 'fetching', ev.status, what, true)));
  k.out.push(log('warn', `${what}; asking again`));
  return waitThen({ ...s, badReplies: count }, k, k.limits.retryWaitMs, action);
}

function errorCodeOf(body: unknown): number | null {
  return intOf(fieldOf(body, 'error_code'));
}

function hasToken(body: unknown): boolean {
  const token = fieldOf(fieldOf(body, 'response'), 'token');
  return (typeof token === 'number' && Number.isFinite(token)) || stringOf(token) !== null;
}

function onLoginReply(s: ScAnalysisState, ev: ReplyEvent, action: Extract<ScAction, { do: 'login' }>, k: Kit): ScAnalysisState {
  const code = errorCodeOf(ev.body);
  const ok2xx = ev.status >= 200 && ev.status < 300;
  if (isTransient(ev.status)) return transient(s, k, ev.status, retryAfterMs(ev.headers, k.now), action, '');
  if (ok2xx && (code === null || code === 0) && hasToken(ev.body)) {
    const next: ScAnalysisState = { ...s, phase: 'paging', loggedIn: true, relogging: false, retry: { attempt: 0, used: s.retry.used }, badReplies: 0 };
    if (s.relogging) {
      k.out.push({ kind: 'token_regenerated' });
      k.out.push(log('warn', `security center session renewed; continuing the ${s.pass} pass at offset ${s.offset}`));
    }
    return issue(next, k, { do: 'page' });
  }
  if (ok2xx && (code === null || code === 0) && fieldOf(fieldOf(ev.body, 'response'), 'releaseSession') === true) {
    if (s.releaseSessionUsed) {
      return finish(s, k, failCommand(failure('max_sessions', 'fetching', ev.status, 'security center login still asks to release a session after logging in with releaseSession true', true)));
    }
    k.out.push(log('warn', 'security center user is at its session limit; logging in again with releaseSession true'));
    return issue({ ...s, releaseSessionUsed: true, retry: { attempt: 0, used: s.retry.used }, badReplies: 0 }, k, { do: 'login', releaseSession: true });
  }
  if (ok2xx && (code === null || code === 0)) return badReply(s, k, ev, action);
  const codeText = code === null ? '' : ` error_code ${code}`;
  return finish(s, k, failCommand(failure('login_failed', 'fetching', ev.status, `security center login replied http ${ev.status}${codeText}${remoteSuffix(ev.body)}`, false)));
}

function onPageReply(s: ScAnalysisState, ev: ReplyEvent, k: Kit): ScAnalysisState {
  const action: ScAction = { do: 'page' };
  const where = describe(s, action);
  if (isTransient(ev.status)) return transient(s, k, ev.status, retryAfterMs(ev.headers, k.now), action, '');
  const code = errorCodeOf(ev.body);
  // Security Center reports errors in error_code, on HTTP 403 or even 200: decide by the code.
  if (code === SC_INVALID_TOKEN) return onTokenExpired(s, k, ev.status);
  if (code !== null && code !== 0) {
    return finish(s, k, failCommand(failure('sc_error', 'fetching', ev.status, `${where} failed with error_code ${code}${remoteSuffix(ev.body)}`, false)));
  }
  if (ev.status === 401) return finish(s, k, failCommand(failure('unauthorized', 'fetching', 401, `${where} replied http 401${remoteSuffix(ev.body)}`, false)));
  if (ev.status === 403) return finish(s, k, failCommand(failure('forbidden', 'fetching', 403, `${where} replied http 403${remoteSuffix(ev.body)}`, false)));
  if (ev.status < 200 || ev.status >= 300) {
    return finish(s, k, failCommand(failure('analysis_failed', 'fetching', ev.status, `${where} replied http ${ev.status}${remoteSuffix(ev.body)}`, false)));
  }
  const response = asObject(fieldOf(ev.body, 'response'));
  const results = response?.['results'];
  if (response === null || !Array.isArray(results)) return badReply(s, k, ev, action);
  const records = results as readonly unknown[];
  const total = intOf(response['totalRecords']);
  const nextOffset = s.offset + records.length;
  const endOfPass = records.length < k.limits.pageSize || (total !== null && nextOffset >= total);
  const next: ScAnalysisState = { ...s, retry: { attempt: 0, used: s.retry.used }, badReplies: 0 };
  if (records.length === 0) return advance({ ...next, pending: null }, k, true, nextOffset);
  k.out.push({ kind: 'save_page', pageNo: s.nextPageNo, sourceRef: `${s.pass}/${s.offset}`, records });
  return { ...next, pending: { mode: 'saving', action: { do: 'page' }, pageNo: s.nextPageNo, records: records.length, endOfPass, nextOffset } };
}

function onTokenExpired(s: ScAnalysisState, k: Kit, status: number): ScAnalysisState {
  if (s.spec.auth !== 'session' || s.tokenRegenerated) {
    const why = s.spec.auth === 'session' ? 'after the one re-login of this run' : 'with api key authentication';
    return finish(
      { ...s, loggedIn: false },
      k,
      failCommand(failure('token_expired', 'fetching', status, `${describe(s, { do: 'page' })} got error_code 12 (invalid token) ${why}`, true)),
    );
  }
  k.out.push(log('warn', `security center token expired at offset ${s.offset} of the ${s.pass} pass; logging in again`));
  const next: ScAnalysisState = { ...s, phase: 'login', loggedIn: false, relogging: true, tokenRegenerated: true, releaseSessionUsed: false, retry: { attempt: 0, used: s.retry.used } };
  return issue(next, k, { do: 'login', releaseSession: false });
}

function onPageSaved(s: ScAnalysisState, pageNo: number, k: Kit): ScAnalysisState {
  const pending = s.pending;
  if (pending?.mode !== 'saving' || pending.pageNo !== pageNo) return ignored(s, k, `page_saved ${pageNo}`);
  const next: ScAnalysisState = { ...s, pending: null, nextPageNo: s.nextPageNo + 1, pages: s.pages + 1, records: s.records + pending.records };
  return advance(next, k, pending.endOfPass, pending.nextOffset);
}

function advance(s: ScAnalysisState, k: Kit, endOfPass: boolean, nextOffset: number): ScAnalysisState {
  if (!endOfPass) {
    if (s.pages >= k.limits.maxPages) {
      return finish(s, k, failCommand(failure('too_many_pages', 'fetching', null, `the ${s.pass} pass still has results after ${s.pages} pages (offset ${nextOffset})`, false)));
    }
    return issue({ ...s, offset: nextOffset }, k, { do: 'page' });
  }
  if (s.pass === 'cumulative' && s.spec.includeFixed !== false) {
    k.out.push(log('info', `cumulative pass done (${s.records} records); retrieving patched (fixed) findings`));
    return issue({ ...s, pass: 'patched', offset: 0 }, k, { do: 'page' });
  }
  return finish(s, k, doneCommand(s, true));
}

function doneCommand(s: ScAnalysisState, mayAdvance: boolean): ScDoneCommand {
  return {
    kind: 'done',
    cursorMayAdvance: mayAdvance,
    cursorTo: mayAdvance ? s.windowToS : null,
    pages: s.pages,
    records: s.records,
    tokenRegenerated: s.tokenRegenerated,
  };
}

/** End the run: close the session first when one is open, then emit the outcome. */
function finish(s: ScAnalysisState, k: Kit, outcome: ScDoneCommand | FailCommand): ScAnalysisState {
  if (s.loggedIn) return issue({ ...s, phase: 'logout', held: outcome }, k, { do: 'logout' });
  return emit(s, k, outcome);
}

function onLogoutAnswer(s: ScAnalysisState, k: Kit, problem: string | null): ScAnalysisState {
  if (problem !== null) k.out.push(log('warn', `security center logout failed (${problem}); the session will time out on its own`));
  const held = s.held ?? failCommand(failure('planner_bug', 'fetching', null, 'security center logout answered with no outcome held', true));
  return emit({ ...s, loggedIn: false, held: null }, k, held);
}

function emit(s: ScAnalysisState, k: Kit, outcome: ScDoneCommand | FailCommand): ScAnalysisState {
  if (outcome.kind === 'done') k.out.push(log('info', `security center retrieval done: ${outcome.records} records in ${outcome.pages} pages`));
  k.out.push(outcome);
  return { ...s, phase: outcome.kind === 'done' ? 'done' : 'failed', pending: null, outcome };
}

