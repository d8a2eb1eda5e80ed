// The fault engine: decides, per request and in request order, whether a fault fires. Seeded, so
// a run with the same seed and the same request sequence sees the same faults.
import { FAULT_KINDS } from './fault-types';
import type { FaultKind, FaultParams, FaultRule, FiredFault } from './fault-types';
import { seededStream } from './hash';

export interface FaultDecision {
  kind: FaultKind;
  params: FaultParams;
}

interface LiveRule {
  rule: FaultRule;
  matcher: RegExp;
  remaining: number;
  sequence: Array<FaultKind | null>;
}

export interface RouteTraits {
  id: string;
  /** 'vm' routes use X-ApiKeys; 'sc' routes use a token or x-apikey; 'none' is public. */
  auth: 'vm' | 'sc' | 'none';
}

const EXPORT_ROUTE = /^(vm\.vulns_export|vm\.assets_export|was\.export)\.(create|status)$/;

/** Whether a fault kind means anything on a route (rules never fire where they cannot act). */
export function faultApplies(kind: FaultKind, route: RouteTraits): boolean {
  switch (kind) {
    case 'chunk_not_found':
      return route.id.endsWith('.chunk');
    case 'export_error':
    case 'export_stuck':
    case 'chunks_failed':
      return EXPORT_ROUTE.test(route.id);
    case 'duplicate_export':
      return EXPORT_ROUTE.test(route.id) && route.id.endsWith('.create');
    case 'sc_token_expired':
      return route.auth === 'sc';
    case 'keys_revoked':
      return route.auth === 'vm';
    default:
      return true;
  }
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function validateFaultRule(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return 'fault rule must be an object';
  const r = rule as Record<string, unknown>;
  if (typeof r.endpoint !== 'string' || r.endpoint === '') return 'fault rule endpoint must be a non-empty string';
  const kinds: readonly string[] = FAULT_KINDS;
  if (r.sequence !== undefined) {
    if (!Array.isArray(r.sequence)) return 'fault rule sequence must be an array';
    for (const k of r.sequence) if (k !== null && !kinds.includes(String(k))) return `unknown fault kind in sequence: ${String(k)}`;
  } else if (typeof r.kind !== 'string' || !kinds.includes(r.kind)) {
    return `unknown fault kind: ${String(r.kind)}`;
  }
  if (r.probability !== undefined && (typeof r.probability !== 'number' || r.probability < 0 || r.probability > 1)) return `fault probability must be within 0..1, got ${String(r.probability)}`;
  if (r.times !== undefined && (typeof r.times !== 'number' || r.times < 0)) return `fault times must be a non-negative number, got ${String(r.times)}`;
  const p = r.params as Record<string, unknown> | undefined;
  if (p !== undefined && (typeof p !== 'object' || p === null)) return 'fault params must be an object';
  if (p?.status !== undefined && ![500, 502, 503, 504].includes(Number(p.status))) return `fault status must be 500, 502, 503 or 504, got ${String(p.status)}`;
  return undefined;
}

export class FaultEngine {
  private rules: LiveRule[] = [];
  private readonly fired: FiredFault[] = [];
  private random: () => number;
  private counter = 0;

  constructor(private readonly seed: number, rules: FaultRule[] = []) {
    this.random = seededStream(seed ^ 0x5eed_fa17);
    for (const r of rules) this.add(r);
  }

  add(rule: FaultRule): void {
    const problem = validateFaultRule(rule);
    if (problem) throw new RangeError(problem);
    this.rules.push({
      rule,
      matcher: globToRegExp(rule.endpoint),
      remaining: rule.times ?? Infinity,
      sequence: rule.sequence ? [...rule.sequence] : [],
    });
  }

  clear(): void {
    this.rules = [];
    this.random = seededStream(this.seed ^ 0x5eed_fa17);
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r.rule, ...(r.rule.sequence ? { sequence: [...r.sequence] } : {}), ...(Number.isFinite(r.remaining) ? { times: r.remaining } : {}) }));
  }

  log(): FiredFault[] {
    return [...this.fired];
  }

  /** Decide the fault (if any) for one request; the first rule that fires wins. */
  decide(route: RouteTraits, now: number): FaultDecision | undefined {
    for (const live of this.rules) {
      if (!live.matcher.test(route.id)) continue;
      if (live.rule.sequence) {
        if (live.sequence.length === 0) continue;
        const next = live.sequence.shift();
        if (next === null || next === undefined || !faultApplies(next, route)) continue;
        return this.fire(route, next, live.rule.params ?? {}, now);
      }
      const kind = live.rule.kind as FaultKind;
      if (live.remaining <= 0 || !faultApplies(kind, route)) continue;
      const p = live.rule.probability ?? 1;
      if (p < 1 && this.random() >= p) continue;
      live.remaining -= 1;
      return this.fire(route, kind, live.rule.params ?? {}, now);
    }
    return undefined;
  }

  private fire(route: RouteTraits, kind: FaultKind, params: FaultParams, now: number): FaultDecision {
    this.counter += 1;
    this.fired.push({ n: this.counter, routeId: route.id, kind, at: now });
    if (this.fired.length > 1000) this.fired.shift();
    return { kind, params };
  }
}
