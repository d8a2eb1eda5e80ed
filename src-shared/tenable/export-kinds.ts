/**
 * The three Tenable exports share one workflow (request → poll status → fetch chunks → cancel) and
 * differ only in paths and request body. This file is that difference, as data.
 */
import { REMOTE_STATES, SEVERITIES, type RemoteState, type Severity } from '../model/vocabulary';
import type { JsonValue } from './planner-protocol';

export const EXPORT_KINDS = ['vm_vulns', 'vm_assets', 'was_vulns'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportPaths {
  readonly create: string;
  readonly status: (uuid: string) => string;
  readonly chunk: (uuid: string, chunkId: number) => string;
  readonly cancel: (uuid: string) => string;
}

const BASE_PATHS: Readonly<Record<ExportKind, string>> = {
  vm_vulns: '/vulns/export',
  vm_assets: '/assets/export',
  was_vulns: '/was/v1/export/vulns',
};

export function exportPaths(kind: ExportKind): ExportPaths {
  const base = BASE_PATHS[kind];
  const at = (uuid: string): string => `${base}/${encodeURIComponent(uuid)}`;
  return {
    create: base,
    status: (uuid) => `${at(uuid)}/status`,
    chunk: (uuid, chunkId) => `${at(uuid)}/chunks/${chunkId}`,
    cancel: (uuid) => `${at(uuid)}/cancel`,
  };
}

/** Limits that keep every export run finite; all overridable per spec. */
export interface ExportLimits {
  /** First poll delay; grows ×`pollGrowth` per poll without progress, up to `pollMaxMs`. */
  readonly pollInitialMs: number;
  readonly pollMaxMs: number;
  readonly pollGrowth: number;
  /** QUEUED/PROCESSING with no new chunk and no status change this long → cancel, fail retryable. */
  readonly stallMs: number;
  /** QUEUED/PROCESSING this long in total → cancel, fail retryable (exports can take 30+ min). */
  readonly maxExportMs: number;
  /** Status polls per export, independent of the clock, so a frozen clock cannot poll forever. */
  readonly maxPolls: number;
  /** Distinct chunk ids per export: a guard against a garbage status listing millions. */
  readonly maxChunks: number;
  /** Transient retries per run (all operations together). */
  readonly maxRetriesPerRun: number;
  /** Consecutive unreadable 2xx replies tolerated before failing. */
  readonly maxBadReplies: number;
  /**
   * Chunk downloads outstanding at once (pyTenable and Tenable's own integrations download several
   * in parallel: each chunk is a network round trip). The host holds up to this many chunks in
   * memory (~4.5 MB of text each), so it is clamped to 1–8; 1 downloads one after another.
   */
  readonly maxChunksInFlight: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  pollInitialMs: 2_000,
  pollMaxMs: 30_000,
  pollGrowth: 1.5,
  stallMs: 60 * 60_000,
  maxExportMs: 6 * 60 * 60_000,
  maxPolls: 1_500,
  maxChunks: 100_000,
  maxRetriesPerRun: 40,
  maxBadReplies: 3,
  maxChunksInFlight: 3,
};

const MAX_CHUNKS_IN_FLIGHT = 8;

/** What to export; plain JSON, kept in the planner state so a resumed run needs nothing else. */
export interface ExportSpec {
  readonly kind: ExportKind;
  /** Delta cursor (unix seconds) from the last successful run; null for a full import. */
  readonly since: number | null;
  /** Vulnerability exports only; default all five; an empty list means "import nothing". */
  readonly severities?: readonly Severity[];
  /** Vulnerability exports only; default OPEN, REOPENED and FIXED (so fixes close local items). */
  readonly states?: readonly RemoteState[];
  /** `vm_vulns`: assets per chunk, clamped to 50–5000, default 50 (Tenable's own default). */
  readonly numAssets?: number;
  /** `vm_assets`: assets per chunk, clamped to 50–10000, default 1000. */
  readonly chunkSize?: number;
  /** More Tenable filters (`tag.<Cat>`, `plugin_id`, ...); cannot override since/state/severity. */
  readonly extraFilters?: Readonly<Record<string, JsonValue>>;
  readonly limits?: Partial<ExportLimits>;
}

export function limitsOf(spec: ExportSpec): ExportLimits {
  const limits = { ...DEFAULT_EXPORT_LIMITS, ...(spec.limits ?? {}) };
  // Below 1 nothing would ever be fetched; above the cap the host's memory is no longer bounded.
  return { ...limits, maxChunksInFlight: clampInt(limits.maxChunksInFlight, 1, MAX_CHUNKS_IN_FLIGHT, DEFAULT_EXPORT_LIMITS.maxChunksInFlight) };
}

export function isVulnExport(kind: ExportKind): boolean {
  return kind !== 'vm_assets';
}

/** The severities to ask for, in Tenable's lowercase spelling (pyTenable's; WAS accepts it too). */
export function severitiesOf(spec: ExportSpec): readonly Severity[] {
  return spec.severities === undefined ? SEVERITIES : SEVERITIES.filter((s) => spec.severities?.includes(s));
}

function statesOf(spec: ExportSpec): readonly RemoteState[] {
  const chosen = REMOTE_STATES.filter((s) => spec.states?.includes(s));
  return chosen.length === 0 ? REMOTE_STATES : chosen;
}

function clampInt(value: number | undefined, low: number, high: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(high, Math.max(low, Math.round(value)));
}

/**
 * The export request body. `since` is the delta cursor for vulnerabilities (OPEN/REOPENED seen
 * since T plus FIXED fixed since T — a `last_found` cursor would miss late-indexed and fixed
 * findings); for assets the matching filter is `updated_at`.
 */
export function exportRequestBody(spec: ExportSpec): JsonValue {
  const filters: Record<string, JsonValue> = { ...(spec.extraFilters ?? {}) };
  if (spec.kind === 'vm_assets') {
    delete filters['updated_at'];
    if (spec.since !== null) filters['updated_at'] = spec.since;
    return { chunk_size: clampInt(spec.chunkSize, 50, 10_000, 1_000), filters };
  }
  delete filters['since'];
  filters['severity'] = [...severitiesOf(spec)];
  filters['state'] = [...statesOf(spec)];
  if (spec.since !== null) filters['since'] = spec.since;
  if (spec.kind === 'vm_vulns') {
    return { num_assets: clampInt(spec.numAssets, 50, 5_000, 50), include_unlicensed: true, filters };
  }
  return { filters };
}
