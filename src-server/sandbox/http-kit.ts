// The sandbox's tiny HTTP toolkit on node:http: replies as plain data, a path router, JSON body
// reading, and a sender that streams large bodies with backpressure and can damage a body on
// purpose (truncated / malformed) for fault injection.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FaultDecision } from './faults';

export interface Reply {
  status: number;
  headers?: Record<string, string | string[]>;
  /** A complete body. */
  body?: string;
  /** A body produced lazily piece by piece (chunk downloads), sent with chunked encoding. */
  pieces?: () => Iterable<string>;
}

export type AuthKind = 'vm' | 'sc' | 'none' | 'control';

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  fault: FaultDecision | undefined;
  /** The Security Center session token that authenticated the request, if any. */
  scToken: number | undefined;
  /** The VM access key that authenticated the request, if any. */
  accessKey: string | undefined;
}

export interface Route {
  id: string;
  method: string;
  pattern: string;
  auth: AuthKind;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

export interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string | string[]> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function htmlReply(status: number, html: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'text/html', ...headers }, body: html };
}

export function emptyReply(status: number): Reply {
  return { status, body: '' };
}

export function tooManyRequests(retryAfterSeconds: number): Reply {
  return htmlReply(429, '<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n</body>\r\n</html>\r\n', { 'retry-after': String(retryAfterSeconds) });
}

export function compileRoutes(routes: Route[]): CompiledRoute[] {
  return routes.map((r) => {
    const names: string[] = [];
    const source = r.pattern
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          names.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { ...r, regex: new RegExp(`^${source}/?$`), names };
  });
}

export type RouteMatch = { route: CompiledRoute; params: Record<string, string> } | { route: undefined; pathKnown: boolean };

export function matchRoute(routes: CompiledRoute[], method: string, path: string): RouteMatch {
  let pathKnown = false;
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, k) => {
      params[name] = decodeURIComponent(m[k + 1] ?? '');
    });
    return { route, params };
  }
  return { route: undefined, pathKnown };
}

const MAX_BODY = 16 * 1024 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; message: string };

/** Read and parse a JSON body (empty body = undefined). */
export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    const buf = part as Buffer;
    size += buf.length;
    if (size > MAX_BODY) return { ok: false, message: 'request body too large' };
    parts.push(buf);
  }
  const text = Buffer.concat(parts).toString('utf8').trim();
  if (text === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'request body is not valid JSON' };
  }
}

export type SendMode = 'normal' | 'truncated' | 'malformed';

function waitDrain(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Cut a body so that it can never parse as JSON, keeping a plausible prefix. */
function malform(text: string): string {
  return text.slice(0, Math.floor(text.length / 2)) + ',,]';
}

const WRITE_BATCH = 256 * 1024;

export async function sendReply(res: ServerResponse, reply: Reply, mode: SendMode = 'normal'): Promise<void> {
  const headers: Record<string, string | string[]> = { ...(reply.headers ?? {}) };
  if (reply.pieces) {
    const iterator = reply.pieces()[Symbol.iterator]();
    if (mode !== 'normal') {
      // Damage the first piece(s): enough bytes for a client to start parsing, then the fault.
      let head = '';
      for (let step = iterator.next(); !step.done && head.length < 4096; step = iterator.next()) head += step.value;
      res.writeHead(reply.status, headers);
      if (mode === 'malformed') {
        res.end(malform(head));
        return;
      }
      res.write(head.slice(0, Math.max(1, Math.floor(head.length / 2))), () => res.destroy());
      return;
    }
    res.writeHead(reply.status, headers);
    let batch = '';
    for (let step = iterator.next(); !step.done; step = iterator.next()) {
      batch += step.value;
      if (batch.length < WRITE_BATCH) continue;
      const ok = res.write(batch);
      batch = '';
      if (res.destroyed) return;
      if (!ok) await waitDrain(res);
      if (res.destroyed) return;
    }
    res.end(batch);
    return;
  }
  let body = reply.body ?? '';
  if (mode === 'malformed') body = malform(body);
  const bytes = Buffer.from(body, 'utf8');
  headers['content-length'] = String(bytes.length);
  res.writeHead(reply.status, headers);
  if (mode === 'truncated') {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.destroy());
    return;
  }
  res.end(bytes);
}
