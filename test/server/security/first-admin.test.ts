import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { userTable } from '../../../src-shared/model/tables';
import type { HostServices } from '../../../src-server/node/host-services';
import { ensureFirstAdmin } from '../../../src-server/node/security/first-admin';
import { createUser, checkPassword } from '../../../src-server/node/security/users';
import { testServices } from '../../support/host';
import { STORES } from '../../support/stores';
import { T0 } from './security-fixtures';

/** Services whose logger writes into an array, so the test can prove what was (not) logged. */
async function servicesWithLogCapture(dialect: (typeof STORES)[number]): Promise<{ services: HostServices; logged: string[] }> {
  const base = await testServices(dialect);
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  return { services: { ...base, logger: pino({ level: 'trace' }, sink) }, logged };
}

for (const dialect of STORES) {
  describe(`first admin (${dialect})`, () => {
    let services: HostServices;
    afterEach(async () => services.database.close());

    it('creates admin with a generated password printed once, never logged, and is idempotent', async () => {
      const capture = await servicesWithLogCapture(dialect);
      services = capture.services;
      const printed: string[] = [];
      const print = (text: string) => printed.push(text);
      const outcome = await ensureFirstAdmin(services, { env: {}, print, now: () => T0 });
      expect(outcome).toEqual({ created: true, user_name: 'admin', source: 'generated' });
      expect(printed).toHaveLength(1);
      const password = /password: {2}(\S+)/.exec(printed[0] ?? '')?.[1] ?? '';
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(await checkPassword(services.records, 'admin', password, T0)).toMatchObject({ user_name: 'admin', roles: ['x_eih.admin'] });
      expect(capture.logged.join('')).toContain('first admin created');
      expect(capture.logged.join('')).not.toContain(password);

      expect(await ensureFirstAdmin(services, { env: {}, print, now: () => T0 })).toEqual({ created: false, reason: 'admin_exists' });
      expect(printed).toHaveLength(1);
      expect(await services.records.count(userTable)).toBe(1);
    });

    it('takes the admin from EIH_ADMIN_USER / EIH_ADMIN_PASSWORD and prints nothing', async () => {
      services = await testServices(dialect);
      const printed: string[] = [];
      const env = { EIH_ADMIN_USER: 'root.admin', EIH_ADMIN_PASSWORD: 'from-the-env-1' };
      expect(await ensureFirstAdmin(services, { env, print: (t) => printed.push(t), now: () => T0 })).toEqual({ created: true, user_name: 'root.admin', source: 'env' });
      expect(printed).toEqual([]);
      expect(await checkPassword(services.records, 'root.admin', 'from-the-env-1', T0)).toBeDefined();
      expect((await ensureFirstAdmin(services, { env, print: (t) => printed.push(t) })).created).toBe(false);
    });

    it('does nothing when an active admin already exists', async () => {
      services = await testServices(dialect);
      await createUser(services.records, { user_name: 'boss', password: 'boss-password', roles: ['x_eih.admin'] }, T0);
      const printed: string[] = [];
      expect(await ensureFirstAdmin(services, { env: {}, print: (t) => printed.push(t) })).toEqual({ created: false, reason: 'admin_exists' });
      expect(printed).toEqual([]);
    });

    it('restores a demoted "admin" user when no admin is left', async () => {
      services = await testServices(dialect);
      const demoted = await createUser(services.records, { user_name: 'admin', password: 'forgotten-1', roles: ['x_eih.viewer'] }, T0);
      const printed: string[] = [];
      expect(await ensureFirstAdmin(services, { env: {}, print: (t) => printed.push(t), now: () => T0 })).toEqual({ created: true, user_name: 'admin', source: 'promoted' });
      const password = /password: {2}(\S+)/.exec(printed[0] ?? '')?.[1] ?? '';
      expect(await checkPassword(services.records, 'admin', password, T0)).toMatchObject({ sys_id: demoted.sys_id, roles: ['x_eih.admin'] });
      expect(await checkPassword(services.records, 'admin', 'forgotten-1', T0)).toBeUndefined();
    });

    it('lets only one of several workers starting together create the admin', async () => {
      services = await testServices(dialect);
      const printed: string[] = [];
      const outcomes = await Promise.all([1, 2, 3].map(() => ensureFirstAdmin(services, { env: {}, print: (t) => printed.push(t), now: () => T0 })));
      expect(await services.records.count(userTable)).toBe(1);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(printed).toHaveLength(1);
    });

    it.each([
      [{ EIH_ADMIN_USER: 'x' }, 'set both EIH_ADMIN_USER and EIH_ADMIN_PASSWORD (or neither, to have a password generated); only EIH_ADMIN_USER is set'],
      [{ EIH_ADMIN_PASSWORD: 'long-enough-1' }, 'only EIH_ADMIN_PASSWORD is set'],
      [{ EIH_ADMIN_USER: 'a b', EIH_ADMIN_PASSWORD: 'long-enough-1' }, "EIH_ADMIN_USER 'a b' is not a valid user name"],
      [{ EIH_ADMIN_USER: 'admin', EIH_ADMIN_PASSWORD: 'short' }, 'EIH_ADMIN_PASSWORD must be 8 to 1024 characters long, got 5'],
    ])('refuses to start with %j', async (env, message) => {
      services = await testServices(dialect);
      await expect(ensureFirstAdmin(services, { env, print: () => undefined })).rejects.toThrow(message);
      expect(await services.records.count(userTable)).toBe(0);
    });
  });
}
