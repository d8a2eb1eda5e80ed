import { fail, ok, type Failure, type Result } from '../../../src-shared/core/result';
import { glide } from '../glide/glide-port';

/**
 * The edge of the scripted REST API `hub`: the same envelope as the Node host. Success is
 * `{ result }`; an expected failure (a core Failure value) becomes `{ error: { message, detail },
 * status: 'failure' }` with its status hint; an unexpected exception becomes a 500 that names it.
 * The body is written through the stream writer, so ServiceNow does not wrap it a second time.
 */

/** What a route handler reads from RESTAPIRequest. */
export interface HubRequestPort {
  readonly pathParams?: Readonly<Record<string, string>>;
  /** RESTAPIRequest gives every query parameter as an array of values. */
  readonly queryParams?: Readonly<Record<string, readonly string[] | string>>;
  readonly body?: { readonly data?: unknown; readonly dataString?: string } | null;
}

/** What a route handler writes through RESTAPIResponse. */
export interface HubResponsePort {
  setStatus(status: number): void;
  setContentType(type: string): void;
  setHeader(name: string, value: string): void;
  getStreamWriter(): { writeString(text: string): void };
}

export interface HubCall {
  readonly params: Readonly<Record<string, string>>;
  query(name: string): string | undefined;
  /** The parsed JSON body; undefined when there is none. */
  readonly body: unknown;
}

export interface HubAnswer {
  readonly result: unknown;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Access = 'viewer' | 'admin';
export type HubHandler = (call: HubCall) => Result<HubAnswer>;

export const VIEWER_ROLE = 'x_eih.viewer';
export const ADMIN_ROLE = 'x_eih.admin';

export function answer(result: unknown, status = 200, headers?: Readonly<Record<string, string>>): Result<HubAnswer> {
  return ok(headers === undefined ? { result, status } : { result, status, headers });
}

function readBody(request: HubRequestPort): Result<unknown> {
  let body: HubRequestPort['body'];
  try {
    body = request.body;
  } catch {
    return ok(undefined);
  }
  if (body === null || body === undefined) return ok(undefined);
  try {
    if (body.data !== undefined) return ok(body.data);
  } catch {
    // RESTAPIRequestBody.data throws when the body is not JSON: fall back to the raw text.
  }
  const text = body.dataString;
  if (text === undefined || text.trim() === '') return ok(undefined);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail('invalid_json', 'request body is not valid JSON', 400);
  }
}

function callOf(request: HubRequestPort, body: unknown): HubCall {
  const params = request.pathParams ?? {};
  const query = request.queryParams ?? {};
  return {
    params,
    body,
    query(name) {
      const value = query[name];
      if (value === undefined) return undefined;
      if (typeof value === 'string') return value;
      return value.length === 0 ? undefined : String(value[0]);
    },
  };
}

function write(response: HubResponsePort, status: number, payload: unknown, headers: Readonly<Record<string, string>> = {}): void {
  response.setStatus(status);
  response.setContentType('application/json');
  for (const name of Object.keys(headers)) response.setHeader(name, headers[name] as string);
  response.getStreamWriter().writeString(JSON.stringify(payload));
}

export function failureBody(failure: Failure): { error: { message: string; detail: string }; status: 'failure' } {
  return { error: { message: failure.message, detail: failure.code }, status: 'failure' };
}

/** Runs a handler behind a role check and writes the envelope. */
export function serve(request: HubRequestPort, response: HubResponsePort, access: Access, handler: HubHandler): void {
  const role = access === 'admin' ? ADMIN_ROLE : VIEWER_ROLE;
  if (!glide().hasRole(role) && !glide().hasRole(ADMIN_ROLE)) {
    write(response, 403, failureBody({ code: 'forbidden', message: `this route needs role ${role}`, statusHint: 403 }));
    return;
  }
  const body = readBody(request);
  if (!body.ok) {
    write(response, 400, failureBody(body.error));
    return;
  }
  let result: Result<HubAnswer>;
  try {
    result = handler(callOf(request, body.value));
  } catch (error) {
    glide().log('error', `x_eih hub: unexpected error: ${String(error)}`);
    write(response, 500, failureBody({ code: 'internal_error', message: `unexpected error: ${String(error)}`, statusHint: 500 }));
    return;
  }
  if (!result.ok) write(response, result.error.statusHint, failureBody(result.error));
  else write(response, result.value.status ?? 200, { result: result.value.result }, result.value.headers);
}
