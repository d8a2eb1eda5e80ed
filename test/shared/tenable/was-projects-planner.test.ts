import { describe, expect, it } from 'vitest';
import { createProjectsPlanner, initialProjectsState, stepProjects, type PlannerEvent, type ProjectsCommand, type WasProjectsSpec } from '../../../src-shared/tenable';
import { T0, drive, jsonRoundTrip, ofKind, reply } from './planner-driver';

interface R {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const item = (n: number) => ({ config_id: `cfg-${n}`, name: `app ${n}`, target: `https://app${n}.example`, owner_id: 'o' });
const page = (from: number, count: number, total: unknown): R => ({
  status: 200,
  body: { pagination: { total, offset: from, limit: 200, sort: [{ name: 'asc' }] }, items: Array.from({ length: count }, (_, i) => item(from + i)) },
});

function run(spec: WasProjectsSpec, replies: readonly R[], step = stepProjects, init = initialProjectsState) {
  const asked: { query: unknown; body: unknown }[] = [];
  const trace = drive(step, init(spec), (cmd: ProjectsCommand): PlannerEvent => {
    if (cmd.kind !== 'request') throw new Error(cmd.kind);
    const r = replies[Math.min(asked.length, replies.length - 1)] ?? { status: 500 };
    asked.push({ query: cmd.query, body: cmd.body });
    return reply(cmd, r.status, r.body, r.headers);
  });
  return { ...trace, asked };
}

describe('was projects planner — scripted replies', () => {
  const cases: readonly { name: string; spec?: WasProjectsSpec; replies: readonly R[]; offsets: readonly string[]; terminal: Record<string, unknown>; count?: number }[] = [
    {
      name: 'pages of 200 until offset >= total',
      replies: [page(0, 200, 450), page(200, 200, 450), page(400, 50, 450), page(0, 0, 450)],
      offsets: ['0', '200', '400'],
      terminal: { kind: 'done' },
      count: 450,
    },
    {
      name: 'total as a string is understood',
      replies: [page(0, 200, '250'), page(200, 50, '250'), page(0, 0, 0)],
      offsets: ['0', '200'],
      terminal: { kind: 'done' },
      count: 250,
    },
    {
      name: 'stops on empty items even when total claims more',
      replies: [page(0, 200, 1000), page(200, 0, 1000)],
      offsets: ['0', '200'],
      terminal: { kind: 'done' },
      count: 200,
    },
    {
      name: 'without a readable total, stops on a short page',
      replies: [page(0, 200, 'many'), page(200, 3, null)],
      offsets: ['0', '200'],
      terminal: { kind: 'done' },
      count: 203,
    },
    {
      name: '429 waits and retries',
      replies: [{ status: 429, headers: { 'retry-after': '2' } }, page(0, 1, 1)],
      offsets: ['0', '0'],
      terminal: { kind: 'done' },
      count: 1,
    },
    {
      name: '401 fails not retryable',
      replies: [{ status: 401, body: { error: 'Unauthorized', message: 'Invalid credentials.' } }],
      offsets: ['0'],
      terminal: { kind: 'fail', failure: { code: 'unauthorized', statusCode: 401, retryable: false, message: 'was configs search at offset 0 replied http 401: check the api keys: Invalid credentials.' } },
    },
    {
      name: '403 fails forbidden',
      replies: [{ status: 403 }],
      offsets: ['0'],
      terminal: { kind: 'fail', failure: { code: 'forbidden', retryable: false } },
    },
    {
      name: '404 fails not_found (module not licensed)',
      replies: [{ status: 404 }],
      offsets: ['0'],
      terminal: { kind: 'fail', failure: { code: 'not_found' } },
    },
    {
      name: '400 fails search_failed',
      replies: [{ status: 400, body: { error: 'bad operator' } }],
      offsets: ['0'],
      terminal: { kind: 'fail', failure: { code: 'search_failed', message: 'was configs search at offset 0 replied http 400: bad operator' } },
    },
    {
      name: 'garbage bodies are asked again, then fail',
      replies: [{ status: 200, body: '<html/>' }],
      offsets: ['0', '0', '0', '0'],
      terminal: { kind: 'fail', failure: { code: 'unexpected_reply' } },
    },
    {
      name: 'a page limit bounds the listing',
      spec: { maxPages: 2 },
      replies: [page(0, 200, 10_000), page(200, 200, 10_000)],
      offsets: ['0', '200'],
      terminal: { kind: 'fail', failure: { code: 'too_many_pages' } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const trace = run(c.spec ?? {}, c.replies);
      expect(trace.terminal).toMatchObject(c.terminal);
      expect(trace.asked.map((a) => (a.query as Record<string, string>)['offset'])).toEqual(c.offsets);
      if (c.count !== undefined) expect(trace.terminal).toMatchObject({ projects: expect.any(Array) });
      if (c.count !== undefined && trace.terminal?.kind === 'done') expect(trace.terminal.projects).toHaveLength(c.count);
    });
  }
});

describe('was projects planner — details', () => {
  it('sends limit, offset, sort and the optional name filter', () => {
    const plain = run({}, [page(0, 1, 1)]);
    expect(plain.asked[0]).toEqual({ query: { limit: '200', offset: '0', sort: 'name:asc' }, body: {} });
    const named = run({ nameFilter: ' shop ', limit: 500 }, [page(0, 1, 1)]);
    expect(named.asked[0]).toEqual({ query: { limit: '200', offset: '0', sort: 'name:asc' }, body: { field: 'name', operator: 'match', value: 'shop' } });
    expect(ofKind(named.commands, 'request')[0]).toMatchObject({ method: 'POST', path: '/was/v2/configs/search', auth: 'api_keys' });
  });

  it('maps items to {id, name, target}, skips items without config_id and keeps one of each id', () => {
    const trace = run({}, [
      { status: 200, body: { pagination: { total: 4 }, items: [item(1), { name: 'no id' }, 'junk', item(1), { config_id: 'cfg-2', name: 7 }] } },
    ]);
    expect(trace.terminal).toEqual({
      kind: 'done',
      projects: [
        { id: 'cfg-1', name: 'app 1', target: 'https://app1.example' },
        { id: 'cfg-2', name: '', target: null },
      ],
    });
    expect(ofKind(trace.commands, 'log').some((l) => l.message.includes('2 items without a config_id'))).toBe(true);
  });

  it('retries network errors a bounded number of times, with an injected policy', () => {
    const planner = createProjectsPlanner({ decideRetry: (i) => (i.attempt <= 2 ? { retry: true, delayMs: 10 } : { retry: false }) });
    const trace = drive(planner.step, planner.init(), (cmd) => ({ type: 'network_error', requestId: (cmd as { id: string }).id, failure: { message: 'etimedout' } }));
    expect(ofKind(trace.commands, 'wait').map((w) => w.ms)).toEqual([10, 10]);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'network_error', statusCode: null, retryable: true } });
  });

  it('cancel, resume and stale events', () => {
    const started = stepProjects(initialProjectsState(), { type: 'start' }, { now: T0 });
    const req = ofKind(started.commands, 'request')[0];
    expect(stepProjects(started.state, reply({ id: 'p-9' }, 200, {}), { now: T0 }).commands).toEqual([expect.objectContaining({ level: 'debug' })]);
    expect(stepProjects(started.state, { type: 'waited' }, { now: T0 }).state).toEqual(started.state);
    expect(stepProjects(started.state, { type: 'start' }, { now: T0 }).state).toEqual(started.state);
    expect(stepProjects(started.state, { type: 'network_error', requestId: 'p-9' }, { now: T0 }).state).toEqual(started.state);
    expect(stepProjects(started.state, { type: 'cancel' }, { now: T0 }).commands).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'cancelled' }) })]);
    const resumed = stepProjects(jsonRoundTrip(started.state), { type: 'resume' }, { now: T0 });
    expect(ofKind(resumed.commands, 'request')[0]).toMatchObject({ query: req?.query, id: 'p-2' });
    const waiting = stepProjects(started.state, reply(req ?? { id: '' }, 503, ''), { now: T0 });
    expect(stepProjects(waiting.state, { type: 'resume' }, { now: T0 + 400 }).commands).toEqual([{ kind: 'wait', ms: (ofKind(waiting.commands, 'wait')[0]?.ms ?? 0) - 400 }]);
    expect(stepProjects(initialProjectsState(), { type: 'resume' }, { now: T0 }).commands).toEqual([expect.objectContaining({ level: 'debug' })]);
    const done = run({}, [page(0, 0, 0)]);
    expect(stepProjects(done.state, { type: 'resume' }, { now: T0 }).commands).toEqual([done.terminal]);
    expect(stepProjects(done.state, { type: 'start' }, { now: T0 }).commands).toEqual([]);
  });

  it('turns an internal bug into a planner_bug failure', () => {
    const broken = { ...initialProjectsState(), spec: null } as unknown as ReturnType<typeof initialProjectsState>;
    expect(stepProjects(broken, { type: 'start' }, { now: T0 }).commands).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'planner_bug' }) })]);
  });
});
