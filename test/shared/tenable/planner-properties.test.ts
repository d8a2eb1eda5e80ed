// Property tests: for ANY sequence of Tenable replies (garbage bodies, random statuses, random
// chunk lists, stray host events, chunk downloads answered in any order) every planner ends with
// done or fail within a bounded number of steps, never throws, never requests a saved chunk again,
// and keeps a plain-JSON, payload-free state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAILURE_STAGES } from '../../../src-shared/model/vocabulary';
import {
  initialExportState,
  initialProjectsState,
  initialScState,
  stepExport,
  stepProjects,
  stepSc,
  type ExportCommand,
  type ExportSpec,
  type ExportState,
  type PlannerEvent,
  type ProjectsCommand,
  type ScCommand,
  type StepResult,
} from '../../../src-shared/tenable';
import { ACTIONABLE, drive, jsonRoundTrip, type Cmd, type Step } from './planner-driver';

type G = fc.GeneratorValue;

/** An unbiased 0..max draw (fast-check biases small numbers, which would make rare branches common). */
const roll = (g: G, max: number): number => g(() => fc.noBias(fc.nat(max)));

const STATUSES = [200, 200, 201, 204, 400, 401, 403, 404, 408, 409, 418, 420, 429, 500, 502, 503, 504, 0, 999, -1, Number.NaN];

function randomReply(g: G, id: string): PlannerEvent {
  const status = g(() => fc.constantFrom(...STATUSES));
  const body = g(() => fc.oneof(fc.anything(), fc.string(), fc.jsonValue()));
  const headers = g(() => fc.option(fc.dictionary(fc.constantFrom('Retry-After', 'retry-after', 'x-other'), fc.oneof(fc.string(), fc.nat(100_000).map(String))), { nil: undefined }));
  return headers === undefined ? { type: 'reply', requestId: id, status, body } : { type: 'reply', requestId: id, status, body, headers };
}

/** Stray events a confused host might send: stale ids, unmatched acks, resume, start, cancel. */
function interjection(g: G, mild = false): PlannerEvent | null {
  if (roll(g, mild ? 999 : 99) >= 6) return null;
  return g(() =>
    fc.constantFrom<PlannerEvent>(
      { type: 'reply', requestId: 'stale-1', status: 200, body: { export_uuid: 'zzz', status: 'FINISHED' } },
      { type: 'network_error', requestId: 'stale-2' },
      { type: 'waited' },
      { type: 'chunk_saved', chunkId: 1001, records: 4 },
      { type: 'chunk_failed', chunkId: 1002, status: 404 },
      { type: 'page_saved', pageNo: 999 },
      { type: 'page_failed', pageNo: 998 },
      { type: 'resume' },
      { type: 'start' },
      { type: 'cancel' },
      { type: 'nonsense' } as unknown as PlannerEvent,
    ),
  );
}

/** Invariants every step of every planner keeps; returns a checked step. */
function checked<S extends { outcome: unknown }, C extends Cmd>(step: Step<S, C>, extra: (r: StepResult<S, C>, e: PlannerEvent) => void): Step<S, C> {
  const ids = new Set<string>();
  return (state, event, ctx) => {
    const wasTerminal = state.outcome !== null;
    const r = step(state, event, ctx);
    expect(jsonRoundTrip(r.state)).toEqual(r.state);
    if (wasTerminal) expect(r.commands).toEqual(event.type === 'resume' ? [state.outcome] : []);
    // One request, wait or page save per step; only chunk downloads come several at a time.
    expect(r.commands.filter((c) => ACTIONABLE.has(c.kind) && c.kind !== 'fetch_chunk').length).toBeLessThanOrEqual(1);
    if (r.commands.some((c) => c.kind === 'wait')) expect(r.commands.filter((c) => ACTIONABLE.has(c.kind))).toHaveLength(1);
    expect(r.commands.filter((c) => c.kind === 'done' || c.kind === 'fail').length).toBeLessThanOrEqual(1);
    for (const c of r.commands as readonly unknown[] as readonly Record<string, unknown>[]) {
      if (c['kind'] === 'wait') expect(Number.isInteger(c['ms']) && (c['ms'] as number) >= 0).toBe(true);
      if ((c['kind'] === 'request' || c['kind'] === 'fetch_chunk') && !wasTerminal) {
        expect(ids.has(c['id'] as string)).toBe(false); // a re-issued request always gets a new id
        ids.add(c['id'] as string);
      }
      if (c['kind'] === 'fail') {
        const f = c['failure'] as { code: string; stage: string; message: string };
        expect(f.code).not.toBe('planner_bug');
        expect(FAILURE_STAGES).toContain(f.stage);
        expect(f.message).toMatch(/^[a-z]/);
      }
    }
    extra(r, event);
    return r;
  };
}

/**
 * A hostile Tenable. `mild` runs answer mostly PROCESSING with few errors, so they reach the long
 * paths (poll limits, stalls, retry budgets, re-requests) instead of failing within a few steps.
 */
function exportChaos(g: G, mild: boolean) {
  const saved = new Set<string>();
  let accepted = 0;
  const respond = (cmd: ExportCommand): PlannerEvent => {
    if (cmd.kind === 'fetch_chunk') {
      expect(saved.has(cmd.sourceRef)).toBe(false);
      if (roll(g, 99) < (mild ? 93 : 75)) {
        saved.add(cmd.sourceRef);
        accepted += 1;
        return { type: 'chunk_saved', chunkId: cmd.chunkId, records: g(() => fc.oneof(fc.nat(5000), fc.constant(-3))) };
      }
      return { type: 'chunk_failed', chunkId: cmd.chunkId, status: g(() => fc.constantFrom(404, 400, 401, 403, 429, 500, 503, null)), message: 'x' };
    }
    if (cmd.kind !== 'request') throw new Error(`unexpected ${cmd.kind}`);
    const r = roll(g, mild ? 999 : 99);
    if (r < 6) return { type: 'network_error', requestId: cmd.id, failure: { message: 'econnreset' } };
    if (r < 18) return randomReply(g, cmd.id);
    const uuid = g(() => fc.constantFrom('e1', 'e2', 'e3', ''));
    if (cmd.path.endsWith('/status')) {
      const ids = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }).map(String), fc.constant(-1), fc.constant(null), fc.string()), { maxLength: 8 });
      return {
        type: 'reply',
        requestId: cmd.id,
        status: 200,
        body: {
          status: g(() => (mild ? fc.constantFrom(...Array<string>(60).fill('PROCESSING'), 'QUEUED', 'FINISHED', 'ERROR', 'WEIRD') : fc.constantFrom('QUEUED', 'PROCESSING', 'PROCESSING', 'PROCESSING', 'processing', 'FINISHED', 'FINISHED', 'ERROR', 'CANCELLED', 'WEIRD', 7))),
          chunks_available: g(() => ids),
          chunks_failed: g(() => (mild ? fc.constant([]) : fc.oneof(fc.constant([]), fc.constant([]), fc.constant([]), ids))),
          chunks_cancelled: g(() => fc.oneof(fc.constant(undefined), fc.constant([]), ids)),
          finished_chunks: g(() => fc.oneof(fc.nat(50), fc.string())),
          created: g(() => fc.oneof(fc.constant(undefined), fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }), fc.string())),
          filters: g(() => fc.oneof(fc.constant(undefined), fc.record({ since: fc.integer({ min: 0, max: 2_000_000_000 }) }))),
        },
      };
    }
    if (cmd.path.endsWith('/cancel')) return { type: 'reply', requestId: cmd.id, status: 200, body: { status: 'CANCELLED' } };
    const shape = roll(g, 9);
    if (shape < 6) return { type: 'reply', requestId: cmd.id, status: 200, body: { export_uuid: uuid } };
    if (shape < 8) return { type: 'reply', requestId: cmd.id, status: 409, body: { active_job_id: uuid } };
    return { type: 'reply', requestId: cmd.id, status: 429, body: `Duplicate export not allowed (job_uuid=${uuid}-0000-1111)`, headers: { 'retry-after': '3' } };
  };
  return { respond, accepted: () => accepted };
}

const exportSpecArb: fc.Arbitrary<ExportSpec> = fc.record({
  kind: fc.constantFrom('vm_vulns', 'vm_assets', 'was_vulns'),
  since: fc.option(fc.integer({ min: 1_500_000_000, max: 1_700_000_000 }), { nil: null }),
  severities: fc.option(fc.subarray(['info', 'low', 'medium', 'high', 'critical'] as const), { nil: undefined }),
});

/**
 * Chunk bookkeeping of the export planner: never more than `limit` downloads in flight, never the
 * same chunk twice in flight, nothing in flight once a wait is asked for, and page numbers that
 * name one chunk each, first given in increasing order (a chunk fetched again keeps its page).
 */
function chunkBookkeeping(limit: number) {
  const pageOf = new Map<string, number>();
  const chunkOfPage = new Map<number, string>();
  let lastNewPage = 0;
  return (r: StepResult<ExportState, ExportCommand>) => {
    const fetching = r.state.fetching;
    expect(fetching.length).toBeLessThanOrEqual(limit);
    expect(new Set(fetching.map((f) => f.chunkId)).size).toBe(fetching.length);
    if (r.commands.some((c) => c.kind === 'wait')) expect(fetching).toEqual([]);
    for (const c of r.commands) {
      if (c.kind !== 'fetch_chunk') continue;
      const known = pageOf.get(c.sourceRef);
      if (known !== undefined) {
        expect(c.pageNo).toBe(known);
        continue;
      }
      expect(chunkOfPage.has(c.pageNo)).toBe(false);
      expect(c.pageNo).toBeGreaterThan(lastNewPage);
      lastNewPage = c.pageNo;
      pageOf.set(c.sourceRef, c.pageNo);
      chunkOfPage.set(c.pageNo, c.sourceRef);
    }
  };
}

describe('export planner — properties', () => {
  const runChaos = (limits: ExportSpec['limits'], maxSteps: number, numRuns: number) =>
    fc.assert(
      fc.property(fc.gen(), exportSpecArb, fc.boolean(), (g, base, mild) => {
        const inFlight = g(() => fc.constantFrom(1, 2, 3, 5));
        const spec: ExportSpec = { ...base, limits: { ...limits, maxChunksInFlight: inFlight } };
        const chaos = exportChaos(g, mild);
        const bookkeeping = chunkBookkeeping(inFlight);
        const step = checked(stepExport, (r) => {
          bookkeeping(r);
          for (const c of r.commands) {
            if (c.kind === 'done') {
              expect(r.state.fetching).toEqual([]);
              expect(c.cursorMayAdvance ? Number.isInteger(c.cursorTo) : c.cursorTo === null).toBe(true);
              expect(c.chunks).toBeLessThanOrEqual(chaos.accepted());
            }
          }
        });
        // Downloads are answered in any order.
        const pick = (outstanding: readonly ExportCommand[]) => roll(g, outstanding.length - 1);
        const trace = drive(step, initialExportState(spec), chaos.respond, { maxSteps, interject: () => interjection(g, mild), persist: jsonRoundTrip, pick });
        expect(trace.terminal).not.toBeNull();
      }),
      // Traces are long: report the first counterexample (with its seed) instead of shrinking for minutes.
      { numRuns, endOnFailure: true },
    );

  it('any reply sequence ends in done or fail within bounded steps (small limits)', () => {
    runChaos({ maxPolls: 40, maxRetriesPerRun: 25 }, 3_000, 150);
  });

  it('any reply sequence ends in done or fail within bounded steps (default limits)', () => {
    runChaos(undefined, 30_000, 12);
  });

  it('with well-behaved chunks every listed chunk is fetched exactly once and done counts them all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (lists, adopt) => {
          const fetched: number[] = [];
          let poll = 0;
          const respond = (cmd: ExportCommand): PlannerEvent => {
            if (cmd.kind === 'fetch_chunk') {
              fetched.push(cmd.chunkId);
              return { type: 'chunk_saved', chunkId: cmd.chunkId, records: 1 };
            }
            if (cmd.kind !== 'request') throw new Error(cmd.kind);
            if (cmd.method === 'POST') return adopt ? { type: 'reply', requestId: cmd.id, status: 409, body: { active_job_id: 'a' } } : { type: 'reply', requestId: cmd.id, status: 200, body: { export_uuid: 'a' } };
            // chunks appear cumulatively, in any order; the last poll says FINISHED
            const upto = lists.slice(0, poll + 1).flat();
            const finished = poll >= lists.length - 1;
            poll += 1;
            return { type: 'reply', requestId: cmd.id, status: 200, body: { status: finished ? 'FINISHED' : 'PROCESSING', chunks_available: [...upto].reverse(), created: 1 } };
          };
          const trace = drive(stepExport, initialExportState({ kind: 'vm_vulns', since: null }), respond, { maxSteps: 1_000 });
          const all = [...new Set(lists.flat())];
          expect([...fetched].sort((a, b) => a - b)).toEqual(all.sort((a, b) => a - b));
          expect(trace.terminal).toMatchObject({ kind: 'done', chunks: all.length, records: all.length, cursorMayAdvance: true });
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

describe('was projects planner — properties', () => {
  it('any reply sequence ends in done or fail within bounded steps, with unique project ids', () => {
    fc.assert(
      fc.property(fc.gen(), fc.option(fc.string(), { nil: undefined }), (g, nameFilter) => {
        const respond = (cmd: ProjectsCommand): PlannerEvent => {
          if (cmd.kind !== 'request') throw new Error(cmd.kind);
          const r = roll(g, 99);
          if (r < 8) return { type: 'network_error', requestId: cmd.id };
          if (r < 25) return randomReply(g, cmd.id);
          const item = fc.oneof(fc.record({ config_id: fc.constantFrom('a', 'b', 'c', 'd', ''), name: fc.oneof(fc.string(), fc.nat()), target: fc.oneof(fc.string(), fc.constant(null)) }), fc.anything());
          return {
            type: 'reply',
            requestId: cmd.id,
            status: 200,
            body: { pagination: { total: g(() => fc.oneof(fc.nat(12), fc.nat(12).map(String), fc.string())) }, items: g(() => fc.array(item, { maxLength: 5 })) },
          };
        };
        const step = checked(stepProjects, (r) => {
          for (const c of r.commands) {
            if (c.kind === 'done') expect(new Set(c.projects.map((p) => p.id)).size).toBe(c.projects.length);
          }
        });
        const trace = drive(step, initialProjectsState({ nameFilter: nameFilter ?? null, limit: 5, maxPages: 20 }), respond, { maxSteps: 2_000, interject: () => interjection(g), persist: jsonRoundTrip });
        expect(trace.terminal).not.toBeNull();
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

describe('security center planner — properties', () => {
  it('any reply sequence ends in done or fail, never keeps records or tokens, logs out at most once', () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom('session', 'api_keys' as const), fc.option(fc.nat(2_000_000_000), { nil: null }), (g, auth, since) => {
        let savedRecords = 0;
        let logouts = 0;
        const respond = (cmd: ScCommand): PlannerEvent => {
          if (cmd.kind === 'save_page') {
            if (roll(g, 99) < 95) {
              savedRecords += cmd.records.length;
              return { type: 'page_saved', pageNo: cmd.pageNo };
            }
            return { type: 'page_failed', pageNo: cmd.pageNo, message: 'disk' };
          }
          if (cmd.kind !== 'request') throw new Error(cmd.kind);
          const r = roll(g, 99);
          if (cmd.method === 'DELETE') logouts += 1;
          if (r < 6) return { type: 'network_error', requestId: cmd.id };
          if (r < 18) return randomReply(g, cmd.id);
          if (cmd.path === '/rest/token' && cmd.method === 'POST') {
            expect(cmd.auth).toBe('sc_login');
            expect(Object.keys(cmd.body as object)).toEqual(['releaseSession']); // never a password
            const body = g(() =>
              fc.constantFrom<unknown>(
                { response: { token: 'TOKEN-abc' }, error_code: 0 },
                { response: { token: 987654 }, error_code: 0 },
                { response: { releaseSession: true }, error_code: 0 },
                { error_code: 2, error_msg: 'bad login' },
                { response: {} },
              ),
            );
            return { type: 'reply', requestId: cmd.id, status: g(() => fc.constantFrom(200, 200, 403)), body };
          }
          if (cmd.method === 'DELETE') return { type: 'reply', requestId: cmd.id, status: 200, body: {} };
          const kind = roll(g, 9);
          if (kind === 0) return { type: 'reply', requestId: cmd.id, status: g(() => fc.constantFrom(200, 403)), body: { error_code: 12, error_msg: 'This request contains an invalid token.' } };
          if (kind === 1) return { type: 'reply', requestId: cmd.id, status: g(() => fc.constantFrom(200, 403)), body: { error_code: g(() => fc.oneof(fc.integer({ min: 1, max: 200 }), fc.string())), error_msg: 'x' } };
          const n = g(() => fc.nat(5));
          const results = Array.from({ length: n }, (_, i) => ({ pluginID: String(i), marker: `REC-${i}` }));
          const total = g(() => fc.oneof(fc.nat(30).map(String), fc.nat(30), fc.constant(undefined), fc.string()));
          return { type: 'reply', requestId: cmd.id, status: 200, body: { error_code: 0, response: { totalRecords: total, returnedRecords: String(n), results } } };
        };
        const step = checked(stepSc, (r) => {
          const json = JSON.stringify(r.state);
          expect(json).not.toContain('REC-');
          expect(json).not.toContain('TOKEN-');
          expect(json).not.toContain('987654');
          for (const c of r.commands) if (c.kind === 'done') expect(c.records).toBe(savedRecords);
        });
        const spec = { auth, since, pageSize: 4, maxPages: 30 } as const;
        const trace = drive(step, initialScState(spec), respond, { maxSteps: 3_000, interject: () => interjection(g), persist: jsonRoundTrip });
        expect(trace.terminal).not.toBeNull();
        expect(logouts).toBeLessThanOrEqual(1);
        if (auth === 'api_keys') expect(logouts).toBe(0);
        expect(ofKindCount(trace.commands, 'token_regenerated')).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

function ofKindCount(commands: readonly Cmd[], kind: string): number {
  return commands.filter((c) => c.kind === kind).length;
}
