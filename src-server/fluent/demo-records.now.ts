// Demo data (installed with "load demo data" only): a disabled example connection and connector,
// so a new admin sees the shape of a configuration without anything calling out to Tenable.
import { Record } from '@servicenow/sdk/core'

export const demoConnection = Record({
  $id: Now.ID['demo_connection'],
  $meta: { installMethod: 'demo' },
  table: 'x_eih_connection',
  data: {
    name: 'Example Tenable VM connection',
    active: false,
    platform: 'tenable_vm',
    base_url: 'https://cloud.tenable.com',
    application: 'x_eih',
    status: 'pending',
    message: 'Example only: add the API keys of a Tenable user, activate it and press Test Connection.',
  },
})

Record({
  $id: Now.ID['demo_connector'],
  $meta: { installMethod: 'demo' },
  table: 'x_eih_connector',
  data: {
    name: 'Example VM connector',
    connection: demoConnection,
    active: false,
    status: 'disabled',
    health: 'unknown',
    project_types: 'VM',
    import_all: true,
    severity_filter: 'info,low,medium,high,critical',
    schedule_run: 'on_demand',
    schedule_time: '02:00',
    schedule_timezone: 'UTC',
    notes: 'Example only: point it at a tested connection and press Enable.',
  },
})
