/**
 * Secrets stay in: every flow that carries one (connection keys, the Security Center password,
 * user passwords, API tokens, wrong credentials) is exercised, with the engine really retrieving
 * against an unreachable Tenable, and then every response body and header and every log line is
 * grepped for each secret. The one response that mints a token is the only place it may appear.
 * (Each other API suite greps its own exchanges the same way in its last test.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionTable, integrationRunTable } from '../../../src-shared/model/tables';
import { scriptedTester } from '../../support/host';
import { startApi, type ApiHarness } from '../../support/api-harness';
import { createConnector, seedWorld, UNREACHABLE_URL, type World } from '../../support/api-fixtures';
import { STORES } from '../../support/stores';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

for (const dialect of STORES) {
  describe(`secrets in responses and logs on ${dialect}`, () => {
    let api: ApiHarness;
    let world: World;
    const tester = scriptedTester({ outcome: { kind: 'http', status: 200, body: { username: 'api' } }, probe: 'session' });

    beforeAll(async () => {
      // A coordinator this time: created connectors really retrieve (and fail) with their keys.
      api = await startApi(dialect, { tester, engine: { coordinator: true } });
      world = await seedWorld(api);
    });
    afterAll(async () => api.close());

    it('keeps connection keys and the Security Center password out of every response', async () => {
      const sc = await api.post('/connections', {
        name: 'Security Center',
        platform: 'tenable_sc',
        base_url: UNREACHABLE_URL,
        sc_username: 'sc-api',
        sc_password: api.secret('SC-password-9f8e7d6c5b4a'),
      });
      expect(sc.status).toBe(201);
      expect(sc.body.result.credentials).toEqual({ access_key: 'not_set', secret_key: 'not_set', sc_password: 'set' });
      const id = sc.body.result.sys_id as string;
      const patched = await api.patch(`/connections/${world.connection}`, { access_key: api.secret('AK-rotated-5a4b3c2d1e0f'), secret_key: api.secret('SK-rotated-0f1e2d3c4b5a') });
      expect(patched.body.result).toMatchObject({ status: 'pending', credentials: { access_key: 'set', secret_key: 'set' } });
      for (const path of ['/connections', `/connections/${id}`, `/connections/${world.connection}`, '/connections?sysparm_fields=name,base_url']) expect((await api.get(path)).status).toBe(200);
      expect((await api.post(`/connections/${id}/test`)).status).toBe(200);
      expect((await api.post(`/connectors/${world.connector}/test`)).status).toBe(200);
      // The tester, and only the tester, got the opened secrets.
      expect(tester.calls).toContainEqual(expect.objectContaining({ sc_password: 'SC-password-9f8e7d6c5b4a' }));
      expect(tester.calls).toContainEqual(expect.objectContaining({ access_key: 'AK-rotated-5a4b3c2d1e0f', secret_key: 'SK-rotated-0f1e2d3c4b5a' }));
      // At rest they are sealed.
      const stored = await api.services.records.get(connectionTable, id);
      expect(String(stored?.sc_password)).not.toContain('SC-password');
    });

    it('echoes no secret in a refusal', async () => {
      const secret = api.secret('SK-refused-11223344556677');
      for (const body of [
        { name: 5, base_url: UNREACHABLE_URL, secret_key: secret },
        { name: 'Refused', base_url: 'ftp://tenable.example.com', secret_key: secret },
        { name: 'Refused', base_url: UNREACHABLE_URL, secret_key: secret, colour: 'red' },
        { name: 'Refused', base_url: UNREACHABLE_URL, secret_key: [secret] },
        { name: 'Refused', base_url: UNREACHABLE_URL, access_key: `${secret}${'x'.repeat(5000)}` },
      ]) {
        const response = await api.post('/connections', body);
        expect(response.status).toBe(400);
      }
      const duplicate = await api.post('/connections', { name: 'Security Center', base_url: UNREACHABLE_URL, secret_key: secret });
      expect(duplicate.status).toBe(409);
    });

    it('keeps keys out of the logs while the engine retrieves, and writes back against an unreachable Tenable', async () => {
      const connector = await createConnector(api, world.connection, { name: 'really retrieves' });
      const [run] = await api.services.records.findBy(integrationRunTable, { connector });
      const finished = await api.engine.waitForRun(String(run?.sys_id), 20_000);
      expect(finished.state).toBe('complete');
      expect(['failed', 'cancelled']).toContain(finished.substate);
      const writeBack = await api.patch(`/vulnerable-items/${world.item}`, { local_status: 'fixed' });
      expect(writeBack.status).toBe(200);
      expect(writeBack.body.result.write_back.synced).toBe(false);
      expect(api.logs.length).toBeGreaterThan(0);
    });

    it('keeps user passwords and API tokens out of every response but the one that mints a token', async () => {
      const password = api.secret('user-password-7c6b5a49');
      expect((await api.post('/auth/users', { user_name: 'carol', password, roles: ['x_eih.viewer'] })).status).toBe(201);
      expect((await api.post('/auth/login', { user_name: 'carol', password }, 'anonymous')).status).toBe(200);
      const wrong = api.secret('wrong-password-0a1b2c3d');
      expect((await api.post('/auth/login', { user_name: 'carol', password: wrong }, 'anonymous')).status).toBe(401);
      expect((await api.call('GET', '/connections', { as: 'anonymous', headers: { authorization: basic('carol', password) } })).status).toBe(200);
      expect((await api.call('GET', '/connections', { as: 'anonymous', headers: { authorization: basic('carol', wrong) } })).status).toBe(401);

      const minted = await api.post('/auth/tokens', { name: 'dashboard script', user_name: 'carol' });
      expect(minted.status).toBe(201);
      const token = minted.body.result.token as string;
      expect(token).toMatch(/^eih_/);
      expect(minted.headers.get('cache-control')).toBe('no-store');
      expect((await api.call('GET', '/connectors', { as: 'anonymous', headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      const listed = await api.get('/auth/tokens');
      expect(listed.status).toBe(200);
      expect(listed.body.result.length).toBeGreaterThan(0);
      expect((await api.delete(`/auth/tokens/${String(minted.body.result.sys_id)}`)).status).toBe(200);
      expect((await api.call('GET', '/connectors', { as: 'anonymous', headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
      const forged = api.secret('eih_forged0123456789abcdef0123456789abcdef');
      expect((await api.call('GET', '/connectors', { as: 'anonymous', headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
    });

    it('found no secret in any response body, header or log line', () => {
      expect(api.exchanges.length).toBeGreaterThan(25);
      expect(api.leaks()).toEqual([]);
    });

    it('would have found one: the grep sees an unredacted secret in a log line, and redaction hides a known field', async () => {
      const probe = await startApi(dialect);
      try {
        const secret = probe.secret('SK-planted-99887766');
        probe.services.logger.info({ access_key: secret, headers: { authorization: `Bearer ${secret}` } }, 'redacted fields');
        expect(probe.leaks()).toEqual([]);
        probe.services.logger.info({ note: secret }, 'a field nobody redacts');
        expect(probe.leaks()).toEqual([expect.stringContaining("carries 'SK-pla")]);
      } finally {
        await probe.close();
      }
    });
  });
}
