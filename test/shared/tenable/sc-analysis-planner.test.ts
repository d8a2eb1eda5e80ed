import { describe, expect, it } from 'vitest';
import { createScPlanner, initialScState, scSeverityIds, stepSc, type PlannerEvent, type ScAnalysisSpec, type ScCommand } from '../../../src-shared/tenable';
import { T0, drive, jsonRoundTrip, ofKind, reply, type DriveOptions } from './planner-driver';

interface R {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const NOW_S = Math.floor(T0 / 1000);
const TOKEN: R = { status: 200, body: { type: 'regular', response: { token: 123456789, unassociatedCert: 'false' }, error_code: 0, error_msg: '' } };
const RELEASE: R = { status: 200, body: { type: 'regular', response: { releaseSession: true }, error_code: 0, error_msg: '' } };
const EXPIRED_403: R = { status: 403, body: { type: 'regular', response: '', error_code: 12, error_msg: 'This request contains an invalid token.' } };
const EXPIRED_200: R = { status: 200, body: { ...((EXPIRED_403.body ?? {}) as object) } };

/** An analysis page with `n` records; counts are strings, as Security Center sends them. */
function scPage(n: number, total: number | null, offset: number, pass = 'cumulative'): R {
  const response: Record<string, unknown> = {
    returnedRecords: n,
    startOffset: String(offset),
    endOffset: String(offset + n),
    results: Array.from({ length: n }, (_, i) => ({ pluginID: '19506', severity: { id: '4', name: 'Critical' }, marker: `REC-${pass}-${offset + i}` })),
  };
  if (total !== null) response['totalRecords'] = String(total);
  return { status: 200, body: { type: 'regular', response, error_code: 0, error_msg: '', warnings: [] } };
}

interface ScScript {
  readonly login?: readonly R[];
  /** Reply for the n-th analysis call (0-based) of a pass at an offset. */
  readonly page: (pass: string, offset: number, call: number) => R;
  readonly logout?: R | 'network';
}

function scServer(script: ScScript) {
  const seen = { logins: [] as unknown[], pages: [] as string[], logouts: 0, bodies: [] as unknown[], auths: [] as string[] };
  let calls = 0;
  const respond = (cmd: ScCommand): PlannerEvent => {
    if (cmd.kind === 'save_page') return { type: 'page_saved', pageNo: cmd.pageNo };
    if (cmd.kind !== 'request') throw new Error(cmd.kind);
    seen.auths.push(`${cmd.method} ${cmd.path} ${cmd.auth}`);
    if (cmd.method === 'DELETE') {
      seen.logouts += 1;
      if (script.logout === 'network') return { type: 'network_error', requestId: cmd.id, failure: { message: 'econnrefused' } };
      const r = script.logout ?? { status: 200, body: { error_code: 0 } };
      return reply(cmd, r.status, r.body);
    }
    if (cmd.path === '/rest/token') {
      const list = script.login ?? [TOKEN];
      const r = list[Math.min(seen.logins.length, list.length - 1)] ?? TOKEN;
      seen.logins.push(cmd.body);
      return reply(cmd, r.status, r.body, r.headers);
    }
    const body = cmd.body as { sourceType: string; query: { startOffset: number } };
    seen.bodies.push(cmd.body);
    seen.pages.push(`${body.sourceType}@${body.query.startOffset}`);
    const r = script.page(body.sourceType, body.query.startOffset, calls);
    calls += 1;
    return reply(cmd, r.status, r.body, r.headers);
  };
  return { respond, seen };
}

const session = (over: Partial<ScAnalysisSpec> = {}): ScAnalysisSpec => ({ auth: 'session', since: null, ...over });

function run(spec: ScAnalysisSpec, script: ScScript, options: DriveOptions<ScCommand> = {}) {
  const server = scServer(script);
  const trace = drive(stepSc, initialScState(spec), server.respond, options);
  return { ...trace, seen: server.seen };
}

/** cumulative: 2500 records; patched: 200 records. */
const twoPasses = (pass: string, offset: number): R => (pass === 'cumulative' ? scPage(Math.min(1000, 2500 - offset), 2500, offset) : scPage(200, 200, offset, 'patched'));

describe('security center planner — scripted replies', () => {
  const cases: readonly { name: string; spec?: ScAnalysisSpec; script: ScScript; pages: readonly string[]; logins?: readonly unknown[]; logouts: number; terminal: Record<string, unknown>; regenerated?: boolean }[] = [
    {
      name: 'session login, cumulative pages until a short page, patched pass, logout, done',
      script: { page: twoPasses },
      pages: ['cumulative@0', 'cumulative@1000', 'cumulative@2000', 'patched@0'],
      logins: [{ releaseSession: false }],
      logouts: 1,
      terminal: { kind: 'done', cursorMayAdvance: true, cursorTo: NOW_S, pages: 4, records: 2700, tokenRegenerated: false },
    },
    {
      name: 'string totalRecords that is an exact multiple ends the pass without an empty page',
      spec: session({ includeFixed: false }),
      script: { page: (_p, offset) => scPage(1000, 2000, offset) },
      pages: ['cumulative@0', 'cumulative@1000'],
      logouts: 1,
      terminal: { kind: 'done', pages: 2, records: 2000 },
    },
    {
      name: 'without totalRecords the pass ends on a short page',
      spec: session({ includeFixed: false }),
      script: { page: (_p, offset) => scPage(offset === 0 ? 1000 : 10, null, offset) },
      pages: ['cumulative@0', 'cumulative@1000'],
      logouts: 1,
      terminal: { kind: 'done', pages: 2, records: 1010 },
    },
    {
      name: 'an empty first page saves nothing and moves on',
      script: { page: () => scPage(0, 0, 0) },
      pages: ['cumulative@0', 'patched@0'],
      logouts: 1,
      terminal: { kind: 'done', pages: 0, records: 0 },
    },
    {
      name: 'releaseSession: logs in once more with releaseSession true',
      spec: session({ includeFixed: false }),
      script: { login: [RELEASE, TOKEN], page: () => scPage(5, 5, 0) },
      pages: ['cumulative@0'],
      logins: [{ releaseSession: false }, { releaseSession: true }],
      logouts: 1,
      terminal: { kind: 'done', records: 5 },
    },
    {
      name: 'releaseSession twice fails max_sessions without a logout',
      script: { login: [RELEASE], page: () => scPage(5, 5, 0) },
      pages: [],
      logins: [{ releaseSession: false }, { releaseSession: true }],
      logouts: 0,
      terminal: { kind: 'fail', failure: { code: 'max_sessions', retryable: true } },
    },
    {
      name: 'token expiry mid-run (HTTP 403 error_code 12): log in again once and continue at the same offset',
      spec: session({ includeFixed: false }),
      script: { page: (_p, offset, call) => (call === 1 ? EXPIRED_403 : scPage(offset === 0 ? 1000 : 7, 1007, offset)) },
      pages: ['cumulative@0', 'cumulative@1000', 'cumulative@1000'],
      logins: [{ releaseSession: false }, { releaseSession: false }],
      logouts: 1,
      terminal: { kind: 'done', records: 1007, tokenRegenerated: true },
      regenerated: true,
    },
    {
      name: 'token expiry reported as HTTP 200 error_code 12 is handled the same way',
      spec: session({ includeFixed: false }),
      script: { page: (_p, offset, call) => (call === 0 ? EXPIRED_200 : scPage(3, 3, offset)) },
      pages: ['cumulative@0', 'cumulative@0'],
      logouts: 1,
      terminal: { kind: 'done', records: 3, tokenRegenerated: true },
      regenerated: true,
    },
    {
      name: 'a second token expiry in the same run fails token_expired',
      script: { page: () => EXPIRED_403 },
      pages: ['cumulative@0', 'cumulative@0'],
      logouts: 0,
      terminal: { kind: 'fail', failure: { code: 'token_expired', statusCode: 403, retryable: true } },
      regenerated: true,
    },
    {
      name: 'another error_code (invalid filter on HTTP 403) fails with its message, then logs out',
      script: { page: () => ({ status: 403, body: { error_code: 146, error_msg: 'Invalid filter "lastSeen".' } }) },
      pages: ['cumulative@0'],
      logouts: 1,
      terminal: {
        kind: 'fail',
        failure: { code: 'sc_error', statusCode: 403, retryable: false, message: 'analysis of the cumulative pass at offset 0 failed with error_code 146: Invalid filter "lastSeen".' },
      },
    },
    {
      name: 'a non-zero error_code on HTTP 200 fails too',
      script: { page: () => ({ status: 200, body: { error_code: 3, error_msg: 'Query failed' } }) },
      pages: ['cumulative@0'],
      logouts: 1,
      terminal: { kind: 'fail', failure: { code: 'sc_error', statusCode: 200 } },
    },
    {
      name: 'a failed login fails login_failed, not retryable, without a logout',
      script: { login: [{ status: 403, body: { error_code: 2, error_msg: 'Invalid login credentials.' } }], page: () => scPage(1, 1, 0) },
      pages: [],
      logouts: 0,
      terminal: { kind: 'fail', failure: { code: 'login_failed', statusCode: 403, retryable: false } },
    },
    {
      name: 'api keys: no login, no logout',
      spec: { auth: 'api_keys', since: null, includeFixed: false },
      script: { page: () => scPage(2, 2, 0) },
      pages: ['cumulative@0'],
      logins: [],
      logouts: 0,
      terminal: { kind: 'done', records: 2 },
    },
    {
      name: 'token expiry with api keys fails token_expired',
      spec: { auth: 'api_keys', since: null },
      script: { page: () => EXPIRED_403 },
      pages: ['cumulative@0'],
      logins: [],
      logouts: 0,
      terminal: { kind: 'fail', failure: { code: 'token_expired' } },
    },
    {
      name: 'a 502 is retried, then the page arrives',
      spec: session({ includeFixed: false }),
      script: { page: (_p, _o, call) => (call === 0 ? { status: 502, body: 'bad gateway' } : scPage(1, 1, 0)) },
      pages: ['cumulative@0', 'cumulative@0'],
      logouts: 1,
      terminal: { kind: 'done', records: 1 },
    },
    {
      name: '401 on analysis fails unauthorized and still logs out',
      script: { page: () => ({ status: 401, body: { error_msg: 'nope' } }) },
      pages: ['cumulative@0'],
      logouts: 1,
      terminal: { kind: 'fail', failure: { code: 'unauthorized', retryable: false } },
    },
    {
      name: 'unreadable 200 bodies are asked again, then fail unexpected_reply',
      script: { page: () => ({ status: 200, body: { error_code: 0, response: { results: 'nope' } } }) },
      pages: ['cumulative@0', 'cumulative@0', 'cumulative@0', 'cumulative@0'],
      logouts: 1,
      terminal: { kind: 'fail', failure: { code: 'unexpected_reply' } },
    },
    {
      name: 'a failing logout does not change the outcome',
      spec: session({ includeFixed: false }),
      script: { page: () => scPage(1, 1, 0), logout: 'network' },
      pages: ['cumulative@0'],
      logouts: 1,
      terminal: { kind: 'done', records: 1 },
    },
    {
      name: 'no severity selected: nothing requested, cursor kept',
      spec: session({ severities: [] }),
      script: { page: () => scPage(1, 1, 0) },
      pages: [],
      logins: [],
      logouts: 0,
      terminal: { kind: 'done', cursorMayAdvance: false, cursorTo: null },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const trace = run(c.spec ?? session(), c.script);
      expect(trace.terminal).toMatchObject(c.terminal);
      expect(trace.seen.pages).toEqual(c.pages);
      if (c.logins !== undefined) expect(trace.seen.logins).toEqual(c.logins);
      expect(trace.seen.logouts).toBe(c.logouts);
      expect(ofKind(trace.commands, 'token_regenerated').length).toBe(c.regenerated === true ? 1 : 0);
      // logout, when there is one, is the last request before the outcome
      if (c.logouts > 0) expect(trace.seen.auths.at(-1)).toBe('DELETE /rest/token sc_session');
    });
  }
});

describe('security center planner — details', () => {
  it('builds the analysis body: severity ids, lastSeen window for a delta, paging offsets', () => {
    const trace = run(session({ since: 1_690_000_000, severities: ['high', 'critical'] }), { page: twoPasses });
    expect(trace.seen.bodies[1]).toEqual({
      type: 'vuln',
      sourceType: 'cumulative',
      query: {
        type: 'vuln',
        tool: 'vulndetails',
        startOffset: 1000,
        endOffset: 2000,
        filters: [
          { filterName: 'severity', operator: '=', value: '3,4' },
          { filterName: 'lastSeen', operator: '=', value: `1690000000-${NOW_S}` },
        ],
      },
    });
    expect(trace.seen.auths).toContain('POST /rest/token sc_login');
    expect(trace.seen.auths).toContain('POST /rest/analysis sc_session');
    expect(trace.terminal).toMatchObject({ cursorTo: NOW_S });
  });

  it('a full import has no lastSeen filter; the patched pass may filter by lastMitigated', () => {
    const full = run(session({ severities: ['info'] }), { page: twoPasses });
    expect((full.seen.bodies[0] as { query: { filters: unknown[] } }).query.filters).toEqual([{ filterName: 'severity', operator: '=', value: '0' }]);
    const delta = run(session({ since: 100, patchedWindowFilter: 'lastMitigated' }), { page: twoPasses });
    const filters = (b: unknown) => (b as { query: { filters: { filterName: string }[] } }).query.filters.map((f) => f.filterName);
    expect(filters(delta.seen.bodies[0])).toEqual(['severity', 'lastSeen']);
    expect(filters(delta.seen.bodies.at(-1))).toEqual(['severity', 'lastMitigated']);
  });

  it('maps severities to security center ids', () => {
    expect(scSeverityIds(undefined)).toEqual([0, 1, 2, 3, 4]);
    expect(scSeverityIds(['critical', 'info', 'medium'])).toEqual([0, 2, 4]);
  });

  it('hands each page to the host and never keeps records in the state', () => {
    const states: string[] = [];
    const trace = run(session(), { page: twoPasses }, { persist: (s) => { states.push(JSON.stringify(s)); return jsonRoundTrip(s); } });
    const saves = ofKind(trace.commands, 'save_page');
    expect(saves.map((p) => [p.pageNo, p.sourceRef, p.records.length])).toEqual([
      [1, 'cumulative/0', 1000],
      [2, 'cumulative/1000', 1000],
      [3, 'cumulative/2000', 500],
      [4, 'patched/0', 200],
    ]);
    expect(states.some((s) => s.includes('REC-'))).toBe(false);
    expect(states.some((s) => s.includes('123456789'))).toBe(false); // nor the session token
  });

  it('resume while a page is being saved asks for the same page again under the same page number', () => {
    let resumed = false;
    const trace = run(session({ includeFixed: false }), { page: (_p, offset) => scPage(offset === 0 ? 1000 : 1, 1001, offset) }, {
      interject: (o) => {
        if (o.kind === 'save_page' && !resumed) {
          resumed = true;
          return { type: 'resume' };
        }
        return null;
      },
    });
    expect(trace.seen.pages).toEqual(['cumulative@0', 'cumulative@0', 'cumulative@1000']);
    expect(ofKind(trace.commands, 'save_page').map((p) => p.pageNo)).toEqual([1, 1, 2]);
    expect(trace.terminal).toMatchObject({ kind: 'done', pages: 2, records: 1001 });
  });

  it('cancel logs out first, then fails cancelled; a second cancel during logout is ignored', () => {
    const trace = run(session(), { page: twoPasses }, { interject: (o, step) => (step === 3 || (step === 4 && o.kind === 'request') ? { type: 'cancel' } : null) });
    expect(trace.seen.logouts).toBe(1);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'cancelled', retryable: false } });
  });

  it('a page the host cannot save fails persist_failed after logging out', () => {
    const server = scServer({ page: twoPasses });
    const trace = drive(stepSc, initialScState(session()), (cmd) => (cmd.kind === 'save_page' ? { type: 'page_failed', pageNo: cmd.pageNo, message: 'disk full' } : server.respond(cmd)));
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'persist_failed', message: 'page 1 of the cumulative pass could not be saved: disk full' } });
    expect(server.seen.logouts).toBe(1);
  });

  it('network errors on login are retried by the injected policy, bounded', () => {
    const planner = createScPlanner({ decideRetry: (i) => (i.attempt <= 1 ? { retry: true, delayMs: 5 } : { retry: false }) });
    const trace = drive(planner.step, planner.init(session()), (cmd) => ({ type: 'network_error', requestId: (cmd as { id: string }).id }));
    expect(ofKind(trace.commands, 'wait')).toEqual([{ kind: 'wait', ms: 5 }]);
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'network_error' } });
  });

  it('ignores stale events; a terminal state re-emits its outcome on resume only', () => {
    const started = stepSc(initialScState(session()), { type: 'start' }, { now: T0 });
    for (const ev of [
      { type: 'reply', requestId: 's-9', status: 200, body: {} },
      { type: 'network_error', requestId: 's-9' },
      { type: 'page_saved', pageNo: 1 },
      { type: 'page_failed', pageNo: 1 },
      { type: 'waited' },
      { type: 'start' },
      { type: 'chunk_saved', chunkId: 1 },
    ] as PlannerEvent[]) {
      const r = stepSc(started.state, ev, { now: T0 });
      expect(r.state).toEqual(started.state);
      expect(r.commands.every((c) => c.kind === 'log')).toBe(true);
    }
    expect(stepSc(initialScState(session()), { type: 'resume' }, { now: T0 }).commands).toEqual([expect.objectContaining({ level: 'debug' })]);
    const done = run(session({ includeFixed: false }), { page: () => scPage(1, 1, 0) });
    expect(stepSc(done.state, { type: 'resume' }, { now: T0 }).commands).toEqual([done.terminal]);
    expect(stepSc(done.state, { type: 'cancel' }, { now: T0 }).commands).toEqual([]);
  });

  it('resume during a retry wait re-emits the remaining wait', () => {
    const a = stepSc(initialScState(session()), { type: 'start' }, { now: T0 });
    const login = ofKind(a.commands, 'request')[0] ?? { id: '' };
    const b = stepSc(a.state, reply(login, 503, '', { 'Retry-After': '10' }), { now: T0 });
    expect(ofKind(b.commands, 'wait')).toEqual([{ kind: 'wait', ms: 10_000 }]);
    expect(stepSc(jsonRoundTrip(b.state), { type: 'resume' }, { now: T0 + 4_000 }).commands).toEqual([{ kind: 'wait', ms: 6_000 }]);
  });

  it('a page limit bounds the run', () => {
    const trace = run(session({ maxPages: 2 }), { page: (_p, offset) => scPage(1000, null, offset) });
    expect(trace.terminal).toMatchObject({ kind: 'fail', failure: { code: 'too_many_pages' } });
    expect(trace.seen.logouts).toBe(1);
  });

  it('turns an internal bug into a planner_bug failure', () => {
    const broken = { ...initialScState(session()), spec: null } as unknown as ReturnType<typeof initialScState>;
    expect(stepSc(broken, { type: 'start' }, { now: T0 }).commands).toEqual([expect.objectContaining({ kind: 'fail', failure: expect.objectContaining({ code: 'planner_bug' }) })]);
  });
});
