// Test helper (not a test file): drives a planner the way a host would — runs its commands, feeds
// back events — and checks the invariants every planner step must keep.
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
  /** An extra event to feed before answering the outstanding command (junk, cancel, resume...). */
  readonly interject?: (outstanding: C, step: number) => PlannerEvent | null;
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
  let outstanding: C | null = null;
  for (let steps = 1; steps <= maxSteps; steps += 1) {
    events.push(event);
    const result = step(state, event, { now, seed: 7 });
    state = options.persist ? options.persist(result.state) : result.state;
    commands.push(...result.commands);
    perStep.push([...result.commands]);
    const terminal = result.commands.find((c) => c.kind === 'done' || c.kind === 'fail');
    if (terminal !== undefined) return { state, commands, events, perStep, terminal, steps, now };
    const actionable = result.commands.filter((c) => ACTIONABLE.has(c.kind));
    if (actionable.length > 1) throw new Error(`step ${steps} emitted ${actionable.length} actionable commands`);
    if (actionable[0] !== undefined) outstanding = actionable[0];
    if (outstanding === null) throw new Error(`step ${steps} left nothing outstanding after ${event.type}`);
    const extra = options.interject?.(outstanding, steps) ?? null;
    if (extra !== null) {
      event = extra;
      continue;
    }
    if (outstanding.kind === 'wait') {
      now += (outstanding as unknown as { ms: number }).ms;
      event = { type: 'waited' };
    } else {
      event = respond(outstanding, now);
      now += options.latencyMs ?? 100;
    }
    outstanding = null;
  }
  return { state, commands, events, perStep, terminal: null, steps: maxSteps, now };
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
