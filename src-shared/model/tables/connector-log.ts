import { col, type TableDef } from '../column';
import { FAILURE_STAGES, LOG_LEVELS } from '../vocabulary';

/** What happened to a connector, by stage, kept for `x_eih.logs.retention_days`. */
export const connectorLogTable = {
  name: 'x_eih_connector_log',
  label: 'Connector log',
  display: 'message',
  scope: 'both',
  columns: {
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    run: col.reference('Run', 'x_eih_integration_run'),
    level: col.choice('Level', LOG_LEVELS, { default: 'info' }),
    stage: col.choice('Stage', FAILURE_STAGES, { default: 'initiating' }),
    event: col.string('Event', { maxLength: 60 }),
    message: col.string('Message', { maxLength: 4000 }),
    status_code: col.integer('Status code'),
    retryable: col.boolean('Retryable', false),
    created: col.datetime('Created', { mandatory: true }),
  },
  indexes: [{ columns: ['connector', 'created'] }, { columns: ['created'] }, { columns: ['sys_created_on', 'sys_id'] }],
} as const satisfies TableDef;
