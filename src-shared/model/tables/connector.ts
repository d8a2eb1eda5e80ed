import { col, type TableDef } from '../column';
import { CONNECTOR_STATUSES, HEALTH_STATES, SCHEDULE_RUNS } from '../vocabulary';

/** One sync definition over a connection: lifecycle, filters, schedule and the delta cursor. */
export const connectorTable = {
  name: 'x_eih_connector',
  label: 'Connector',
  display: 'name',
  scope: 'both',
  columns: {
    name: col.string('Name', { mandatory: true, maxLength: 100 }),
    connection: col.reference('Connection', 'x_eih_connection', { mandatory: true }),
    active: col.boolean('Active', true),
    status: col.choice('Status', CONNECTOR_STATUSES, { default: 'connecting' }),
    health: col.choice('Health', HEALTH_STATES, { default: 'unknown' }),
    warning: col.string('Warning', { maxLength: 1000 }),
    /** Comma-separated project types: `VM`, `WAS` or `VM,WAS`. */
    project_types: col.string('Project types', { maxLength: 40, default: 'VM' }),
    import_all: col.boolean('Import all projects', true),
    /** Comma-separated severities to import; empty imports nothing. */
    severity_filter: col.string('Severity filter', { maxLength: 100, default: 'info,low,medium,high,critical' }),
    schedule_run: col.choice('Run', SCHEDULE_RUNS, { default: 'daily' }),
    schedule_day: col.string('Day', { maxLength: 20 }),
    schedule_time: col.string('Time', { maxLength: 5, default: '02:00' }),
    schedule_interval_minutes: col.integer('Interval (minutes)'),
    schedule_timezone: col.string('Timezone', { maxLength: 64, default: 'UTC' }),
    next_run_at: col.datetime('Next run'),
    last_fired_at: col.datetime('Last fired'),
    last_run: col.reference('Last run', 'x_eih_integration_run'),
    last_run_status: col.string('Last run status', { maxLength: 40 }),
    last_success_at: col.datetime('Last success'),
    last_success_cursor: col.integer('Last success cursor'),
    retry_at: col.datetime('Retry at'),
    retry_attempt: col.integer('Retry attempt', { default: 0 }),
    max_attempts_override: col.integer('Retry attempts override'),
    time_limit_override: col.integer('Time limit override (seconds)'),
    maximum_delay_override: col.integer('Maximum heartbeat delay override (seconds)'),
    notes: col.string('Notes', { maxLength: 4000 }),
  },
  indexes: [{ columns: ['connection'] }, { columns: ['status'] }, { columns: ['sys_created_on', 'sys_id'] }],
} as const satisfies TableDef;
