import { ok, type Result } from '../core/result';
import { utcDayOf } from '../schedule/civil-time';
import { histogramOfRow, latencyColumnsOf, storedLatencyOf, type DailyLatencyColumns, type DailyLatencyRow, type DailyLatencyTotalColumns } from './daily-latency-rows';
import type { IngestionMetric } from './drill-down';
import { samplesOfEntry, samplesOfRun, type IngestionSample } from './ingestion-samples';
import {
  accumulateBand,
  accumulateSample,
  histogramOfAccumulator,
  isLatencySample,
  mergeHistograms,
  newLatencyAccumulator,
  type LatencyAccumulator,
  type LatencyHistogram,
} from './latency-histogram';
import { rollupSubject, type EntryForRollup, type RunForRollup } from './rollup';

/**
 * Keeps the daily latency histograms pre-aggregated, as `dailyMetricDelta` keeps the daily
 * counters: when a run reaches `complete`, the host adds these deltas to the (connector, day,
 * metric) rows, creating missing ones, at the same moment it adds the daily metric delta (before
 * the run is stored complete, so it happens once per completion).
 *
 * Unlike the daily metric, a sample is dated by its own instant, not the run's end: queue times at
 * the entry's processing end, REST API time at the run's end (see ingestion-samples.ts). A run that
 * crosses midnight therefore adds to two days, and the ingestion drill-down still lists exactly the
 * records counted. An entry counts once its run has completed.
 */

export interface DailyLatencyDelta {
  readonly connector: string;
  readonly day: string;
  readonly metric: IngestionMetric;
  readonly histogram: LatencyHistogram;
}

const METRIC_ORDER: readonly IngestionMetric[] = ['queue_processing', 'queue_wait', 'rest_api'];

/** Samples grouped per (connector, day, metric); samples without a connector or a valid duration are skipped. */
export function latencyDeltasOfSamples(samples: readonly IngestionSample[]): DailyLatencyDelta[] {
  const groups = new Map<string, { connector: string; day: string; metric: IngestionMetric; accumulator: LatencyAccumulator }>();
  for (const sample of samples) {
    const connector = sample.connector ?? '';
    if (connector === '' || !isLatencySample(sample.ms) || !Number.isFinite(sample.at)) continue;
    const day = utcDayOf(sample.at);
    const key = `${connector}|${day}|${sample.metric}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { connector, day, metric: sample.metric, accumulator: newLatencyAccumulator() };
      groups.set(key, group);
    }
    accumulateSample(group.accumulator, sample.ms);
  }
  return [...groups.values()]
    .sort((a, b) => (a.connector !== b.connector ? (a.connector < b.connector ? -1 : 1) : a.day !== b.day ? (a.day < b.day ? -1 : 1) : METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric)))
    .map(({ connector, day, metric, accumulator }) => ({ connector, day, metric, histogram: histogramOfAccumulator(accumulator) }));
}

/** The deltas of one completed run: its entries' queue times and its REST API time. */
export function dailyLatencyDelta(run: RunForRollup, entries: readonly EntryForRollup[]): Result<DailyLatencyDelta[]> {
  const subject = rollupSubject(run, entries);
  if (!subject.ok) return subject;
  const { connector } = subject.value;
  const samples: IngestionSample[] = [];
  for (const entry of entries) samples.push(...samplesOfEntry({ ...entry, connector }));
  samples.push(...samplesOfRun({ connector, ended: run.ended, rest_api_ms: run.rest_api_ms ?? null }));
  return ok(latencyDeltasOfSamples(samples));
}

/**
 * The row after adding a delta (a new row when there was none): what the host writes back. An
 * existing row that does not add up (see storedLatencyOf) is replaced by the delta: losing that
 * day's earlier samples is better than serving figures that contradict each other.
 */
export function applyDailyLatencyDelta(row: DailyLatencyRow | null, delta: DailyLatencyDelta): DailyLatencyColumns {
  const stored = row === null ? null : histogramOfRow(row);
  return latencyColumnsOf(delta, stored === null ? delta.histogram : mergeHistograms(stored, delta.histogram));
}

/** A (day, metric) whose all-connectors row is recomputed. */
export interface LatencyKey {
  readonly day: string;
  readonly metric: IngestionMetric;
}

/** Each (day, metric) once, in first-seen order: what a completion or a purge recomputes. */
export function distinctLatencyKeys(keys: readonly LatencyKey[]): LatencyKey[] {
  const seen = new Map<string, LatencyKey>();
  for (const key of keys) {
    const id = `${key.day}|${key.metric}`;
    if (!seen.has(id)) seen.set(id, { day: key.day, metric: key.metric });
  }
  return [...seen.values()];
}

/**
 * The all-connectors row of one day and metric: the merge of that day's connector rows (rows of
 * other keys and damaged rows left out). Hosts recompute it from the connector rows whenever one
 * changes, never add to it, so two completions at once cannot lose each other's samples for good.
 * A total of 0 samples means the row should not exist.
 */
export function dailyLatencyTotal(key: LatencyKey, rows: readonly DailyLatencyRow[]): DailyLatencyTotalColumns {
  const accumulator = newLatencyAccumulator();
  for (const row of rows) {
    if (row.day !== key.day || row.metric !== key.metric) continue;
    const stored = storedLatencyOf(row);
    if (stored !== null) accumulateBand(accumulator, stored.band, stored);
  }
  const { connector: _connector, ...total } = latencyColumnsOf({ connector: '', ...key }, histogramOfAccumulator(accumulator));
  return total;
}

/** The rows holding a set of samples, as if one run had brought them all (fixtures, backfills). */
export function dailyLatencyRowsOfSamples(samples: readonly IngestionSample[]): DailyLatencyColumns[] {
  return latencyDeltasOfSamples(samples).map((delta) => latencyColumnsOf(delta, delta.histogram));
}
