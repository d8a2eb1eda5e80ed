import type { TableDef } from './column';
import { apiTokenTable } from './tables/api-token';
import { assetSyncTable } from './tables/asset-sync';
import { assetTable } from './tables/asset';
import { assignmentRuleTable } from './tables/assignment-rule';
import { connectionTable } from './tables/connection';
import { connectorLogTable } from './tables/connector-log';
import { connectorProjectTable } from './tables/connector-project';
import { connectorTable } from './tables/connector';
import { dailyLatencyTable } from './tables/daily-latency';
import { dailyLatencyTotalTable } from './tables/daily-latency-total';
import { dailyMetricTable } from './tables/daily-metric';
import { importQueueEntryTable } from './tables/import-queue-entry';
import { integrationRunTable } from './tables/integration-run';
import { pagePayloadTable } from './tables/page-payload';
import { propertyTable } from './tables/property';
import { remediationTaskTable } from './tables/remediation-task';
import { riskRuleTable } from './tables/risk-rule';
import { sessionTable } from './tables/session';
import { statusMappingTable } from './tables/status-mapping';
import { userTable } from './tables/user';
import { vulnerableItemTable } from './tables/vulnerable-item';

export {
  pagePayloadTable,
  apiTokenTable,
  sessionTable,
  userTable,
  assetSyncTable,
  assetTable,
  assignmentRuleTable,
  connectionTable,
  connectorLogTable,
  connectorProjectTable,
  connectorTable,
  dailyLatencyTable,
  dailyLatencyTotalTable,
  dailyMetricTable,
  importQueueEntryTable,
  integrationRunTable,
  propertyTable,
  remediationTaskTable,
  riskRuleTable,
  statusMappingTable,
  vulnerableItemTable,
};

/** Every table of the product, in dependency order (referenced tables first). */
export const TABLES = [
  connectionTable,
  connectorTable,
  connectorProjectTable,
  statusMappingTable,
  integrationRunTable,
  connectorLogTable,
  importQueueEntryTable,
  pagePayloadTable,
  assetTable,
  assetSyncTable,
  remediationTaskTable,
  vulnerableItemTable,
  assignmentRuleTable,
  riskRuleTable,
  dailyMetricTable,
  dailyLatencyTable,
  dailyLatencyTotalTable,
  propertyTable,
  userTable,
  apiTokenTable,
  sessionTable,
] as const satisfies readonly TableDef[];

export type AnyTable = (typeof TABLES)[number];
export type TableName = AnyTable['name'];

export function tableByName(name: string): TableDef | undefined {
  return (TABLES as readonly TableDef[]).find((table) => table.name === name);
}

/** Tables that exist on the ServiceNow instance too (the rest are the local host's own). */
export function instanceTables(): readonly TableDef[] {
  return (TABLES as readonly TableDef[]).filter((table) => table.scope === 'both');
}
