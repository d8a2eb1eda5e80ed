// Export filters for findings (VM vulns and WAS vulns), validated the way Tenable validates them
// so a client's mistakes (uppercase VM severities, millisecond timestamps, missing state with
// first_found/last_found/last_fixed, misspelt filter names) come back as 400s, not silent data.
import { FINDING_STATES } from './lifecycle';
import type { FindingState, Lifecycle } from './lifecycle';
import { SEVERITY_NAMES } from './plugin-catalog';

export interface FindingQuery {
  severities: Set<number> | undefined;
  states: Set<FindingState>;
  sinceMs: number | undefined;
  firstFoundMs: number | undefined;
  lastFoundMs: number | undefined;
  lastFixedMs: number | undefined;
  indexedMs: number | undefined;
  pluginIds: Set<number> | undefined;
  pluginFamilies: Set<string> | undefined;
  assetUuids: Set<string> | undefined;
  assetName: string | undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

type Product = 'vm' | 'was';

const VM_SUPPORTED = ['severity', 'state', 'since', 'first_found', 'last_found', 'last_fixed', 'plugin_id', 'plugin_family'];
const VM_TOLERATED = ['cidr_range', 'network_id', 'plugin_type', 'vpr_score', 'cvss4_base_score', 'scan_uuid', 'source', 'time_taken', 'initiated_by', 'severity_modification_type', 'resurfaced_date', 'asset_uuid'];
const WAS_SUPPORTED = ['severity', 'state', 'since', 'first_found', 'last_found', 'last_fixed', 'indexed_at', 'plugin_ids', 'asset_uuid', 'asset_name'];
const WAS_TOLERATED = ['owasp_2021', 'owasp_2017', 'cwe', 'ipv4s'];

function unixSeconds(name: string, v: unknown): Parsed<number> {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, message: `filters.${name} must be an integer unix timestamp in seconds, got ${JSON.stringify(v)}` };
  if (v > 99_999_999_999) return { ok: false, message: `filters.${name} looks like milliseconds (${v}); Tenable expects 10-digit unix seconds` };
  return { ok: true, value: v * 1000 };
}

function stringList(name: string, v: unknown): Parsed<string[]> {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return { ok: false, message: `filters.${name} must be an array of strings, got ${JSON.stringify(v)}` };
  return { ok: true, value: v as string[] };
}

function intList(name: string, v: unknown): Parsed<number[]> {
  if (!Array.isArray(v) || v.some((x) => !Number.isInteger(typeof x === 'string' ? Number(x) : x))) return { ok: false, message: `filters.${name} must be an array of integers, got ${JSON.stringify(v)}` };
  return { ok: true, value: (v as Array<number | string>).map(Number) };
}

export function parseFindingFilters(raw: unknown, product: Product): Parsed<FindingQuery> {
  const q: FindingQuery = {
    severities: undefined, states: new Set<FindingState>(['OPEN', 'REOPENED']), sinceMs: undefined, firstFoundMs: undefined,
    lastFoundMs: undefined, lastFixedMs: undefined, indexedMs: undefined, pluginIds: undefined, pluginFamilies: undefined, assetUuids: undefined, assetName: undefined,
  };
  if (raw === undefined || raw === null) return { ok: true, value: q };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'filters must be a JSON object' };
  const f = raw as Record<string, unknown>;
  const supported = product === 'vm' ? VM_SUPPORTED : WAS_SUPPORTED;
  const tolerated = product === 'vm' ? VM_TOLERATED : WAS_TOLERATED;
  for (const key of Object.keys(f)) {
    if (supported.includes(key) || tolerated.includes(key) || key.startsWith('tag.')) continue;
    return { ok: false, message: `unknown filter: ${key}` };
  }
  if (f.severity !== undefined) {
    const list = stringList('severity', f.severity);
    if (!list.ok) return list;
    const ids = new Set<number>();
    for (const s of list.value) {
      // VM insists on lowercase; the WAS spec says uppercase while pyTenable sends lowercase.
      const name = product === 'was' ? s.toLowerCase() : s;
      const id = (SEVERITY_NAMES as readonly string[]).indexOf(name);
      if (id < 0) return { ok: false, message: `invalid severity value: ${s} (expected one of ${SEVERITY_NAMES.join(', ')})` };
      ids.add(id);
    }
    q.severities = ids;
  }
  if (f.state !== undefined) {
    const list = stringList('state', f.state);
    if (!list.ok) return list;
    const states = new Set<FindingState>();
    for (const s of list.value) {
      const up = s.toUpperCase() as FindingState;
      if (!FINDING_STATES.includes(up)) return { ok: false, message: `invalid state value: ${s} (expected OPEN, REOPENED or FIXED)` };
      states.add(up);
    }
    q.states = states;
  }
  const times: Array<[string, 'sinceMs' | 'firstFoundMs' | 'lastFoundMs' | 'lastFixedMs' | 'indexedMs']> = [['since', 'sinceMs'], ['first_found', 'firstFoundMs'], ['last_found', 'lastFoundMs'], ['last_fixed', 'lastFixedMs'], ['indexed_at', 'indexedMs']];
  for (const [name, field] of times) {
    if (f[name] === undefined) continue;
    const t = unixSeconds(name, f[name]);
    if (!t.ok) return t;
    q[field] = t.value;
  }
  if (product === 'vm' && f.state === undefined && (f.first_found !== undefined || f.last_found !== undefined || f.last_fixed !== undefined)) {
    return { ok: false, message: 'filters.state is required when first_found, last_found or last_fixed is given' };
  }
  const pluginKey = product === 'vm' ? 'plugin_id' : 'plugin_ids';
  if (f[pluginKey] !== undefined) {
    const list = intList(pluginKey, f[pluginKey]);
    if (!list.ok) return list;
    q.pluginIds = new Set(list.value);
  }
  if (f.plugin_family !== undefined) {
    const list = stringList('plugin_family', f.plugin_family);
    if (!list.ok) return list;
    q.pluginFamilies = new Set(list.value);
  }
  if (product === 'was' && f.asset_uuid !== undefined) {
    const list = stringList('asset_uuid', f.asset_uuid);
    if (!list.ok) return list;
    q.assetUuids = new Set(list.value);
  }
  if (product === 'was' && f.asset_name !== undefined) {
    if (typeof f.asset_name !== 'string') return { ok: false, message: 'filters.asset_name must be a string' };
    q.assetName = f.asset_name.toLowerCase();
  }
  return { ok: true, value: q };
}

/**
 * Whether a finding matches. `since` follows Tenable: OPEN/REOPENED findings seen (or indexed)
 * since T, plus FIXED findings fixed (or indexed) since T.
 */
export function matchesFinding(q: FindingQuery, lc: Lifecycle, severity: number, pluginId: number, family: string): boolean {
  if (!q.states.has(lc.state)) return false;
  if (q.severities !== undefined && !q.severities.has(severity)) return false;
  if (q.sinceMs !== undefined) {
    const seen = lc.state === 'FIXED' ? (lc.lastFixed ?? 0) : lc.lastFound;
    if (seen < q.sinceMs && lc.indexed < q.sinceMs) return false;
  }
  if (q.firstFoundMs !== undefined && lc.firstFound < q.firstFoundMs) return false;
  if (q.lastFoundMs !== undefined && lc.lastFound < q.lastFoundMs) return false;
  if (q.lastFixedMs !== undefined && (lc.lastFixed === undefined || lc.lastFixed < q.lastFixedMs)) return false;
  if (q.indexedMs !== undefined && lc.indexed < q.indexedMs) return false;
  if (q.pluginIds !== undefined && !q.pluginIds.has(pluginId)) return false;
  if (q.pluginFamilies !== undefined && !q.pluginFamilies.has(family)) return false;
  return true;
}
