/**
 * A fake hub behind `window.fetch`: routes answer from fixtures, every call is recorded, and the
 * hub can be switched "down" (fetch rejects, as when the network is gone).
 */
export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

export type FakeAnswer = { status?: number; body?: unknown; headers?: Record<string, string> } | unknown;
type Handler = (call: FakeCall) => FakeAnswer;

export interface FakeHub {
  calls: FakeCall[];
  down: boolean;
  on(method: string, path: string | RegExp, answer: Handler): FakeHub;
  on(method: string, path: string | RegExp, answer: FakeAnswer): FakeHub;
  restore(): void;
  callsTo(method: string, path: string | RegExp): FakeCall[];
}

const API = '/api/x_eih/hub';

function isEnvelope(answer: unknown): answer is { status?: number; body?: unknown; headers?: Record<string, string> } {
  return typeof answer === 'object' && answer !== null && ('status' in answer || 'body' in answer) && !('result' in answer);
}

export function fakeHub(base = API): FakeHub {
  const original = window.fetch;
  const routes: { method: string; path: string | RegExp; handler: Handler }[] = [];
  const matches = (pattern: string | RegExp, path: string) => (typeof pattern === 'string' ? pattern === path : pattern.test(path));
  const hub: FakeHub = {
    calls: [],
    down: false,
    on(method: string, path: string | RegExp, answer: unknown) {
      routes.unshift({ method, path, handler: typeof answer === 'function' ? (answer as Handler) : () => answer });
      return hub;
    },
    restore() {
      window.fetch = original;
    },
    callsTo(method, path) {
      return hub.calls.filter((c) => c.method === method && matches(path, c.path));
    },
  };
  hub.on('GET', '/auth/session', { result: { user_name: 'admin', roles: ['x_eih.admin'], csrf_token: 'csrf-1' } });
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (hub.down) throw new TypeError('Failed to fetch');
    const url = new URL(String(input), location.origin);
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const call: FakeCall = { method, path, query: url.searchParams, body: init?.body ? JSON.parse(String(init.body)) : undefined, headers };
    hub.calls.push(call);
    const route = routes.find((r) => r.method === method && matches(r.path, path));
    if (route === undefined) return new Response(JSON.stringify({ error: { message: `no fake route ${method} ${path}`, detail: null }, status: 'failure' }), { status: 404 });
    const answer = route.handler(call);
    const envelope = isEnvelope(answer) ? answer : { body: answer };
    return new Response(envelope.body === undefined ? '' : JSON.stringify(envelope.body), {
      status: envelope.status ?? 200,
      headers: { 'content-type': 'application/json', ...(envelope.headers ?? {}) },
    });
  };
  return hub;
}

/** Wait until `probe` returns something truthy (polls; rejects after `ms`). */
export async function until<T>(probe: () => T | null | undefined | false, what = 'condition', ms = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Text of an element's shadow root (or of the element), whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** A query through nested shadow roots: `deep(el, 'eih-runs-chart', 'rect')`. */
export function deep<T extends Element = Element>(root: Element, ...selectors: string[]): T | null {
  let node: Element | null = root;
  for (const selector of selectors) {
    if (node === null) return null;
    node = (node.shadowRoot ?? node).querySelector(selector);
  }
  return node as T | null;
}

export const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

export function xssFired(): boolean {
  return (window as unknown as { __xss?: number }).__xss !== undefined;
}
