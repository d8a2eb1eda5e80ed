/**
 * The hub's tunable properties: sys_properties on the instance, the x_eih_property table locally.
 * Each default carries the reason it was chosen, because the reference platform publishes none.
 */

export interface PropertyDef {
  readonly name: string;
  readonly label: string;
  readonly type: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: string;
}

export const PROPERTIES = [
  {
    name: 'x_eih.heartbeat.record_threshold',
    label: 'Heartbeat record threshold',
    type: 'integer',
    default: 500,
    min: 1,
    max: 1_000_000,
    description:
      'Records processed between two heartbeats. 500 keeps a beat to a few per 5,000-record page: frequent enough to show progress, rare enough that the beat write stays under 1% of the work.',
  },
  {
    name: 'x_eih.heartbeat.interval_seconds',
    label: 'Heartbeat time floor (seconds)',
    type: 'integer',
    default: 30,
    min: 1,
    max: 3600,
    description:
      'A working entry beats at least this often even when records are slow (rate-limited lookups), so slow pages never look stuck.',
  },
  {
    name: 'x_eih.heartbeat.maximum_delay',
    label: 'Maximum heartbeat delay (seconds)',
    type: 'integer',
    default: 600,
    min: 10,
    max: 86_400,
    description:
      'An entry past the time limit whose last beat is older than this is stuck. 600 s is twenty beat intervals: only a frozen or dead worker stays silent that long.',
  },
  {
    name: 'x_eih.processing.time_limit',
    label: 'Entry processing time limit (seconds)',
    type: 'integer',
    default: 3600,
    min: 60,
    max: 86_400,
    description:
      'The one-hour limit of the reference platform. Past it an entry is checked for heartbeats; it is timed out only when it has also stopped beating.',
  },
  {
    name: 'x_eih.logs.retention_days',
    label: 'Connector log retention (days)',
    type: 'integer',
    default: 14,
    min: 1,
    max: 3650,
    description: 'Tenable Exposure Management keeps connector logs 14 days; so do we by default.',
  },
  {
    name: 'x_eih.queue.payload_retention_days',
    label: 'Processed payload retention (days)',
    type: 'integer',
    default: 14,
    min: 0,
    max: 3650,
    description: 'Raw page payloads are kept this long after processing (the reference keeps attachments 14 days) so a run can be audited.',
  },
] as const satisfies readonly PropertyDef[];

export type PropertyName = (typeof PROPERTIES)[number]['name'];
export type PropertyValues = Record<PropertyName, number>;

export function defaultPropertyValues(): PropertyValues {
  const values = {} as PropertyValues;
  for (const property of PROPERTIES) values[property.name] = property.default;
  return values;
}
