import { connectorLogTable } from '../../src-shared/model/tables/connector-log';
import { connectorProjectTable } from '../../src-shared/model/tables/connector-project';
import { dailyLatencyTable } from '../../src-shared/model/tables/daily-latency';
import { dailyMetricTable } from '../../src-shared/model/tables/daily-metric';
import { importQueueEntryTable } from '../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../src-shared/model/tables/integration-run';
import { statusMappingTable } from '../../src-shared/model/tables/status-mapping';
import { vulnerableItemTable } from '../../src-shared/model/tables/vulnerable-item';
import { glide } from './glide/glide-port';
import { deleteWhere, list } from './glide/glide-store';
import { refreshLatencyTotals } from './run/daily-latency';

/**
 * Removes what a connector imported and recorded (Tenable's delete: the connector's data goes with
 * it). Assets stay: other connectors may report the same machines.
 */
export function purgeConnectorData(connectorId: string): number {
  let removed = 0;
  for (const entry of list(importQueueEntryTable, { where: { connector: connectorId } })) {
    glide().deleteAttachments(importQueueEntryTable.name, entry.sys_id);
  }
  for (const table of [vulnerableItemTable, importQueueEntryTable, connectorLogTable, dailyMetricTable, dailyLatencyTable, statusMappingTable, connectorProjectTable]) {
    removed += deleteWhere(table, { connector: connectorId });
  }
  removed += deleteWhere(integrationRunTable, { connector: connectorId });
  // Every day's all-connectors latency again without this connector.
  refreshLatencyTotals('all');
  return removed;
}
