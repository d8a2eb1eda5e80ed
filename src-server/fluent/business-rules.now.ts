// Business rules: the instance's reactions to record changes. Scripts live in instance modules.
import { BusinessRule } from '@servicenow/sdk/core'
import { onConnectionTested, onRunCompleted, validateConnectorStatus } from '../instance/entry/business-rules'

BusinessRule({
  $id: Now.ID['br_connection_tested'],
  name: 'EIH propagate connection test',
  description: "A connection's new test result sets the health of every connector using it (Manage Connections).",
  table: 'x_eih_connection',
  when: 'after',
  action: ['update'],
  condition: 'current.last_tested.changes()',
  order: 100,
  script: onConnectionTested,
})

BusinessRule({
  $id: Now.ID['br_connector_status'],
  name: 'EIH validate connector status',
  description: "Connector status changes must be transitions of the core's lifecycle machine; an illegal change is aborted with a message.",
  table: 'x_eih_connector',
  when: 'before',
  action: ['insert', 'update'],
  order: 100,
  script: validateConnectorStatus,
})

BusinessRule({
  $id: Now.ID['br_run_completed'],
  name: 'EIH run completion',
  description: "A completed run sets its connector's status (lifecycle machine), last run fields and daily metrics.",
  table: 'x_eih_integration_run',
  when: 'after',
  action: ['update'],
  condition: "current.state.changes() && current.state == 'complete'",
  order: 100,
  script: onRunCompleted,
})
