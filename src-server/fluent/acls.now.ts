// Access controls of every table: viewers read, admins write (create, write, delete). The
// credential columns of a connection are readable by no one through the UI or the Table API:
// only the instance modules read them (GlideRecord, not GlideRecordSecure) to call Tenable.
// Kept literal because Fluent is compiled by static analysis; test/instance/built-app-metadata
// checks that every table of the model has all four ACLs.
import { Acl } from '@servicenow/sdk/core'
import { admin, viewer } from './roles.now'

Acl({ $id: Now.ID['acl_x_eih_connection_read'], type: 'record', table: 'x_eih_connection', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_connection' })
Acl({ $id: Now.ID['acl_x_eih_connection_create'], type: 'record', table: 'x_eih_connection', operation: 'create', roles: [admin], description: 'Admins create x_eih_connection' })
Acl({ $id: Now.ID['acl_x_eih_connection_write'], type: 'record', table: 'x_eih_connection', operation: 'write', roles: [admin], description: 'Admins write x_eih_connection' })
Acl({ $id: Now.ID['acl_x_eih_connection_delete'], type: 'record', table: 'x_eih_connection', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_connection' })
Acl({ $id: Now.ID['acl_x_eih_connector_read'], type: 'record', table: 'x_eih_connector', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_connector' })
Acl({ $id: Now.ID['acl_x_eih_connector_create'], type: 'record', table: 'x_eih_connector', operation: 'create', roles: [admin], description: 'Admins create x_eih_connector' })
Acl({ $id: Now.ID['acl_x_eih_connector_write'], type: 'record', table: 'x_eih_connector', operation: 'write', roles: [admin], description: 'Admins write x_eih_connector' })
Acl({ $id: Now.ID['acl_x_eih_connector_delete'], type: 'record', table: 'x_eih_connector', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_connector' })
Acl({ $id: Now.ID['acl_x_eih_connector_project_read'], type: 'record', table: 'x_eih_connector_project', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_connector_project' })
Acl({ $id: Now.ID['acl_x_eih_connector_project_create'], type: 'record', table: 'x_eih_connector_project', operation: 'create', roles: [admin], description: 'Admins create x_eih_connector_project' })
Acl({ $id: Now.ID['acl_x_eih_connector_project_write'], type: 'record', table: 'x_eih_connector_project', operation: 'write', roles: [admin], description: 'Admins write x_eih_connector_project' })
Acl({ $id: Now.ID['acl_x_eih_connector_project_delete'], type: 'record', table: 'x_eih_connector_project', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_connector_project' })
Acl({ $id: Now.ID['acl_x_eih_status_mapping_read'], type: 'record', table: 'x_eih_status_mapping', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_status_mapping' })
Acl({ $id: Now.ID['acl_x_eih_status_mapping_create'], type: 'record', table: 'x_eih_status_mapping', operation: 'create', roles: [admin], description: 'Admins create x_eih_status_mapping' })
Acl({ $id: Now.ID['acl_x_eih_status_mapping_write'], type: 'record', table: 'x_eih_status_mapping', operation: 'write', roles: [admin], description: 'Admins write x_eih_status_mapping' })
Acl({ $id: Now.ID['acl_x_eih_status_mapping_delete'], type: 'record', table: 'x_eih_status_mapping', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_status_mapping' })
Acl({ $id: Now.ID['acl_x_eih_integration_run_read'], type: 'record', table: 'x_eih_integration_run', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_integration_run' })
Acl({ $id: Now.ID['acl_x_eih_integration_run_create'], type: 'record', table: 'x_eih_integration_run', operation: 'create', roles: [admin], description: 'Admins create x_eih_integration_run' })
Acl({ $id: Now.ID['acl_x_eih_integration_run_write'], type: 'record', table: 'x_eih_integration_run', operation: 'write', roles: [admin], description: 'Admins write x_eih_integration_run' })
Acl({ $id: Now.ID['acl_x_eih_integration_run_delete'], type: 'record', table: 'x_eih_integration_run', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_integration_run' })
Acl({ $id: Now.ID['acl_x_eih_connector_log_read'], type: 'record', table: 'x_eih_connector_log', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_connector_log' })
Acl({ $id: Now.ID['acl_x_eih_connector_log_create'], type: 'record', table: 'x_eih_connector_log', operation: 'create', roles: [admin], description: 'Admins create x_eih_connector_log' })
Acl({ $id: Now.ID['acl_x_eih_connector_log_write'], type: 'record', table: 'x_eih_connector_log', operation: 'write', roles: [admin], description: 'Admins write x_eih_connector_log' })
Acl({ $id: Now.ID['acl_x_eih_connector_log_delete'], type: 'record', table: 'x_eih_connector_log', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_connector_log' })
Acl({ $id: Now.ID['acl_x_eih_import_queue_entry_read'], type: 'record', table: 'x_eih_import_queue_entry', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_import_queue_entry' })
Acl({ $id: Now.ID['acl_x_eih_import_queue_entry_create'], type: 'record', table: 'x_eih_import_queue_entry', operation: 'create', roles: [admin], description: 'Admins create x_eih_import_queue_entry' })
Acl({ $id: Now.ID['acl_x_eih_import_queue_entry_write'], type: 'record', table: 'x_eih_import_queue_entry', operation: 'write', roles: [admin], description: 'Admins write x_eih_import_queue_entry' })
Acl({ $id: Now.ID['acl_x_eih_import_queue_entry_delete'], type: 'record', table: 'x_eih_import_queue_entry', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_import_queue_entry' })
Acl({ $id: Now.ID['acl_x_eih_asset_read'], type: 'record', table: 'x_eih_asset', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_asset' })
Acl({ $id: Now.ID['acl_x_eih_asset_create'], type: 'record', table: 'x_eih_asset', operation: 'create', roles: [admin], description: 'Admins create x_eih_asset' })
Acl({ $id: Now.ID['acl_x_eih_asset_write'], type: 'record', table: 'x_eih_asset', operation: 'write', roles: [admin], description: 'Admins write x_eih_asset' })
Acl({ $id: Now.ID['acl_x_eih_asset_delete'], type: 'record', table: 'x_eih_asset', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_asset' })
Acl({ $id: Now.ID['acl_x_eih_asset_sync_read'], type: 'record', table: 'x_eih_asset_sync', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_asset_sync' })
Acl({ $id: Now.ID['acl_x_eih_asset_sync_create'], type: 'record', table: 'x_eih_asset_sync', operation: 'create', roles: [admin], description: 'Admins create x_eih_asset_sync' })
Acl({ $id: Now.ID['acl_x_eih_asset_sync_write'], type: 'record', table: 'x_eih_asset_sync', operation: 'write', roles: [admin], description: 'Admins write x_eih_asset_sync' })
Acl({ $id: Now.ID['acl_x_eih_asset_sync_delete'], type: 'record', table: 'x_eih_asset_sync', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_asset_sync' })
Acl({ $id: Now.ID['acl_x_eih_remediation_task_read'], type: 'record', table: 'x_eih_remediation_task', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_remediation_task' })
Acl({ $id: Now.ID['acl_x_eih_remediation_task_create'], type: 'record', table: 'x_eih_remediation_task', operation: 'create', roles: [admin], description: 'Admins create x_eih_remediation_task' })
Acl({ $id: Now.ID['acl_x_eih_remediation_task_write'], type: 'record', table: 'x_eih_remediation_task', operation: 'write', roles: [admin], description: 'Admins write x_eih_remediation_task' })
Acl({ $id: Now.ID['acl_x_eih_remediation_task_delete'], type: 'record', table: 'x_eih_remediation_task', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_remediation_task' })
Acl({ $id: Now.ID['acl_x_eih_vulnerable_item_read'], type: 'record', table: 'x_eih_vulnerable_item', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_vulnerable_item' })
Acl({ $id: Now.ID['acl_x_eih_vulnerable_item_create'], type: 'record', table: 'x_eih_vulnerable_item', operation: 'create', roles: [admin], description: 'Admins create x_eih_vulnerable_item' })
Acl({ $id: Now.ID['acl_x_eih_vulnerable_item_write'], type: 'record', table: 'x_eih_vulnerable_item', operation: 'write', roles: [admin], description: 'Admins write x_eih_vulnerable_item' })
Acl({ $id: Now.ID['acl_x_eih_vulnerable_item_delete'], type: 'record', table: 'x_eih_vulnerable_item', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_vulnerable_item' })
Acl({ $id: Now.ID['acl_x_eih_assignment_rule_read'], type: 'record', table: 'x_eih_assignment_rule', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_assignment_rule' })
Acl({ $id: Now.ID['acl_x_eih_assignment_rule_create'], type: 'record', table: 'x_eih_assignment_rule', operation: 'create', roles: [admin], description: 'Admins create x_eih_assignment_rule' })
Acl({ $id: Now.ID['acl_x_eih_assignment_rule_write'], type: 'record', table: 'x_eih_assignment_rule', operation: 'write', roles: [admin], description: 'Admins write x_eih_assignment_rule' })
Acl({ $id: Now.ID['acl_x_eih_assignment_rule_delete'], type: 'record', table: 'x_eih_assignment_rule', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_assignment_rule' })
Acl({ $id: Now.ID['acl_x_eih_risk_rule_read'], type: 'record', table: 'x_eih_risk_rule', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_risk_rule' })
Acl({ $id: Now.ID['acl_x_eih_risk_rule_create'], type: 'record', table: 'x_eih_risk_rule', operation: 'create', roles: [admin], description: 'Admins create x_eih_risk_rule' })
Acl({ $id: Now.ID['acl_x_eih_risk_rule_write'], type: 'record', table: 'x_eih_risk_rule', operation: 'write', roles: [admin], description: 'Admins write x_eih_risk_rule' })
Acl({ $id: Now.ID['acl_x_eih_risk_rule_delete'], type: 'record', table: 'x_eih_risk_rule', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_risk_rule' })
Acl({ $id: Now.ID['acl_x_eih_daily_metric_read'], type: 'record', table: 'x_eih_daily_metric', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_daily_metric' })
Acl({ $id: Now.ID['acl_x_eih_daily_metric_create'], type: 'record', table: 'x_eih_daily_metric', operation: 'create', roles: [admin], description: 'Admins create x_eih_daily_metric' })
Acl({ $id: Now.ID['acl_x_eih_daily_metric_write'], type: 'record', table: 'x_eih_daily_metric', operation: 'write', roles: [admin], description: 'Admins write x_eih_daily_metric' })
Acl({ $id: Now.ID['acl_x_eih_daily_metric_delete'], type: 'record', table: 'x_eih_daily_metric', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_daily_metric' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_read'], type: 'record', table: 'x_eih_daily_latency', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_daily_latency' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_create'], type: 'record', table: 'x_eih_daily_latency', operation: 'create', roles: [admin], description: 'Admins create x_eih_daily_latency' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_write'], type: 'record', table: 'x_eih_daily_latency', operation: 'write', roles: [admin], description: 'Admins write x_eih_daily_latency' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_delete'], type: 'record', table: 'x_eih_daily_latency', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_daily_latency' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_total_read'], type: 'record', table: 'x_eih_daily_latency_total', operation: 'read', roles: [viewer], description: 'Viewers read x_eih_daily_latency_total' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_total_create'], type: 'record', table: 'x_eih_daily_latency_total', operation: 'create', roles: [admin], description: 'Admins create x_eih_daily_latency_total' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_total_write'], type: 'record', table: 'x_eih_daily_latency_total', operation: 'write', roles: [admin], description: 'Admins write x_eih_daily_latency_total' })
Acl({ $id: Now.ID['acl_x_eih_daily_latency_total_delete'], type: 'record', table: 'x_eih_daily_latency_total', operation: 'delete', roles: [admin], description: 'Admins delete x_eih_daily_latency_total' })

// Credentials: no read for anyone (admin override off); admins may still set them.
Acl({
  $id: Now.ID['acl_x_eih_connection_access_key_read'],
  type: 'record',
  table: 'x_eih_connection',
  field: 'access_key',
  operation: 'read',
  roles: [],
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Credentials are never readable through the UI or the Table API',
})
Acl({ $id: Now.ID['acl_x_eih_connection_access_key_write'], type: 'record', table: 'x_eih_connection', field: 'access_key', operation: 'write', roles: [admin], description: 'Admins set credentials' })
Acl({
  $id: Now.ID['acl_x_eih_connection_secret_key_read'],
  type: 'record',
  table: 'x_eih_connection',
  field: 'secret_key',
  operation: 'read',
  roles: [],
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Credentials are never readable through the UI or the Table API',
})
Acl({ $id: Now.ID['acl_x_eih_connection_secret_key_write'], type: 'record', table: 'x_eih_connection', field: 'secret_key', operation: 'write', roles: [admin], description: 'Admins set credentials' })
Acl({
  $id: Now.ID['acl_x_eih_connection_sc_password_read'],
  type: 'record',
  table: 'x_eih_connection',
  field: 'sc_password',
  operation: 'read',
  roles: [],
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Credentials are never readable through the UI or the Table API',
})
Acl({ $id: Now.ID['acl_x_eih_connection_sc_password_write'], type: 'record', table: 'x_eih_connection', field: 'sc_password', operation: 'write', roles: [admin], description: 'Admins set credentials' })
