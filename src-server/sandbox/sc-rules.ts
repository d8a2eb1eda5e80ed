// Security Center accept-risk and recast-risk rules. Accept rules take effect once applied
// (POST /rest/acceptRiskRule/{id}/apply or /apply for all); recast rules at creation.
export type ScRuleKind = 'accept' | 'recast';

export interface ScRule {
  id: string;
  kind: ScRuleKind;
  repositoryIds: string[] | undefined;
  pluginId: string;
  hostType: 'all' | 'ip' | 'uuid';
  hostValue: string;
  port: string;
  protocol: string;
  newSeverity: number | undefined;
  comments: string;
  expires: number;
  applied: boolean;
  createdTime: number;
}

export interface ScRuleTarget {
  repositoryId: string;
  pluginId: number;
  ip: string;
  uuid: string;
  port: number;
  protocol: string;
}

export type ParsedScRule = { ok: true; rule: ScRule } | { ok: false; message: string };

const PROTOCOLS: Record<string, string> = { '6': 'TCP', '17': 'UDP', '1': 'ICMP', tcp: 'TCP', udp: 'UDP', icmp: 'ICMP', any: 'any' };

function idOf(v: unknown): string | undefined {
  if (typeof v === 'object' && v !== null && 'id' in v) return String((v as { id: unknown }).id);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return undefined;
}

export function parseScRule(body: unknown, kind: ScRuleKind, id: string, nowSeconds: number): ParsedScRule {
  if (typeof body !== 'object' || body === null) return { ok: false, message: 'body must be a JSON object' };
  const b = body as Record<string, unknown>;
  const pluginId = idOf(b.plugin);
  if (pluginId === undefined || !/^\d+$/.test(pluginId)) return { ok: false, message: `plugin.id is required and must be numeric, got ${JSON.stringify(b.plugin)}` };
  let repositoryIds: string[] | undefined;
  if (b.repositories !== undefined) {
    if (!Array.isArray(b.repositories)) return { ok: false, message: 'repositories must be an array of {id}' };
    repositoryIds = b.repositories.map(idOf).filter((x): x is string => x !== undefined);
  }
  const hostType = String(b.hostType ?? 'all');
  if (hostType !== 'all' && hostType !== 'ip' && hostType !== 'uuid') return { ok: false, message: `hostType must be all, ip or uuid, got ${hostType}` };
  const hostValue = String(b.hostValue ?? '');
  if (hostType !== 'all' && hostValue === '') return { ok: false, message: `hostValue is required when hostType is ${hostType}` };
  const port = String(b.port ?? 'any');
  const protocol = PROTOCOLS[String(b.protocol ?? 'any').toLowerCase()];
  if (protocol === undefined) return { ok: false, message: `unknown protocol: ${String(b.protocol)}` };
  let newSeverity: number | undefined;
  if (kind === 'recast') {
    const sev = Number(idOf(b.newSeverity));
    if (!Number.isInteger(sev) || sev < 0 || sev > 4) return { ok: false, message: `newSeverity must be a severity id 0..4, got ${JSON.stringify(b.newSeverity)}` };
    newSeverity = sev;
  }
  const expires = Number(b.expires ?? -1);
  return {
    ok: true,
    rule: { id, kind, repositoryIds, pluginId, hostType, hostValue, port, protocol, newSeverity, comments: String(b.comments ?? ''), expires: Number.isFinite(expires) ? expires : -1, applied: kind === 'recast', createdTime: nowSeconds },
  };
}

export function scRuleMatches(r: ScRule, t: ScRuleTarget, nowSeconds: number): boolean {
  if (!r.applied) return false;
  if (r.expires > 0 && r.expires <= nowSeconds) return false;
  if (r.pluginId !== String(t.pluginId)) return false;
  if (r.repositoryIds !== undefined && r.repositoryIds.length > 0 && !r.repositoryIds.includes(t.repositoryId)) return false;
  if (r.hostType === 'ip' && !r.hostValue.split(',').map((s) => s.trim()).includes(t.ip)) return false;
  if (r.hostType === 'uuid' && !r.hostValue.split(',').map((s) => s.trim()).includes(t.uuid)) return false;
  if (r.port !== 'any' && r.port !== String(t.port)) return false;
  if (r.protocol !== 'any' && r.protocol !== t.protocol.toUpperCase()) return false;
  return true;
}

export function scRuleBody(r: ScRule): Record<string, unknown> {
  return {
    id: r.id,
    repositories: (r.repositoryIds ?? []).map((id) => ({ id })),
    plugin: { id: r.pluginId },
    hostType: r.hostType,
    hostValue: r.hostValue,
    port: r.port,
    protocol: r.protocol,
    comments: r.comments,
    expires: String(r.expires),
    status: r.applied ? '0' : '1',
    createdTime: String(r.createdTime),
    modifiedTime: String(r.createdTime),
    ...(r.newSeverity !== undefined ? { newSeverity: { id: String(r.newSeverity) } } : {}),
  };
}

export class ScRuleStore {
  private rules: ScRule[] = [];
  private counter = 0;

  nextId(): string {
    this.counter += 1;
    return String(this.counter);
  }

  add(rule: ScRule): void {
    this.rules.push(rule);
  }

  list(kind: ScRuleKind): ScRule[] {
    return this.rules.filter((r) => r.kind === kind);
  }

  get(kind: ScRuleKind, id: string): ScRule | undefined {
    return this.rules.find((r) => r.kind === kind && r.id === id);
  }

  remove(kind: ScRuleKind, id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => !(r.kind === kind && r.id === id));
    return this.rules.length < before;
  }

  applyAll(kind: ScRuleKind): number {
    let n = 0;
    for (const r of this.rules) if (r.kind === kind && !r.applied) { r.applied = true; n += 1; }
    return n;
  }

  /** Rules that could affect results (non-empty means per-finding checks are needed). */
  live(): ScRule[] {
    return this.rules.filter((r) => r.applied);
  }
}
