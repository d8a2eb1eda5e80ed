// Generated from src-shared/model/tables.ts (x_eih_daily_latency_total) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, DecimalColumn, IntegerColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_daily_latency_total = Table({
  name: 'x_eih_daily_latency_total',
  label: 'Daily latency (all connectors)',
  display: 'day',
  allowWebServiceAccess: true,
  schema: {
    day: StringColumn({ label: 'Day', maxLength: 10, mandatory: true }),
    metric: ChoiceColumn({ label: 'Metric', mandatory: true, choices: { queue_processing: { label: 'Queue processing', sequence: 0 }, queue_wait: { label: 'Queue wait', sequence: 1 }, rest_api: { label: 'REST API', sequence: 2 } }, dropdown: 'dropdown_with_none' }),
    samples: IntegerColumn({ label: 'Samples', default: '0' }),
    total_ms: DecimalColumn({ label: 'Total time (ms)', default: '0' }),
    min_ms: DecimalColumn({ label: 'Shortest (ms)' }),
    max_ms: DecimalColumn({ label: 'Longest (ms)' }),
    buckets: StringColumn({ label: 'Histogram buckets', maxLength: 65000 }),
  },
  index: [
    { name: 'x_eih_daily_latency_total_day_metric', unique: true, element: ['day', 'metric'] },
  ],
})
