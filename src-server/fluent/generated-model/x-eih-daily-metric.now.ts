// Generated from src-shared/model/tables.ts (x_eih_daily_metric) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, IntegerColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_daily_metric = Table({
  name: 'x_eih_daily_metric',
  label: 'Daily metric',
  display: 'day',
  allowWebServiceAccess: true,
  schema: {
    connector: ReferenceColumn({ label: 'Connector', referenceTable: 'x_eih_connector', mandatory: true }),
    day: StringColumn({ label: 'Day', maxLength: 10, mandatory: true }),
    runs_succeeded: IntegerColumn({ label: 'Runs succeeded', default: '0' }),
    runs_failed: IntegerColumn({ label: 'Runs failed', default: '0' }),
    entries: IntegerColumn({ label: 'Entries', default: '0' }),
    records: IntegerColumn({ label: 'Records', default: '0' }),
    rest_api_ms: IntegerColumn({ label: 'REST API time (ms)', default: '0' }),
    queue_wait_ms: IntegerColumn({ label: 'Queue wait time (ms)', default: '0' }),
    queue_processing_ms: IntegerColumn({ label: 'Queue processing time (ms)', default: '0' }),
    ci_lookup_ms: IntegerColumn({ label: 'CI lookup time (ms)', default: '0' }),
    vi_creation_ms: IntegerColumn({ label: 'VI creation time (ms)', default: '0' }),
    risk_rules_ms: IntegerColumn({ label: 'Risk rules time (ms)', default: '0' }),
    assignment_rules_ms: IntegerColumn({ label: 'Assignment rules time (ms)', default: '0' }),
    remediation_task_rules_ms: IntegerColumn({ label: 'Remediation task rules time (ms)', default: '0' }),
  },
  index: [
    { name: 'x_eih_daily_metric_connector_day', unique: true, element: ['connector', 'day'] },
    { name: 'x_eih_daily_metric_day', unique: false, element: ['day'] },
  ],
})
