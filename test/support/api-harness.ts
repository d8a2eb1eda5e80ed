/**
 * The REST API under test, driven through `app.request` (no network), with three callers
 * (anonymous, viewer, admin). Every exchange is kept: each response is checked against the API's
 * own OpenAPI document as it arrives (a departure rejects the call), and at the end a suite can
 * grep every response and every log line for the secrets it used.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ConnectionTester, HostServices } from '../../src-server/node/host-services';
import type { Engine, EngineOptions } from '../../src-server/node/engine/engine';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import { memoryLogger } from './memory-logger';
import { ConformanceChecker, type OpenApiDocument } from './openapi-conformance';
import { scriptedTester, testApp, testServices } from './host';

export const API = '/api/x_eih/hub';

export type Caller = 'admin' | 'viewer' | 'anonymous';

/** Routes served outside the OpenAPI document (their own rules or a non-JSON body). */
export const OUTSIDE_DOCUMENT: readonly RegExp[] = [
  /^\/api\/x_eih\/hub\/health$/,
  /^\/api\/x_eih\/hub\/openapi\.json$/,
  /^\/api\/x_eih\/hub\/metrics$/,
  /^\/api\/x_eih\/hub\/auth\//,
  /^\/api\/x_eih\/hub\/runs\/events$/,
  /^\/api\/x_eih\/hub\/runs\/[^/]+\/events$/,
];

export interface CallOptions {
  readonly as?: Caller;
  /** Sent as JSON (`application/json`). */
  readonly body?: unknown;
  /** Sent as is (malformed JSON, other content types); `content-type` defaults to JSON. */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed JSON body (undefined when the body is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read into bodies freely
  readonly body: any;
}

/** What is kept of each exchange (bodies are scanned for secrets as they arrive, not kept). */
export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface SseCapture {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly events: readonly { event: string; data: string }[];
}

export interface ApiHarnessOptions {
  readonly tester?: ConnectionTester;
  /** Default: no coordinator, so a created connector's run stays queued and nothing goes out. */
  readonly engine?: Partial<EngineOptions>;
}

export interface ApiHarness {
  readonly services: HostServices;
  readonly app: OpenAPIHono;
  readonly engine: Engine;
  readonly doc: OpenApiDocument;
  readonly checker: ConformanceChecker;
  readonly logs: readonly string[];
  readonly exchanges: readonly Exchange[];
  readonly credentials: Awaited<ReturnType<typeof testApp>>['credentials'];
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
  get(path: string, as?: Caller): Promise<ApiResponse>;
  post(path: string, body?: unknown, as?: Caller): Promise<ApiResponse>;
  patch(path: string, body: unknown, as?: Caller): Promise<ApiResponse>;
  put(path: string, body: unknown, as?: Caller): Promise<ApiResponse>;
  delete(path: string, as?: Caller): Promise<ApiResponse>;
  /** Opens an SSE stream, reads `count` events (or until `timeoutMs`), then hangs up. */
  readEvents(path: string, as?: Caller, count?: number, timeoutMs?: number): Promise<SseCapture>;
  /** Registers a secret the suite uses and returns it, for composing request bodies. */
  secret<T extends string>(value: T): T;
  /** Where any registered secret appears in a response or a log line (empty: no leak). */
  leaks(): string[];
  close(): Promise<void>;
}

function headersText(headers: Headers): string {
  const lines: string[] = [];
  headers.forEach((value, name) => lines.push(`${name}: ${value}`));
  return lines.join('\n');
}

function parseEvents(text: string): { event: string; data: string }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim() ?? 'message';
      const data = lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      return { event, data };
    });
}

export async function startApi(dialect: StoreDialect, options: ApiHarnessOptions = {}): Promise<ApiHarness> {
  const memory = memoryLogger();
  const services = await testServices(dialect, {
    logger: memory.logger,
    connectionTester: options.tester ?? scriptedTester({ outcome: { kind: 'http', status: 200, body: { username: 'api' } }, probe: 'session' }),
  });
  const built = await testApp(services, { coordinator: false, workers: 0, ...options.engine });
  const { app, engine, credentials } = built;
  const authorization: Record<Caller, Record<string, string>> = {
    admin: { authorization: `Bearer ${credentials.admin.token}` },
    viewer: { authorization: `Bearer ${credentials.viewer.token}` },
    anonymous: {},
  };
  const exchanges: Exchange[] = [];
  const leaked: string[] = [];
  // Secrets are registered before the request that uses them, so scanning each response as it
  // arrives sees everything; a token minted by a response is registered after that response.
  const secrets = new Set<string>();
  const secret = <T extends string>(value: T): T => {
    secrets.add(value);
    return value;
  };
  const record = (method: string, path: string, response: Response, text: string): void => {
    exchanges.push({ method: method.toUpperCase(), path, status: response.status });
    const headers = headersText(response.headers);
    for (const value of secrets) {
      if (text.includes(value) || headers.includes(value)) leaked.push(`${method.toUpperCase()} ${path} → ${response.status} carries '${value.slice(0, 6)}…'`);
    }
  };
  for (const who of [credentials.admin, credentials.viewer]) {
    secret(who.password);
    secret(who.token);
  }

  const doc = (await (await app.request(`${API}/openapi.json`)).json()) as OpenApiDocument;
  const checker = new ConformanceChecker(doc, OUTSIDE_DOCUMENT);

  const requestOf = (method: string, options: CallOptions): RequestInit => {
    const headers: Record<string, string> = { ...authorization[options.as ?? 'admin'] };
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    return { method: method.toUpperCase(), headers: { ...headers, ...options.headers }, ...(body !== undefined ? { body } : {}) };
  };

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<ApiResponse> => {
    const url = `${API}${path}`;
    const response = await app.request(url, requestOf(method, options));
    const text = await response.text();
    record(method, url, response, text);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    // A token is in exactly one response: the one that mints it.
    const minted = (body as { result?: { token?: unknown } } | undefined)?.result?.token;
    if (response.status === 201 && typeof minted === 'string') secret(minted);
    const problems = checker.check(method, new URL(url, 'http://localhost').pathname, { status: response.status, headers: response.headers, text });
    if (problems.length > 0) throw new Error(`response departs from the OpenAPI document:\n${problems.join('\n')}`);
    return { status: response.status, headers: response.headers, text, body };
  };

  const readEvents = async (path: string, as: Caller = 'admin', count = 1, timeoutMs = 3000): Promise<SseCapture> => {
    const url = `${API}${path}`;
    const response = await app.request(url, requestOf('GET', { as }));
    let text = '';
    if (response.headers.get('content-type')?.startsWith('text/event-stream') && response.body) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const deadline = Date.now() + timeoutMs;
      while (parseEvents(text).length < count && Date.now() < deadline) {
        const chunk = await Promise.race([reader.read(), new Promise<undefined>((resolve) => setTimeout(resolve, Math.max(1, deadline - Date.now())))]);
        if (!chunk || chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
      // Hanging up ends the server's polling loop (the stream sees `aborted`).
      await reader.cancel();
    } else {
      text = await response.text();
    }
    record('GET', url, response, text);
    const problems = checker.check('GET', url, { status: response.status, headers: response.headers, text });
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return { status: response.status, headers: response.headers, text, events: parseEvents(text) };
  };

  return {
    services,
    app,
    engine,
    doc,
    checker,
    logs: memory.lines,
    exchanges,
    credentials,
    call,
    get: (path, as) => call('GET', path, { ...(as ? { as } : {}) }),
    post: (path, body, as) => call('POST', path, { ...(as ? { as } : {}), ...(body !== undefined ? { body } : {}) }),
    patch: (path, body, as) => call('PATCH', path, { ...(as ? { as } : {}), body }),
    put: (path, body, as) => call('PUT', path, { ...(as ? { as } : {}), body }),
    delete: (path, as) => call('DELETE', path, { ...(as ? { as } : {}) }),
    readEvents,
    secret,
    leaks() {
      const found = [...leaked];
      for (const value of secrets) {
        memory.lines.forEach((line, index) => {
          if (line.includes(value)) found.push(`log line ${index} carries '${value.slice(0, 6)}…': ${line.slice(0, 200)}`);
        });
      }
      return found;
    },
    async close() {
      await engine.stop();
      await engine.purgesSettled();
      await services.database.close();
    },
  };
}
