// The VM dataset: assets and vulnerability findings generated lazily from (seed, index). Findings
// are split contiguously over assets, so a chunk of N assets maps to an index range in O(1) and
// is produced on demand, one asset at a time, as JSON text.
import { isoSeconds } from './iso-time';
import { hash32, indexFromUuid, indexedUuid, pick, unit, uuidFrom } from './hash';
import { groupOf, groupStart } from './lifecycle';
import type { Lifecycle, MutationLog } from './lifecycle';
import { matchesFinding } from './finding-query';
import type { FindingQuery } from './finding-query';
import { SEVERITY_NAMES, drawSeverity } from './plugin-catalog';
import type { PortSpec, VmCatalog, VmPlugin } from './plugin-catalog';
import { applyRules } from './recast-rules';
import type { RuleEffect, RuleSet } from './recast-rules';

export const VM_SALT = 1;
const DAY = 86_400_000;

export interface Snapshot {
  seq: number;
  at: number;
  rules: RuleSet;
}

export interface VmAsset {
  index: number;
  uuid: string;
  hostname: string;
  fqdn: string;
  ipv4: string;
  ipv6: string | undefined;
  mac: string;
  netbios: string | undefined;
  os: string;
  agentUuid: string | undefined;
  environment: string;
  /** Which of the sandbox's recurring scans covers this asset. */
  scanIdx: number;
  createdMs: number;
  lastSeenMs: number;
  /** The asset object of a vulnerability record, as JSON text. */
  json: string;
}

export interface VmFinding {
  index: number;
  /** Computed only when a rule needs it; serialisation derives it otherwise (hot path). */
  findingId: string | undefined;
  asset: VmAsset;
  plugin: VmPlugin;
  port: PortSpec;
  lc: Lifecycle;
  severityDefault: number;
  severity: number;
  mod: RuleEffect['mod'];
}

const ROLES = ['web', 'app', 'db', 'mail', 'dc', 'fs', 'k8s', 'wks', 'vpn', 'build'];
const OPERATING_SYSTEMS = ['Microsoft Windows Server 2019 Standard', 'Microsoft Windows Server 2022 Datacenter', 'Microsoft Windows 11 Enterprise', 'Ubuntu 22.04 LTS', 'Ubuntu 20.04 LTS', 'Red Hat Enterprise Linux 8.9', 'Red Hat Enterprise Linux 9.3', 'Debian 12', 'CentOS Linux 7'];
export const ENVIRONMENTS = ['Production', 'Staging', 'Development'];
const SCANS = 6;
const DEFAULT_NETWORK = '00000000-0000-0000-0000-000000000000';

const iso = isoSeconds;

export class VmDataset {
  private readonly scanUuids: string[];
  private readonly scheduleUuids: string[];

  constructor(
    readonly seed: number,
    readonly assetCount: number,
    readonly baseFindings: number,
    readonly epoch: number,
    readonly catalog: VmCatalog,
    readonly log: MutationLog,
  ) {
    this.scanUuids = Array.from({ length: SCANS }, (_, k) => uuidFrom(seed, 9000 + k, 1));
    this.scheduleUuids = Array.from({ length: SCANS }, (_, k) => `template-${uuidFrom(seed, 9100 + k, 2)}`);
  }

  assetOf(a: number): VmAsset {
    const { seed } = this;
    const role = ROLES[pick(ROLES.length, seed, a, 51)] as string;
    const hostname = `${role}-${String(a + 1).padStart(5, '0')}`;
    const fqdn = `${hostname}.corp.example.com`;
    const n = a + 1;
    const ipv4 = `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    const h = hash32(seed, a, 52);
    const mac = `00:50:56:${((h >>> 16) & 255).toString(16).padStart(2, '0')}:${((h >>> 8) & 255).toString(16).padStart(2, '0')}:${(h & 255).toString(16).padStart(2, '0')}`;
    const os = OPERATING_SYSTEMS[pick(OPERATING_SYSTEMS.length, seed, a, 53)] as string;
    const windows = os.startsWith('Microsoft');
    const agentUuid = unit(seed, a, 54) < 0.4 ? uuidFrom(seed, a, 55).replace(/-/g, '') : undefined;
    const ipv6 = unit(seed, a, 56) < 0.2 ? `fd00::${n.toString(16)}` : undefined;
    const netbios = windows ? hostname.toUpperCase() : undefined;
    const uuid = uuidFrom(seed, a, 57);
    const createdMs = Math.floor((this.epoch - (30 + unit(seed, a, 58) * 700) * DAY) / 1000) * 1000;
    const lastSeenMs = Math.floor((this.epoch - unit(seed, a, 59) * 20 * DAY) / 1000) * 1000;
    const environment = ENVIRONMENTS[pick(ENVIRONMENTS.length, seed, a, 60)] as string;
    let json = `{"device_type":"general-purpose","fqdn":"${fqdn}","hostname":"${hostname}","uuid":"${uuid}","ipv4":"${ipv4}"`;
    if (ipv6) json += `,"ipv6":"${ipv6}"`;
    json += `,"mac_address":"${mac}"`;
    if (netbios) json += `,"netbios_name":"${netbios}"`;
    json += `,"operating_system":[${JSON.stringify(os)}],"network_id":"${DEFAULT_NETWORK}","tracked":true`;
    if (agentUuid) json += `,"agent_uuid":"${agentUuid}"`;
    json += ',"last_scan_target":"' + ipv4 + '"}';
    return { index: a, uuid, hostname, fqdn, ipv4, ipv6, mac, netbios, os, agentUuid, environment, scanIdx: pick(SCANS, seed, a, 41), createdMs, lastSeenMs, json };
  }

  findingId(index: number): string {
    return indexedUuid(this.seed, VM_SALT, index);
  }

  indexOf(findingId: string): number | undefined {
    const i = indexFromUuid(this.seed, VM_SALT, findingId);
    return i !== undefined && i < this.log.size() ? i : undefined;
  }

  /** Asset holding finding `index` (base findings split contiguously; added ones recorded). */
  assetIndexOf(index: number): number {
    const added = this.log.addedAt(index);
    if (added) return added.group;
    return groupOf(index, this.baseFindings, this.assetCount);
  }

  finding(index: number, asset: VmAsset, snap: Snapshot): VmFinding | undefined {
    const { seed } = this;
    const lc = this.log.lifecycle(seed, VM_SALT, index, this.epoch, snap.seq);
    if (!lc) return undefined;
    const severityDefault = drawSeverity(unit(seed, index, 31));
    const bucket = this.catalog.bySeverity[severityDefault] as VmPlugin[];
    const plugin = bucket[pick(bucket.length, seed, index, 32)] as VmPlugin;
    const port = plugin.ports[pick(plugin.ports.length, seed, index, 33)] as PortSpec;
    let findingId: string | undefined;
    let effect: RuleEffect = { severity: severityDefault, mod: 'NONE' };
    if (snap.rules.host.length > 0) {
      findingId = this.findingId(index);
      effect = applyRules(snap.rules.host, {
        resourceType: 'HOST', assetNames: [asset.hostname, asset.fqdn, asset.ipv4], assetUuid: asset.uuid, pluginId: plugin.id,
        port: port.port, protocol: port.protocol, findingId, url: undefined, severityDefault,
      });
    }
    return { index, findingId, asset, plugin, port, lc, severityDefault, severity: effect.severity, mod: effect.mod };
  }

  /** Visit the findings of one asset that exist in the snapshot, in index order. */
  forEachFinding(a: number, snap: Snapshot, visit: (f: VmFinding) => void, asset: VmAsset = this.assetOf(a)): void {
    const end = groupStart(a + 1, this.baseFindings, this.assetCount);
    for (let i = groupStart(a, this.baseFindings, this.assetCount); i < end; i++) {
      const f = this.finding(i, asset, snap);
      if (f) visit(f);
    }
    for (const added of this.log.addedInGroup(a)) {
      if (added.seq > snap.seq) continue;
      const f = this.finding(added.index, asset, snap);
      if (f) visit(f);
    }
  }

  /** One vulnerability record as JSON text (empty attributes omitted, as Tenable does). */
  recordJson(f: VmFinding): string {
    const { lc, port, plugin, asset } = f;
    const { scanIdx } = asset;
    const scanEnd = lc.state === 'FIXED' ? (lc.lastFixed ?? lc.lastFound) : lc.lastFound;
    const output = plugin.id === 19506
      ? `Information about this scan : \n\nNessus version : 10.8.3\nPlugin feed version : 202506010000\nScan type : Normal\nScan name : Sandbox scan ${scanIdx + 1}\nScanner IP : 10.255.0.1\n`
      : port.port === 0
        ? `\n  Path              : /opt/sandbox/${plugin.id}\n  Installed version : ${1 + (f.index % 9)}.${f.index % 17}\n  Fixed version     : ${2 + (f.index % 9)}.0\n`
        : `\nPort ${port.port}/${port.protocol} was found to be open (${plugin.name}).\n`;
    let s = `{"asset":${asset.json},"output":${JSON.stringify(output)},"plugin":${plugin.json},"port":{"port":${port.port},"protocol":"${port.protocol.toUpperCase()}"`;
    if (port.service) s += `,"service":"${port.service}"`;
    s += `},"scan":{"uuid":"${this.scanUuids[scanIdx] ?? ''}","schedule_uuid":"${this.scheduleUuids[scanIdx] ?? ''}","started_at":"${iso(scanEnd - 1_800_000)}","completed_at":"${iso(scanEnd)}"}`;
    s += `,"severity":"${SEVERITY_NAMES[f.severity]}","severity_id":${f.severity},"severity_default_id":${f.severityDefault},"severity_modification_type":"${f.mod}"`;
    s += `,"first_found":"${iso(lc.firstFound)}","last_found":"${iso(lc.lastFound)}"`;
    if (lc.state === 'FIXED' && lc.lastFixed !== undefined) s += `,"last_fixed":"${iso(lc.lastFixed)}"`;
    if (lc.resurfaced !== undefined) s += `,"resurfaced_date":"${iso(lc.resurfaced)}"`;
    s += `,"state":"${lc.state}","indexed":"${iso(lc.indexed)}","source":"${asset.agentUuid ? 'NESSUS_AGENT' : 'NESSUS'}","finding_id":"${f.findingId ?? this.findingId(f.index)}"}`;
    return s;
  }

  countMatching(a0: number, a1: number, q: FindingQuery, snap: Snapshot): number {
    let n = 0;
    for (let a = a0; a < a1; a++) {
      this.forEachFinding(a, snap, (f) => {
        if (matchesFinding(q, f.lc, f.severity, f.plugin.id, f.plugin.family)) n += 1;
      });
    }
    return n;
  }

  /** JSON array text of the matching findings of assets [a0, a1), one piece per asset. */
  *vulnPieces(a0: number, a1: number, q: FindingQuery, snap: Snapshot): Generator<string> {
    yield '[';
    let first = true;
    for (let a = a0; a < a1; a++) {
      let piece = '';
      this.forEachFinding(a, snap, (f) => {
        if (!matchesFinding(q, f.lc, f.severity, f.plugin.id, f.plugin.family)) return;
        piece += first ? this.recordJson(f) : ',' + this.recordJson(f);
        first = false;
      });
      if (piece !== '') yield piece;
    }
    yield ']';
  }
}

/** One asset-export record as JSON text. */
export function assetRecordJson(a: VmAsset, seed: number): string {
  const tagUuid = uuidFrom(seed, 7000 + ENVIRONMENTS.indexOf(a.environment), 3);
  const rec = {
    id: a.uuid,
    has_agent: a.agentUuid !== undefined,
    has_plugin_results: true,
    created_at: iso(a.createdMs),
    updated_at: iso(a.lastSeenMs),
    first_seen: iso(a.createdMs),
    last_seen: iso(a.lastSeenMs),
    last_assessed: iso(a.lastSeenMs),
    last_licensed_scan_date: iso(a.lastSeenMs),
    agent_uuid: a.agentUuid ?? null,
    agent_names: a.agentUuid ? [a.hostname] : [],
    hostnames: [a.hostname],
    fqdns: [a.fqdn],
    ipv4s: [a.ipv4],
    ipv6s: a.ipv6 ? [a.ipv6] : [],
    mac_addresses: [a.mac],
    netbios_names: a.netbios ? [a.netbios] : [],
    operating_systems: [a.os],
    system_types: ['general-purpose'],
    network_id: DEFAULT_NETWORK,
    network_name: 'Default',
    tags: [{ uuid: tagUuid, key: 'Environment', value: a.environment, added_by: uuidFrom(seed, 7100, 4), added_at: iso(a.createdMs) }],
    sources: [{ name: a.agentUuid ? 'NESSUS_AGENT' : 'NESSUS_SCAN', first_seen: iso(a.createdMs), last_seen: iso(a.lastSeenMs) }],
    servicenow_sysid: null,
    terminated_at: null,
    deleted_at: null,
    is_licensed: true,
  };
  return JSON.stringify(rec);
}

export interface AssetQuery {
  createdMs: number | undefined;
  updatedMs: number | undefined;
  lastAssessedMs: number | undefined;
  none: boolean;
  environments: Set<string> | undefined;
}

export function parseAssetFilters(raw: unknown): { ok: true; value: AssetQuery } | { ok: false; message: string } {
  const q: AssetQuery = { createdMs: undefined, updatedMs: undefined, lastAssessedMs: undefined, none: false, environments: undefined };
  if (raw === undefined || raw === null) return { ok: true, value: q };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'filters must be a JSON object' };
  const f = raw as Record<string, unknown>;
  const times: Array<[string, 'createdMs' | 'updatedMs' | 'lastAssessedMs']> = [['created_at', 'createdMs'], ['updated_at', 'updatedMs'], ['last_assessed', 'lastAssessedMs']];
  for (const [name, field] of times) {
    const v = f[name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 99_999_999_999) return { ok: false, message: `filters.${name} must be an integer unix timestamp in seconds, got ${JSON.stringify(v)}` };
    q[field] = v * 1000;
  }
  // The sandbox never terminates or deletes assets, and every asset is licensed.
  if (f.terminated_at !== undefined || f.deleted_at !== undefined || f.is_licensed === false || f.has_plugin_results === false) q.none = true;
  const env = f['tag.Environment'];
  if (env !== undefined) {
    if (!Array.isArray(env)) return { ok: false, message: 'filters.tag.Environment must be an array of strings' };
    q.environments = new Set(env.map(String));
  }
  return { ok: true, value: q };
}

export function matchesAsset(q: AssetQuery, a: VmAsset): boolean {
  if (q.none) return false;
  if (q.createdMs !== undefined && a.createdMs < q.createdMs) return false;
  if (q.updatedMs !== undefined && a.lastSeenMs < q.updatedMs) return false;
  if (q.lastAssessedMs !== undefined && a.lastSeenMs < q.lastAssessedMs) return false;
  if (q.environments !== undefined && !q.environments.has(a.environment)) return false;
  return true;
}
