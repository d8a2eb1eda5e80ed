import { applyDailyLatencyDelta, dailyLatencyDelta, dailyLatencyTotal, distinctLatencyKeys, type LatencyKey } from '../../../src-shared/metrics/latency-rollup';
import type { EntryForRollup, RunForRollup } from '../../../src-shared/metrics/rollup';
import { dailyLatencyTable } from '../../../src-shared/model/tables/daily-latency';
import { dailyLatencyTotalTable } from '../../../src-shared/model/tables/daily-latency-total';
import type { LatencyMetric } from '../../../src-shared/model/vocabulary';
import { glide } from '../glide/glide-port';
import { deleteRow, first, insertRow, list, updateRow } from '../glide/glide-store';

/**
 * The daily latency histograms on the instance, as on the Node host: a completed run adds its
 * samples to its connector's (day, metric) rows, then the all-connectors rows of those keys are
 * recomputed from the connector rows (never added to), so a completion racing another (the tick
 * and a cancel) is made whole again by the next recomputation of that day.
 */

export function addRunLatency(run: RunForRollup & { readonly number?: string | null }, entries: readonly EntryForRollup[]): void {
  const deltas = dailyLatencyDelta(run, entries);
  if (!deltas.ok) {
    glide().log('warn', `x_eih run ${run.number ?? run.sys_id ?? ''} latency not rolled up: ${deltas.error.message}`);
    return;
  }
  for (const delta of deltas.value) {
    const existing = first(dailyLatencyTable, { where: { connector: delta.connector, day: delta.day, metric: delta.metric } });
    const next = applyDailyLatencyDelta(existing, delta);
    if (existing === null) insertRow(dailyLatencyTable, next);
    else updateRow(dailyLatencyTable, existing.sys_id, next);
  }
  refreshLatencyTotals(deltas.value);
}

/** Recomputes the all-connectors rows of `keys`, or of every day held ('all': after a purge). */
export function refreshLatencyTotals(keys: readonly LatencyKey[] | 'all'): void {
  const wanted = keys === 'all' ? [...list(dailyLatencyTable), ...list(dailyLatencyTotalTable)].map((row) => ({ day: row.day ?? '', metric: row.metric as LatencyMetric })) : keys;
  for (const key of distinctLatencyKeys(wanted)) {
    const total = dailyLatencyTotal(key, list(dailyLatencyTable, { where: { day: key.day, metric: key.metric } }));
    const existing = first(dailyLatencyTotalTable, { where: { day: key.day, metric: key.metric } });
    if (total.samples === 0) {
      if (existing !== null) deleteRow(dailyLatencyTotalTable, existing.sys_id);
    } else if (existing === null) insertRow(dailyLatencyTotalTable, total);
    else updateRow(dailyLatencyTotalTable, existing.sys_id, total);
  }
}
