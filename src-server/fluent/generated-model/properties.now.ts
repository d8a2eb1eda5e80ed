// Generated from src-shared/model/properties.ts by `npm run generate`. Do not edit: change the model and regenerate.
import { Property } from '@servicenow/sdk/core'

Property({
  $id: Now.ID['x_eih.heartbeat.record_threshold'],
  name: 'x_eih.heartbeat.record_threshold',
  type: 'integer',
  value: 500,
  description: 'Heartbeat record threshold. Records processed between two heartbeats. 500 keeps a beat to a few per 5,000-record page: frequent enough to show progress, rare enough that the beat write stays under 1% of the work.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})

Property({
  $id: Now.ID['x_eih.heartbeat.interval_seconds'],
  name: 'x_eih.heartbeat.interval_seconds',
  type: 'integer',
  value: 30,
  description: 'Heartbeat time floor (seconds). A working entry beats at least this often even when records are slow (rate-limited lookups), so slow pages never look stuck.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})

Property({
  $id: Now.ID['x_eih.heartbeat.maximum_delay'],
  name: 'x_eih.heartbeat.maximum_delay',
  type: 'integer',
  value: 600,
  description: 'Maximum heartbeat delay (seconds). An entry past the time limit whose last beat is older than this is stuck. 600 s is twenty beat intervals: only a frozen or dead worker stays silent that long.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})

Property({
  $id: Now.ID['x_eih.processing.time_limit'],
  name: 'x_eih.processing.time_limit',
  type: 'integer',
  value: 3600,
  description: 'Entry processing time limit (seconds). The one-hour limit of the reference platform. Past it an entry is checked for heartbeats; it is timed out only when it has also stopped beating.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})

Property({
  $id: Now.ID['x_eih.logs.retention_days'],
  name: 'x_eih.logs.retention_days',
  type: 'integer',
  value: 14,
  description: 'Connector log retention (days). Tenable Exposure Management keeps connector logs 14 days; so do we by default.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})

Property({
  $id: Now.ID['x_eih.queue.payload_retention_days'],
  name: 'x_eih.queue.payload_retention_days',
  type: 'integer',
  value: 14,
  description: 'Processed payload retention (days). Raw page payloads are kept this long after processing (the reference keeps attachments 14 days) so a run can be audited.',
  roles: { read: ['x_eih.viewer', 'x_eih.admin'], write: ['x_eih.admin'] },
})
