/** Builds a real local host (store, logger, cipher, app services) for tests, on a fresh database. */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { ConnectionTestInput } from '../../src-shared/core/connection-diagnosis';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import { RecordStore } from '../../src-server/node/store/record-store';
import type { ConnectionTester, HostServices } from '../../src-server/node/host-services';
import { createSecretCipher } from '../../src-server/node/security/secret-cipher';
import { freshDatabase } from './stores';
import { Engine, DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../../src-server/node/engine/engine';
import { createApp } from '../../src-server/node/http/app';
import { createUser } from '../../src-server/node/security/users';
import { createApiToken } from '../../src-server/node/security/api-tokens';

/** A connection tester that answers what the test scripted; real tests use the Tenable clients. */
export function scriptedTester(outcome: Omit<ConnectionTestInput, 'platform'>): ConnectionTester & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    test: async (connection) => {
      calls.push(connection);
      return { platform: connection.platform, ...outcome };
    },
  };
}

export async function testServices(dialect: StoreDialect = 'sqlite', overrides: Partial<HostServices> = {}): Promise<HostServices> {
  const database = await freshDatabase(dialect);
  return {
    version: 'test',
    database,
    records: new RecordStore(database.db, dialect),
    logger: pino({ level: 'silent' }),
    secrets: createSecretCipher(randomBytes(32)),
    connectionTester: scriptedTester({ outcome: { kind: 'http', status: 200, body: { username: 'api' } }, probe: 'session' }),
    clock: () => Date.parse('2026-11-21T10:00:00.000Z'),
    ...overrides,
  };
}

/** A real app with an engine over `services`, and bearer headers for an admin and a viewer. */
export async function testApp(services: HostServices, engineOptions: Partial<EngineOptions> = {}) {
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, waitScale: 0, tickMs: 100, idlePollMs: 20, ...engineOptions });
  const app = createApp(services, engine, { serveWorkspace: false });
  const now = services.clock();
  const adminLogin = { user_name: `admin-${randomBytes(4).toString("hex")}`, password: 'admin-password-1' };
  const viewerLogin = { user_name: `viewer-${randomBytes(4).toString("hex")}`, password: 'viewer-password-1' };
  const admin = await createUser(services.records, { ...adminLogin, roles: ['x_eih.admin'] }, now);
  const viewer = await createUser(services.records, { ...viewerLogin, roles: ['x_eih.viewer'] }, now);
  const adminToken = (await createApiToken(services.records, { userId: admin.sys_id, name: 'tests' }, now)).token;
  const viewerToken = (await createApiToken(services.records, { userId: viewer.sys_id, name: 'tests' }, now)).token;
  const as = (token: string) => (init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
  // The raw credentials too, so suites can sign in and check that none of them ever leaks.
  const credentials = { admin: { ...adminLogin, token: adminToken }, viewer: { ...viewerLogin, token: viewerToken } };
  return { app, engine, asAdmin: as(adminToken), asViewer: as(viewerToken), credentials };
}
