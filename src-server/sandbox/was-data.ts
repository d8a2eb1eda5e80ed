// The WAS dataset: web applications (scan configs) and their findings, generated lazily like the
// VM data. One application is one WAS "asset"; findings are split contiguously over applications.
import { isoSeconds } from './iso-time';
import { indexFromUuid, indexedUuid, pick, unit, uuidFrom } from './hash';
import { groupOf, groupStart } from './lifecycle';
import type { Lifecycle, MutationLog } from './lifecycle';
import { matchesFinding } from './finding-query';
import type { FindingQuery } from './finding-query';
import { SEVERITY_NAMES, drawSeverity } from './plugin-catalog';
import type { WasCatalog, WasPlugin } from './plugin-catalog';
import { applyRules } from './recast-rules';
import type { RuleEffect } from './recast-rules';
import type { Snapshot } from './vm-data';

export const WAS_SALT = 2;
const DAY = 86_400_000;
const iso = isoSeconds;

const APP_NAMES = ['Shop frontend', 'Customer portal', 'Payments API', 'Partner extranet', 'HR self-service', 'Marketing site', 'Support desk', 'Inventory service', 'Billing portal', 'Mobile backend', 'Admin console', 'Docs site', 'Careers site', 'Investor relations', 'Booking engine', 'Loyalty program', 'Search service', 'Media library', 'Status page', 'Identity provider'];
const PATHS = ['/', '/login', '/search', '/cart', '/checkout', '/account/profile', '/api/v1/orders', '/api/v1/users', '/admin', '/static/app.js', '/redirect', '/upload', '/reports/export'];
const INPUT_NAMES = ['q', 'id', 'search', 'redirect', 'session', 'user', 'file', 'amount'];

export interface WasApp {
  index: number;
  configId: string;
  name: string;
  description: string;
  target: string;
  fqdn: string;
  ipv4: string;
  assetUuid: string;
  ownerId: string;
  createdMs: number;
  updatedMs: number;
  scanId: string;
  scanStartedMs: number;
  scanFinishedMs: number;
}

export interface WasFinding {
  index: number;
  findingId: string;
  app: WasApp;
  plugin: WasPlugin;
  lc: Lifecycle;
  url: string;
  severityDefault: number;
  severity: number;
  mod: RuleEffect['mod'];
}

export class WasDataset {
  private readonly bySeverity: WasPlugin[][];

  constructor(
    readonly seed: number,
    readonly appCount: number,
    readonly baseFindings: number,
    readonly epoch: number,
    readonly catalog: WasCatalog,
    readonly log: MutationLog,
  ) {
    this.bySeverity = [0, 1, 2, 3, 4].map((s) => catalog.plugins.filter((p) => p.severity === s));
  }

  appOf(k: number): WasApp {
    const { seed } = this;
    const base = APP_NAMES[k % APP_NAMES.length] as string;
    const name = k < APP_NAMES.length ? base : `${base} ${Math.floor(k / APP_NAMES.length) + 1}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const fqdn = `${slug}.example.com`;
    const createdMs = Math.floor((this.epoch - (60 + unit(seed, k, 61) * 600) * DAY) / 1000) * 1000;
    const scanFinishedMs = Math.floor((this.epoch - (1 + unit(seed, k, 62) * 6) * DAY) / 1000) * 1000;
    return {
      index: k,
      configId: uuidFrom(seed, k, 63),
      name,
      description: `Weekly scan of ${name}`,
      target: `https://${fqdn}`,
      fqdn,
      ipv4: `172.16.${(k >>> 8) & 255}.${(k & 255) + 1}`,
      assetUuid: uuidFrom(seed, k, 64),
      ownerId: uuidFrom(seed, pick(3, seed, k, 65), 66),
      createdMs,
      updatedMs: Math.max(createdMs, scanFinishedMs - DAY),
      scanId: uuidFrom(seed, k, 67),
      scanStartedMs: scanFinishedMs - 2 * 3_600_000,
      scanFinishedMs,
    };
  }

  /** The scan-config object returned by POST /was/v2/configs/search. */
  configObject(app: WasApp): Record<string, unknown> {
    return {
      config_id: app.configId,
      name: app.name,
      description: app.description,
      target: app.target,
      owner_id: app.ownerId,
      created_at: iso(app.createdMs),
      updated_at: iso(app.updatedMs),
      schedule: { rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO', starttime: '20250106T020000', timezone: 'UTC', enabled: true },
      last_scan: { scan_id: app.scanId, status: 'completed', started_at: iso(app.scanStartedMs), finalized_at: iso(app.scanFinishedMs) },
    };
  }

  findingId(index: number): string {
    return indexedUuid(this.seed, WAS_SALT, index);
  }

  indexOf(findingId: string): number | undefined {
    const i = indexFromUuid(this.seed, WAS_SALT, findingId);
    return i !== undefined && i < this.log.size() ? i : undefined;
  }

  appIndexOf(index: number): number {
    const added = this.log.addedAt(index);
    if (added) return added.group;
    return groupOf(index, this.baseFindings, this.appCount);
  }

  finding(index: number, app: WasApp, snap: Snapshot): WasFinding | undefined {
    const { seed } = this;
    const lc = this.log.lifecycle(seed, WAS_SALT, index, this.epoch, snap.seq);
    if (!lc) return undefined;
    let sev = drawSeverity(unit(seed, index, 71));
    while ((this.bySeverity[sev] as WasPlugin[]).length === 0) sev -= 1;
    const bucket = this.bySeverity[sev] as WasPlugin[];
    const plugin = bucket[pick(bucket.length, seed, index, 72)] as WasPlugin;
    const url = app.target + (PATHS[pick(PATHS.length, seed, index, 73)] as string);
    const findingId = this.findingId(index);
    let effect: RuleEffect = { severity: plugin.severity, mod: 'NONE' };
    if (snap.rules.webapp.length > 0) {
      effect = applyRules(snap.rules.webapp, {
        resourceType: 'WEBAPP', assetNames: [app.fqdn, app.name, app.ipv4], assetUuid: app.assetUuid, pluginId: plugin.id,
        port: 443, protocol: 'tcp', findingId, url, severityDefault: plugin.severity,
      });
    }
    return { index, findingId, app, plugin, lc, url, severityDefault: plugin.severity, severity: effect.severity, mod: effect.mod };
  }

  forEachFinding(k: number, snap: Snapshot, visit: (f: WasFinding) => void, app: WasApp = this.appOf(k)): void {
    const end = groupStart(k + 1, this.baseFindings, this.appCount);
    for (let i = groupStart(k, this.baseFindings, this.appCount); i < end; i++) {
      const f = this.finding(i, app, snap);
      if (f) visit(f);
    }
    for (const added of this.log.addedInGroup(k)) {
      if (added.seq > snap.seq) continue;
      const f = this.finding(added.index, app, snap);
      if (f) visit(f);
    }
  }

  matches(q: FindingQuery, f: WasFinding): boolean {
    if (q.assetUuids !== undefined && !q.assetUuids.has(f.app.assetUuid)) return false;
    if (q.assetName !== undefined && !f.app.fqdn.includes(q.assetName) && !f.app.name.toLowerCase().includes(q.assetName)) return false;
    return matchesFinding(q, f.lc, f.severity, f.plugin.id, f.plugin.family);
  }

  countMatching(k0: number, k1: number, q: FindingQuery, snap: Snapshot): number {
    let n = 0;
    for (let k = k0; k < k1; k++) this.forEachFinding(k, snap, (f) => { if (this.matches(q, f)) n += 1; });
    return n;
  }

  *vulnPieces(k0: number, k1: number, q: FindingQuery, snap: Snapshot): Generator<string> {
    yield '[';
    let first = true;
    for (let k = k0; k < k1; k++) {
      let piece = '';
      this.forEachFinding(k, snap, (f) => {
        if (!this.matches(q, f)) return;
        piece += (first ? '' : ',') + wasRecordJson(f, this.seed);
        first = false;
      });
      if (piece !== '') yield piece;
    }
    yield ']';
  }
}

export function wasRecordJson(f: WasFinding, seed: number): string {
  const { lc, plugin, app } = f;
  const inputName = INPUT_NAMES[pick(INPUT_NAMES.length, seed, f.index, 74)] as string;
  let s = `{"finding_id":"${f.findingId}","url":${JSON.stringify(f.url)}`;
  if (plugin.inputType) {
    s += `,"input_type":"${plugin.inputType}","input_name":"${inputName}","http_method":"${plugin.inputType === 'body' ? 'POST' : 'GET'}"`;
    s += `,"payload":${JSON.stringify(`'"><sandbox-${f.index}>`)}`;
  } else {
    s += ',"http_method":"GET"';
  }
  s += `,"output":${JSON.stringify(`${plugin.name} observed at ${f.url}`)},"proof":${JSON.stringify(`HTTP/1.1 200 OK\nX-Sandbox-Proof: ${f.index}`)}`;
  s += `,"state":"${lc.state}","severity":"${SEVERITY_NAMES[f.severity]}","severity_id":${f.severity},"severity_default_id":${f.severityDefault},"severity_modification_type":"${f.mod}"`;
  s += `,"first_found":"${iso(lc.firstFound)}","last_found":"${iso(lc.lastFound)}"`;
  if (lc.state === 'FIXED' && lc.lastFixed !== undefined) s += `,"last_fixed":"${iso(lc.lastFixed)}"`;
  s += `,"indexed_at":"${iso(lc.indexed)}","plugin":${plugin.json}`;
  s += `,"asset":{"uuid":"${app.assetUuid}","fqdn":"${app.fqdn}","ipv4":"${app.ipv4}","name":${JSON.stringify(app.target)}}`;
  const scanEnd = lc.state === 'FIXED' ? (lc.lastFixed ?? lc.lastFound) : lc.lastFound;
  s += `,"scan":{"uuid":"${uuidFrom(seed, 8000 + app.index, 5)}","started_at":"${iso(scanEnd - 7_200_000)}","completed_at":"${iso(scanEnd)}"}}`;
  return s;
}
