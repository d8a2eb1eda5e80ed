/**
 * A real engine over a real store, against the Tenable sandbox over loopback HTTP. The engine's
 * clock follows the sandbox's virtual clock so delta cursors line up with the sandbox's data.
 */
import { startSandbox, DEMO_VM_KEYS, DEMO_SC_USER, type RunningSandbox, type SandboxOptions } from '../../src-server/sandbox/index';
import { Engine, DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../../src-server/node/engine/engine';
import type { HostServices } from '../../src-server/node/host-services';
import type { StoreDialect } from '../../src-server/node/store/dialect';
import type { Row } from '../../src-server/node/store/record-codec';
import { connectionTable, connectorTable } from '../../src-shared/model/tables';
import type { Platform } from '../../src-shared/model/vocabulary';
import { testServices } from './host';

export interface Harness {
  readonly sandbox: RunningSandbox;
  readonly services: HostServices;
  readonly engine: Engine;
  createConnector(options?: { platform?: Platform; severity_filter?: string; name?: string; connectorValues?: Row }): Promise<{ connection: Row; connector: Row }>;
  close(): Promise<void>;
}

export async function startHarness(dialect: StoreDialect = 'sqlite', sandboxOptions: SandboxOptions = {}, engineOptions: Partial<EngineOptions> = {}): Promise<Harness> {
  const sandbox = await startSandbox({ seed: 7, assets: 40, findings: 600, exports: { queuedPolls: 0, chunksPerPoll: 2 }, ...sandboxOptions });
  const services = await testServices(dialect, { clock: () => sandbox.control.now() });
  const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, tickMs: 100, idlePollMs: 20, waitScale: 0, ...engineOptions });
  let counter = 0;
  return {
    sandbox,
    services,
    engine,
    async createConnector(options = {}) {
      counter++;
      const platform = options.platform ?? 'tenable_vm';
      const now = new Date(services.clock()).toISOString();
      const secrets = platform === 'tenable_sc' ? { sc_username: DEMO_SC_USER.username, sc_password: DEMO_SC_USER.password } : { access_key: DEMO_VM_KEYS.accessKey, secret_key: DEMO_VM_KEYS.secretKey };
      const connection = await services.records.insert(connectionTable, services.secrets.encryptSecrets(connectionTable, { name: `sandbox ${counter}`, platform, base_url: sandbox.url, ...secrets }), now);
      const connector = await services.records.insert(
        connectorTable,
        { name: options.name ?? `connector ${counter}`, connection: connection.sys_id, schedule_run: 'on_demand', ...(options.severity_filter === undefined ? {} : { severity_filter: options.severity_filter }), ...(options.connectorValues ?? {}) },
        now,
      );
      return { connection, connector };
    },
    async close() {
      await engine.stop();
      await services.database.close();
      await sandbox.close();
    },
  };
}
