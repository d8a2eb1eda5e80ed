/**
 * The widget SDK entry: importing it defines every `eih-*` element. One module, Lit included:
 * `<script type="module" src=".../eih-widgets.js"></script>` then any `<eih-…>` tag.
 */
export { EihWorkspace } from './workspace/eih-workspace';
export { EihSignIn } from './workspace/eih-sign-in';
export { EihIntegrationDashboard, type DashboardData } from './dashboard/eih-integration-dashboard';
export { EihIntegrationsTable } from './dashboard/eih-integrations-table';
export { EihRunsChart } from './charts/eih-runs-chart';
export { EihOutcomePie } from './charts/eih-outcome-pie';
export { EihIngestionHealth } from './charts/eih-ingestion-health';
export { EihProcessingHealth } from './charts/eih-processing-health';
export { EihRecordList } from './records/eih-record-list';
export { EihConnectionList } from './connections/eih-connection-list';
export { EihConnectionForm } from './connections/eih-connection-form';
export { EihConnectorList } from './connectors/eih-connector-list';
export { EihConnectorWizard } from './connectors/eih-connector-wizard';
export { EihConnectorDetail } from './connectors/eih-connector-detail';
export { EihConnectorRuns } from './connectors/eih-connector-runs';
export { EihConnectorLogs } from './connectors/eih-connector-logs';
export { EihConnectorAssets } from './connectors/eih-connector-assets';
export { EihStatusBadge } from './connectors/eih-status-badge';
export { EihStatusMapping } from './connectors/eih-status-mapping';
export { EihSeverityFilter } from './connectors/eih-severity-filter';
export { EihProjectPicker } from './connectors/eih-project-picker';
export { EihPropertiesForm } from './properties/eih-properties-form';
export { HubClient, HubError, hubClient, DEFAULT_API_BASE, type HubClientOptions, type EventSourceLike } from './client/hub-client';
export { hubCache, idbCache, memoryCache, setHubCache, type HubCache, type CacheEntry } from './client/hub-cache';
export { HubDataController } from './client/hub-data-controller';
export type * from './client/hub-types';
export type { EihEventDetails, EihEvent } from './base/events';
