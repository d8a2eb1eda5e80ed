// Tenable Security Center routes: login sessions (/rest/token), /rest/system, /rest/currentUser,
// /rest/analysis, /rest/repository and the accept/recast risk rules. Every answer uses SC's
// envelope {type, response, error_code, error_msg, warnings, timestamp}; clients must decide on
// error_code, not only on the HTTP status.
import { jsonReply } from './http-kit';
import type { Reply, Route } from './http-kit';
import { parseScAnalysis } from './sc-analysis';
import { parseScRule, scRuleBody } from './sc-rules';
import type { ScRuleKind } from './sc-rules';
import { snapshotNow } from './state';
import type { SandboxState } from './state';
import { uuidFrom } from './hash';

export const SC_INVALID_TOKEN = { code: 12, message: 'This request contains an invalid token.' };

export function scReply(state: SandboxState, status: number, response: unknown, errorCode = 0, errorMsg = '', headers: Record<string, string | string[]> = {}): Reply {
  return jsonReply(status, { type: 'regular', response, error_code: errorCode, error_msg: errorMsg, warnings: [], timestamp: Math.floor(state.clock.now() / 1000) }, headers);
}

export function scError(state: SandboxState, status: number, errorCode: number, message: string): Reply {
  return scReply(state, status, '', errorCode, message);
}

function ruleRoutes(kind: ScRuleKind, base: string, getState: () => SandboxState): Route[] {
  const id = `sc.${kind}_risk`;
  return [
    {
      id: `${id}.create`, method: 'POST', pattern: base, auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        const parsed = parseScRule(ctx.body, kind, state.scRules.nextId(), Math.floor(state.clock.now() / 1000));
        if (!parsed.ok) return scError(state, 403, 146, `Invalid parameters: ${parsed.message}`);
        state.scRules.add(parsed.rule);
        state.seq += 1;
        return scReply(state, 200, scRuleBody(parsed.rule));
      },
    },
    { id: `${id}.list`, method: 'GET', pattern: base, auth: 'sc', handle: () => scReply(getState(), 200, getState().scRules.list(kind).map(scRuleBody)) },
    {
      id: `${id}.get`, method: 'GET', pattern: `${base}/:id`, auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        const rule = state.scRules.get(kind, ctx.params.id ?? '');
        return rule ? scReply(state, 200, scRuleBody(rule)) : scError(state, 403, 147, `Rule #${ctx.params.id ?? ''} not found.`);
      },
    },
    {
      id: `${id}.delete`, method: 'DELETE', pattern: `${base}/:id`, auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        if (!state.scRules.remove(kind, ctx.params.id ?? '')) return scError(state, 403, 147, `Rule #${ctx.params.id ?? ''} not found.`);
        state.seq += 1;
        return scReply(state, 200, '');
      },
    },
    {
      id: `${id}.apply_all`, method: 'POST', pattern: `${base}/apply`, auth: 'sc',
      handle: () => {
        const state = getState();
        state.scRules.applyAll(kind);
        state.seq += 1;
        return scReply(state, 200, '');
      },
    },
    {
      id: `${id}.apply`, method: 'POST', pattern: `${base}/:id/apply`, auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        const rule = state.scRules.get(kind, ctx.params.id ?? '');
        if (!rule) return scError(state, 403, 147, `Rule #${ctx.params.id ?? ''} not found.`);
        rule.applied = true;
        state.seq += 1;
        return scReply(state, 200, scRuleBody(rule));
      },
    },
  ];
}

export function scRoutes(getState: () => SandboxState): Route[] {
  return [
    {
      id: 'sc.system', method: 'GET', pattern: '/rest/system', auth: 'none',
      handle: () => {
        const state = getState();
        return scReply(state, 200, {
          version: '6.4.5', buildID: '202409111', releaseID: '202409111', uuid: uuidFrom(state.opts.seed, 3, 22), logo: 'assets/img/logo.png',
          serverAuth: 'any', serverClassification: '', sessionTimeout: String(state.opts.scSessionTimeoutSeconds), licenseStatus: 'Valid', ACAS: 'false', freshInstall: 'no', headerText: '', PasswordComplexity: 'false', timezones: [],
        });
      },
    },
    {
      id: 'sc.token.create', method: 'POST', pattern: '/rest/token', auth: 'none',
      handle: (ctx) => {
        const state = getState();
        const b = (ctx.body ?? {}) as Record<string, unknown>;
        const user = state.opts.scUsers.find((u) => u.username === b.username && u.password === b.password);
        if (!user) return scError(state, 403, 74, 'Invalid login credentials.');
        const outcome = state.sessions.login(user.username, b.releaseSession === true || b.releaseSession === 'true');
        if (outcome.outcome === 'max_sessions') return scReply(state, 200, { releaseSession: true });
        const { session } = outcome;
        return scReply(state, 200, { token: session.token, unassociatedCert: 'false' }, 0, '', {
          'set-cookie': `TNS_SESSIONID=${session.cookie}; path=/; HttpOnly; SameSite=Strict`,
        });
      },
    },
    {
      id: 'sc.token.delete', method: 'DELETE', pattern: '/rest/token', auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        if (ctx.scToken !== undefined) state.sessions.logout(ctx.scToken);
        return scReply(state, 200, '', 0, '', { 'set-cookie': 'TNS_SESSIONID=deleted; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT' });
      },
    },
    {
      id: 'sc.current_user', method: 'GET', pattern: '/rest/currentUser', auth: 'sc',
      handle: () => {
        const state = getState();
        const username = state.opts.scUsers[0]?.username ?? 'secmanager';
        return scReply(state, 200, {
          id: '2', uuid: uuidFrom(state.opts.seed, 4, 23), username, firstname: 'Sandbox', lastname: 'Manager', status: '0',
          role: { id: '3', name: 'Security Manager', description: 'Security Manager' }, organization: { id: '1', name: 'Sandbox Organization' },
          authType: 'tns', email: `${username}@example.com`, locked: 'false', lastLogin: String(Math.floor(state.clock.now() / 1000)),
        });
      },
    },
    {
      id: 'sc.repository.list', method: 'GET', pattern: '/rest/repository', auth: 'sc',
      handle: () => scReply(getState(), 200, getState().scAnalysis.repositoryList()),
    },
    {
      id: 'sc.analysis', method: 'POST', pattern: '/rest/analysis', auth: 'sc',
      handle: (ctx) => {
        const state = getState();
        const now = state.clock.now();
        const parsed = parseScAnalysis(ctx.body, now);
        if (!parsed.ok) return scError(state, 403, parsed.errorCode, parsed.message);
        const q = parsed.query;
        const snap = snapshotNow(state, false);
        const total = state.scAnalysis.count(q, snap, now);
        const results = q.endOffset > q.startOffset ? state.scAnalysis.page(q, snap, now) : [];
        return scReply(state, 200, {
          totalRecords: String(total),
          returnedRecords: results.length,
          startOffset: String(q.startOffset),
          endOffset: String(q.startOffset + results.length),
          matchingDataElementCount: '-1',
          results,
        });
      },
    },
    ...ruleRoutes('accept', '/rest/acceptRiskRule', getState),
    ...ruleRoutes('recast', '/rest/recastRiskRule', getState),
  ];
}
