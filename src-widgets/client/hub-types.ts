/**
 * The shapes the widgets read and write, taken from the shared table model, contract and metrics
 * (type-only imports: nothing of zod or the core's runtime ends up in the bundle for them).
 */
import type { ConnectionTestResult } from '../../src-shared/contract/connection-contract';
import type { PropertyView } from '../../src-shared/contract/property-contract';
import type { RecordOf } from '../../src-shared/model/column';
import type { assetTable } from '../../src-shared/model/tables/asset';
import type { assetSyncTable } from '../../src-shared/model/tables/asset-sync';
import type { connectionTable } from '../../src-shared/model/tables/connection';
import type { connectorLogTable } from '../../src-shared/model/tables/connector-log';
import type { connectorTable } from '../../src-shared/model/tables/connector';
import type { integrationRunTable } from '../../src-shared/model/tables/integration-run';
import type { LocalStatus, Platform, ProjectType, RemoteState, Severity } from '../../src-shared/model/vocabulary';

export type { ConnectionTestResult, PropertyView };
export type { IngestionHealth, IntegrationRow, ProcessingHealth, RunsPerIntegration, ChartElement, DrillDown } from '../../src-shared/metrics';

export type CredentialPresence = 'set' | 'not_set';

/** A connection as the API shows it: secrets replaced by whether each is set. */
export type ConnectionRecord = Omit<RecordOf<typeof connectionTable>, 'access_key' | 'secret_key' | 'sc_password'> & {
  credentials: { access_key: CredentialPresence; secret_key: CredentialPresence; sc_password: CredentialPresence };
};

/** The fields a client may write on a connection (secrets are write-only). */
export interface ConnectionWrite {
  name?: string;
  active?: boolean;
  connection_alias?: string | null;
  application?: string | null;
  platform?: Platform;
  base_url?: string;
  access_key?: string;
  secret_key?: string;
  sc_username?: string | null;
  sc_password?: string;
}

export type ConnectorRecord = RecordOf<typeof connectorTable>;
export type RunRecord = RecordOf<typeof integrationRunTable>;
export type LogRecord = RecordOf<typeof connectorLogTable>;
/** An asset as `/connectors/{id}/assets` lists it: the asset plus its sync status for that connector. */
export type ConnectorAsset = Partial<RecordOf<typeof assetTable>> &
  Pick<RecordOf<typeof assetSyncTable>, 'sync_status'> &
  Partial<Pick<RecordOf<typeof assetSyncTable>, 'last_synced' | 'error'>> & { sys_id: string };

export interface StatusMappingRowView {
  local_status: LocalStatus;
  remote_status: RemoteState;
  order: number;
}

export interface ProjectOption {
  id: string;
  name: string;
  target?: string;
}

export interface ProjectSelection {
  project_type: ProjectType;
  external_id: string;
  name: string;
}

/** The body of `POST /connectors` as the wizard sends it. */
export interface ConnectorCreate {
  name: string;
  connection: string;
  project_types?: string;
  import_all?: boolean;
  severities?: Severity[];
  status_mapping?: StatusMappingRowView[];
  projects?: ProjectSelection[];
}

/** One Server-Sent Events snapshot of a run. */
export interface RunSnapshot {
  sys_id: string;
  connector: string;
  state: string;
  substate: string;
  pages: number;
  records_fetched: number;
  records_processed: number;
  failure_message?: string | null;
}

export interface SessionUser {
  user_name: string;
  roles: string[];
  csrf_token: string;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  query?: string;
  fields?: string[];
}

export interface ListPage<T> {
  records: T[];
  total: number | null;
}
