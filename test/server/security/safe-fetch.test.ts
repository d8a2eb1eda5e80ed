import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { safeFetch, UnsafeFetchError } from '../../../src-server/node/security/safe-fetch';

interface Hit {
  readonly method: string;
  readonly path: string;
  readonly apiKeys: string | undefined;
  readonly body: string;
}

interface TestServer {
  readonly server: Server;
  readonly origin: string;
  readonly port: number;
  readonly hits: Hit[];
}

type Route = (request: IncomingMessage, response: ServerResponse) => void;

async function start(routes: Record<string, Route>): Promise<TestServer> {
  const hits: Hit[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const path = request.url ?? '/';
      hits.push({ method: request.method ?? '', path, apiKeys: request.headers['x-apikeys'] as string | undefined, body });
      const route = routes[path.split('?')[0] ?? ''];
      if (route) route(request, response);
      else response.writeHead(404).end('missing');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, origin: `http://127.0.0.1:${port}`, hits };
}

const redirect = (status: number, location: () => string): Route => (_request, response) => response.writeHead(status, { location: location() }).end('moved');
const ok: Route = (request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(`ok ${request.method}`);

describe('safeFetch over real loopback http', () => {
  let main: TestServer;
  let other: TestServer;
  const secretHeaders = { 'X-ApiKeys': 'accessKey=AK; secretKey=SK' };

  beforeAll(async () => {
    other = await start({ '/steal': ok });
    main = await start({
      '/plain': ok,
      '/final': ok,
      '/same-host': redirect(302, () => '/final'),
      '/same-host-absolute': redirect(301, () => `${main.origin}/final`),
      '/twice': redirect(302, () => '/same-host'),
      '/other-port': redirect(302, () => `${other.origin}/steal`),
      '/other-name': redirect(302, () => `http://localhost:${main.port}/final`),
      '/to-https': redirect(301, () => `https://127.0.0.1:${main.port}/final`),
      '/evil': redirect(302, () => 'https://attacker.example/collect'),
      '/keep-post': redirect(307, () => '/final'),
      '/see-other': redirect(303, () => '/final'),
      '/not-modified': (_request, response) => response.writeHead(304).end(),
    });
  });
  afterAll(() => {
    main.server.close();
    other.server.close();
  });
  beforeEach(() => {
    main.hits.length = 0;
    other.hits.length = 0;
  });

  it('returns a plain response untouched', async () => {
    const response = await safeFetch(`${main.origin}/plain`, { headers: secretHeaders });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok GET');
  });

  it.each(['/same-host', '/same-host-absolute'])('follows one same-host redirect (%s), keeping the credentials', async (path) => {
    const response = await safeFetch(`${main.origin}${path}`, { headers: secretHeaders });
    expect(response.status).toBe(200);
    expect(main.hits.map((hit) => hit.path)).toEqual([path, '/final']);
    expect(main.hits[1]?.apiKeys).toBe('accessKey=AK; secretKey=SK');
  });

  it('refuses a second redirect', async () => {
    await expect(safeFetch(`${main.origin}/twice`)).rejects.toThrow(/refused redirect 302 to \/final: more than 1 redirect\(s\) from http:\/\/127\.0\.0\.1:\d+/);
  });

  it.each([
    ['another port', '/other-port', /to another host http:\/\/127\.0\.0\.1:\d+/],
    ['another host name', '/other-name', /to another host http:\/\/localhost:\d+/],
    ['https on the same host (another origin)', '/to-https', /to another host https:\/\/127\.0\.0\.1:\d+/],
    ['a foreign host', '/evil', /to another host https:\/\/attacker\.example/],
  ])('refuses a redirect to %s and never sends the credentials there', async (_name, path, message) => {
    const attempt = safeFetch(`${main.origin}${path}`, { headers: secretHeaders });
    await expect(attempt).rejects.toBeInstanceOf(UnsafeFetchError);
    await expect(safeFetch(`${main.origin}${path}`, { headers: secretHeaders })).rejects.toThrow(message);
    expect(other.hits).toEqual([]);
    expect(main.hits.every((hit) => hit.path === path)).toBe(true);
  });

  it('keeps method and body on 307, and turns 303 into a GET without body', async () => {
    const kept = await safeFetch(`${main.origin}/keep-post`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(await kept.text()).toBe('ok POST');
    expect(main.hits[1]).toMatchObject({ method: 'POST', body: '{"a":1}' });
    main.hits.length = 0;
    const seeOther = await safeFetch(`${main.origin}/see-other`, { method: 'POST', body: 'x' });
    expect(await seeOther.text()).toBe('ok GET');
    expect(main.hits[1]).toMatchObject({ method: 'GET', body: '' });
  });

  it('returns a 3xx without a location as it is', async () => {
    expect((await safeFetch(`${main.origin}/not-modified`)).status).toBe(304);
  });

  it.each([
    ['plain http to a remote host', 'http://example.com/x', /request url uses http for host 'example.com'/],
    ['credentials in the url', 'https://u:p@example.com/', /must not contain credentials/],
    ['another scheme', 'file:///etc/passwd', /scheme 'file:' is not allowed/],
  ])('refuses %s before sending anything', async (_name, url, message) => {
    const error = await safeFetch(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsafeFetchError);
    expect((error as UnsafeFetchError).code).toBe('unsafe_url');
    expect((error as Error).message).toMatch(message);
  });
});
