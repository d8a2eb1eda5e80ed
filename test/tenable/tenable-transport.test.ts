/**
 * The transport's own promises, against a scripted local HTTP server: the measured duration covers
 * the body download, redirects are not followed (keys never go to another address), time-outs and
 * non-array chunks become the planner's failure events, and the Security Center session is kept
 * and sent back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { TenableTransport } from '../../src-server/node/engine/tenable-transport';
import type { RevealedConnection } from '../../src-server/node/host-services';
import { USER_AGENT } from '../../src-server/node/tenable/user-agent';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server, seen };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function transportFor(handler: Handler, platform: RevealedConnection['platform'] = 'tenable_vm', timeoutMs = 5_000) {
  const served = await serve(handler);
  servers.push(served.server);
  const durations: number[] = [];
  const secrets = platform === 'tenable_sc' ? { sc_username: 'user', sc_password: 'pass' } : { access_key: 'AK', secret_key: 'SK' };
  const transport = new TenableTransport({ platform, base_url: `${served.url}/`, ...secrets } as RevealedConnection, { requestTimeoutMs: timeoutMs, onRequestMs: (ms) => durations.push(ms) });
  return { transport, durations, seen: served.seen, url: served.url };
}

const chunkCommand = { kind: 'fetch_chunk', id: 'x-1', path: '/vulns/export/u/chunks/1', chunkId: 1, pageNo: 1, sourceRef: 'u/chunk/1' } as const;

describe('TenableTransport', () => {
  it('counts the body download in the request time, for requests and chunks', async () => {
    const { transport, durations } = await transportFor((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      setTimeout(() => res.end('{"a":1},{"a":2}]'), 300);
    });
    const chunk = await transport.fetchChunk(chunkCommand);
    expect(chunk).toMatchObject({ ok: true, chunk: { records: 2 } });
    const reply = await transport.request({ kind: 'request', id: 'x-2', method: 'GET', path: '/session', auth: 'api_keys' });
    expect(reply).toMatchObject({ type: 'reply', status: 200 });
    expect(durations).toHaveLength(2);
    for (const ms of durations) expect(ms).toBeGreaterThanOrEqual(280);
  });

  it('downloads chunks side by side, each with its own body, counting their overlapping time once', async () => {
    const { transport, durations } = await transportFor((req, res) => {
      const id = Number(req.url?.split('/').pop());
      res.writeHead(200, { 'content-type': 'application/json' });
      setTimeout(() => res.end(JSON.stringify(Array.from({ length: id }, (_, i) => ({ i })))), 300);
    });
    const started = performance.now();
    const chunks = await Promise.all([1, 2, 3].map((id) => transport.fetchChunk({ ...chunkCommand, id: `x-${id}`, path: `/vulns/export/u/chunks/${id}`, chunkId: id })));
    const wall = performance.now() - started;
    expect(chunks.map((c) => (c.ok ? c.chunk.records : -1))).toEqual([1, 2, 3]);
    // three 300 ms downloads at once: about 300 ms of REST time, not 900
    expect(durations).toHaveLength(3);
    const total = durations.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(280);
    expect(total).toBeLessThanOrEqual(wall + 1);
  });

  it('a chunk download its caller abandons is aborted and reported as failed', async () => {
    const { transport } = await transportFor(() => undefined);
    const abandon = new AbortController();
    const pending = transport.fetchChunk(chunkCommand, abandon.signal);
    setTimeout(() => abandon.abort(), 50);
    const chunk = await pending;
    expect(chunk).toMatchObject({ ok: false, event: { type: 'chunk_failed', chunkId: 1, status: null } });
  });

  it('sends the User-Agent and the API keys, to the base URL without a double slash', async () => {
    const { transport, seen } = await transportFor((_req, res) => res.end('{}'));
    await transport.request({ kind: 'request', id: 'x-1', method: 'POST', path: '/vulns/export', body: { filters: {} }, query: { a: 'b c' }, auth: 'api_keys' });
    expect(seen[0]?.url).toBe('/vulns/export?a=b+c');
    expect(seen[0]?.headers).toMatchObject({ 'user-agent': USER_AGENT, 'x-apikeys': 'accessKey=AK;secretKey=SK;', 'content-type': 'application/json' });
  });

  it('does not follow a redirect: the reply is the 3xx itself and the other address is never called', async () => {
    const elsewhere = await serve((_req, res) => res.end('{}'));
    servers.push(elsewhere.server);
    const { transport } = await transportFor((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/session` });
      res.end();
    });
    const reply = await transport.request({ kind: 'request', id: 'x-1', method: 'GET', path: '/session', auth: 'api_keys' });
    expect(reply).toMatchObject({ type: 'reply', status: 302 });
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('a request that outlives its time limit is a network error of kind timeout', async () => {
    const { transport, durations } = await transportFor(() => undefined, 'tenable_vm', 200);
    const reply = await transport.request({ kind: 'request', id: 'x-1', method: 'GET', path: '/session', auth: 'api_keys' });
    expect(reply).toMatchObject({ type: 'network_error', requestId: 'x-1', failure: { code: 'timeout' } });
    expect(durations[0]).toBeGreaterThanOrEqual(190);
  });

  it.each([
    { body: '{"not":"an array"}', why: 'an object' },
    { body: '[{"a":1},', why: 'cut short' },
    { body: '<html>oops</html>', why: 'HTML' },
  ])('a chunk that is $why fails with status null (retried), never becomes an empty page', async ({ body }) => {
    const { transport } = await transportFor((_req, res) => res.end(body));
    const chunk = await transport.fetchChunk(chunkCommand);
    expect(chunk).toMatchObject({ ok: false, event: { type: 'chunk_failed', chunkId: 1, status: null } });
    if (!chunk.ok && chunk.event.type === 'chunk_failed') expect(chunk.event.message).toMatch(/^chunk 1 is not a JSON array/);
  });

  it('a chunk answered with an error status carries the status, the body and Retry-After', async () => {
    const { transport } = await transportFor((_req, res) => {
      res.writeHead(429, { 'retry-after': '30', 'content-type': 'text/html' });
      res.end('<html>429 Too Many Requests</html>');
    });
    const chunk = await transport.fetchChunk(chunkCommand);
    expect(chunk).toMatchObject({ ok: false, event: { type: 'chunk_failed', status: 429, headers: { 'retry-after': '30' } } });
  });

  it('keeps the Security Center token and cookie from the login and sends them with the session', async () => {
    let logins = 0;
    const loginBodies: unknown[] = [];
    const { transport, seen } = await transportFor((req, res) => {
      if (req.url === '/rest/token' && req.method === 'POST') {
        logins++;
        let text = '';
        req.on('data', (part: Buffer) => (text += part.toString()));
        req.on('end', () => loginBodies.push(JSON.parse(text) as unknown));
        res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': [`TNS_SESSIONID=cookie${logins}; path=/; HttpOnly`, 'other=x; path=/'] });
        res.end(JSON.stringify({ response: { token: 1000 + logins }, error_code: 0 }));
        return;
      }
      res.end('{"response":{},"error_code":0}');
    }, 'tenable_sc');
    const login = () => transport.request({ kind: 'request', id: 'l', method: 'POST', path: '/rest/token', body: { releaseSession: false }, auth: 'sc_login' });
    await login();
    await transport.request({ kind: 'request', id: 'a', method: 'POST', path: '/rest/analysis', body: {}, auth: 'sc_session' });
    expect(seen[1]?.headers).toMatchObject({ 'x-securitycenter': '1001', cookie: 'TNS_SESSIONID=cookie1' });
    expect(seen[1]?.headers['x-apikey']).toBeUndefined();
    expect(transport.tokenRegenerated).toBe(false);
    await login();
    await transport.request({ kind: 'request', id: 'b', method: 'POST', path: '/rest/analysis', body: {}, auth: 'sc_session' });
    expect(seen[3]?.headers).toMatchObject({ 'x-securitycenter': '1002', cookie: 'TNS_SESSIONID=cookie2' });
    expect(transport.tokenRegenerated).toBe(true);
    // The planner's body, with the credentials merged in by the host.
    expect(loginBodies).toEqual([{ releaseSession: false, username: 'user', password: 'pass' }, { releaseSession: false, username: 'user', password: 'pass' }]);
  });
});
