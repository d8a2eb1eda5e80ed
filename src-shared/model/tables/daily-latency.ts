import { col, type TableDef } from '../column';
import { LATENCY_METRICS } from '../vocabulary';

/** A metric's histogram of one day: the columns the connector rows and the totals share. */
export const LATENCY_HISTOGRAM_COLUMNS = {
  metric: col.choice('Metric', LATENCY_METRICS, { mandatory: true }),
  samples: col.integer('Samples', { default: 0 }),
  total_ms: col.decimal('Total time (ms)', { default: 0 }),
  min_ms: col.decimal('Shortest (ms)'),
  max_ms: col.decimal('Longest (ms)'),
  buckets: col.json('Histogram buckets'),
} as const;

/**
 * Pre-aggregated latency per connector, day and metric, maintained as runs finish (next to the
 * daily metric), so the ingestion highlights merge a few thousand histograms instead of reading
 * every queue entry. See src-shared/metrics/latency-histogram.ts for the bucket scheme; the
 * all-connectors view reads x_eih_daily_latency_total, recomputed from these rows.
 *
 * The buckets are one JSON column, not one column per bucket: 5 % wide buckets from 1 ms to 24
 * days are about 400 of them, while one connector's day fills a narrow band (tens of buckets), so
 * the column holds only the band from the first to the last non-empty bucket
 * (`[first index, count, count, ...]`). Sums and extremes are decimals: the instance's integer
 * columns are 32-bit, and a busy day's summed queue time passes 2^31 ms.
 */
export const dailyLatencyTable = {
  name: 'x_eih_daily_latency',
  label: 'Daily latency',
  display: 'day',
  scope: 'both',
  columns: {
    connector: col.reference('Connector', 'x_eih_connector', { mandatory: true }),
    day: col.string('Day', { mandatory: true, maxLength: 10 }),
    ...LATENCY_HISTOGRAM_COLUMNS,
  },
  indexes: [{ columns: ['connector', 'day', 'metric'], unique: true }, { columns: ['day'] }],
} as const satisfies TableDef;
