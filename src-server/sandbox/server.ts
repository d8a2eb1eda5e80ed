// The request pipeline: route → body → fault decision → gateway-level faults → authentication →
// handler → (possibly damaged) reply. Every request is logged for tests to inspect.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cookieValue, keysMatch, parseScKeys, parseVmKeys, UNAUTHORIZED } from './auth';
import type { FaultDecision } from './faults';
import { htmlReply, jsonReply, matchRoute, readJsonBody, sendReply, tooManyRequests } from './http-kit';
import type { CompiledRoute, Reply, RequestContext, SendMode } from './http-kit';
import { SC_INVALID_TOKEN, scError } from './sc-routes';
import { logRequest } from './state';
import type { SandboxState } from './state';

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const STATUS_TEXT: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

function serverError(status: number): Reply {
  if (status === 502 || status === 504) {
    const text = `${status} ${STATUS_TEXT[status] ?? ''}`;
    return htmlReply(status, `<html>\r\n<head><title>${text}</title></head>\r\n<body>\r\n<center><h1>${text}</h1></center>\r\n</body>\r\n</html>\r\n`);
  }
  return jsonReply(status, { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message: status === 503 ? 'Service temporarily unavailable, please retry.' : 'An internal error occurred.' });
}

type AuthOutcome = { ok: true; scToken: number | undefined; accessKey: string | undefined } | { ok: false; reply: Reply };

function authenticate(state: SandboxState, route: CompiledRoute, req: IncomingMessage, fault: FaultDecision | undefined): AuthOutcome {
  const { headers } = req;
  if (route.auth === 'vm' || (route.auth === 'none' && headers['x-apikeys'] !== undefined && route.id.startsWith('vm.'))) {
    const keys = parseVmKeys(headers);
    if (keys && fault?.kind === 'keys_revoked') state.revokedKeys.add(keys.accessKey);
    if (!keys || !keysMatch(keys, state.opts.keys, state.revokedKeys)) return { ok: false, reply: jsonReply(401, UNAUTHORIZED) };
    return { ok: true, scToken: undefined, accessKey: keys.accessKey };
  }
  if (route.auth !== 'sc') return { ok: true, scToken: undefined, accessKey: undefined };
  const tokenHeader = headers['x-securitycenter'];
  const keyHeader = headers['x-apikey'];
  if (tokenHeader !== undefined && keyHeader !== undefined) return { ok: false, reply: scError(state, 400, 1, 'Both a session token (X-SecurityCenter) and API keys (x-apikey) were supplied; use one.') };
  if (keyHeader !== undefined) {
    const keys = parseScKeys(headers);
    if (!keys || !keysMatch(keys, state.opts.scKeys, state.revokedKeys)) return { ok: false, reply: scError(state, 403, 74, 'Invalid API key.') };
    if (fault?.kind === 'sc_token_expired') return { ok: false, reply: scError(state, 403, SC_INVALID_TOKEN.code, SC_INVALID_TOKEN.message) };
    return { ok: true, scToken: undefined, accessKey: keys.accessKey };
  }
  const token = Number(Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader);
  if (tokenHeader === undefined || !Number.isInteger(token)) return { ok: false, reply: scError(state, 403, SC_INVALID_TOKEN.code, SC_INVALID_TOKEN.message) };
  if (fault?.kind === 'sc_token_expired') state.sessions.expire(token);
  const session = state.sessions.validate(token, cookieValue(headers, 'TNS_SESSIONID'));
  if (!session) return { ok: false, reply: scError(state, 403, SC_INVALID_TOKEN.code, SC_INVALID_TOKEN.message) };
  return { ok: true, scToken: token, accessKey: undefined };
}

export function createRequestHandler(getState: () => SandboxState, routes: CompiledRoute[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const state = getState();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const match = matchRoute(routes, method, url.pathname);
    const entry = { at: state.clock.now(), method, path: url.pathname + url.search, routeId: match.route?.id, status: 0, userAgent: req.headers['user-agent'], fault: undefined as string | undefined };
    res.on('close', () => {
      entry.status = res.headersSent ? res.statusCode : 0;
      if (!match.route?.id.startsWith('control.')) logRequest(state, entry);
    });
    try {
      const route = match.route;
      if (!route || (route.auth === 'control' && !state.opts.controlApi)) {
        req.resume();
        const known = !route && match.pathKnown;
        await sendReply(res, jsonReply(known ? 405 : 404, known ? { statusCode: 405, error: 'Method Not Allowed', message: `${method} is not allowed on ${url.pathname}` } : { statusCode: 404, error: 'Not Found', message: `No route for ${method} ${url.pathname}` }));
        return;
      }
      const parsed = await readJsonBody(req);
      if (!parsed.ok) {
        await sendReply(res, route.auth === 'sc' ? scError(state, 400, 1, parsed.message) : jsonReply(400, { statusCode: 400, error: 'Bad Request', message: parsed.message }));
        return;
      }
      const fault = route.auth === 'control' ? undefined : state.faults.decide({ id: route.id, auth: route.auth }, state.clock.now());
      entry.fault = fault?.kind;
      if (fault?.kind === 'connection_reset') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'slow_response') await delay(fault.params.delayMs ?? 1500);
      if (fault?.kind === 'http_429') {
        await sendReply(res, tooManyRequests(fault.params.retryAfterSeconds ?? state.opts.exports.retryAfterSeconds));
        return;
      }
      if (fault?.kind === 'http_5xx') {
        await sendReply(res, serverError(fault.params.status ?? 503));
        return;
      }
      const auth = authenticate(state, route, req, fault);
      if (!auth.ok) {
        await sendReply(res, auth.reply);
        return;
      }
      const ctx: RequestContext = {
        method, path: url.pathname, params: match.route ? (match as { params: Record<string, string> }).params : {}, query: url.searchParams,
        body: parsed.body, headers: req.headers, fault, scToken: auth.scToken, accessKey: auth.accessKey,
      };
      const reply = await route.handle(ctx);
      const mode: SendMode = fault?.kind === 'truncated_body' ? 'truncated' : fault?.kind === 'malformed_json' ? 'malformed' : 'normal';
      await sendReply(res, reply, mode);
    } catch (e) {
      process.stderr.write(`sandbox: ${method} ${url.pathname} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      if (!res.headersSent) await sendReply(res, jsonReply(500, { statusCode: 500, error: 'Internal Server Error', message: 'sandbox internal error' }));
      else res.destroy();
    }
  };
}
