/**
 * Lists Tenable WAS "projects" (scan configurations) for the connector wizard, as a sans-IO planner
 * (see planner-protocol.ts for the wire).
 *
 *   POST /was/v2/configs/search?limit=200&offset=N&sort=name:asc
 *     body {} or {"field":"name","operator":"match","value":<name filter>}
 *   200 {pagination:{total,...}, items:[{config_id,name,target,...}]}
 *     → keep {id: config_id, name, target}; stop on empty items, on offset >= total, or (when total
 *       is unreadable) on a short page; else ask for the next offset.
 *   401/403 → fail not retryable; 404 → fail (WAS not licensed or path missing); 420/429/5xx and
 *   network errors → bounded retries; unreadable 2xx bodies → at most 3 in a row; `maxPages` bounds
 *   the whole listing. The result is small metadata, so it is kept in the state until `done`.
 */
import type { CoreContext } from '../core/context';
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
import { asObject, intOf, remoteSuffix, retryAfterMs, stringOf, textOf } from './reply-reading';
import { FRESH_RETRY_BOOK, defaultDecideRetry, isTransient, planRetry, type DecideRetry, type RetryBook } from './transient-retry-policy';

export const WAS_CONFIGS_SEARCH_PATH = '/was/v2/configs/search';

export interface WasProjectsSpec {
  /** Only configs whose name matches this text (Tenable's `match` operator); null/empty = all. */
  readonly nameFilter?: string | null;
  /** Page size, 1–200 (Tenable's maximum), default 200. */
  readonly limit?: number;
  /** Pages per listing, default 500 (100,000 configs). */
  readonly maxPages?: number;
  readonly maxRetriesPerRun?: number;
  readonly maxBadReplies?: number;
  readonly retryWaitMs?: number;
}

export interface WasProject {
  readonly id: string;
  readonly name: string;
  readonly target: string | null;
}

export interface ProjectsDoneCommand {
  readonly kind: 'done';
  readonly projects: readonly WasProject[];
}

export type ProjectsCommand = BaseCommand | ProjectsDoneCommand;

export type ProjectsPhase = 'new' | 'listing' | 'done' | 'failed';

export type ProjectsAction = { readonly do: 'page' };

export interface ProjectsState {
  readonly v: 1;
  readonly spec: WasProjectsSpec;
  readonly phase: ProjectsPhase;
  readonly pending: Pending<ProjectsAction> | null;
  readonly seq: number;
  readonly retry: RetryBook;
  readonly badReplies: number;
  readonly offset: number;
  readonly pages: number;
  readonly projects: readonly WasProject[];
  readonly outcome: ProjectsDoneCommand | FailCommand | null;
}

export interface ProjectsPlannerOptions {
  readonly decideRetry?: DecideRetry;
}

export interface ProjectsPlanner {
  readonly init: (spec?: WasProjectsSpec) => ProjectsState;
  readonly step: (state: ProjectsState, event: PlannerEvent, ctx: CoreContext) => StepResult<ProjectsState, ProjectsCommand>;
}

export function initialProjectsState(spec: WasProjectsSpec = {}): ProjectsState {
  return {
    v: 1,
    spec,
    phase: 'new',
    pending: null,
    seq: 0,
    retry: FRESH_RETRY_BOOK,
    badReplies: 0,
    offset: 0,
    pages: 0,
    projects: [],
    outcome: null,
  };
}

export function createProjectsPlanner(options: ProjectsPlannerOptions = {}): ProjectsPlanner {
  const decide = options.decideRetry ?? defaultDecideRetry;
  return { init: initialProjectsState, step: (state, event, ctx) => stepProjectsWith(decide, state, event, ctx) };
}

export function stepProjects(state: ProjectsState, event: PlannerEvent, ctx: CoreContext): StepResult<ProjectsState, ProjectsCommand> {
  return stepProjectsWith(defaultDecideRetry, state, event, ctx);
}

interface Limits {
  readonly limit: number;
  readonly maxPages: number;
  readonly maxRetriesPerRun: number;
  readonly maxBadReplies: number;
  readonly retryWaitMs: number;
}

function limitsOf(spec: WasProjectsSpec): Limits {
  const limit = spec.limit !== undefined && Number.isFinite(spec.limit) ? Math.min(200, Math.max(1, Math.round(spec.limit))) : 200;
  return {
    limit,
    maxPages: spec.maxPages ?? 500,
    maxRetriesPerRun: spec.maxRetriesPerRun ?? 20,
    maxBadReplies: spec.maxBadReplies ?? 3,
    retryWaitMs: spec.retryWaitMs ?? 2_000,
  };
}

type Kit = PlannerKit<Limits, ProjectsCommand>;

type ReplyEvent = Extract<PlannerEvent, { type: 'reply' }>;

function stepProjectsWith(decide: DecideRetry, state: ProjectsState, event: PlannerEvent, ctx: CoreContext): StepResult<ProjectsState, ProjectsCommand> {
  return guardedStep<ProjectsState, ProjectsCommand, Limits>(state, event, ctx, decide, (current) => limitsOf(current.spec), dispatch);
}

function dispatch(s: ProjectsState, event: PlannerEvent, k: Kit): ProjectsState {
  switch (event.type) {
    case 'start':
      if (s.phase !== 'new') return ignored(s, k, 'start');
      return issue({ ...s, phase: 'listing' }, k);
    case 'resume':
      if (s.pending === null) return ignored(s, k, 'resume');
      if (s.pending.mode === 'waiting') {
        k.out.push(waitCommand(remainingMs(s.pending.until, k.now)));
        return s;
      }
      return issue(s, k);
    case 'waited':
      return s.pending?.mode === 'waiting' ? issue(s, k) : ignored(s, k, 'waited');
    case 'reply':
      return s.pending?.mode === 'in_flight' && s.pending.requestId === event.requestId ? onReply(s, event, k) : ignored(s, k, `reply ${event.requestId}`);
    case 'network_error':
      if (s.pending?.mode !== 'in_flight' || s.pending.requestId !== event.requestId) return ignored(s, k, `network_error ${event.requestId}`);
      return transient(s, k, null, null, event.failure?.message ?? 'network error');
    case 'cancel':
      return failRun(s, k, failure('cancelled', 'fetching', null, `was project listing cancelled by request in phase ${s.phase}`, false));
    default:
      return ignored(s, k, String((event as { type?: unknown }).type));
  }
}

function ignored(s: ProjectsState, k: Kit, what: string): ProjectsState {
  k.out.push(log('debug', `was projects planner ignored event ${what} in phase ${s.phase}`));
  return s;
}

function issue(s: ProjectsState, k: Kit): ProjectsState {
  const seq = s.seq + 1;
  const id = requestId('p', seq);
  const name = typeof s.spec.nameFilter === 'string' ? s.spec.nameFilter.trim() : '';
  k.out.push({
    kind: 'request',
    id,
    method: 'POST',
    path: WAS_CONFIGS_SEARCH_PATH,
    query: { limit: String(k.limits.limit), offset: String(s.offset), sort: 'name:asc' },
    body: name === '' ? {} : { field: 'name', operator: 'match', value: name },
    auth: 'api_keys',
  });
  return { ...s, seq, pending: { mode: 'in_flight', action: { do: 'page' }, requestId: id } };
}

function waitThen(s: ProjectsState, k: Kit, ms: number): ProjectsState {
  const wait = waitCommand(ms);
  k.out.push(wait);
  return { ...s, pending: { mode: 'waiting', action: { do: 'page' }, until: k.now + wait.ms } };
}

function transient(s: ProjectsState, k: Kit, status: number | null, retryAfter: number | null, detail: string): ProjectsState {
  const plan = planRetry(s.retry, status, retryAfter, k.seed, k.limits.maxRetriesPerRun, k.decide);
  const what = `was configs search at offset ${s.offset} failed with ${status === null ? `a network error (${detail})` : `http ${status}`}`;
  if (plan === null) {
    const code = status === 429 || status === 420 ? 'rate_limited' : status === null ? 'network_error' : 'server_error';
    return failRun(s, k, failure(code, 'fetching', status, `${what} after ${s.retry.attempt} retries`, true));
  }
  k.out.push(log('warn', `${what}; retry ${plan.book.attempt} in ${plan.delayMs} ms`));
  return waitThen({ ...s, retry: plan.book }, k, plan.delayMs);
}

function onReply(s: ProjectsState, ev: ReplyEvent, k: Kit): ProjectsState {
  const status = typeof ev.status === 'number' && Number.isFinite(ev.status) ? ev.status : 0;
  const where = `was configs search at offset ${s.offset}`;
  if (status === 401) return failRun(s, k, failure('unauthorized', 'fetching', 401, `${where} replied http 401: check the api keys${remoteSuffix(ev.body)}`, false));
  if (status === 403) return failRun(s, k, failure('forbidden', 'fetching', 403, `${where} replied http 403: the api user cannot read web app scanning configs${remoteSuffix(ev.body)}`, false));
  if (status === 404) return failRun(s, k, failure('not_found', 'fetching', 404, `${where} replied http 404: is web app scanning licensed?${remoteSuffix(ev.body)}`, false));
  if (isTransient(status)) return transient(s, k, status, retryAfterMs(ev.headers, k.now), '');
  if (status < 200 || status >= 300) return failRun(s, k, failure('search_failed', 'fetching', status, `${where} replied http ${status}${remoteSuffix(ev.body)}`, false));

  const body = asObject(ev.body);
  const items = body?.['items'];
  if (body === null || !Array.isArray(items)) {
    const count = s.badReplies + 1;
    const what = `${where} replied http ${status} with an unreadable body ${JSON.stringify(textOf(ev.body, 120))}`;
    if (count > k.limits.maxBadReplies) return failRun(s, k, failure('unexpected_reply', 'fetching', status, what, true));
    k.out.push(log('warn', `${what}; asking again`));
    return waitThen({ ...s, badReplies: count }, k, k.limits.retryWaitMs);
  }
  const total = intOf(asObject(body['pagination'])?.['total']);
  const known = new Set(s.projects.map((p) => p.id));
  const added: WasProject[] = [];
  let skipped = 0;
  for (const item of items as readonly unknown[]) {
    const obj = asObject(item);
    const id = stringOf(obj?.['config_id']);
    if (obj === null || id === null) {
      skipped += 1;
      continue;
    }
    if (known.has(id)) continue; // a config seen on an earlier page (the list shifted): keep one
    known.add(id);
    added.push({ id, name: typeof obj['name'] === 'string' ? obj['name'] : '', target: stringOf(obj['target']) });
  }
  if (skipped > 0) k.out.push(log('warn', `${where} returned ${skipped} items without a config_id; skipped`));
  const offset = s.offset + items.length;
  const next: ProjectsState = {
    ...s,
    pending: null,
    retry: { attempt: 0, used: s.retry.used },
    badReplies: 0,
    offset,
    pages: s.pages + 1,
    projects: [...s.projects, ...added],
  };
  const last = items.length === 0 || (total !== null ? offset >= total : items.length < k.limits.limit);
  if (last) {
    const done: ProjectsDoneCommand = { kind: 'done', projects: next.projects };
    k.out.push(log('info', `listed ${next.projects.length} was projects in ${next.pages} pages`));
    k.out.push(done);
    return { ...next, phase: 'done', outcome: done };
  }
  if (next.pages >= k.limits.maxPages) {
    return failRun(next, k, failure('too_many_pages', 'fetching', null, `was configs search still has results after ${next.pages} pages (offset ${offset} of ${total ?? 'unknown'})`, false));
  }
  return issue(next, k);
}

function failRun(s: ProjectsState, k: Kit, fail: RunFailure): ProjectsState {
  const command = failCommand(fail);
  k.out.push(command);
  return { ...s, phase: 'failed', pending: null, outcome: command };
}
