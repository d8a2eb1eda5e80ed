import { col, type TableDef } from '../column';

/**
 * Pre-aggregated per connector per day, maintained as runs finish, so the dashboard reads a few
 * thousand rows instead of scanning every run and queue entry.
 */
export const dailyMetricTable = {
  name: 'x_eih_daily_metric',
  label: 'Daily metric',
  display: 'day',
  scope: 'both',
  columns: {
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    day: col.string('Day', { mandatory: true, maxLength: 10 }),
    runs_succeeded: col.integer('Runs succeeded', { default: 0 }),
    runs_failed: col.integer('Runs failed', { default: 0 }),
    entries: col.integer('Entries', { default: 0 }),
    records: col.integer('Records', { default: 0 }),
    rest_api_ms: col.integer('REST API time (ms)', { default: 0 }),
    queue_wait_ms: col.integer('Queue wait time (ms)', { default: 0 }),
    queue_processing_ms: col.integer('Queue processing time (ms)', { default: 0 }),
    ci_lookup_ms: col.integer('CI lookup time (ms)', { default: 0 }),
    vi_creation_ms: col.integer('VI creation time (ms)', { default: 0 }),
    risk_rules_ms: col.integer('Risk rules time (ms)', { default: 0 }),
    assignment_rules_ms: col.integer('Assignment rules time (ms)', { default: 0 }),
    remediation_task_rules_ms: col.integer('Remediation task rules time (ms)', { default: 0 }),
  },
  indexes: [{ columns: ['connector', 'day'], unique: true }, { columns: ['day'] }],
} as const satisfies TableDef;
