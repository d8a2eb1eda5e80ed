// The control surface tests, benchmarks and demos drive the sandbox with: move the clock, change
// findings the way scans would, revoke keys, count what an export should contain, script faults,
// reset. Exposed as methods here and as JSON under /_sandbox/ (control-routes.ts).
import { FaultEngine } from './faults';
import type { FaultRule, FiredFault } from './fault-types';
import { parseFindingFilters } from './finding-query';
import { pick } from './hash';
import type { FindingState } from './lifecycle';
import { parseScAnalysis } from './sc-analysis';
import { createState, snapshotNow } from './state';
import type { RequestLogEntry, SandboxState } from './state';
import { VM_SALT, matchesAsset, parseAssetFilters } from './vm-data';
import { WAS_SALT } from './was-data';

export type Product = 'vm' | 'was';

export interface MutationOptions {
  /** How many findings to change (default 1); ignored when findingIds is given. */
  count?: number;
  findingIds?: string[];
  product?: Product;
}

export interface AddOptions {
  count?: number;
  product?: Product;
  /** Asset (VM) or application (WAS) index to attach the findings to; default spread by seed. */
  assetIndex?: number;
}

export type CountQuery =
  | { product?: 'vm' | 'was'; filters?: unknown }
  | { product: 'assets'; filters?: unknown }
  | { product: 'sc'; sourceType?: 'cumulative' | 'patched'; filters?: unknown[] };

export interface SandboxStats {
  now: number;
  seq: number;
  vm: { assets: number; findings: number };
  was: { apps: number; findings: number };
  exports: Array<{ uuid: string; kind: string; status: string; finished_chunks: number; total_chunks: number }>;
  scSessions: number;
  recastRules: number;
  scRules: number;
  revokedKeys: string[];
}

export interface SandboxControl {
  now(): number;
  advanceClock(seconds: number): number;
  fixFindings(opts?: MutationOptions): string[];
  reopenFindings(opts?: MutationOptions): string[];
  addFindings(opts?: AddOptions): string[];
  revokeKeys(accessKey?: string): string[];
  restoreKeys(): void;
  count(query?: CountQuery): number;
  completeExports(): number;
  expireScSessions(): number;
  setFaults(rules: FaultRule[]): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  faults(): FaultRule[];
  faultLog(): FiredFault[];
  requests(): RequestLogEntry[];
  stats(): SandboxStats;
  reset(): void;
}

function datasetOf(state: SandboxState, product: Product): { log: SandboxState['vm']['log']; salt: number; idOf: (i: number) => string; indexOf: (id: string) => number | undefined; groups: number } {
  if (product === 'was') return { log: state.was.log, salt: WAS_SALT, idOf: (i) => state.was.findingId(i), indexOf: (id) => state.was.indexOf(id), groups: state.was.appCount };
  return { log: state.vm.log, salt: VM_SALT, idOf: (i) => state.vm.findingId(i), indexOf: (id) => state.vm.indexOf(id), groups: state.vm.assetCount };
}

function positiveCount(v: number | undefined): number {
  const n = v ?? 1;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`count must be a non-negative integer, got ${String(v)}`);
  return n;
}

/** Change findings from one set of states to `to`, as a scan observing them now would. */
function transition(state: SandboxState, opts: MutationOptions, from: FindingState[], to: FindingState): string[] {
  const product = opts.product ?? 'vm';
  const d = datasetOf(state, product);
  const { seed } = state.opts;
  const epoch = state.clock.epoch();
  const at = Math.floor(state.clock.now() / 1000) * 1000;
  const targets: number[] = [];
  if (opts.findingIds) {
    for (const id of opts.findingIds) {
      const i = d.indexOf(id);
      if (i === undefined) throw new RangeError(`unknown ${product} finding_id: ${id}`);
      const lc = d.log.lifecycle(seed, d.salt, i, epoch, state.seq);
      if (lc && from.includes(lc.state)) targets.push(i);
    }
  } else {
    const want = positiveCount(opts.count);
    const size = d.log.size();
    state.mutationCounter += 1;
    const start = size === 0 ? 0 : pick(size, seed, state.mutationCounter, 77);
    for (let k = 0; k < size && targets.length < want; k++) {
      const i = (start + k) % size;
      const lc = d.log.lifecycle(seed, d.salt, i, epoch, state.seq);
      if (lc && from.includes(lc.state)) targets.push(i);
    }
  }
  if (targets.length === 0) return [];
  state.seq += 1;
  for (const i of targets) d.log.record(i, { seq: state.seq, state: to, at });
  return targets.map(d.idOf);
}

export function createControl(getState: () => SandboxState, replaceState: (s: SandboxState) => void): SandboxControl {
  return {
    now: () => getState().clock.now(),
    advanceClock: (seconds) => {
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) throw new RangeError(`advanceSeconds must be a non-negative number, got ${String(seconds)}`);
      return getState().clock.advance(seconds);
    },
    fixFindings: (opts = {}) => transition(getState(), opts, ['OPEN', 'REOPENED'], 'FIXED'),
    reopenFindings: (opts = {}) => transition(getState(), opts, ['FIXED'], 'REOPENED'),
    addFindings: (opts = {}) => {
      const state = getState();
      const d = datasetOf(state, opts.product ?? 'vm');
      const n = positiveCount(opts.count);
      if (opts.assetIndex !== undefined && (!Number.isInteger(opts.assetIndex) || opts.assetIndex < 0 || opts.assetIndex >= d.groups)) throw new RangeError(`assetIndex must be within 0..${d.groups - 1}, got ${String(opts.assetIndex)}`);
      if (n === 0) return [];
      state.seq += 1;
      const at = Math.floor(state.clock.now() / 1000) * 1000;
      const ids: string[] = [];
      for (let k = 0; k < n; k++) {
        const group = opts.assetIndex ?? pick(d.groups, state.opts.seed, d.log.size(), 78);
        ids.push(d.idOf(d.log.add(group, state.seq, at).index));
      }
      return ids;
    },
    revokeKeys: (accessKey) => {
      const state = getState();
      const keys = accessKey ? [accessKey] : state.opts.keys.map((k) => k.accessKey);
      for (const k of keys) state.revokedKeys.add(k);
      return keys;
    },
    restoreKeys: () => getState().revokedKeys.clear(),
    count: (query = {}) => {
      const state = getState();
      const product = query.product ?? 'vm';
      if (product === 'sc') {
        const q = query as { sourceType?: string; filters?: unknown[] };
        const now = state.clock.now();
        const parsed = parseScAnalysis({ type: 'vuln', sourceType: q.sourceType ?? 'cumulative', query: { type: 'vuln', tool: 'vulndetails', startOffset: 0, endOffset: 0, filters: q.filters ?? [] } }, now);
        if (!parsed.ok) throw new RangeError(parsed.message);
        return state.scAnalysis.count(parsed.query, snapshotNow(state, false), now);
      }
      if (product === 'assets') {
        const parsed = parseAssetFilters(query.filters);
        if (!parsed.ok) throw new RangeError(parsed.message);
        let n = 0;
        for (let a = 0; a < state.vm.assetCount; a++) if (matchesAsset(parsed.value, state.vm.assetOf(a))) n += 1;
        return n;
      }
      if (product !== 'vm' && product !== 'was') throw new RangeError(`unknown product: ${String(product)}`);
      const parsed = parseFindingFilters(query.filters, product);
      if (!parsed.ok) throw new RangeError(parsed.message);
      const snap = snapshotNow(state);
      return product === 'vm' ? state.vm.countMatching(0, state.vm.assetCount, parsed.value, snap) : state.was.countMatching(0, state.was.appCount, parsed.value, snap);
    },
    completeExports: () => getState().jobs.completeAll(),
    expireScSessions: () => getState().sessions.expireAll(),
    setFaults: (rules) => {
      const state = getState();
      const engine = new FaultEngine(state.opts.seed, rules);
      state.faults = engine;
    },
    addFault: (rule) => getState().faults.add(rule),
    clearFaults: () => getState().faults.clear(),
    faults: () => getState().faults.list(),
    faultLog: () => getState().faults.log(),
    requests: () => [...getState().requests],
    stats: () => {
      const s = getState();
      return {
        now: s.clock.now(),
        seq: s.seq,
        vm: { assets: s.vm.assetCount, findings: s.vm.log.size() },
        was: { apps: s.was.appCount, findings: s.was.log.size() },
        exports: s.jobs.all().map((j) => ({ uuid: j.uuid, kind: j.kind, status: j.status, finished_chunks: j.finished, total_chunks: j.plan.totalChunks })),
        scSessions: s.sessions.count(),
        recastRules: s.vmRules.current().length,
        scRules: s.scRules.list('accept').length + s.scRules.list('recast').length,
        revokedKeys: [...s.revokedKeys],
      };
    },
    reset: () => replaceState(createState(getState().opts)),
  };
}
