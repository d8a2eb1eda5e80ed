/**
 * A small world for API suites: one connection (with secrets), one connector over it (its first
 * run queued), a failed queue entry of that run, an asset and a vulnerable item; created through
 * the API where the API can create them, inserted through the store where only the engine would.
 */
import { assetSyncTable, assetTable, connectorLogTable, importQueueEntryTable, integrationRunTable, vulnerableItemTable } from '../../src-shared/model/tables';
import type { ApiHarness } from './api-harness';

export interface World {
  readonly connection: string;
  /** A second connection no connector uses yet (bulk connector creation goes there). */
  readonly spareConnection: string;
  readonly connector: string;
  readonly run: string;
  readonly entry: string;
  readonly log: string;
  readonly asset: string;
  readonly item: string;
}

/** No server listens on port 9 of the loopback: every Tenable call fails fast, nothing leaves the machine. */
export const UNREACHABLE_URL = 'https://127.0.0.1:9';

let counter = 0;

export async function createConnection(api: ApiHarness, values: Record<string, unknown> = {}): Promise<string> {
  counter++;
  const response = await api.post('/connections', {
    name: `Tenable ${counter}-${Math.random().toString(36).slice(2, 8)}`,
    base_url: UNREACHABLE_URL,
    access_key: api.secret(`AK-${counter}-access-0123456789abcdef`),
    secret_key: api.secret(`SK-${counter}-secret-fedcba9876543210`),
    ...values,
  });
  if (response.status !== 201) throw new Error(`connection not created: ${response.status} ${response.text}`);
  return response.body.result.sys_id as string;
}

export async function createConnector(api: ApiHarness, connection: string, values: Record<string, unknown> = {}): Promise<string> {
  counter++;
  const response = await api.post('/connectors', { name: `connector ${counter}`, connection, ...values });
  if (response.status !== 201) throw new Error(`connector not created: ${response.status} ${response.text}`);
  return response.body.result.sys_id as string;
}

export async function seedWorld(api: ApiHarness): Promise<World> {
  const { records } = api.services;
  const now = new Date(api.services.clock()).toISOString();
  const connection = await createConnection(api);
  const connector = await createConnector(api, connection);
  const spareConnection = await createConnection(api);
  const run = (await records.findBy(integrationRunTable, { connector }))[0]?.sys_id as string;
  if (!run) throw new Error('the connector started no run');
  const entry = (await records.insert(importQueueEntryTable, { run, connector, page_no: 1, state: 'error', payload: { items: [] }, queued_at: now, error: 'page failed' }, now)).sys_id as string;
  const asset = (await records.insert(assetTable, { hostname: 'web-01', fqdn: 'web-01.example.com', ipv4: '10.0.0.1' }, now)).sys_id as string;
  await records.insert(assetSyncTable, { asset, connector, sync_status: 'synced', last_synced: now }, now);
  const item = (await records.insert(vulnerableItemTable, { dedupe_key: `${connector}:1`, connector, asset, plugin_name: 'OpenSSL', local_status: 'identified' }, now)).sys_id as string;
  const log = (await records.findBy(connectorLogTable, { connector }))[0]?.sys_id as string;
  if (!log) throw new Error('the connector wrote no log');
  return { connection, spareConnection, connector, run, entry, log, asset, item };
}
