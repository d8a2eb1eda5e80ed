// Everything the sandbox remembers, built from the resolved options. `reset` rebuilds it in place.
import { SandboxClock } from './clock';
import { ExportJobs } from './export-jobs';
import { FaultEngine } from './faults';
import { MutationLog } from './lifecycle';
import type { ResolvedOptions } from './options';
import { buildVmCatalog, buildWasCatalog } from './plugin-catalog';
import { RecastRuleStore } from './recast-rules';
import { ScAnalysis } from './sc-analysis';
import { ScRuleStore } from './sc-rules';
import { ScSessions } from './sc-sessions';
import { VmDataset } from './vm-data';
import type { Snapshot } from './vm-data';
import { WasDataset } from './was-data';

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  routeId: string | undefined;
  status: number;
  userAgent: string | undefined;
  fault: string | undefined;
}

export interface SandboxState {
  opts: ResolvedOptions;
  clock: SandboxClock;
  /** Global version: bumps on every data or rule change; exports snapshot it. */
  seq: number;
  vm: VmDataset;
  was: WasDataset;
  vmRules: RecastRuleStore;
  scRules: ScRuleStore;
  scAnalysis: ScAnalysis;
  jobs: ExportJobs;
  sessions: ScSessions;
  faults: FaultEngine;
  revokedKeys: Set<string>;
  requests: RequestLogEntry[];
  ruleCounter: number;
  mutationCounter: number;
}

export function createState(opts: ResolvedOptions): SandboxState {
  const clock = new SandboxClock(opts.startTime, opts.clock);
  const epoch = clock.epoch();
  const vm = new VmDataset(opts.seed, opts.assets, opts.findings, epoch, buildVmCatalog(opts.seed, epoch), new MutationLog(opts.findings));
  const was = new WasDataset(opts.seed, opts.wasApps, opts.wasFindings, epoch, buildWasCatalog(opts.seed), new MutationLog(opts.wasFindings));
  const scRules = new ScRuleStore();
  return {
    opts,
    clock,
    seq: 0,
    vm,
    was,
    vmRules: new RecastRuleStore(),
    scRules,
    scAnalysis: new ScAnalysis(vm, scRules, opts.scRepositories),
    jobs: new ExportJobs(opts.seed, opts.exports, clock),
    sessions: new ScSessions(opts.seed, opts.scMaxSessions, opts.scSessionTimeoutSeconds, clock),
    faults: new FaultEngine(opts.seed, opts.faults),
    revokedKeys: new Set(),
    requests: [],
    ruleCounter: 0,
    mutationCounter: 0,
  };
}

/** The data as it is now: what a new export (or an SC query) sees. */
export function snapshotNow(state: SandboxState, withRules = true): Snapshot {
  const at = state.clock.now();
  return { seq: state.seq, at, rules: withRules ? state.vmRules.snapshot(state.seq, at) : { host: [], webapp: [] } };
}

export function logRequest(state: SandboxState, entry: RequestLogEntry): void {
  state.requests.push(entry);
  if (state.requests.length > 2000) state.requests.splice(0, state.requests.length - 1000);
}
