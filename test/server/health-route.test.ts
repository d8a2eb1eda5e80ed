import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostServices } from '../../src-server/node/host-services';
import { testApp, testServices } from '../support/host';

describe('GET /api/x_eih/hub/health', () => {
  let services: HostServices;
  beforeAll(async () => {
    services = await testServices();
  });
  afterAll(async () => services.database.close());

  it('answers 200 with the store it reached, through the app object', async () => {
    const response = await (await testApp(services)).app.request('/api/x_eih/hub/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { status: string; store: string } };
    expect(body.result).toMatchObject({ status: 'ok', store: 'sqlite' });
  });

  it('answers over a real loopback port', async () => {
    const { app } = await testApp(services);
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/x_eih/hub/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
    } finally {
      server.close();
    }
  });

  it('answers 503 in the ServiceNow error shape when the store is gone', async () => {
    const broken = await testServices();
    const { app } = await testApp(broken);
    await broken.database.close();
    const response = await app.request('/api/x_eih/hub/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'failure', error: { message: 'store unavailable' } });
  });
});
