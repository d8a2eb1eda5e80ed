import type { NormalizedAsset } from './normalized';

/**
 * CI matching: which existing asset a normalised asset is. Keys are tried in a fixed order —
 * Tenable uuid, fqdn, hostname, ipv4 — strongest identity first, so a host that changed its IP
 * still matches on its uuid or name; with no match, the host creates a new asset. fqdn and
 * hostname compare case-insensitively (DNS names are case-insensitive; a trailing dot is
 * dropped); uuids lowercased; ipv4 trimmed. When several candidates share the winning key, the
 * lowest id wins (stable whatever order a store returns rows in) and the others are reported.
 *
 * `strictUuid` (off by default): a candidate that carries a DIFFERENT Tenable uuid is never matched
 * on a weaker key — Tenable says they are different assets (e.g. a recycled DHCP address).
 */

export const MATCH_KEYS = ['tenable_uuid', 'fqdn', 'hostname', 'ipv4'] as const;
export type MatchKey = (typeof MATCH_KEYS)[number];

export interface AssetCandidate {
  readonly id: string;
  readonly tenable_uuid?: string | null;
  readonly fqdn?: string | null;
  readonly hostname?: string | null;
  readonly ipv4?: string | null;
}

export type AssetMatch =
  | { readonly kind: 'match'; readonly assetId: string; readonly matchedOn: MatchKey; readonly ambiguousWith?: readonly string[] }
  | { readonly kind: 'create' };

export interface LookupKey {
  readonly field: MatchKey;
  /** Normalised value: query the store case-insensitively (or on a normalised column). */
  readonly value: string;
}

export function normalizeKey(field: MatchKey, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let text = value.trim();
  if (field !== 'ipv4') text = text.toLowerCase();
  if (field === 'fqdn' && text.endsWith('.')) text = text.slice(0, -1);
  return text === '' ? null : text;
}

function keyOfAsset(asset: Partial<NormalizedAsset>, field: MatchKey): string | null {
  return normalizeKey(field, field === 'tenable_uuid' ? asset.uuid : asset[field]);
}

/** The keys a host should query, in matching order, blank ones left out. */
export function assetLookupKeys(asset: Partial<NormalizedAsset>): LookupKey[] {
  const keys: LookupKey[] = [];
  for (const field of MATCH_KEYS) {
    const value = keyOfAsset(asset, field);
    if (value !== null) keys.push({ field, value });
  }
  return keys;
}

export interface MatchOptions {
  readonly strictUuid?: boolean;
}

export function matchAsset(asset: Partial<NormalizedAsset>, candidates: readonly AssetCandidate[], options: MatchOptions = {}): AssetMatch {
  const uuid = keyOfAsset(asset, 'tenable_uuid');
  for (const { field, value } of assetLookupKeys(asset)) {
    const hits = candidates
      .filter((c) => {
        if (normalizeKey(field, c[field]) !== value) return false;
        if (options.strictUuid !== true || field === 'tenable_uuid' || uuid === null) return true;
        const theirs = normalizeKey('tenable_uuid', c.tenable_uuid);
        return theirs === null || theirs === uuid;
      })
      .map((c) => c.id)
      .sort();
    const first = hits[0];
    if (first === undefined) continue;
    const others = [...new Set(hits.slice(1))].filter((id) => id !== first);
    return others.length > 0
      ? { kind: 'match', assetId: first, matchedOn: field, ambiguousWith: others }
      : { kind: 'match', assetId: first, matchedOn: field };
  }
  return { kind: 'create' };
}
