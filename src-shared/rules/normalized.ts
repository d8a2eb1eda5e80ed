import type { Platform, RemoteState, Severity } from '../model/vocabulary';

/**
 * The one shape every Tenable source is normalised into before any rule runs. Field names follow
 * the asset and vulnerable item tables so a host can copy them across without renaming; dates are
 * ISO-8601 text (the model's datetime representation), never epoch numbers.
 */

export const SEVERITY_MODIFICATIONS = ['NONE', 'RECASTED', 'ACCEPTED'] as const;
export type SeverityModification = (typeof SEVERITY_MODIFICATIONS)[number];

/** Security Center analysis source: cumulative = still present; patched = mitigated (FIXED). */
export const SC_SOURCE_TYPES = ['cumulative', 'patched'] as const;
export type ScSourceType = (typeof SC_SOURCE_TYPES)[number];

/** Longest `output` kept; matches `x_eih_vulnerable_item.output` (Tenable itself caps at 1 MB). */
export const MAX_OUTPUT_LENGTH = 65000;
/** Longest dedupe key; matches `x_eih_vulnerable_item.dedupe_key`. */
export const MAX_DEDUPE_KEY_LENGTH = 255;

export interface NormalizedAsset {
  /** Tenable's asset uuid (VM/WAS asset.uuid, SC uuid when the repository tracks agents). */
  readonly uuid: string | null;
  readonly hostname: string | null;
  readonly fqdn: string | null;
  readonly ipv4: string | null;
  readonly ipv6: string | null;
  readonly mac: string | null;
  readonly netbios: string | null;
  readonly os: string | null;
}

export interface NormalizedFinding {
  /** Upsert key on (connector, dedupe_key): Tenable's finding id or a documented fallback. */
  readonly dedupe_key: string;
  readonly source_finding_id: string | null;
  readonly plugin_id: string;
  readonly plugin_name: string | null;
  readonly plugin_family: string | null;
  readonly cve: readonly string[];
  /** CVSS v3 base score when known, else v2; 0..10. */
  readonly cvss: number | null;
  /** Tenable's Vulnerability Priority Rating, 0..10. */
  readonly vpr: number | null;
  readonly exploit_available: boolean;
  readonly severity: Severity;
  readonly severity_modification: SeverityModification | null;
  readonly remote_state: RemoteState;
  readonly first_found: string | null;
  readonly last_found: string | null;
  readonly last_fixed: string | null;
  readonly port: number | null;
  readonly protocol: string | null;
  /** WAS only: the URL the finding was seen on. */
  readonly url: string | null;
  /** Plugin output, cut to MAX_OUTPUT_LENGTH without splitting a character. */
  readonly output: string | null;
  readonly output_truncated: boolean;
  /** SC only: the repository the result came from (needed to write accept/recast rules back). */
  readonly repository_id: string | null;
}

export interface NormalizedRecord {
  readonly platform: Platform;
  readonly asset: NormalizedAsset;
  readonly finding: NormalizedFinding;
}

/** A record that could not be normalised: where (JSON path) and why. */
export interface RecordRejection {
  readonly ok: false;
  readonly path: string;
  readonly reason: string;
}

export type NormalizeOutcome = { readonly ok: true; readonly value: NormalizedRecord } | RecordRejection;

export interface PageRejection {
  /** Position of the record in the page; null when the page itself was not an array. */
  readonly index: number | null;
  readonly path: string;
  readonly reason: string;
}

/** Every input record lands in exactly one list: accepted.length + rejected.length = page length. */
export interface NormalizedPage {
  readonly accepted: readonly NormalizedRecord[];
  readonly rejected: readonly PageRejection[];
}
