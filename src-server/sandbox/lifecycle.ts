// A finding's lifecycle (state and timestamps). The base lifecycle is a pure function of
// (seed, index); control-API mutations are recorded as overrides stamped with a sequence number,
// so an export sees the data exactly as it was when the export was created (a snapshot).

import { unit } from './hash';

export type FindingState = 'OPEN' | 'REOPENED' | 'FIXED';
export const FINDING_STATES: readonly FindingState[] = ['OPEN', 'REOPENED', 'FIXED'];

export interface Lifecycle {
  state: FindingState;
  firstFound: number;
  lastFound: number;
  lastFixed: number | undefined;
  resurfaced: number | undefined;
  indexed: number;
}

export interface Override {
  seq: number;
  state: FindingState;
  at: number;
}

export interface AddedFinding {
  index: number;
  group: number;
  seq: number;
  createdMs: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const sec = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** Base state mix: 70% OPEN, 10% REOPENED, 20% FIXED. */
export function baseLifecycle(seed: number, salt: number, index: number, epoch: number): Lifecycle {
  const r = unit(seed, index, salt, 21);
  const state: FindingState = r < 0.7 ? 'OPEN' : r < 0.8 ? 'REOPENED' : 'FIXED';
  const firstFound = sec(epoch - DAY - unit(seed, index, salt, 22) * 400 * DAY);
  if (state === 'FIXED') {
    const lastFound = Math.max(firstFound, sec(epoch - DAY - unit(seed, index, salt, 23) * 90 * DAY));
    const lastFixed = sec(lastFound + 60_000 + unit(seed, index, salt, 25) * (epoch - lastFound - 120_000));
    const indexed = Math.min(sec(epoch - 1000), sec(lastFixed + unit(seed, index, salt, 26) * 6 * HOUR));
    return { state, firstFound, lastFound, lastFixed, resurfaced: undefined, indexed: Math.max(indexed, lastFixed) };
  }
  const lastFound = Math.max(firstFound, sec(epoch - 60_000 - unit(seed, index, salt, 23) * 30 * DAY));
  const resurfaced = state === 'REOPENED' ? sec(firstFound + unit(seed, index, salt, 24) * (lastFound - firstFound)) : undefined;
  const indexed = Math.max(lastFound, Math.min(sec(epoch - 1000), sec(lastFound + unit(seed, index, salt, 26) * 6 * HOUR)));
  return { state, firstFound, lastFound, lastFixed: undefined, resurfaced, indexed };
}

/** The base lifecycle of a finding added through the control API at `createdMs`. */
export function addedLifecycle(createdMs: number): Lifecycle {
  return { state: 'OPEN', firstFound: createdMs, lastFound: createdMs, lastFixed: undefined, resurfaced: undefined, indexed: createdMs };
}

/** Apply a state change that a (simulated) scan observed at `o.at`. */
export function applyOverride(base: Lifecycle, o: Override): Lifecycle {
  if (o.state === 'FIXED') return { ...base, state: 'FIXED', lastFixed: o.at, resurfaced: base.resurfaced, indexed: o.at };
  if (o.state === 'REOPENED') return { ...base, state: 'REOPENED', lastFound: o.at, lastFixed: undefined, resurfaced: o.at, indexed: o.at };
  return { ...base, state: 'OPEN', lastFound: o.at, lastFixed: undefined, indexed: o.at };
}

/**
 * Overrides and added findings for one product. Small by construction (only what tests or demos
 * changed), so keeping them in maps does not break the flat-memory promise.
 */
export class MutationLog {
  private readonly overrides = new Map<number, Override[]>();
  readonly added: AddedFinding[] = [];
  private readonly addedByGroup = new Map<number, AddedFinding[]>();

  constructor(readonly baseCount: number) {}

  /** The latest override recorded at or before `seq`. */
  overrideAt(index: number, seq: number): Override | undefined {
    const list = this.overrides.get(index);
    if (!list) return undefined;
    for (let k = list.length - 1; k >= 0; k--) {
      const o = list[k] as Override;
      if (o.seq <= seq) return o;
    }
    return undefined;
  }

  hasOverrides(): boolean {
    return this.overrides.size > 0;
  }

  record(index: number, o: Override): void {
    const list = this.overrides.get(index);
    if (list) list.push(o);
    else this.overrides.set(index, [o]);
  }

  add(group: number, seq: number, createdMs: number): AddedFinding {
    const f: AddedFinding = { index: this.baseCount + this.added.length, group, seq, createdMs };
    this.added.push(f);
    const list = this.addedByGroup.get(group);
    if (list) list.push(f);
    else this.addedByGroup.set(group, [f]);
    return f;
  }

  addedInGroup(group: number): AddedFinding[] {
    return this.addedByGroup.get(group) ?? [];
  }

  addedAt(index: number): AddedFinding | undefined {
    return index >= this.baseCount ? this.added[index - this.baseCount] : undefined;
  }

  /** Findings that exist as of `seq` (base + added so far). */
  size(): number {
    return this.baseCount + this.added.length;
  }

  lifecycle(seed: number, salt: number, index: number, epoch: number, seq: number): Lifecycle | undefined {
    let base: Lifecycle;
    if (index < this.baseCount) base = baseLifecycle(seed, salt, index, epoch);
    else {
      const added = this.addedAt(index);
      if (!added || added.seq > seq) return undefined;
      base = addedLifecycle(added.createdMs);
    }
    const o = this.overrideAt(index, seq);
    return o ? applyOverride(base, o) : base;
  }
}

/** Contiguous split of `count` items over `groups` groups: the first item of group g. */
export function groupStart(g: number, count: number, groups: number): number {
  return Math.floor((g * count) / groups);
}

/** The group holding item i under groupStart's split. */
export function groupOf(i: number, count: number, groups: number): number {
  let g = Math.min(groups - 1, Math.max(0, Math.ceil(((i + 1) * groups) / count) - 1));
  while (g > 0 && groupStart(g, count, groups) > i) g -= 1;
  while (g < groups - 1 && groupStart(g + 1, count, groups) <= i) g += 1;
  return g;
}
