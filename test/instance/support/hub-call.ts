// Calls a route of the scripted REST API `hub` the way the instance would: a RESTAPIRequest in,
// the stream-written JSON envelope out (the Glide double must be installed first).
import { HUB_ROUTES } from '../../../src-server/instance/rest/hub-api';
import type { HubRequestPort, HubResponsePort } from '../../../src-server/instance/rest/hub-http';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { result?: unknown; error?: { message: string; detail: string }; status?: string };
}

/** Calls a route the way the scripted REST API would: RESTAPIRequest in, stream-written JSON out. */
export function call(name: string, options: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {}): Answer {
  const route = HUB_ROUTES.find((r) => r.name === name);
  if (route === undefined) throw new Error(`no route ${name}`);
  const out: Answer = { status: 0, headers: {}, body: {} };
  let text = '';
  const request: HubRequestPort = {
    pathParams: options.params ?? {},
    queryParams: Object.fromEntries(Object.entries(options.query ?? {}).map(([k, v]) => [k, [v]])),
    body: options.body === undefined ? null : { data: options.body },
  };
  const response: HubResponsePort = {
    setStatus: (s) => {
      out.status = s;
    },
    setContentType: (t) => {
      out.headers['Content-Type'] = t;
    },
    setHeader: (n, v) => {
      out.headers[n] = v;
    },
    getStreamWriter: () => ({
      writeString: (t) => {
        text += t;
      },
    }),
  };
  route.script(request, response);
  out.body = JSON.parse(text);
  return out;
}
