// Form buttons of connections and connectors. Every action goes through the instance modules,
// so status changes follow the core's lifecycle machine.
import { UiAction } from '@servicenow/sdk/core'
import {
  deleteConnectorAction,
  disableConnectorAction,
  enableConnectorAction,
  executeFullImportAction,
  executeNowAction,
  testConnectionAction,
  testConnectorConnectionAction,
} from '../instance/entry/ui-actions'
import { admin } from './roles.now'

UiAction({
  $id: Now.ID['ua_connection_test'],
  table: 'x_eih_connection',
  name: 'Test Connection',
  actionName: 'eih_test_connection',
  hint: 'Call Tenable with these credentials and show what the admin should do',
  showUpdate: true,
  showInsert: false,
  form: { showButton: true, style: 'primary' },
  roles: [admin],
  order: 100,
  script: testConnectionAction,
})

UiAction({
  $id: Now.ID['ua_connector_test'],
  table: 'x_eih_connector',
  name: 'Test Connection',
  actionName: 'eih_test_connector_connection',
  hint: "Test this connector's connection; every connector on it gets the result",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true },
  roles: [admin],
  order: 100,
  script: testConnectorConnectionAction,
})

UiAction({
  $id: Now.ID['ua_connector_execute'],
  table: 'x_eih_connector',
  name: 'Execute Now',
  actionName: 'eih_execute_now',
  hint: 'Queue a delta run now',
  condition: "current.status != 'disabled' && current.status != 'deleting'",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true, style: 'primary' },
  roles: [admin],
  order: 200,
  script: executeNowAction,
})

UiAction({
  $id: Now.ID['ua_connector_execute_full'],
  table: 'x_eih_connector',
  name: 'Execute Now with Full data import',
  actionName: 'eih_execute_full_import',
  hint: 'Queue a run that ignores the delta cursor and imports everything',
  condition: "current.status != 'disabled' && current.status != 'deleting'",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true },
  roles: [admin],
  order: 210,
  script: executeFullImportAction,
})

UiAction({
  $id: Now.ID['ua_connector_disable'],
  table: 'x_eih_connector',
  name: 'Disable',
  actionName: 'eih_disable',
  hint: 'Stop scheduled runs and active work; imported data is kept',
  condition: "current.status != 'disabled' && current.status != 'deleting'",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true },
  roles: [admin],
  order: 300,
  script: disableConnectorAction,
})

UiAction({
  $id: Now.ID['ua_connector_enable'],
  table: 'x_eih_connector',
  name: 'Enable',
  actionName: 'eih_enable',
  hint: 'Resume the connector with a catch-up run',
  condition: "current.status == 'disabled' || current.status == 'failed'",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true },
  roles: [admin],
  order: 310,
  script: enableConnectorAction,
})

UiAction({
  $id: Now.ID['ua_connector_delete'],
  table: 'x_eih_connector',
  name: 'Delete',
  actionName: 'eih_delete',
  hint: 'Delete the connector and the data it imported',
  condition: "current.status != 'deleting'",
  showUpdate: true,
  showInsert: false,
  form: { showButton: true, style: 'destructive' },
  roles: [admin],
  order: 400,
  script: deleteConnectorAction,
})
