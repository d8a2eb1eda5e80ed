// The 13 injectable faults, with stable ids tests and benchmarks can name.

export const FAULT_KINDS = [
  'http_429', // 429 Too Many Requests, HTML body, retry-after header
  'http_5xx', // 500/502/503/504 (params.status, default 503)
  'connection_reset', // socket destroyed before any response byte
  'slow_response', // answer normally after params.delayMs (default 1500)
  'truncated_body', // headers promise a full body, the socket closes half-way
  'malformed_json', // 200 with a body that is not valid JSON (chunks included)
  'chunk_not_found', // 404 {"error":"Chunk does not exist"} on a chunk download
  'export_error', // the export job turns ERROR
  'export_stuck', // the export job stays PROCESSING until cancelled
  'chunks_failed', // the next params.count (default 1) chunks land in chunks_failed
  'sc_token_expired', // the Security Center session dies: 403 error_code 12
  'keys_revoked', // the presented API keys are revoked: 401 from now on
  'duplicate_export', // 409 {active_job_id, failure_reason} on export creation
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultParams {
  status?: 500 | 502 | 503 | 504;
  retryAfterSeconds?: number;
  delayMs?: number;
  count?: number;
}

/**
 * One fault rule. `endpoint` is a route id or a glob over route ids ('vm.vulns_export.*', '*').
 * Either `kind` with `probability` (seeded; default 1) and optional `times` (how often it may
 * fire), or a scripted `sequence` consumed one entry per matching request (null = no fault).
 */
export interface FaultRule {
  endpoint: string;
  kind?: FaultKind;
  probability?: number;
  times?: number;
  sequence?: Array<FaultKind | null>;
  params?: FaultParams;
}

export interface FiredFault {
  n: number;
  routeId: string;
  kind: FaultKind;
  at: number;
}
