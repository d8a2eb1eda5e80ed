// Security Center vulnerability analysis (POST /rest/analysis) over the VM dataset: SC's own
// query language (filters with filterName/operator/value), offset paging with string counts,
// sourceType cumulative (OPEN + REOPENED, hasBeenMitigated) or patched (FIXED). Sequential pages
// resume from a cursor and totals are cached, so paging through millions stays linear.
import { scRuleMatches } from './sc-rules';
import type { ScRule, ScRuleStore } from './sc-rules';
import type { Snapshot, VmDataset, VmFinding } from './vm-data';

const SC_SEVERITY = ['Info', 'Low', 'Medium', 'High', 'Critical'];
const REPO_NAMES = ['Corporate LAN', 'DMZ', 'Cloud workloads', 'Branch offices', 'Lab'];
const DAY = 86_400_000;

type Range = [number, number];

export interface ScQuery {
  sourceType: 'cumulative' | 'patched';
  tool: string;
  startOffset: number;
  endOffset: number;
  severities: Set<number> | undefined;
  lastSeen: Range | undefined;
  firstSeen: Range | undefined;
  lastMitigated: Range | undefined;
  pluginIds: Set<number> | undefined;
  repositoryIds: Set<string> | undefined;
  ips: Set<string> | undefined;
  accepted: boolean | undefined;
  recast: boolean | undefined;
  relative: boolean;
  key: string;
}

export type ScParse = { ok: true; query: ScQuery } | { ok: false; errorCode: number; message: string };

function offsetOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function csv(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null && 'id' in x ? String((x as { id: unknown }).id) : String(x)));
  if (typeof v === 'object' && v !== null && 'id' in v) return [String((v as { id: unknown }).id)];
  return String(v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** "t0-t1" (epoch seconds) or "d0:d1" (days ago, e.g. "0:30" = within the last 30 days). */
function timeRange(value: unknown, nowMs: number): { range: Range; relative: boolean } | undefined {
  const text = String(value ?? '');
  let m = /^(\d+)-(\d+)$/.exec(text);
  if (m) return { range: [Number(m[1]) * 1000, Number(m[2]) * 1000 + 999], relative: false };
  m = /^(\d+):(\d+|all)$/.exec(text);
  if (m) {
    const near = Number(m[1]);
    const far = m[2] === 'all' ? Infinity : Number(m[2]);
    return { range: [far === Infinity ? 0 : nowMs - far * DAY, nowMs - near * DAY], relative: true };
  }
  return undefined;
}

export function parseScAnalysis(body: unknown, nowMs: number): ScParse {
  const bad = (message: string): ScParse => ({ ok: false, errorCode: 146, message });
  if (typeof body !== 'object' || body === null) return bad('Invalid request: body must be a JSON object.');
  const b = body as Record<string, unknown>;
  if (b.type !== 'vuln') return bad(`Invalid type '${String(b.type)}': only 'vuln' analysis is supported.`);
  const sourceType = b.sourceType ?? 'cumulative';
  if (sourceType !== 'cumulative' && sourceType !== 'patched') return bad(`Invalid sourceType '${String(sourceType)}'.`);
  const query = b.query as Record<string, unknown> | undefined;
  if (typeof query !== 'object' || query === null) return bad('Invalid query: a query object is required.');
  const tool = String(query.tool ?? 'vulndetails');
  if (tool !== 'vulndetails' && tool !== 'listvuln') return bad(`Invalid tool '${tool}'.`);
  const startOffset = offsetOf(query.startOffset ?? 0);
  const endOffset = offsetOf(query.endOffset);
  if (startOffset === undefined || endOffset === undefined || endOffset < startOffset) return bad(`Invalid startOffset/endOffset: ${JSON.stringify(query.startOffset)}-${JSON.stringify(query.endOffset)}.`);
  const q: ScQuery = {
    sourceType, tool, startOffset, endOffset, severities: undefined, lastSeen: undefined, firstSeen: undefined, lastMitigated: undefined,
    pluginIds: undefined, repositoryIds: undefined, ips: undefined, accepted: undefined, recast: undefined, relative: false, key: '',
  };
  const filters = query.filters ?? [];
  if (!Array.isArray(filters)) return bad('Invalid filters: expected an array.');
  for (const raw of filters) {
    const f = raw as Record<string, unknown>;
    const name = String(f?.filterName ?? '');
    const operator = String(f?.operator ?? '=');
    switch (name) {
      case 'severity': {
        const ids = csv(f.value).map(Number);
        if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n < 0 || n > 4)) return bad(`Invalid value for filter 'severity': ${JSON.stringify(f.value)}.`);
        q.severities = new Set(ids);
        if (operator === '!=') q.severities = new Set([0, 1, 2, 3, 4].filter((n) => !ids.includes(n)));
        break;
      }
      case 'lastSeen':
      case 'firstSeen':
      case 'lastMitigated': {
        const t = timeRange(f.value, nowMs);
        if (!t) return bad(`Invalid value for filter '${name}': ${JSON.stringify(f.value)}.`);
        q[name] = t.range;
        q.relative = q.relative || t.relative;
        break;
      }
      case 'pluginID': {
        const ids = csv(f.value).map(Number);
        if (ids.length === 0 || ids.some((n) => !Number.isInteger(n))) return bad(`Invalid value for filter 'pluginID': ${JSON.stringify(f.value)}.`);
        q.pluginIds = new Set(ids);
        break;
      }
      case 'repository':
      case 'repositoryIDs':
        q.repositoryIds = new Set(csv(f.value));
        break;
      case 'ip':
        q.ips = new Set(csv(f.value));
        break;
      case 'acceptRiskStatus':
        q.accepted = f.value === 'accepted' ? true : f.value === 'notAccepted' ? false : undefined;
        break;
      case 'recastRiskStatus':
        q.recast = f.value === 'recast' ? true : f.value === 'notRecast' ? false : undefined;
        break;
      default:
        return bad(`Invalid filter '${name}'.`);
    }
  }
  q.key = JSON.stringify([q.sourceType, q.tool, q.severities && [...q.severities].sort(), q.lastSeen, q.firstSeen, q.lastMitigated, q.pluginIds && [...q.pluginIds].sort(), q.repositoryIds && [...q.repositoryIds].sort(), q.ips && [...q.ips].sort(), q.accepted, q.recast]);
  return { ok: true, query: q };
}

interface ScView {
  f: VmFinding;
  repositoryId: string;
  severity: number;
  accepted: boolean;
  recast: boolean;
}

interface Cursor {
  offset: number;
  asset: number;
  skip: number;
}

const within = (r: Range | undefined, t: number | undefined): boolean => r === undefined || (t !== undefined && t >= r[0] && t <= r[1]);

export class ScAnalysis {
  private readonly totals = new Map<string, number>();
  private readonly cursors = new Map<string, Cursor>();
  private readonly familyIds = new Map<string, string>();

  constructor(
    private readonly vm: VmDataset,
    private readonly rules: ScRuleStore,
    private readonly repositories: number,
  ) {
    const families = [...new Set(vm.catalog.plugins.map((p) => p.family))].sort();
    families.forEach((f, k) => this.familyIds.set(f, String(k + 1)));
  }

  repositoryList(): Array<Record<string, string>> {
    return Array.from({ length: this.repositories }, (_, k) => this.repository(String(k + 1)));
  }

  private repository(id: string): Record<string, string> {
    const k = Number(id) - 1;
    const base = REPO_NAMES[k % REPO_NAMES.length] as string;
    const name = k < REPO_NAMES.length ? base : `${base} ${Math.floor(k / REPO_NAMES.length) + 1}`;
    return { id, name, description: `Sandbox repository ${name}`, dataFormat: 'IPv4' };
  }

  private view(f: VmFinding, q: ScQuery, live: ScRule[], nowS: number): ScView | undefined {
    const { lc } = f;
    if (q.sourceType === 'patched' ? lc.state !== 'FIXED' : lc.state === 'FIXED') return undefined;
    const repositoryId = String(1 + (f.asset.index % this.repositories));
    let severity = f.severityDefault;
    let accepted = false;
    let recast = false;
    if (live.length > 0) {
      const target = { repositoryId, pluginId: f.plugin.id, ip: f.asset.ipv4, uuid: f.asset.uuid, port: f.port.port, protocol: f.port.protocol };
      for (const r of live) {
        if (!scRuleMatches(r, target, nowS)) continue;
        if (r.kind === 'accept') accepted = true;
        else if (r.newSeverity !== undefined) {
          severity = r.newSeverity;
          recast = true;
        }
      }
    }
    if (q.severities !== undefined && !q.severities.has(severity)) return undefined;
    if (!within(q.lastSeen, lc.lastFound) || !within(q.firstSeen, lc.firstFound) || !within(q.lastMitigated, lc.lastFixed)) return undefined;
    if (q.pluginIds !== undefined && !q.pluginIds.has(f.plugin.id)) return undefined;
    if (q.repositoryIds !== undefined && !q.repositoryIds.has(repositoryId)) return undefined;
    if (q.ips !== undefined && !q.ips.has(f.asset.ipv4)) return undefined;
    if (q.accepted !== undefined && q.accepted !== accepted) return undefined;
    if (q.recast !== undefined && q.recast !== recast) return undefined;
    return { f, repositoryId, severity, accepted, recast };
  }

  private cacheKey(q: ScQuery, snap: Snapshot, live: ScRule[], nowMs: number): string {
    const timeDependent = q.relative || live.some((r) => r.expires > 0);
    return `${q.key}|${snap.seq}|${timeDependent ? Math.floor(nowMs / 1000) : 0}`;
  }

  count(q: ScQuery, snap: Snapshot, nowMs: number): number {
    const live = this.rules.live();
    const key = this.cacheKey(q, snap, live, nowMs);
    const cached = this.totals.get(key);
    if (cached !== undefined) return cached;
    const nowS = Math.floor(nowMs / 1000);
    let n = 0;
    for (let a = 0; a < this.vm.assetCount; a++) this.vm.forEachFinding(a, snap, (f) => { if (this.view(f, q, live, nowS)) n += 1; });
    if (this.totals.size > 200) this.totals.clear();
    this.totals.set(key, n);
    return n;
  }

  page(q: ScQuery, snap: Snapshot, nowMs: number): Array<Record<string, unknown>> {
    const live = this.rules.live();
    const nowS = Math.floor(nowMs / 1000);
    const key = this.cacheKey(q, snap, live, nowMs);
    const cursor = this.cursors.get(key);
    let { asset, skip, offset } = cursor && cursor.offset <= q.startOffset ? cursor : { asset: 0, skip: 0, offset: 0 };
    const results: Array<Record<string, unknown>> = [];
    while (asset < this.vm.assetCount && offset < q.endOffset) {
      let seen = 0;
      let consumed = skip;
      this.vm.forEachFinding(asset, snap, (f) => {
        const v = this.view(f, q, live, nowS);
        if (!v) return;
        seen += 1;
        if (seen <= skip || offset >= q.endOffset) return;
        if (offset >= q.startOffset) results.push(this.result(v, q));
        offset += 1;
        consumed = seen;
      });
      if (offset >= q.endOffset && consumed < seen) {
        skip = consumed;
        break;
      }
      asset += 1;
      skip = 0;
    }
    if (this.cursors.size > 200) this.cursors.clear();
    this.cursors.set(key, { asset, skip, offset });
    return results;
  }

  private result(v: ScView, q: ScQuery): Record<string, unknown> {
    const { f } = v;
    const p = f.plugin;
    const s = (ms: number | undefined): string => (ms === undefined ? '-1' : String(Math.floor(ms / 1000)));
    const base: Record<string, unknown> = {
      pluginID: String(p.id),
      severity: { id: String(v.severity), name: SC_SEVERITY[v.severity], description: `${SC_SEVERITY[v.severity] ?? ''} Severity` },
      hasBeenMitigated: f.lc.state === 'REOPENED' ? '1' : '0',
      acceptRisk: v.accepted ? '1' : '0',
      recastRisk: v.recast ? '1' : '0',
      ip: f.asset.ipv4,
      uuid: f.asset.uuid,
      port: String(f.port.port),
      protocol: f.port.protocol.toUpperCase(),
      pluginName: p.name,
      firstSeen: s(f.lc.firstFound),
      lastSeen: s(f.lc.lastFound),
      exploitAvailable: p.exploitAvailable ? 'Yes' : 'No',
      cve: p.cves.join(','),
      cvssV3BaseScore: p.cvss3 === undefined ? '' : p.cvss3.toFixed(1),
      vprScore: p.vpr === undefined ? '' : p.vpr.toFixed(1),
      dnsName: f.asset.fqdn,
      netbiosName: f.asset.netbios ? `CORP\\${f.asset.netbios}` : '',
      macAddress: f.asset.mac,
      family: { id: this.familyIds.get(p.family) ?? '0', name: p.family, type: 'active' },
      repository: this.repository(v.repositoryId),
      hostUniqueness: 'repositoryID,ip,uuid',
      vulnUniqueness: 'repositoryID,ip,port,protocol,pluginID',
      uniqueness: 'repositoryID,ip,dnsName',
    };
    if (q.sourceType === 'patched') base.lastMitigated = s(f.lc.lastFixed);
    if (q.tool === 'listvuln') return base;
    return {
      ...base,
      riskFactor: v.severity === 0 ? 'None' : SC_SEVERITY[v.severity],
      synopsis: p.synopsis,
      description: p.description,
      solution: p.solution,
      pluginText: `<plugin_output>Sandbox finding ${f.findingId} on port ${f.port.port}/${f.port.protocol}</plugin_output>`,
      operatingSystem: f.asset.os,
    };
  }
}
