// Generated from src-shared/model/tables.ts (x_eih_connector) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, BooleanColumn, ChoiceColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_connector = Table({
  name: 'x_eih_connector',
  label: 'Connector',
  display: 'name',
  allowWebServiceAccess: true,
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
    connection: ReferenceColumn({ label: 'Connection', referenceTable: 'x_eih_connection', mandatory: true }),
    active: BooleanColumn({ label: 'Active', default: 'true' }),
    status: ChoiceColumn({ label: 'Status', default: 'connecting', choices: { connecting: { label: 'Connecting', sequence: 0 }, connected: { label: 'Connected', sequence: 1 }, retrying: { label: 'Retrying', sequence: 2 }, failed: { label: 'Failed', sequence: 3 }, disabled: { label: 'Disabled', sequence: 4 }, deleting: { label: 'Deleting', sequence: 5 } }, dropdown: 'dropdown_with_none' }),
    health: ChoiceColumn({ label: 'Health', default: 'unknown', choices: { healthy: { label: 'Healthy', sequence: 0 }, unhealthy: { label: 'Unhealthy', sequence: 1 }, unknown: { label: 'Unknown', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    warning: StringColumn({ label: 'Warning', maxLength: 1000 }),
    project_types: StringColumn({ label: 'Project types', maxLength: 40, default: 'VM' }),
    import_all: BooleanColumn({ label: 'Import all projects', default: 'true' }),
    severity_filter: StringColumn({ label: 'Severity filter', maxLength: 100, default: 'info,low,medium,high,critical' }),
    schedule_run: ChoiceColumn({ label: 'Run', default: 'daily', choices: { daily: { label: 'Daily', sequence: 0 }, weekly: { label: 'Weekly', sequence: 1 }, monthly: { label: 'Monthly', sequence: 2 }, periodically: { label: 'Periodically', sequence: 3 }, once: { label: 'Once', sequence: 4 }, on_demand: { label: 'On demand', sequence: 5 } }, dropdown: 'dropdown_with_none' }),
    schedule_day: StringColumn({ label: 'Day', maxLength: 20 }),
    schedule_time: StringColumn({ label: 'Time', maxLength: 5, default: '02:00' }),
    schedule_interval_minutes: IntegerColumn({ label: 'Interval (minutes)' }),
    schedule_timezone: StringColumn({ label: 'Timezone', maxLength: 64, default: 'UTC' }),
    next_run_at: DateTimeColumn({ label: 'Next run' }),
    last_fired_at: DateTimeColumn({ label: 'Last fired' }),
    last_run: ReferenceColumn({ label: 'Last run', referenceTable: 'x_eih_integration_run' }),
    last_run_status: StringColumn({ label: 'Last run status', maxLength: 40 }),
    last_success_at: DateTimeColumn({ label: 'Last success' }),
    last_success_cursor: IntegerColumn({ label: 'Last success cursor' }),
    max_attempts_override: IntegerColumn({ label: 'Retry attempts override' }),
    time_limit_override: IntegerColumn({ label: 'Time limit override (seconds)' }),
    maximum_delay_override: IntegerColumn({ label: 'Maximum heartbeat delay override (seconds)' }),
    notes: StringColumn({ label: 'Notes', maxLength: 4000 }),
  },
  index: [
    { name: 'x_eih_connector_connection', unique: false, element: ['connection'] },
    { name: 'x_eih_connector_status', unique: false, element: ['status'] },
  ],
})
