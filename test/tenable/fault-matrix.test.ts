/**
 * Every fault the sandbox can inject, on the endpoint where it bites, through a full engine run:
 * the run ends with the right outcome (success after retries with the exact item count, or a
 * failure with the right stage, status code, message and retryable flag), and nothing is lost or
 * duplicated. Expectations come from notes/tenable-api.md and the planners' documented behaviour,
 * not from watching what the code does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../src-shared/model/vocabulary';
import { FAULT_KINDS, type FaultKind, type FaultRule } from '../../src-server/sandbox/index';
import type { Row } from '../../src-server/node/store/record-codec';
import { USER_AGENT } from '../../src-server/node/tenable/user-agent';
import { ALL_STATES, SMALL_DATA, sandboxJson, startBench, vmChunkCounts, type AuthMode, type TenableBench } from './tenable-harness';
import { VM_ASSETS_PER_CHUNK } from '../../src-server/node/engine/retrieval';

type Expected =
  | { readonly outcome: 'succeeded'; readonly cursorAdvances: boolean }
  | { readonly outcome: 'failed'; readonly statusCode: number | null; readonly message: RegExp; readonly retryable: boolean; readonly connectorStatus: 'retrying' | 'failed' };

interface Observed {
  readonly bench: TenableBench;
  readonly run: Row;
  readonly items: readonly Row[];
  readonly total: number;
  /** How many requests each sandbox route saw, by route id. */
  readonly hits: (routeId: string) => number;
  readonly logs: readonly Row[];
}

interface FaultRow {
  readonly name: string;
  readonly kind: FaultKind;
  readonly platform?: Platform;
  readonly auth?: AuthMode;
  readonly rules: readonly FaultRule[];
  /** The sandbox clock moves while the run is going (an export that never progresses). */
  readonly clockRuns?: boolean;
  readonly expected: Expected;
  /** Items the run must leave; default: everything the sandbox holds (successes) . */
  readonly items?: (observed: Omit<Observed, 'items'>) => Promise<number> | number;
  readonly check?: (observed: Observed) => Promise<void> | void;
}

const VM_CHUNK = 'vm.vulns_export.chunk';
const VM_STATUS = 'vm.vulns_export.status';
const VM_CREATE = 'vm.vulns_export.create';
/** Chunks of the bench's VM export (one finding per asset, as many assets per chunk as retrieval asks). */
const VM_CHUNKS = Math.ceil(Number(SMALL_DATA.assets) / VM_ASSETS_PER_CHUNK);
/** Items of the first two chunks (the bench has one finding per asset): what a run failing on chunk 3 imported. */
const TWO_CHUNKS_ITEMS = 2 * VM_ASSETS_PER_CHUNK;
/*
 * Chunks are downloaded a few at a time (the bench's export lists two per poll, so chunks 1–2, then
 * 3–4, ... are in flight together), and chunk faults are scripted per request: the n-th request
 * may be either chunk of its pair. Rows that aim at one chunk therefore fault both of its pair.
 */

/** One row per fault kind (the first 13), then the same faults until retries run out. */
const ROWS: readonly FaultRow[] = [
  {
    name: 'http_429 on status polls: waits Retry-After, then succeeds',
    kind: 'http_429',
    rules: [{ endpoint: VM_STATUS, kind: 'http_429', times: 2, params: { retryAfterSeconds: 7 } }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits, logs }) => {
      expect(hits(VM_STATUS)).toBeGreaterThanOrEqual(3);
      // Retry-After (7 s) is what the planner waited, not its own backoff.
      expect(logs.filter((log) => /http 429; retry \d in 7000 ms/.test(String(log.message)))).toHaveLength(2);
    },
  },
  {
    name: 'http_5xx (502) on chunk downloads: the chunk is retried, then succeeds',
    kind: 'http_5xx',
    rules: [{ endpoint: VM_CHUNK, kind: 'http_5xx', times: 2, params: { status: 502 } }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits }) => expect(hits(VM_CHUNK)).toBe(VM_CHUNKS + 2),
  },
  {
    name: 'connection_reset on export creation: asks again, then succeeds',
    kind: 'connection_reset',
    rules: [{ endpoint: VM_CREATE, kind: 'connection_reset', times: 1 }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    // One export only: the reset request never reached the handler, so no orphan job exists.
    check: ({ hits, bench }) => {
      expect(hits(VM_CREATE)).toBe(2);
      expect(bench.sandbox.control.stats().exports).toHaveLength(1);
    },
  },
  {
    name: 'slow_response on chunk downloads: waits for it, the time is counted',
    kind: 'slow_response',
    rules: [{ endpoint: VM_CHUNK, kind: 'slow_response', times: 2, params: { delayMs: 400 } }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ run, hits }) => {
      expect(hits(VM_CHUNK)).toBe(VM_CHUNKS);
      // The two slow downloads run side by side: the REST time is wall time, so 400 ms, not 800.
      expect(Number(run.rest_api_ms)).toBeGreaterThanOrEqual(400);
    },
  },
  {
    name: 'truncated_body on a chunk: the chunk fails and is fetched again, never half-saved',
    kind: 'truncated_body',
    rules: [{ endpoint: VM_CHUNK, kind: 'truncated_body', times: 1 }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits, run }) => {
      expect(hits(VM_CHUNK)).toBe(VM_CHUNKS + 1);
      expect(run.pages).toBe(VM_CHUNKS);
    },
  },
  {
    name: 'malformed_json chunk: the chunk fails and is fetched again, never dropped as empty',
    kind: 'malformed_json',
    rules: [{ endpoint: VM_CHUNK, kind: 'malformed_json', times: 1 }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits, logs }) => {
      expect(hits(VM_CHUNK)).toBe(VM_CHUNKS + 1);
      expect(logs.some((log) => /chunk [12] .*not a JSON array.*retry 1/.test(String(log.message)))).toBe(true);
    },
  },
  {
    name: 'chunk_not_found (expired) on the last chunk: the export is re-requested once, then succeeds',
    kind: 'chunk_not_found',
    rules: [{ endpoint: VM_CHUNK, sequence: [...Array<null>(VM_CHUNKS - 1).fill(null), 'chunk_not_found'] }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits, run, total, logs }) => {
      expect(hits(VM_CREATE)).toBe(2);
      // Records of the first export are delivered again (upserted), so more are fetched than exist.
      expect(Number(run.records_fetched)).toBeGreaterThan(total);
      expect(logs.some((log) => /re-requesting the whole export once/.test(String(log.message)))).toBe(true);
    },
  },
  {
    name: 'export_error after two chunks: fails retryable, the fetched pages are imported and counted',
    kind: 'export_error',
    rules: [{ endpoint: VM_STATUS, sequence: [null, 'export_error'] }],
    expected: { outcome: 'failed', statusCode: null, message: /^export [0-9a-f-]{36} ended in status error on tenable/, retryable: true, connectorStatus: 'retrying' },
    items: () => TWO_CHUNKS_ITEMS,
  },
  {
    name: 'export_stuck: cancelled on Tenable after no progress, fails retryable',
    kind: 'export_stuck',
    rules: [{ endpoint: VM_STATUS, kind: 'export_stuck', times: 1 }],
    clockRuns: true,
    expected: { outcome: 'failed', statusCode: null, message: /^export [0-9a-f-]{36} stuck in status processing: no progress for \d+ min; cancelled it/, retryable: true, connectorStatus: 'retrying' },
    items: () => 0,
    check: ({ hits, bench }) => {
      expect(hits('vm.vulns_export.cancel')).toBe(1);
      expect(bench.sandbox.control.stats().exports.map((job) => job.status)).toEqual(['CANCELLED']);
    },
  },
  {
    name: 'chunks_failed: succeeds with what Tenable delivered, the cursor does not advance',
    kind: 'chunks_failed',
    rules: [{ endpoint: VM_STATUS, kind: 'chunks_failed', times: 1 }],
    expected: { outcome: 'succeeded', cursorAdvances: false },
    items: async ({ bench, run, total }) => {
      const status = await sandboxJson<{ chunks_failed: number[] }>(bench.sandbox, `/vulns/export/${String(run.export_uuid)}/status`);
      expect(status.body.chunks_failed).toEqual([1]);
      const counts = await vmChunkCounts(bench.sandbox);
      return total - (counts.get(1) ?? 0);
    },
    check: ({ logs }) => expect(logs.some((log) => /delta cursor kept: tenable reported failed or cancelled chunks/.test(String(log.message)))).toBe(true),
  },
  {
    name: 'sc_token_expired mid-paging: logs in again once, continues at the same offset',
    kind: 'sc_token_expired',
    platform: 'tenable_sc',
    auth: 'session',
    rules: [{ endpoint: 'sc.analysis', sequence: [null, 'sc_token_expired'] }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ run, hits, bench }) => {
      expect(run.token_regenerated).toBe(true);
      expect(hits('sc.token.create')).toBe(2);
      expect(hits('sc.token.delete')).toBe(1);
      expect(bench.sandbox.control.stats().scSessions).toBe(0);
    },
  },
  {
    name: 'keys_revoked at export creation: fails 401, not retryable',
    kind: 'keys_revoked',
    rules: [{ endpoint: VM_CREATE, kind: 'keys_revoked', times: 1 }],
    expected: { outcome: 'failed', statusCode: 401, message: /^vm_vulns export request replied http 401: check the api keys: Invalid credentials\.$/, retryable: false, connectorStatus: 'failed' },
    items: () => 0,
  },
  {
    name: 'duplicate_export (409): adopts the active job, succeeds',
    kind: 'duplicate_export',
    rules: [{ endpoint: VM_CREATE, kind: 'duplicate_export', times: 1 }],
    expected: { outcome: 'succeeded', cursorAdvances: true },
    check: ({ hits, logs, bench }) => {
      expect(hits(VM_CREATE)).toBe(1);
      expect(bench.sandbox.control.stats().exports).toHaveLength(1);
      expect(logs.some((log) => /replied http 409: adopting the active export job/.test(String(log.message)))).toBe(true);
    },
  },
  // Beyond one row per kind: the same faults when they do not go away.
  {
    name: 'http_5xx (500) on every status poll: fails retryable with 500 after bounded retries',
    kind: 'http_5xx',
    rules: [{ endpoint: VM_STATUS, kind: 'http_5xx', params: { status: 500 } }],
    expected: { outcome: 'failed', statusCode: 500, message: /^status of export .* failed with http 500 after 5 retries$/, retryable: true, connectorStatus: 'retrying' },
    items: () => 0,
    check: ({ hits }) => expect(hits(VM_STATUS)).toBe(6),
  },
  {
    name: 'http_429 on every export request: fails rate_limited (429), retryable',
    kind: 'http_429',
    rules: [{ endpoint: VM_CREATE, kind: 'http_429' }],
    expected: { outcome: 'failed', statusCode: 429, message: /^vm_vulns export request failed with http 429 after 12 retries$/, retryable: true, connectorStatus: 'retrying' },
    items: () => 0,
  },
  {
    name: 'connection_reset on every download of chunks 3–4: fails retryable, pages 1–2 imported',
    kind: 'connection_reset',
    rules: [{ endpoint: VM_CHUNK, sequence: [null, null, ...Array<FaultKind>(12).fill('connection_reset')] }],
    expected: { outcome: 'failed', statusCode: null, message: /^chunk [34] of export .* failed with a network error after 5 retries$/, retryable: true, connectorStatus: 'retrying' },
    items: () => TWO_CHUNKS_ITEMS,
  },
  {
    name: 'malformed_json on every status poll: fails after three unreadable replies',
    kind: 'malformed_json',
    rules: [{ endpoint: VM_STATUS, kind: 'malformed_json' }],
    expected: { outcome: 'failed', statusCode: 200, message: /^status of export .* replied http 200 with an unreadable body/, retryable: true, connectorStatus: 'retrying' },
    items: () => 0,
  },
  {
    name: 'sc_token_expired twice: the one re-login is spent, fails retryable',
    kind: 'sc_token_expired',
    platform: 'tenable_sc',
    auth: 'session',
    rules: [{ endpoint: 'sc.analysis', sequence: [null, 'sc_token_expired', 'sc_token_expired'] }],
    expected: { outcome: 'failed', statusCode: 403, message: /error_code 12 \(invalid token\) after the one re-login of this run$/, retryable: true, connectorStatus: 'retrying' },
    items: () => 1000,
  },
  {
    name: 'keys_revoked mid-export (chunks 3–4): fails 401 not retryable, pages 1–2 imported',
    kind: 'keys_revoked',
    rules: [{ endpoint: VM_CHUNK, sequence: [null, null, 'keys_revoked', 'keys_revoked'] }],
    expected: { outcome: 'failed', statusCode: 401, message: /^chunk [34] of export .* (failed with|replied) http 401/, retryable: false, connectorStatus: 'failed' },
    items: () => TWO_CHUNKS_ITEMS,
  },
];

function expectedTotal(bench: TenableBench, platform: Platform): number {
  const { control } = bench.sandbox;
  if (platform === 'tenable_sc') return control.count({ product: 'sc', sourceType: 'cumulative' }) + control.count({ product: 'sc', sourceType: 'patched' });
  return control.count({ product: platform === 'tenable_was' ? 'was' : 'vm', filters: { state: [...ALL_STATES] } });
}

/** Moves the sandbox clock (and so the engine's) by 10 minutes every 40 ms until stopped. */
function runClock(bench: TenableBench): () => void {
  const timer = setInterval(() => bench.sandbox.control.advanceClock(600), 40);
  return () => clearInterval(timer);
}

describe('fault matrix: one full engine run per fault', () => {
  let bench: TenableBench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it('has a row for every fault kind the sandbox can inject', () => {
    expect(new Set(ROWS.slice(0, FAULT_KINDS.length).map((row) => row.kind))).toEqual(new Set(FAULT_KINDS));
  });

  it.each(ROWS)('$name', async (row) => {
    bench = await startBench();
    const b = bench;
    const platform = row.platform ?? 'tenable_vm';
    const { connector } = await b.createConnector({ platform, auth: row.auth ?? 'keys' });
    const connectorId = String(connector.sys_id);
    const total = expectedTotal(b, platform);
    b.sandbox.control.setFaults([...row.rules]);

    const stopClock = row.clockRuns ? runClock(b) : () => undefined;
    let run: Row;
    try {
      run = await b.run(connectorId);
    } finally {
      stopClock();
    }

    // The fault did fire, on the endpoint the row names.
    const fired = b.sandbox.control.faultLog();
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((fault) => fault.kind === row.kind || row.rules.some((rule) => rule.sequence?.includes(fault.kind)))).toBe(true);

    const requests = b.sandbox.control.requests();
    // Retries, re-requests and cancels name the integration too.
    expect(requests.filter((request) => request.userAgent !== USER_AGENT).map((request) => `${request.method} ${request.path}`)).toEqual([]);
    const hits = (routeId: string) => requests.filter((request) => request.routeId === routeId).length;
    const logs = await b.connectorLogs(String(run.sys_id));
    const items = await b.items(connectorId);
    const entries = await b.entries(String(run.sys_id));
    const after = await b.connector(connectorId);
    const observedBase = { bench: b, run, total, hits, logs };

    // Nothing duplicated, whatever the outcome.
    expect(new Set(items.map((item) => item.dedupe_key)).size).toBe(items.length);
    // No page is left waiting or half-done.
    expect(entries.filter((entry) => entry.state === 'queued' || entry.state === 'processing')).toEqual([]);
    expect(Number(run.rest_api_ms)).toBeGreaterThan(0);

    const wantItems = row.items ? await row.items(observedBase) : total;
    expect(items).toHaveLength(wantItems);

    if (row.expected.outcome === 'succeeded') {
      expect(run).toMatchObject({ state: 'complete', substate: 'succeeded', failure_stage: null, failure_status_code: null });
      expect(Number(run.records_processed)).toBe(Number(run.records_fetched));
      expect(entries.every((entry) => entry.state === 'processed')).toBe(true);
      expect(after.status).toBe('connected');
      if (row.expected.cursorAdvances) {
        expect(run.cursor_may_advance).toBe(true);
        expect(after.last_success_cursor).toBe(Math.floor(b.sandbox.control.now() / 1000));
      } else {
        expect(run.cursor_may_advance).toBe(false);
        expect(after.last_success_cursor ?? null).toBeNull();
      }
    } else {
      const { statusCode, message, retryable, connectorStatus } = row.expected;
      expect(run).toMatchObject({ state: 'complete', substate: 'failed', failure_stage: 'fetching', failure_status_code: statusCode, failure_retryable: retryable });
      expect(String(run.failure_message)).toMatch(message);
      expect(after).toMatchObject({ status: connectorStatus, last_run_status: 'failed' });
      expect(after.last_success_cursor ?? null).toBeNull();
      // What was fetched before the failure is imported, and the run says so.
      expect(Number(run.records_processed)).toBe(items.length);
      expect(Number(run.records_fetched)).toBe(items.length);
      expect(entries.every((entry) => entry.state === 'processed')).toBe(true);
      expect(Number(run.entries_processed)).toBe(entries.length);
      // The failure is in the connector log with its status code and retryable flag.
      const failureLog = logs.find((log) => log.level === 'error' && log.event === 'fail');
      expect(String(failureLog?.message)).toContain(String(run.failure_message));
      expect(failureLog).toMatchObject({ stage: 'fetching', status_code: statusCode, retryable });
    }
    await row.check?.({ ...observedBase, items });
  });
});

describe('failed chunks on a delta run', () => {
  let bench: TenableBench | undefined;
  afterEach(async () => {
    await bench?.close();
    bench = undefined;
  });

  it('keeps the delta cursor where it was, so the next run asks for the same window again', async () => {
    bench = await startBench();
    const b = bench;
    const { connector } = await b.createConnector();
    const id = String(connector.sys_id);
    await b.run(id);
    const first = Number((await b.connector(id)).last_success_cursor);
    expect(first).toBe(Math.floor(b.sandbox.control.now() / 1000));

    b.sandbox.control.advanceClock(3600);
    b.sandbox.control.addFindings({ count: 40 });
    b.sandbox.control.advanceClock(60);
    b.sandbox.control.setFaults([{ endpoint: VM_STATUS, kind: 'chunks_failed', times: 1, params: { count: VM_CHUNKS } }]);
    const lossy = await b.run(id);
    expect(lossy).toMatchObject({ substate: 'succeeded', full_import: false, cursor_from: first, cursor_may_advance: false, records_fetched: 0 });
    expect(Number((await b.connector(id)).last_success_cursor)).toBe(first);

    // The next clean delta starts from the same cursor and brings what the lossy run missed.
    b.sandbox.control.clearFaults();
    b.sandbox.control.advanceClock(60);
    const healed = await b.run(id);
    expect(healed).toMatchObject({ substate: 'succeeded', cursor_from: first, cursor_may_advance: true });
    expect(Number(healed.records_fetched)).toBe(b.sandbox.control.count({ product: 'vm', filters: { state: [...ALL_STATES], since: first } }));
    expect(Number(healed.records_fetched)).toBeGreaterThanOrEqual(40);
    expect(Number((await b.connector(id)).last_success_cursor)).toBe(Math.floor(b.sandbox.control.now() / 1000));
  });
});
