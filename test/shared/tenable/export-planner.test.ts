import { describe, expect, it } from 'vitest';
import {
  createExportPlanner,
  exportPaths,
  exportRequestBody,
  initialExportState,
  stepExport,
  type ExportCommand,
  type ExportSpec,
  type ExportState,
  type PlannerEvent,
} from '../../../src-shared/tenable';
import { limitsOf } from '../../../src-shared/tenable/export-kinds';
import { ACTIONABLE, T0, drive, jsonRoundTrip, ofKind, reply, type DriveOptions } from './planner-driver';

interface R {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}
type ChunkOutcome = { readonly saved: number } | { readonly failed: number | null };

interface ExportScript {
  readonly create: readonly R[];
  /** Status replies by export uuid and poll number (0-based). */
  readonly status: (uuid: string, poll: number) => R;
  readonly chunk?: (uuid: string, chunkId: number, attempt: number) => ChunkOutcome;
  readonly cancel?: R;
}

const st = (status: string, available: number[] = [], extra: Record<string, unknown> = {}): R => ({
  status: 200,
  body: { uuid: 'u', status, chunks_available: available, chunks_failed: [], chunks_cancelled: [], ...extra },
});

/** A fake Tenable answering the planner's commands from a script; it records what it was asked. */
function exportServer(script: ExportScript) {
  const seen = { creates: [] as unknown[], statusPolls: [] as string[], fetches: [] as string[], cancels: [] as string[], paths: [] as string[] };
  const polls = new Map<string, number>();
  const attempts = new Map<string, number>();
  const respond = (cmd: ExportCommand): PlannerEvent => {
    if (cmd.kind === 'fetch_chunk') {
      seen.fetches.push(cmd.sourceRef);
      const [uuid = '', , id = '0'] = cmd.sourceRef.split('/');
      const attempt = attempts.get(cmd.sourceRef) ?? 0;
      attempts.set(cmd.sourceRef, attempt + 1);
      const outcome = script.chunk?.(uuid, Number(id), attempt) ?? { saved: 10 };
      return 'saved' in outcome ? { type: 'chunk_saved', chunkId: cmd.chunkId, records: outcome.saved } : { type: 'chunk_failed', chunkId: cmd.chunkId, status: outcome.failed };
    }
    if (cmd.kind !== 'request') throw new Error(`unexpected ${cmd.kind}`);
    seen.paths.push(`${cmd.method} ${cmd.path}`);
    if (cmd.path.endsWith('/cancel')) {
      seen.cancels.push(cmd.path);
      const r = script.cancel ?? { status: 200, body: { status: 'CANCELLED' } };
      return reply(cmd, r.status, r.body, r.headers);
    }
    if (cmd.path.endsWith('/status')) {
      const uuid = cmd.path.split('/').slice(-2)[0] ?? '';
      const n = polls.get(uuid) ?? 0;
      polls.set(uuid, n + 1);
      seen.statusPolls.push(uuid);
      const r = script.status(uuid, n);
      return reply(cmd, r.status, r.body, r.headers);
    }
    const r = script.create[Math.min(seen.creates.length, script.create.length - 1)] ?? { status: 500 };
    seen.creates.push(cmd.body);
    return reply(cmd, r.status, r.body, r.headers);
  };
  return { respond, seen };
}

const vm = (over: Partial<ExportSpec> = {}): ExportSpec => ({ kind: 'vm_vulns', since: null, ...over });
const withInFlight = (spec: ExportSpec, maxChunksInFlight: number): ExportSpec => ({ ...spec, limits: { ...spec.limits, maxChunksInFlight } });
const created = (uuid: string): R => ({ status: 200, body: { export_uuid: uuid } });

function run(spec: ExportSpec, script: ExportScript, options: DriveOptions<ExportCommand> = {}) {
  const server = exportServer(script);
  const trace = drive(stepExport, initialExportState(spec), server.respond, { maxSteps: 5_000, ...options });
  return { ...trace, seen: server.seen };
}

describe('export planner — scripted replies', () => {
  const cases: readonly {
    readonly name: string;
    readonly spec?: ExportSpec;
    readonly script: ExportScript;
    readonly expectTerminal: Record<string, unknown>;
    readonly fetches?: readonly string[];
    readonly creates?: number;
    readonly cancels?: number;
    readonly polls?: number;
  }[] = [
    {
      name: 'full import: chunks fetched while processing, done with the request time as cursor',
      script: { create: [created('e1')], status: (_u, n) => (n === 0 ? st('PROCESSING', [1]) : st('FINISHED', [1, 2, 3])) },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, cursorTo: Math.floor(T0 / 1000), chunks: 3, records: 30, exportUuid: 'e1' },
      fetches: ['e1/chunk/1', 'e1/chunk/2', 'e1/chunk/3'],
      creates: 1,
    },
    {
      name: '409 adopts active_job_id and takes the cursor from the job creation time',
      script: {
        create: [{ status: 409, body: { active_job_id: 'job-a', failure_reason: 'conflict with the ongoing export' } }],
        status: () => st('FINISHED', [4], { created: T0 - 600_000 }),
      },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, cursorTo: Math.floor((T0 - 600_000) / 1000), exportUuid: 'job-a' },
      fetches: ['job-a/chunk/4'],
      creates: 1,
    },
    {
      name: '409 adoption without a creation time keeps the cursor',
      script: { create: [{ status: 409, body: { active_job_id: 'job-b' } }], status: () => st('FINISHED', [1]) },
      expectTerminal: { kind: 'done', cursorMayAdvance: false, cursorTo: null, reason: 'the adopted export did not report when it was created' },
    },
    {
      name: 'older 429 "Duplicate export ... job_uuid=" form is adopted too',
      script: {
        create: [{ status: 429, body: { error: 'Duplicate export not allowed. Please cancel the existing export (job_uuid=7f0c2d4e-aaaa-bbbb-cccc-0123456789ab)' } }],
        status: () => st('FINISHED', [], { created: T0 }),
      },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, exportUuid: '7f0c2d4e-aaaa-bbbb-cccc-0123456789ab' },
      creates: 1,
    },
    {
      name: 'out-of-order, non-sequential chunk ids: each fetched once, in order of appearance',
      script: {
        create: [created('e2')],
        status: (_u, n) => [st('PROCESSING', [5, 2]), st('PROCESSING', [2, 5, 9]), st('FINISHED', [9, 2, 5, 7])][Math.min(n, 2)] ?? st('ERROR'),
      },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, chunks: 4 },
      fetches: ['e2/chunk/5', 'e2/chunk/2', 'e2/chunk/9', 'e2/chunk/7'],
    },
    {
      name: 'FINISHED with chunks_failed: done, but the cursor must not advance',
      script: { create: [created('e3')], status: () => st('FINISHED', [1, 2], { chunks_failed: [3] }) },
      expectTerminal: { kind: 'done', cursorMayAdvance: false, cursorTo: null, chunks: 2, reason: 'tenable reported failed or cancelled chunks' },
    },
    {
      name: 'FINISHED with chunks_cancelled: the cursor must not advance either',
      script: { create: [created('e3')], status: () => st('FINISHED', [1], { chunks_cancelled: [2] }) },
      expectTerminal: { kind: 'done', cursorMayAdvance: false },
    },
    {
      name: 'ERROR fails at stage fetching, retryable',
      script: { create: [created('e4')], status: () => st('ERROR') },
      expectTerminal: { kind: 'fail', failure: { code: 'export_error', stage: 'fetching', retryable: true } },
      polls: 1,
    },
    {
      name: 'CANCELLED is terminal: polled once, never again',
      script: { create: [created('e5')], status: () => st('CANCELLED', [1]) },
      expectTerminal: { kind: 'fail', failure: { code: 'export_cancelled', stage: 'fetching' } },
      polls: 1,
      fetches: [],
    },
    {
      name: 'chunk 404: the whole export is re-requested once and every chunk of the new one is fetched',
      script: {
        create: [created('old'), created('new')],
        status: (u) => (u === 'old' ? st('FINISHED', [1, 2]) : st('FINISHED', [11, 12])),
        chunk: (u, id) => (u === 'old' && id === 2 ? { failed: 404 } : { saved: 5 }),
      },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, exportUuid: 'new', chunks: 3, records: 15 },
      fetches: ['old/chunk/1', 'old/chunk/2', 'new/chunk/11', 'new/chunk/12'],
      creates: 2,
    },
    {
      name: 'chunk 404 while the export still runs: the old job is cancelled first, then re-requested',
      script: {
        create: [created('old'), created('new')],
        status: (u) => (u === 'old' ? st('PROCESSING', [1, 2]) : st('FINISHED', [11])),
        chunk: (u, id) => (u === 'old' && id === 2 ? { failed: 404 } : { saved: 5 }),
      },
      expectTerminal: { kind: 'done', cursorMayAdvance: true, exportUuid: 'new' },
      cancels: 1,
      creates: 2,
    },
    {
      name: 'chunk 404 again after the re-request fails export_expired, retryable',
      script: { create: [created('old'), created('new')], status: () => st('FINISHED', [1]), chunk: () => ({ failed: 404 }) },
      expectTerminal: { kind: 'fail', failure: { code: 'export_expired', statusCode: 404, retryable: true } },
      creates: 2,
    },
    {
      name: 'status 404 (export gone after a long crash) is re-requested once as well',
      script: { create: [created('gone'), created('fresh')], status: (u) => (u === 'gone' ? { status: 404, body: { status: 404, message: 'Export expired or not found' } } : st('FINISHED', [1])) },
      expectTerminal: { kind: 'done', exportUuid: 'fresh', cursorMayAdvance: true },
      creates: 2,
    },
    {
      name: '409 after a re-request naming the abandoned job fails instead of looping',
      script: {
        create: [created('old'), { status: 409, body: { active_job_id: 'old' } }],
        status: () => st('FINISHED', [1]),
        chunk: () => ({ failed: 404 }),
      },
      expectTerminal: { kind: 'fail', failure: { code: 'export_expired', statusCode: 409 } },
    },
    {
      name: 'a re-request answered with the expired job uuid fails instead of trusting it',
      script: { create: [created('same')], status: () => st('FINISHED', [1]), chunk: () => ({ failed: 404 }) },
      expectTerminal: { kind: 'fail', failure: { code: 'export_expired', statusCode: 200 } },
      fetches: ['same/chunk/1'],
      creates: 2,
    },
    {
      name: 'stuck in PROCESSING: cancelled on tenable, then fail retryable',
      spec: vm({ limits: { stallMs: 10 * 60_000 } }),
      script: { create: [created('slow')], status: () => st('PROCESSING') },
      expectTerminal: { kind: 'fail', failure: { code: 'export_stalled', stage: 'fetching', retryable: true } },
      cancels: 1,
    },
    {
      name: 'stuck by poll count even with the clock frozen',
      spec: vm({ limits: { maxPolls: 5, pollInitialMs: 0, pollMaxMs: 0 } }),
      script: { create: [created('frozen')], status: () => st('QUEUED') },
      expectTerminal: { kind: 'fail', failure: { code: 'export_stalled' } },
      polls: 5,
      cancels: 1,
    },
    {
      name: '429 (two concurrent exports) waits Retry-After then retries',
      script: { create: [{ status: 429, body: '<html>Too Many Requests</html>', headers: { 'Retry-After': '30' } }, created('e6')], status: () => st('FINISHED', [1]) },
      expectTerminal: { kind: 'done', exportUuid: 'e6' },
      creates: 2,
    },
    {
      name: 'a 503 that never ends fails server_error after bounded retries',
      script: { create: [{ status: 503, body: 'unavailable' }], status: () => st('ERROR') },
      expectTerminal: { kind: 'fail', failure: { code: 'server_error', statusCode: 503, retryable: true } },
      creates: 6,
    },
    {
      name: '401 fails unauthorized, not retryable',
      script: { create: [{ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials.' } }], status: () => st('ERROR') },
      expectTerminal: { kind: 'fail', failure: { code: 'unauthorized', stage: 'fetching', statusCode: 401, retryable: false } },
      creates: 1,
    },
    {
      name: '403 on a status poll fails forbidden, not retryable',
      script: { create: [created('e7')], status: () => ({ status: 403, body: { error: 'forbidden' } }) },
      expectTerminal: { kind: 'fail', failure: { code: 'forbidden', statusCode: 403, retryable: false } },
    },
    {
      name: '400 on the export request fails export_rejected with the remote message',
      script: { create: [{ status: 400, body: { error: 'Invalid filter' } }], status: () => st('ERROR') },
      expectTerminal: { kind: 'fail', failure: { code: 'export_rejected', statusCode: 400, message: 'export request rejected with http 400: Invalid filter' } },
    },
    {
      name: '409 without active_job_id fails export_conflict',
      script: { create: [{ status: 409, body: { failure_reason: 'conflict' } }], status: () => st('ERROR') },
      expectTerminal: { kind: 'fail', failure: { code: 'export_conflict', retryable: true } },
    },
    {
      name: 'unreadable status bodies: asked again, then fail unexpected_reply',
      script: { create: [created('e8')], status: () => ({ status: 200, body: '<html>maintenance</html>' }) },
      expectTerminal: { kind: 'fail', failure: { code: 'unexpected_reply', retryable: true } },
      polls: 4,
    },
    {
      name: 'a chunk that fails with a network error is retried, not skipped',
      script: { create: [created('e9')], status: () => st('FINISHED', [1]), chunk: (_u, _id, attempt) => (attempt < 2 ? { failed: null } : { saved: 3 }) },
      expectTerminal: { kind: 'done', chunks: 1, records: 3, cursorMayAdvance: true },
      fetches: ['e9/chunk/1', 'e9/chunk/1', 'e9/chunk/1'],
    },
    {
      name: 'a chunk failing with 400 fails the run, not retryable',
      script: { create: [created('e10')], status: () => st('FINISHED', [1]), chunk: () => ({ failed: 400 }) },
      expectTerminal: { kind: 'fail', failure: { code: 'chunk_failed', statusCode: 400, retryable: false } },
    },
    {
      name: 'a chunk failing with 401 fails unauthorized',
      script: { create: [created('e10')], status: () => st('FINISHED', [1]), chunk: () => ({ failed: 401 }) },
      expectTerminal: { kind: 'fail', failure: { code: 'unauthorized' } },
    },
    {
      name: 'no severity selected: nothing requested, cursor kept',
      spec: vm({ severities: [] }),
      script: { create: [created('never')], status: () => st('ERROR') },
      expectTerminal: { kind: 'done', cursorMayAdvance: false, exportUuid: null, reason: 'no severity selected' },
      creates: 0,
    },
    {
      name: 'adopted job whose since is later than ours keeps the cursor',
      spec: vm({ since: 1_600_000_000 }),
      script: { create: [{ status: 409, body: { active_job_id: 'late' } }], status: () => st('FINISHED', [], { created: T0, filters: { since: 1_650_000_000 } }) },
      expectTerminal: { kind: 'done', cursorMayAdvance: false, reason: "the adopted export's since does not cover this run's window" },
    },
    {
      name: 'too many chunk ids in a status fails too_many_chunks',
      spec: vm({ limits: { maxChunks: 3 } }),
      script: { create: [created('big')], status: () => st('PROCESSING', [1, 2, 3, 4]) },
      expectTerminal: { kind: 'fail', failure: { code: 'too_many_chunks', retryable: false } },
    },
  ];

  // Every case holds one chunk at a time (as before) and with the default of several in flight.
  for (const inFlight of [1, 3]) {
    for (const c of cases) {
      it(`${c.name} (maxChunksInFlight ${inFlight})`, () => {
        const trace = run(withInFlight(c.spec ?? vm(), inFlight), c.script);
        expect(trace.terminal).toMatchObject(c.expectTerminal);
        if (c.fetches !== undefined) expect(trace.seen.fetches).toEqual(c.fetches);
        if (c.creates !== undefined) expect(trace.seen.creates).toHaveLength(c.creates);
        if (c.cancels !== undefined) expect(trace.seen.cancels).toHaveLength(c.cancels);
        if (c.polls !== undefined) expect(trace.seen.statusPolls).toHaveLength(c.polls);
        const mostPerStep = Math.max(...trace.perStep.map((cmds) => cmds.filter((cmd) => ACTIONABLE.has(cmd.kind)).length));
        if (inFlight === 1) expect(mostPerStep).toBeLessThanOrEqual(1);
      });
    }
  }
});

describe('export planner — details', () => {
  it('builds the vm request with filters, delta since and clamped num_assets', () => {
    const trace = run(vm({ since: 1_690_000_000, severities: ['high', 'critical'], states: ['OPEN'], numAssets: 10_000, extraFilters: { 'tag.Env': ['prod'], since: 1 } }), {
      create: [created('e')],
      status: () => st('FINISHED'),
    });
    expect(trace.seen.creates[0]).toEqual({
      num_assets: 5000,
      include_unlicensed: true,
      filters: { 'tag.Env': ['prod'], severity: ['high', 'critical'], state: ['OPEN'], since: 1_690_000_000 },
    });
    expect(trace.terminal).toMatchObject({ kind: 'done', cursorMayAdvance: true, cursorTo: Math.floor(T0 / 1000) });
  });

  it('a full import sends no since and all states by default', () => {
    expect(exportRequestBody(vm())).toEqual({
      num_assets: 50,
      include_unlicensed: true,
      filters: { severity: ['info', 'low', 'medium', 'high', 'critical'], state: ['OPEN', 'REOPENED', 'FIXED'] },
    });
  });

  it.each([
    ['vm_vulns', '/vulns/export', '/vulns/export/a%2Fb/chunks/3'],
    ['vm_assets', '/assets/export', '/assets/export/a%2Fb/chunks/3'],
    ['was_vulns', '/was/v1/export/vulns', '/was/v1/export/vulns/a%2Fb/chunks/3'],
  ] as const)('%s uses its own paths', (kind, create, chunk) => {
    const paths = exportPaths(kind);
    expect(paths.create).toBe(create);
    expect(paths.chunk('a/b', 3)).toBe(chunk);
    expect(paths.status('u')).toBe(`${create}/u/status`);
    expect(paths.cancel('u')).toBe(`${create}/u/cancel`);
  });

  it('asset exports use chunk_size and updated_at; was exports only filters', () => {
    expect(exportRequestBody({ kind: 'vm_assets', since: 5, chunkSize: 20 })).toEqual({ chunk_size: 50, filters: { updated_at: 5 } });
    expect(exportRequestBody({ kind: 'vm_assets', since: null })).toEqual({ chunk_size: 1000, filters: {} });
    expect(exportRequestBody({ kind: 'was_vulns', since: 9, severities: ['critical'] })).toEqual({
      filters: { severity: ['critical'], state: ['OPEN', 'REOPENED', 'FIXED'], since: 9 },
    });
  });

  it('polls with growing delay capped at 30 s, reset when a chunk appears', () => {
    const trace = run(vm(), {
      create: [created('p')],
      status: (_u, n) => (n === 9 ? st('PROCESSING', [1]) : n < 12 ? st('PROCESSING', n > 9 ? [1] : []) : st('FINISHED', [1])),
    });
    const waits = ofKind(trace.commands, 'wait').map((w) => w.ms);
    expect(waits.slice(0, 10)).toEqual([2000, 2000, 3000, 4500, 6750, 10125, 15188, 22782, 30000, 30000]);
    // poll 9 brought chunk 1: fetched, polled at once, then the delay starts again from 2 s
    expect(waits.slice(10)).toEqual([2000, 3000]);
    expect(trace.terminal).toMatchObject({ kind: 'done', chunks: 1 });
  });

  it('network errors on a status poll are retried with backoff, then it finishes', () => {
    let failures = 0;
    const server = exportServer({ create: [created('n')], status: () => st('FINISHED', [1]) });
    const trace = drive(stepExport, initialExportState(vm()), (cmd) => {
      if (cmd.kind === 'request' && cmd.path.endsWith('/status') && failures < 2) {
        failures += 1;
        return { type: 'network_error', requestId: cmd.id, failure: { message: 'econnreset' } };
      }
      return server.respond(cmd);
    });
    expect(trace.terminal).toMatchObject({ kind: 'done', cursorMayAdvance: true });
    const [poll, first, second] = ofKind(trace.commands, 'wait').map((w) => w.ms);
    expect(poll).toBe(2000);
    // 1 s then 2 s backoff, each with up to 20% seeded jitter
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(first).toBeLessThanOrEqual(1200);
    expect(second).toBeGreaterThanOrEqual(2000);
    expect(second).toBeLessThanOrEqual(2400);
    expect(ofKind(trace.commands, 'log').some((l) => l.message.includes('econnreset'))).toBe(true);
  });

  it('uses an injected retry policy', () => {
    const planner = createExportPlanner({ decideRetry: (input) => (input.attempt <= 1 ? { retry: true, delayMs: 123 } : { retry: false }) });
    const server = exportServer({ create: [{ status: 502 }], status: () => st('ERROR') });
    const trace = drive(planner.step, planner.init(vm()), server.respond);
    expect(ofKind(trace.commands, 'wait').map((w) => w.ms)).toEqual([123]);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'server_error', statusCode: 502 } });
  });

  it('a user cancel while processing cancels the job on tenable and fails not retryable', () => {
    const trace = run(vm(), { create: [created('c1')], status: () => st('PROCESSING') }, { interject: (_o, step) => (step === 4 ? { type: 'cancel' } : null) });
    expect(trace.seen.cancels).toEqual(['/vulns/export/c1/cancel']);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'cancelled', retryable: false } });
  });

  it('a cancel before any export exists fails at once; a cancel failing on tenable still fails the run', () => {
    const first = stepExport(initialExportState(vm()), { type: 'cancel' }, { now: T0 });
    expect(first.commands).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'cancelled' }) })]);
    const trace = run(vm(), { create: [created('c2')], status: () => st('PROCESSING'), cancel: { status: 500, body: 'oops' } }, { interject: (_o, step) => (step === 3 ? { type: 'cancel' } : null) });
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'cancelled' } });
    expect(ofKind(trace.commands, 'log').some((l) => l.message === 'cancel of export c2 replied http 500: oops')).toBe(true);
  });

  it('a cancel after the export finished fails without a remote cancel', () => {
    const trace = run(vm(), { create: [created('c3')], status: () => st('FINISHED', [1, 2]) }, { interject: (o) => (o.kind === 'fetch_chunk' ? { type: 'cancel' } : null) });
    expect(trace.seen.cancels).toEqual([]);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'cancelled' } });
  });

  it('stale and unknown events are ignored without commands other than a debug log', () => {
    let s = stepExport(initialExportState(vm()), { type: 'start' }, { now: T0 }).state;
    for (const ev of [
      { type: 'reply', requestId: 'x-99', status: 200, body: { export_uuid: 'zzz' } },
      { type: 'waited' },
      { type: 'chunk_saved', chunkId: 1, records: 5 },
      { type: 'page_saved', pageNo: 1 },
      { type: 'start' },
      { type: 'bogus' },
    ] as PlannerEvent[]) {
      const r = stepExport(s, ev, { now: T0 });
      expect(r.commands.every((c) => c.kind === 'log' && c.level === 'debug')).toBe(true);
      expect(r.state).toEqual(s);
      s = r.state;
    }
  });

  it('resumes from a persisted state: re-issues the request under a new id, or the remaining wait', () => {
    const a = stepExport(initialExportState(vm()), { type: 'start' }, { now: T0 });
    const req = ofKind(a.commands, 'request')[0];
    const resumed = stepExport(jsonRoundTrip(a.state), { type: 'resume' }, { now: T0 + 5000 });
    const again = ofKind(resumed.commands, 'request')[0];
    expect(again).toMatchObject({ method: 'POST', path: '/vulns/export', body: req?.body });
    expect(again?.id).not.toBe(req?.id);
    const created1 = stepExport(resumed.state, reply(again ?? { id: '' }, 200, { export_uuid: 'r1' }), { now: T0 + 6000 });
    expect(ofKind(created1.commands, 'wait')).toEqual([{ kind: 'wait', ms: 2000 }]);
    const waitResume = stepExport(jsonRoundTrip(created1.state), { type: 'resume' }, { now: T0 + 6500 });
    expect(ofKind(waitResume.commands, 'wait')).toEqual([{ kind: 'wait', ms: 1500 }]);
    // an old reply to the first request is now stale
    expect(stepExport(created1.state, reply(req ?? { id: '' }, 200, { export_uuid: 'other' }), { now: T0 }).state).toEqual(created1.state);
  });

  it('resume while a chunk is in flight re-issues the same chunk with the same page number', () => {
    const trace = run(vm(), { create: [created('rs')], status: () => st('FINISHED', [7]) }, { interject: (o) => (o.kind === 'fetch_chunk' && o.id === 'x-3' ? { type: 'resume' } : null) });
    const fetches = ofKind(trace.commands, 'fetch_chunk');
    expect(fetches.map((f) => [f.chunkId, f.pageNo])).toEqual([
      [7, 1],
      [7, 1],
    ]);
    expect(trace.terminal).toMatchObject({ kind: 'done', chunks: 1 });
  });

  it('a terminal state emits nothing more, and re-emits its outcome on resume', () => {
    const trace = run(vm(), { create: [created('t')], status: () => st('FINISHED') });
    const done = trace.terminal;
    expect(stepExport(trace.state, { type: 'cancel' }, { now: T0 }).commands).toEqual([]);
    expect(stepExport(trace.state, { type: 'resume' }, { now: T0 }).commands).toEqual([done]);
  });

  it('page numbers keep growing across a re-request so the newer copy is processed last', () => {
    const trace = run(vm(), {
      create: [created('o'), created('n')],
      status: (u) => st('FINISHED', u === 'o' ? [1, 2] : [1]),
      chunk: (u, id) => (u === 'o' && id === 2 ? { failed: 404 } : { saved: 1 }),
    });
    expect(ofKind(trace.commands, 'fetch_chunk').map((f) => [f.sourceRef, f.pageNo])).toEqual([
      ['o/chunk/1', 1],
      ['o/chunk/2', 2],
      ['n/chunk/1', 3],
    ]);
  });

  it('never holds chunk payloads: the state stays small and JSON-serialisable', () => {
    const trace = run(vm(), { create: [created('m')], status: () => st('FINISHED', [1, 2, 3]) }, { persist: jsonRoundTrip });
    expect(trace.terminal).toMatchObject({ kind: 'done', chunks: 3 });
    const state: ExportState = trace.state;
    expect(JSON.stringify(state).length).toBeLessThan(2000);
  });

  it('turns an internal bug into a planner_bug failure instead of throwing', () => {
    const broken = { ...initialExportState(vm()), phase: 'running', exportUuid: null, pending: { mode: 'waiting', action: { do: 'status' }, until: 0 } } as ExportState;
    const r = stepExport(broken, { type: 'waited' }, { now: T0 });
    expect(r.commands).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'planner_bug', retryable: true }) })]);
  });
});

describe('export planner — default limits', () => {
  it('an export that keeps reporting progress is still cancelled once it has run 6 hours', () => {
    const trace = run(vm(), { create: [created('long')], status: (_u, n) => st('PROCESSING', [], { finished_chunks: n }) }, { maxSteps: 10_000 });
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'export_stalled', retryable: true } });
    expect(trace.terminal).toMatchObject({ failure: { message: expect.stringMatching(/^export long stuck in status processing: running for 36\d min; cancelled it$/) } });
    expect(trace.seen.cancels).toEqual(['/vulns/export/long/cancel']);
    expect(trace.now - T0).toBeGreaterThan(6 * 3600_000);
  });
});

describe('export planner — edges', () => {
  it('resume before start does nothing; resume of a state without a pending action asks for the status', () => {
    expect(stepExport(initialExportState(vm()), { type: 'resume' }, { now: T0 }).commands).toEqual([expect.objectContaining({ level: 'debug' })]);
    const orphan: ExportState = { ...initialExportState(vm()), phase: 'running', exportUuid: 'o1' };
    expect(ofKind(stepExport(orphan, { type: 'resume' }, { now: T0 }).commands, 'request')).toEqual([expect.objectContaining({ method: 'GET', path: '/vulns/export/o1/status' })]);
  });

  it('a network error on the remote cancel still ends the run; a second cancel is ignored', () => {
    let cancelled = false;
    const server = exportServer({ create: [created('nc')], status: () => st('PROCESSING') });
    const trace = drive(
      stepExport,
      initialExportState(vm()),
      (cmd) => (cmd.kind === 'request' && cmd.path.endsWith('/cancel') ? { type: 'network_error', requestId: cmd.id, failure: { message: 'eof' } } : server.respond(cmd)),
      {
        interject: (o) => {
          if (o.kind === 'request' && o.path.endsWith('/cancel') && !cancelled) {
            cancelled = true;
            return { type: 'cancel' };
          }
          return o.kind === 'wait' && !cancelled ? { type: 'cancel' } : null;
        },
      },
    );
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'cancelled' } });
    expect(ofKind(trace.commands, 'log').some((l) => l.message === 'cancel of export nc failed: eof')).toBe(true);
  });

  it('a request time before the current cursor (clock skew) keeps the cursor', () => {
    const trace = run(vm({ since: Math.floor(T0 / 1000) + 3600 }), { create: [created('skew')], status: () => st('FINISHED') });
    expect(trace.terminal).toMatchObject({ kind: 'done', cursorMayAdvance: false, reason: 'the export time is before the current cursor' });
  });
});

/** Steps the planner by hand, persisting its state as JSON after every step as a host would. */
function stepper(spec: ExportSpec) {
  let state = initialExportState(spec);
  let now = T0;
  const feed = (event: PlannerEvent): ExportCommand[] => {
    const r = stepExport(state, event, { now, seed: 7 });
    state = jsonRoundTrip(r.state);
    now += 100;
    return [...r.commands];
  };
  /** Start, create export `uuid`, wait, and answer the first status poll with `status`. */
  const toStatus = (uuid: string, status: R): ExportCommand[] => {
    const create = ofKind(feed({ type: 'start' }), 'request')[0];
    feed(reply(create ?? { id: '' }, 200, { export_uuid: uuid }));
    const poll = ofKind(feed({ type: 'waited' }), 'request')[0];
    return feed(reply(poll ?? { id: '' }, status.status, status.body));
  };
  return {
    feed,
    toStatus,
    get state() {
      return state;
    },
  };
}

const saved = (chunkId: number, records = 10): PlannerEvent => ({ type: 'chunk_saved', chunkId, records });
const failed = (chunkId: number, status: number | null): PlannerEvent => ({ type: 'chunk_failed', chunkId, status });
const actionable = (commands: readonly ExportCommand[]) => commands.filter((c) => ACTIONABLE.has(c.kind) || c.kind === 'done' || c.kind === 'fail');
const chunksOf = (commands: readonly ExportCommand[]) => ofKind(commands, 'fetch_chunk').map((f) => [f.chunkId, f.pageNo]);

describe('export planner — several chunks in flight', () => {
  it('requests up to maxChunksInFlight chunks at once and one more per answer, in page order', () => {
    const p = stepper(vm());
    const first = p.toStatus('u', st('FINISHED', [9, 4, 7, 1, 5]));
    expect(chunksOf(first)).toEqual([
      [9, 1],
      [4, 2],
      [7, 3],
    ]);
    expect(new Set(ofKind(first, 'fetch_chunk').map((f) => f.id)).size).toBe(3);
    // answers in any order: each frees one slot for the next queued chunk
    expect(chunksOf(p.feed(saved(7)))).toEqual([[1, 4]]);
    expect(chunksOf(p.feed(saved(9)))).toEqual([[5, 5]]);
    expect(actionable(p.feed(saved(5)))).toEqual([]);
    expect(actionable(p.feed(saved(1)))).toEqual([]);
    // done only once nothing is in flight
    expect(actionable(p.feed(saved(4, 3)))).toEqual([expect.objectContaining({ kind: 'done', chunks: 5, records: 43, cursorMayAdvance: true })]);
  });

  it('polls the status only once the chunks in flight have all answered', () => {
    const p = stepper(vm());
    expect(chunksOf(p.toStatus('u', st('PROCESSING', [1, 2])))).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(actionable(p.feed(saved(2)))).toEqual([]);
    const poll = actionable(p.feed(saved(1)));
    expect(poll).toEqual([expect.objectContaining({ kind: 'request', method: 'GET', path: '/vulns/export/u/status' })]);
    expect(chunksOf(p.feed(reply(poll[0] as { id: string }, 200, st('FINISHED', [1, 2, 3]).body)))).toEqual([[3, 3]]);
  });

  it('with replies in any order every chunk is fetched once, pages stay unique, and done counts them all', () => {
    const ids = Array.from({ length: 12 }, (_, i) => i * 3 + 1);
    const orders: readonly ((o: readonly ExportCommand[]) => number)[] = [() => 0, (o) => o.length - 1, (o) => Math.floor(o.length / 2)];
    for (const pick of orders) {
      const trace = run(vm(), { create: [created('any')], status: (_u, n) => (n === 0 ? st('PROCESSING', ids.slice(0, 5)) : st('FINISHED', ids)) }, { pick });
      const fetches = ofKind(trace.commands, 'fetch_chunk');
      expect(fetches.map((f) => f.chunkId).sort((a, b) => a - b)).toEqual(ids);
      expect(fetches.map((f) => f.pageNo)).toEqual(ids.map((_, i) => i + 1));
      expect(trace.terminal).toMatchObject({ kind: 'done', chunks: 12, records: 120 });
      expect(Math.max(...trace.perStep.map((cmds) => ofKind(cmds, 'fetch_chunk').length))).toBe(3);
    }
  });

  it('resume re-issues every outstanding chunk under new ids with the same page numbers', () => {
    const p = stepper(vm());
    const before = ofKind(p.toStatus('r', st('FINISHED', [1, 2, 3, 4])), 'fetch_chunk');
    p.feed(saved(2));
    const resumed = p.feed({ type: 'resume' });
    expect(ofKind(resumed, 'log').map((l) => l.message)).toContain('resuming vm_vulns export in phase running: re-issuing chunk, chunk, chunk');
    const again = ofKind(resumed, 'fetch_chunk');
    expect(chunksOf(again)).toEqual([
      [1, 1],
      [3, 3],
      [4, 4],
    ]);
    for (const f of again) expect(before.map((b) => b.id)).not.toContain(f.id);
    expect(actionable(resumed)).toHaveLength(3);
    p.feed(saved(4));
    p.feed(saved(3));
    expect(actionable(p.feed(saved(1)))).toEqual([expect.objectContaining({ kind: 'done', chunks: 4 })]);
  });

  it('a chunk failing transiently is fetched again under its page number, its wait starting once the others answered', () => {
    const p = stepper(vm());
    p.toStatus('t', st('FINISHED', [1, 2, 3, 4]));
    const failure = p.feed({ type: 'chunk_failed', chunkId: 1, status: 503, headers: { 'Retry-After': '7' } });
    // no new chunk and no wait while others are in flight
    expect(actionable(failure)).toEqual([]);
    expect(ofKind(failure, 'log').map((l) => l.message)).toEqual(['chunk 1 of export t failed with http 503; retry 1 in 7000 ms']);
    expect(actionable(p.feed(saved(2)))).toEqual([]);
    // the backoff counts from the failure: 200 ms of it went by while chunk 2 and 3 answered
    expect(actionable(p.feed(saved(3)))).toEqual([{ kind: 'wait', ms: 6800 }]);
    expect(chunksOf(p.feed({ type: 'waited' }))).toEqual([
      [1, 1],
      [4, 4],
    ]);
    p.feed(saved(4));
    expect(actionable(p.feed(saved(1)))).toEqual([expect.objectContaining({ kind: 'done', chunks: 4 })]);
  });

  it('a waited before the armed wait was emitted is stray; resume meanwhile re-issues only the downloads', () => {
    const p = stepper(vm());
    p.toStatus('s', st('FINISHED', [1, 2]));
    p.feed(failed(1, 502));
    const before = p.state;
    expect(actionable(p.feed({ type: 'waited' }))).toEqual([]);
    expect(p.state).toEqual(before);
    expect(chunksOf(p.feed({ type: 'resume' }))).toEqual([[2, 2]]);
    const wait = actionable(p.feed(saved(2)));
    expect(wait).toEqual([expect.objectContaining({ kind: 'wait' })]);
    expect(chunksOf(p.feed({ type: 'waited' }))).toEqual([[1, 1]]);
  });

  it('retries are bounded per chunk even while other chunks keep succeeding', () => {
    const trace = run(vm(), {
      create: [created('b')],
      status: () => st('FINISHED', Array.from({ length: 30 }, (_, i) => i + 1)),
      chunk: (_u, id) => (id === 2 ? { failed: 503 } : { saved: 1 }),
    });
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'server_error', statusCode: 503, message: 'chunk 2 of export b failed with http 503 after 5 retries' } });
    expect(trace.seen.fetches.filter((f) => f === 'b/chunk/2')).toHaveLength(6);
  });

  it('a 404 while others are in flight waits for them, then re-requests the export once; late failures are not retried', () => {
    const p = stepper(vm());
    p.toStatus('old', st('FINISHED', [1, 2, 3, 4]));
    const gone = p.feed(failed(2, 404));
    expect(actionable(gone)).toEqual([]);
    expect(ofKind(gone, 'log').map((l) => l.message)).toEqual([
      'chunk 2 of export old replied http 404 (expired); waiting for 2 chunk downloads in flight before re-requesting the export',
    ]);
    // the old export's chunk 1 still saves (its records count), chunk 3 fails and is not fetched again
    expect(actionable(p.feed(saved(1)))).toEqual([]);
    const last = p.feed(failed(3, 503));
    expect(ofKind(last, 'log').map((l) => l.message)).toContain('chunk 3 of export old failed with http 503 while the export waits to be re-requested; not fetched again');
    const create = actionable(last);
    expect(create).toEqual([expect.objectContaining({ kind: 'request', method: 'POST', path: '/vulns/export' })]);
    // a late answer about the old export is now stale
    expect(actionable(p.feed(saved(3)))).toEqual([]);
    p.feed(reply(create[0] as { id: string }, 200, { export_uuid: 'new' }));
    const poll = ofKind(p.feed({ type: 'waited' }), 'request')[0];
    const fetches = ofKind(p.feed(reply(poll ?? { id: '' }, 200, st('FINISHED', [1, 2]).body)), 'fetch_chunk');
    // the new export's chunks reuse ids 1 and 2, under pages after the three requested before
    expect(fetches.map((f) => [f.sourceRef, f.pageNo])).toEqual([
      ['new/chunk/1', 4],
      ['new/chunk/2', 5],
    ]);
    p.feed(saved(1));
    expect(actionable(p.feed(saved(2)))).toEqual([expect.objectContaining({ kind: 'done', exportUuid: 'new', chunks: 3, records: 30, cursorMayAdvance: true })]);
  });

  it('a 404 while others are in flight on a running export cancels it once they answered; a resume meanwhile re-requests at once', () => {
    const p = stepper(vm());
    p.toStatus('run', st('PROCESSING', [1, 2]));
    p.feed(failed(1, 404));
    const cancel = actionable(p.feed(saved(2)));
    expect(cancel).toEqual([expect.objectContaining({ kind: 'request', path: '/vulns/export/run/cancel' })]);

    const q = stepper(vm());
    q.toStatus('run', st('PROCESSING', [1, 2, 3]));
    q.feed(failed(1, 404));
    // the process died with chunks 2 and 3 in flight: nothing is left to wait for
    const resumed = actionable(q.feed({ type: 'resume' }));
    expect(resumed).toEqual([expect.objectContaining({ kind: 'request', path: '/vulns/export/run/cancel' })]);
  });

  it('a second 404 fails at once, even with chunks in flight', () => {
    const trace = run(vm(), { create: [created('a'), created('b')], status: () => st('FINISHED', [1, 2, 3]), chunk: (_u, id) => (id === 1 ? { failed: 404 } : { saved: 1 }) });
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'export_expired' } });
    expect(trace.seen.creates).toHaveLength(2);
  });

  it('cancel with several in flight cancels on tenable at once; the late answers are ignored', () => {
    const p = stepper(vm());
    p.toStatus('c', st('PROCESSING', [1, 2, 3]));
    const cancel = actionable(p.feed({ type: 'cancel' }));
    expect(cancel).toEqual([expect.objectContaining({ kind: 'request', method: 'POST', path: '/vulns/export/c/cancel' })]);
    expect(p.state.fetching).toEqual([]);
    for (const late of [saved(1), failed(2, 404), failed(3, 503)]) {
      expect(p.feed(late).every((c) => c.kind === 'log' && c.level === 'debug')).toBe(true);
    }
    expect(actionable(p.feed({ type: 'resume' }))).toEqual([expect.objectContaining({ kind: 'request', path: '/vulns/export/c/cancel' })]);
    const again = ofKind(p.feed({ type: 'resume' }), 'request')[0];
    expect(actionable(p.feed(reply(again ?? { id: '' }, 200, {})))).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'cancelled' }) })]);

    const finished = stepper(vm());
    finished.toStatus('f', st('FINISHED', [1, 2, 3]));
    expect(actionable(finished.feed({ type: 'cancel' }))).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'cancelled' }) })]);
  });

  it('maxChunksInFlight 1 fetches one at a time, as before: the same commands, step by step', () => {
    const p = stepper(withInFlight(vm(), 1));
    expect(chunksOf(p.toStatus('one', st('FINISHED', [1, 2, 3])))).toEqual([[1, 1]]);
    expect(actionable(p.feed(failed(1, 500)))).toEqual([expect.objectContaining({ kind: 'wait' })]);
    expect(actionable(p.feed({ type: 'waited' }))).toEqual([expect.objectContaining({ kind: 'fetch_chunk', id: 'x-4', chunkId: 1, pageNo: 1 })]);
    expect(actionable(p.feed(saved(1)))).toEqual([expect.objectContaining({ kind: 'fetch_chunk', id: 'x-5', chunkId: 2, pageNo: 2 })]);
    const resumed = p.feed({ type: 'resume' });
    expect(ofKind(resumed, 'log').map((l) => l.message)).toEqual(['resuming vm_vulns export in phase running: re-issuing chunk']);
    expect(actionable(resumed)).toEqual([expect.objectContaining({ kind: 'fetch_chunk', id: 'x-6', chunkId: 2, pageNo: 2 })]);
    expect(actionable(p.feed(saved(2)))).toEqual([expect.objectContaining({ kind: 'fetch_chunk', id: 'x-7', chunkId: 3, pageNo: 3 })]);
    expect(actionable(p.feed(saved(3)))).toEqual([expect.objectContaining({ kind: 'done', chunks: 3 })]);
  });

  it('limits: maxChunksInFlight defaults to 3 and is clamped to 1-8', () => {
    expect(limitsOf(vm()).maxChunksInFlight).toBe(3);
    expect(limitsOf(withInFlight(vm(), 0)).maxChunksInFlight).toBe(1);
    expect(limitsOf(withInFlight(vm(), 2.4)).maxChunksInFlight).toBe(2);
    expect(limitsOf(withInFlight(vm(), 500)).maxChunksInFlight).toBe(8);
    expect(limitsOf(withInFlight(vm(), Number.NaN)).maxChunksInFlight).toBe(3);
    const trace = run(withInFlight(vm(), 0), { create: [created('z')], status: () => st('FINISHED', [1, 2]) });
    expect(trace.terminal).toMatchObject({ kind: 'done', chunks: 2 });
  });

  it('a state saved before several chunks could be in flight resumes its one chunk download or retry wait', () => {
    const base = { ...initialExportState(vm()), phase: 'running', exportUuid: 'legacy', remoteStatus: 'FINISHED', queue: [8], nextPageNo: 6, seq: 9, retry: { attempt: 2, used: 4 } };
    const legacy = (pending: unknown) => {
      const { fetching: _f, retryChunks: _r, goneWhenDrained: _g, ...old } = { ...base, pending };
      return old as unknown as ExportState;
    };
    const inFlight = stepExport(legacy({ mode: 'in_flight', action: { do: 'chunk', chunkId: 7, pageNo: 5 }, requestId: 'x-9' }), { type: 'resume' }, { now: T0 });
    expect(chunksOf(inFlight.commands)).toEqual([[7, 5]]);
    expect(inFlight.state.fetching).toEqual([{ chunkId: 7, pageNo: 5, attempt: 2, requestId: 'x-10' }]);
    const next = stepExport(inFlight.state, saved(7), { now: T0 });
    expect(chunksOf(next.commands)).toEqual([[8, 6]]);

    const waiting = stepExport(legacy({ mode: 'waiting', action: { do: 'chunk', chunkId: 7, pageNo: 5 }, until: T0 + 500 }), { type: 'resume' }, { now: T0 });
    expect(actionable(waiting.commands)).toEqual([{ kind: 'wait', ms: 500 }]);
    expect(chunksOf(stepExport(waiting.state, { type: 'waited' }, { now: T0 + 500 }).commands)).toEqual([
      [7, 5],
      [8, 6],
    ]);
  });
});
