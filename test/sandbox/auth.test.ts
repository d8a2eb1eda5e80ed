import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VM_KEYS, SC_KEY_HEADER, VM_KEY_HEADER, withSandbox } from './helpers';
import type { Client } from './helpers';

const UNAUTHORIZED = '{"statusCode":401,"error":"Unauthorized","message":"Invalid credentials."}';

describe('VM/WAS API-key authentication', () => {
  let c: Client;
  beforeAll(async () => {
    c = await withSandbox({ assets: 10, findings: 50 });
  });
  afterAll(() => c.sb.close());

  const cases: Array<[string, Record<string, string>, number]> = [
    ['demo keys', { 'X-ApiKeys': VM_KEY_HEADER }, 200],
    ['lower-case header name', { 'x-apikeys': VM_KEY_HEADER }, 200],
    ['upper-case header name', { 'X-APIKEYS': VM_KEY_HEADER }, 200],
    ['spaces around separators', { 'X-ApiKeys': `accessKey = ${DEMO_VM_KEYS.accessKey} ; secretKey = ${DEMO_VM_KEYS.secretKey} ;` }, 200],
    ['no trailing semicolon', { 'X-ApiKeys': `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=${DEMO_VM_KEYS.secretKey}` }, 200],
    ['missing header', {}, 401],
    ['wrong secret', { 'X-ApiKeys': `accessKey=${DEMO_VM_KEYS.accessKey};secretKey=nope;` }, 401],
    ['swapped names (SC spelling)', { 'X-ApiKeys': `accesskey=${DEMO_VM_KEYS.accessKey};secretkey=${DEMO_VM_KEYS.secretKey};` }, 401],
    ['SC header instead of VM header', { 'x-apikey': SC_KEY_HEADER }, 401],
    ['only the access key', { 'X-ApiKeys': `accessKey=${DEMO_VM_KEYS.accessKey};` }, 401],
  ];

  it.each(cases)('%s → %i', async (_name, headers, status) => {
    const res = await fetch(`${c.sb.url}/session`, { headers });
    expect(res.status).toBe(status);
    const text = await res.text();
    if (status === 401) expect(text).toBe(UNAUTHORIZED);
    else expect(JSON.parse(text)).toMatchObject({ username: expect.any(String), container_uuid: expect.any(String), enabled: true });
  });

  it('protects every VM and WAS route, not only /session', async () => {
    for (const [method, path] of [['POST', '/vulns/export'], ['GET', '/vulns/export/status'], ['POST', '/assets/export'], ['POST', '/was/v2/configs/search'], ['POST', '/was/v1/export/vulns'], ['GET', '/v1/recast/rules']] as const) {
      const res = await fetch(`${c.sb.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status, path).toBe(401);
      expect(await res.text()).toBe(UNAUTHORIZED);
    }
  });

  it('/server/status answers without keys but rejects wrong keys', async () => {
    const open = await fetch(`${c.sb.url}/server/status`);
    expect(await open.json()).toEqual({ code: 200, status: 'ready' });
    const wrong = await fetch(`${c.sb.url}/server/status`, { headers: { 'X-ApiKeys': 'accessKey=x;secretKey=y;' } });
    expect(wrong.status).toBe(401);
  });

  it('revoked keys get 401 until restored (control method and HTTP)', async () => {
    expect((await c.vm('/session')).status).toBe(200);
    c.sb.control.revokeKeys();
    const res = await c.vm('/session');
    expect(res.status).toBe(401);
    expect(await res.text()).toBe(UNAUTHORIZED);
    c.sb.control.restoreKeys();
    expect((await c.vm('/session')).status).toBe(200);
    await c.control('keys/revoke', {});
    expect((await c.vm('/session')).status).toBe(401);
    await c.control('keys/restore', {});
    expect((await c.vm('/session')).status).toBe(200);
  });

  it('accepts configured keys instead of the demo keys', async () => {
    const other = await withSandbox({ keys: [{ accessKey: 'ak1', secretKey: 'sk1' }], assets: 5, findings: 5 });
    try {
      expect((await other.vm('/session')).status).toBe(401);
      const ok = await fetch(`${other.sb.url}/session`, { headers: { 'X-ApiKeys': 'accessKey=ak1;secretKey=sk1;' } });
      expect(ok.status).toBe(200);
    } finally {
      await other.sb.close();
    }
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await c.vm('/nope')).status).toBe(404);
    expect((await c.vm('/session', { method: 'DELETE' })).status).toBe(405);
  });
});
