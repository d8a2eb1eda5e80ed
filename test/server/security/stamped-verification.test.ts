/**
 * Bearer tokens and session cookies are verified once and then reused only while the database's
 * change stamp is unchanged. These tests write behind the middleware's back — from a second
 * connection to the same SQLite file, as another process would — and expect the very next
 * request to see it: a revoked token, a deactivated or demoted user, an ended session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../src-server/node/host-services';
import { createApiToken } from '../../../src-server/node/security/api-tokens';
import { createSecretCipher } from '../../../src-server/node/security/secret-cipher';
import { createSession, SESSION_COOKIE } from '../../../src-server/node/security/sessions';
import { createUser } from '../../../src-server/node/security/users';
import { openDatabase } from '../../../src-server/node/store/open-database';
import { RecordStore } from '../../../src-server/node/store/record-store';
import { migrateToModel } from '../../../src-server/node/store/schema-migration';
import { securedApp, T0 } from './security-fixtures';

const THINGS = 'http://hub.test/api/x_eih/hub/things';

describe('stamp-validated verification (SQLite file, second connection)', () => {
  let dir: string;
  let services: HostServices;
  let other: Database.Database;
  let userId: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eih-stamped-'));
    const database = openDatabase({ dialect: 'sqlite', location: join(dir, 'hub.sqlite') });
    await migrateToModel(database.db, 'sqlite');
    services = { version: 'test', database, records: new RecordStore(database.db, 'sqlite'), logger: pino({ level: 'silent' }), secrets: createSecretCipher(randomBytes(32)), connectionTester: { test: async () => Promise.reject(new Error('unused')) }, clock: () => T0 };
    userId = (await createUser(services.records, { user_name: 'vera', password: 'viewer-password-1', roles: ['x_eih.viewer'] }, T0)).sys_id;
    other = new Database(join(dir, 'hub.sqlite'));
  });
  afterEach(async () => {
    other.close();
    await services.database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const bearerApp = async () => {
    const { token, view } = await createApiToken(services.records, { userId, name: 'script' }, T0);
    const app = securedApp(services, { now: () => T0 });
    const call = () => app.request(THINGS, { headers: { authorization: `Bearer ${token}` } });
    // Twice: the second answer comes from the verification the first one made.
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    return { call, tokenId: view.sys_id };
  };

  it('refuses a bearer token at once after another process revokes it', async () => {
    const { call, tokenId } = await bearerApp();
    other.prepare('update x_eih_api_token set revoked = 1 where sys_id = ?').run(tokenId);
    expect((await call()).status).toBe(401);
  });

  it('refuses a bearer token at once after another process deactivates its user', async () => {
    const { call } = await bearerApp();
    other.prepare('update x_eih_user set active = 0 where sys_id = ?').run(userId);
    expect((await call()).status).toBe(401);
  });

  it("applies a role change made by another process to the next request", async () => {
    const { call } = await bearerApp();
    other.prepare("update x_eih_user set roles = '' where sys_id = ?").run(userId);
    expect((await call()).status).toBe(403);
  });

  it('ends a session at once when another process deletes it', async () => {
    const session = await createSession(services.records, userId, T0);
    const app = securedApp(services, { now: () => T0 });
    const call = () => app.request(THINGS, { headers: { cookie: `${SESSION_COOKIE}=${session.sessionToken}` } });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    other.prepare('delete from x_eih_session where sys_id = ?').run(session.sessionId);
    expect((await call()).status).toBe(401);
  });

  it('still expires a reused verification on time (nothing written in between)', async () => {
    const { token } = await createApiToken(services.records, { userId, name: 'short', expiresInDays: 1 }, T0);
    let now = T0;
    const app = securedApp(services, { now: () => now });
    const call = () => app.request(THINGS, { headers: { authorization: `Bearer ${token}` } });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    now = T0 + 24 * 60 * 60 * 1000;
    expect((await call()).status).toBe(401);
  });
});
