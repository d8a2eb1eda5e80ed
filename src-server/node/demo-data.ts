/**
 * Demo mode: the built-in Tenable sandbox with a connection and a connector pointing at it, so a
 * fresh `npm start` shows real runs, real findings and a live dashboard without Tenable keys.
 */
import { startSandbox, DEMO_VM_KEYS, type RunningSandbox } from '../sandbox/index';
import { connectionTable } from '../../src-shared/model/tables';
import type { ConnectorOperations } from './engine/connector-operations';
import type { HostServices } from './host-services';

export const DEMO_CONNECTION_NAME = 'Tenable VM (sandbox)';

export async function startDemo(services: HostServices, connectors: ConnectorOperations, port: number): Promise<RunningSandbox> {
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox({ port, clock: 'real', seed: 42, assets: 300, findings: 6000 });
  } catch {
    sandbox = await startSandbox({ port: 0, clock: 'real', seed: 42, assets: 300, findings: 6000 });
  }
  const now = new Date(services.clock()).toISOString();
  const [existing] = await services.records.findBy(connectionTable, { name: DEMO_CONNECTION_NAME });
  if (existing) {
    if (existing.base_url !== sandbox.url) await services.records.update(connectionTable, String(existing.sys_id), { base_url: sandbox.url, updated: now }, now);
    return sandbox;
  }
  const connection = await services.records.insert(
    connectionTable,
    services.secrets.encryptSecrets(connectionTable, { name: DEMO_CONNECTION_NAME, connection_alias: 'sandbox', platform: 'tenable_vm', base_url: sandbox.url, access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey, status: 'pending', updated: now }),
    now,
  );
  await connectors.create({ values: { name: 'Sandbox VM findings', connection: connection.sys_id, schedule_run: 'daily', schedule_time: '02:00', schedule_timezone: 'UTC', notes: 'Demo connector against the built-in Tenable sandbox' } });
  services.logger.info({ sandbox: sandbox.url }, 'demo data: sandbox connection and connector created');
  return sandbox;
}
