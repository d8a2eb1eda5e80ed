import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiTokenTable, userTable } from '../../../src-shared/model/tables';
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from '../../../src-server/node/security/api-tokens';
import { STORES } from '../../support/stores';
import { HOUR, securityFixture, T0, type SecurityFixture } from './security-fixtures';

const DAY = 24 * HOUR;

for (const dialect of STORES) {
  describe(`api tokens (${dialect})`, () => {
    let fixture: SecurityFixture;
    afterEach(async () => fixture.services.database.close());
    const setUp = async () => {
      fixture = await securityFixture(dialect);
      return fixture.services.records;
    };

    it('creates an eih_ token and stores only its SHA-256', async () => {
      const records = await setUp();
      const { token, view } = await createApiToken(records, { userId: fixture.adminId, name: 'ci' }, T0);
      expect(token).toMatch(/^eih_[A-Za-z0-9_-]{43}$/);
      expect(view).toMatchObject({ name: 'ci', user: fixture.adminId, prefix: token.slice(0, 12), expires: null, revoked: false });
      expect(view).not.toHaveProperty('token_hash');
      const [row] = await records.findBy(apiTokenTable, {});
      expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(token);
    });

    it('verifies a live token to its user and records last use (at most once a minute)', async () => {
      const records = await setUp();
      const { token, view } = await createApiToken(records, { userId: fixture.viewerId, name: 'dash' }, T0);
      const verified = await verifyApiToken(records, token, T0 + 1000);
      expect(verified).toMatchObject({ tokenId: view.sys_id, user: { sys_id: fixture.viewerId, user_name: 'vera', roles: ['x_eih.viewer'] } });
      expect((await records.get(apiTokenTable, view.sys_id))?.last_used).toBe(new Date(T0 + 1000).toISOString());
      await verifyApiToken(records, token, T0 + 30_000);
      expect((await records.get(apiTokenTable, view.sys_id))?.last_used).toBe(new Date(T0 + 1000).toISOString());
      await verifyApiToken(records, token, T0 + 61_000);
      expect((await records.get(apiTokenTable, view.sys_id))?.last_used).toBe(new Date(T0 + 61_000).toISOString());
    });

    it.each([
      ['an unknown token of the right shape', () => `eih_${'A'.repeat(43)}`],
      ['the token with one character changed', (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`],
      ['the token without its prefix', (t: string) => t.slice(4)],
      ['the token hash itself', (t: string) => createHash('sha256').update(t).digest('hex')],
      ['an empty string', () => ''],
    ])('refuses %s', async (_name, mangle) => {
      const records = await setUp();
      const { token } = await createApiToken(records, { userId: fixture.adminId, name: 'x' }, T0);
      expect(await verifyApiToken(records, mangle(token), T0)).toBeUndefined();
    });

    it('stops working once revoked, and keeps the row', async () => {
      const records = await setUp();
      const { token, view } = await createApiToken(records, { userId: fixture.adminId, name: 'x' }, T0);
      expect(await revokeApiToken(records, view.sys_id, T0 + 1)).toBe(true);
      expect(await verifyApiToken(records, token, T0 + 2)).toBeUndefined();
      expect((await records.get(apiTokenTable, view.sys_id))?.revoked).toBe(true);
      expect(await revokeApiToken(records, view.sys_id, T0 + 3)).toBe(true);
      expect(await revokeApiToken(records, 'f'.repeat(32), T0)).toBe(false);
    });

    it('expires after the given number of days', async () => {
      const records = await setUp();
      const { token, view } = await createApiToken(records, { userId: fixture.adminId, name: 'x', expiresInDays: 30 }, T0);
      expect(view.expires).toBe(new Date(T0 + 30 * DAY).toISOString());
      expect(await verifyApiToken(records, token, T0 + 30 * DAY - 1)).toBeDefined();
      expect(await verifyApiToken(records, token, T0 + 30 * DAY)).toBeUndefined();
    });

    it.each([0, -1, 1.5, 3651])('refuses expires_in_days %s', async (days) => {
      const records = await setUp();
      await expect(createApiToken(records, { userId: fixture.adminId, name: 'x', expiresInDays: days }, T0)).rejects.toThrow(`expires_in_days must be a whole number from 1 to 3650, got ${days}`);
    });

    it("stops working when its user is deactivated", async () => {
      const records = await setUp();
      const { token } = await createApiToken(records, { userId: fixture.viewerId, name: 'x' }, T0);
      await records.update(userTable, fixture.viewerId, { active: false }, new Date(T0).toISOString());
      expect(await verifyApiToken(records, token, T0)).toBeUndefined();
    });

    it('lists tokens without the token or its hash', async () => {
      const records = await setUp();
      const a = await createApiToken(records, { userId: fixture.adminId, name: 'a' }, T0);
      const b = await createApiToken(records, { userId: fixture.viewerId, name: 'b' }, T0 + 1);
      const all = await listApiTokens(records);
      expect(all.map((t) => t.name)).toEqual(['a', 'b']);
      const text = JSON.stringify(all);
      for (const token of [a.token, b.token]) {
        expect(text).not.toContain(token);
        expect(text).not.toContain(createHash('sha256').update(token).digest('hex'));
      }
      expect((await listApiTokens(records, fixture.viewerId)).map((t) => t.name)).toEqual(['b']);
    });
  });
}
