import * as connections from './connection-handlers';
import * as connectors from './connector-handlers';
import * as dashboard from './dashboard-handlers';
import * as data from './data-handlers';
import { serve, type Access, type HubRequestPort, type HubResponsePort } from './hub-http';

/**
 * The scripted REST API `hub` (base /api/x_eih/hub): one exported function per route, because each
 * Fluent route names its script by identifier. Reads need x_eih.viewer, writes x_eih.admin.
 * HUB_ROUTES lists the same routes as data, for tests and for the Fluent declaration to follow.
 */

// Plain function declarations: the SDK resolves each route's script to a module export statically.
type Route = (request: HubRequestPort, response: HubResponsePort) => void;

export function getHealth(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.getHealth);
}

export function listConnections(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connections.listConnections);
}
export function createConnection(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connections.createConnection);
}
export function getConnection(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connections.getConnection);
}
export function patchConnection(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connections.patchConnection);
}
export function deleteConnection(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connections.deleteConnection);
}
export function testConnection(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connections.postConnectionTest);
}
export function listConnectionProjects(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connections.listConnectionProjects);
}

export function listConnectors(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.listConnectors);
}
export function createConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.createConnector);
}
export function getConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.getConnector);
}
export function patchConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.patchConnector);
}
export function deleteConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.deleteConnector);
}
export function testConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.testConnector);
}
export function enableConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.enableConnector);
}
export function disableConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.disableConnector);
}
export function executeConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.executeConnector);
}
export function cancelConnector(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.cancelConnector);
}
export function listConnectorProjects(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.listConnectorProjects);
}
export function listConnectorAssets(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.listConnectorAssets);
}
export function listConnectorLogs(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.listConnectorLogs);
}
export function getStatusMapping(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.getStatusMapping);
}
export function putStatusMapping(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.putStatusMapping);
}
export function getSeverityFilter(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', connectors.getSeverityFilter);
}
export function putSeverityFilter(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', connectors.putSeverityFilter);
}

export function listRuns(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.listRuns);
}
export function getRun(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.getRun);
}
export function listQueueEntries(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.listQueueEntries);
}
export function getQueueEntry(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.getQueueEntry);
}
export function retryQueueEntry(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', data.retryQueueEntry);
}
export function listVulnerableItems(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.listVulnerableItems);
}
export function patchVulnerableItem(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', data.patchVulnerableItem);
}

export function dashboardRuns(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', dashboard.dashboardRuns);
}
export function dashboardIngestion(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', dashboard.dashboardIngestion);
}
export function dashboardProcessing(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', dashboard.dashboardProcessing);
}
export function dashboardIntegrations(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', dashboard.dashboardIntegrations);
}

export function getProperties(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'viewer', data.getProperties);
}
export function patchProperties(request: HubRequestPort, response: HubResponsePort): void {
  serve(request, response, 'admin', data.patchProperties);
}

export type HubMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HubRoute {
  /** The Fluent route name (sys_ws_operation.name) and the exported function's name. */
  readonly name: string;
  readonly method: HubMethod;
  readonly path: string;
  readonly access: Access;
  readonly script: Route;
}

export const HUB_ROUTES: readonly HubRoute[] = [
  { name: 'getHealth', method: 'GET', path: '/health', access: 'viewer', script: getHealth },
  { name: 'listConnections', method: 'GET', path: '/connections', access: 'viewer', script: listConnections },
  { name: 'createConnection', method: 'POST', path: '/connections', access: 'admin', script: createConnection },
  { name: 'getConnection', method: 'GET', path: '/connections/{id}', access: 'viewer', script: getConnection },
  { name: 'patchConnection', method: 'PATCH', path: '/connections/{id}', access: 'admin', script: patchConnection },
  { name: 'deleteConnection', method: 'DELETE', path: '/connections/{id}', access: 'admin', script: deleteConnection },
  { name: 'testConnection', method: 'POST', path: '/connections/{id}/test', access: 'admin', script: testConnection },
  { name: 'listConnectionProjects', method: 'GET', path: '/connections/{id}/projects', access: 'viewer', script: listConnectionProjects },
  { name: 'listConnectors', method: 'GET', path: '/connectors', access: 'viewer', script: listConnectors },
  { name: 'createConnector', method: 'POST', path: '/connectors', access: 'admin', script: createConnector },
  { name: 'getConnector', method: 'GET', path: '/connectors/{id}', access: 'viewer', script: getConnector },
  { name: 'patchConnector', method: 'PATCH', path: '/connectors/{id}', access: 'admin', script: patchConnector },
  { name: 'deleteConnector', method: 'DELETE', path: '/connectors/{id}', access: 'admin', script: deleteConnector },
  { name: 'testConnector', method: 'POST', path: '/connectors/{id}/test', access: 'admin', script: testConnector },
  { name: 'enableConnector', method: 'POST', path: '/connectors/{id}/enable', access: 'admin', script: enableConnector },
  { name: 'disableConnector', method: 'POST', path: '/connectors/{id}/disable', access: 'admin', script: disableConnector },
  { name: 'executeConnector', method: 'POST', path: '/connectors/{id}/execute', access: 'admin', script: executeConnector },
  { name: 'cancelConnector', method: 'POST', path: '/connectors/{id}/cancel', access: 'admin', script: cancelConnector },
  { name: 'listConnectorProjects', method: 'GET', path: '/connectors/{id}/projects', access: 'viewer', script: listConnectorProjects },
  { name: 'listConnectorAssets', method: 'GET', path: '/connectors/{id}/assets', access: 'viewer', script: listConnectorAssets },
  { name: 'listConnectorLogs', method: 'GET', path: '/connectors/{id}/logs', access: 'viewer', script: listConnectorLogs },
  { name: 'getStatusMapping', method: 'GET', path: '/connectors/{id}/status-mapping', access: 'viewer', script: getStatusMapping },
  { name: 'putStatusMapping', method: 'PUT', path: '/connectors/{id}/status-mapping', access: 'admin', script: putStatusMapping },
  { name: 'getSeverityFilter', method: 'GET', path: '/connectors/{id}/severity-filter', access: 'viewer', script: getSeverityFilter },
  { name: 'putSeverityFilter', method: 'PUT', path: '/connectors/{id}/severity-filter', access: 'admin', script: putSeverityFilter },
  { name: 'listRuns', method: 'GET', path: '/runs', access: 'viewer', script: listRuns },
  { name: 'getRun', method: 'GET', path: '/runs/{id}', access: 'viewer', script: getRun },
  { name: 'listQueueEntries', method: 'GET', path: '/queue-entries', access: 'viewer', script: listQueueEntries },
  { name: 'getQueueEntry', method: 'GET', path: '/queue-entries/{id}', access: 'viewer', script: getQueueEntry },
  { name: 'retryQueueEntry', method: 'POST', path: '/queue-entries/{id}/retry', access: 'admin', script: retryQueueEntry },
  { name: 'listVulnerableItems', method: 'GET', path: '/vulnerable-items', access: 'viewer', script: listVulnerableItems },
  { name: 'patchVulnerableItem', method: 'PATCH', path: '/vulnerable-items/{id}', access: 'admin', script: patchVulnerableItem },
  { name: 'dashboardRuns', method: 'GET', path: '/dashboard/runs', access: 'viewer', script: dashboardRuns },
  { name: 'dashboardIngestion', method: 'GET', path: '/dashboard/ingestion', access: 'viewer', script: dashboardIngestion },
  { name: 'dashboardProcessing', method: 'GET', path: '/dashboard/processing', access: 'viewer', script: dashboardProcessing },
  { name: 'dashboardIntegrations', method: 'GET', path: '/dashboard/integrations', access: 'viewer', script: dashboardIntegrations },
  { name: 'getProperties', method: 'GET', path: '/properties', access: 'viewer', script: getProperties },
  { name: 'patchProperties', method: 'PATCH', path: '/properties', access: 'admin', script: patchProperties },
];
