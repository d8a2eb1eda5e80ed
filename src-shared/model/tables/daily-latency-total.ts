import { col, type TableDef } from '../column';
import { LATENCY_HISTOGRAM_COLUMNS } from './daily-latency';

/**
 * The daily latency of every connector together, one row per day and metric: the merge of that
 * day's x_eih_daily_latency rows, recomputed from them whenever one changes (a run completes, a
 * connector is purged). The dashboard's default view (no connector chosen) reads three rows a
 * day instead of three per connector: at 50 connectors, 183 rows for 30 days and the window
 * before, not 9,150. Same columns and bucket scheme as the connector rows.
 */
export const dailyLatencyTotalTable = {
  name: 'x_eih_daily_latency_total',
  label: 'Daily latency (all connectors)',
  display: 'day',
  scope: 'both',
  columns: {
    day: col.string('Day', { mandatory: true, maxLength: 10 }),
    ...LATENCY_HISTOGRAM_COLUMNS,
  },
  indexes: [{ columns: ['day', 'metric'], unique: true }],
} as const satisfies TableDef;
