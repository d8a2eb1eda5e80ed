// Test helper (not a test file): drives a planner the way a host would — runs its commands, feeds
// back events one at a time — and checks the invariants every planner step must keep. Several
// chunk downloads may be outstanding at once; `pick` chooses which one is answered next.
import type { CoreContext } from '../../../src-shared/core/context';
import type { PlannerEvent, StepResult } from '../../../src-shared/tenable';

export interface Cmd {
  readonly kind: string;
}

export const ACTIONABLE = new Set(['request', 'wait', 'fetch_chunk', 'save_page']);
export const T0 = 1_700_000_000_000;

export interface DriveOptions<C> {
  readonly now?: number;
  readonly maxSteps?: number;
  /** Ms the clock moves per answered request (waits move it by their own ms). */
  readonly latencyMs?: number;
  /** An extra event to feed before answering the next outstanding command (junk, cancel, resume...). */
  readonly interject?: (next: C, step: number) => PlannerEvent | null;
  /** Which outstanding command is answered next (index into them, oldest first); default 0. */
  readonly pick?: (outstanding: readonly C[]) => number;
  /** Replace the state between steps (e.g. a JSON round trip, as a crash-resume would). */
  readonly persist?: <S>(state: S) => S;
}

export interface Trace<S, C> {
  readonly state: S;
  readonly commands: readonly C[];
  readonly events: readonly PlannerEvent[];
  /** Commands per step, in order. */
  readonly perStep: readonly (readonly C[])[];
  readonly terminal: C | null;
  readonly steps: number;
  readonly now: number;
}

export type Step<S, C> = (state: S, event: PlannerEvent, ctx: CoreContext) => StepResult<S, C>;

export function drive<S, C extends Cmd>(step: Step<S, C>, initial: S, respond: (cmd: C, now: number) => PlannerEvent, options: DriveOptions<C> = {}): Trace<S, C> {
  let state = initial;
  let now = options.now ?? T0;
  const maxSteps = options.maxSteps ?? 2_000;
  const commands: C[] = [];
  const events: PlannerEvent[] = [];
  const perStep: C[][] = [];
  let event: PlannerEvent = { type: 'start' };
  let outstanding: C[] = [];
  for (let steps = 1; steps <= maxSteps; steps += 1) {
    events.push(event);
    const result = step(state, event, { now, seed: 7 });
    state = options.persist ? options.persist(result.state) : result.state;
    commands.push(...result.commands);
    perStep.push([...result.commands]);
    const terminal = result.commands.find((c) => c.kind === 'done' || c.kind === 'fail');
    if (terminal !== undefined) return { state, commands, events, perStep, terminal, steps, now };
    const actionable = result.commands.filter((c) => ACTIONABLE.has(c.kind));
    const single = actionable.filter((c) => c.kind !== 'fetch_chunk');
    if (single.length > 1) throw new Error(`step ${steps} emitted ${single.map((c) => c.kind).join(', ')}`);
    // A resume re-issues whatever is outstanding: this host lost what it had, as a crashed one would.
    if (event.type === 'resume' && actionable.length > 0) outstanding = [];
    // A new request or wait supersedes the previous one (a cancel instead of a poll's wait, ...).
    if (single.length > 0) outstanding = outstanding.filter((c) => c.kind === 'fetch_chunk');
    outstanding.push(...actionable);
    checkOutstanding(outstanding, steps);
    if (outstanding.length === 0) throw new Error(`step ${steps} left nothing outstanding after ${event.type}`);
    const index = Math.min(outstanding.length - 1, Math.max(0, options.pick?.(outstanding) ?? 0));
    const next = outstanding[index] as C;
    const extra = options.interject?.(next, steps) ?? null;
    if (extra !== null) {
      // An interjected `waited` ends the wait the planner is in (waits carry no id), so the host's
      // own wait is no longer one the planner waits on: its later `waited` is a stray.
      if (extra.type === 'waited') outstanding = outstanding.filter((c) => c.kind !== 'wait');
      event = extra;
      continue;
    }
    outstanding.splice(index, 1);
    if (next.kind === 'wait') {
      now += (next as unknown as { ms: number }).ms;
      event = { type: 'waited' };
    } else {
      event = respond(next, now);
      now += options.latencyMs ?? 100;
    }
  }
  return { state, commands, events, perStep, terminal: null, steps: maxSteps, now };
}

/**
 * A host may be asked to hold any number of chunk downloads (the planner bounds them) beside one
 * request or page save, but a wait only alone: a host that parks on a wait must leave nothing
 * unanswered.
 */
function checkOutstanding(outstanding: readonly Cmd[], steps: number): void {
  if (outstanding.some((c) => c.kind === 'wait') && outstanding.length > 1) throw new Error(`step ${steps} left a wait outstanding beside ${outstanding.length - 1} chunk downloads`);
}

export function ofKind<C extends Cmd, K extends string>(commands: readonly C[], kind: K): Extract<C, { kind: K }>[] {
  return commands.filter((c): c is Extract<C, { kind: K }> => c.kind === kind);
}

export function reply(cmd: { readonly id: string }, status: number, body: unknown, headers?: Record<string, string>): PlannerEvent {
  return headers === undefined ? { type: 'reply', requestId: cmd.id, status, body } : { type: 'reply', requestId: cmd.id, status, body, headers };
}

export function jsonRoundTrip<S>(state: S): S {
  return JSON.parse(JSON.stringify(state)) as S;
}
