/**
 * The daily latency histograms of the Node host: a completed run adds its samples to its
 * connector's (day, metric) rows, then the all-connectors rows of those keys are recomputed from
 * the connector rows (never added to). Recomputations of one store run one at a time in this
 * process, each reading the connector rows after every earlier write, so concurrent completions
 * of different connectors cannot lose each other's samples. Only the coordinator completes runs.
 */
import type { Kysely } from 'kysely';
import { applyDailyLatencyDelta, dailyLatencyDelta, dailyLatencyTotal, distinctLatencyKeys, type LatencyKey } from '../../../src-shared/metrics/latency-rollup';
import { dailyLatencyTable, dailyLatencyTotalTable } from '../../../src-shared/model/tables';
import type { LatencyMetric } from '../../../src-shared/model/vocabulary';
import type { Row } from '../store/record-codec';
import type { EngineDeps } from './engine-deps';

type Db = Kysely<Record<string, Row>>;

const LATENCY_COLUMNS = ['connector', 'day', 'metric', 'samples', 'total_ms', 'min_ms', 'max_ms', 'buckets'] as const;

/** The run's samples into its connector's rows, then those days' totals. Called once per completion. */
export async function addRunLatency(deps: Pick<EngineDeps, 'records' | 'logger'>, run: Row, entries: readonly Row[], now: string): Promise<void> {
  const deltas = dailyLatencyDelta(run as never, entries as never);
  if (!deltas.ok) {
    deps.logger.warn({ run: run.sys_id }, `daily latency not updated: ${deltas.error.message}`);
    return;
  }
  for (const delta of deltas.value) {
    const [existing] = await deps.records.findBy(dailyLatencyTable, { connector: delta.connector, day: delta.day, metric: delta.metric });
    const next = applyDailyLatencyDelta((existing ?? null) as never, delta) as unknown as Row;
    if (existing) await deps.records.update(dailyLatencyTable, String(existing.sys_id), next, now);
    else await deps.records.insert(dailyLatencyTable, next, now);
  }
  await refreshLatencyTotals(deps, deltas.value, now);
}

const chains = new WeakMap<object, Promise<unknown>>();

/** Recomputes the all-connectors rows of `keys`, or of every day held ('all': after a purge). */
export function refreshLatencyTotals(deps: Pick<EngineDeps, 'records'>, keys: readonly LatencyKey[] | 'all', now: string): Promise<void> {
  const previous = chains.get(deps.records) ?? Promise.resolve();
  const next = previous.then(() => refreshNow(deps, keys, now));
  chains.set(
    deps.records,
    next.catch(() => undefined),
  );
  return next;
}

async function refreshNow(deps: Pick<EngineDeps, 'records'>, keys: readonly LatencyKey[] | 'all', now: string): Promise<void> {
  const db = deps.records.db as unknown as Db;
  for (const key of distinctLatencyKeys(keys === 'all' ? await everyKey(db) : keys)) {
    const rows = await db.selectFrom(dailyLatencyTable.name).select([...LATENCY_COLUMNS]).where('day', '=', key.day).where('metric', '=', key.metric).execute();
    const total = dailyLatencyTotal(key, rows as never[]) as unknown as Row;
    const [existing] = await deps.records.findBy(dailyLatencyTotalTable, { day: key.day, metric: key.metric });
    if (total.samples === 0) {
      if (existing) await deps.records.delete(dailyLatencyTotalTable, String(existing.sys_id));
    } else if (existing) await deps.records.update(dailyLatencyTotalTable, String(existing.sys_id), total, now);
    else await deps.records.insert(dailyLatencyTotalTable, total, now);
  }
}

/** Every (day, metric) with a connector row or a total: a purged connector's days included. */
async function everyKey(db: Db): Promise<LatencyKey[]> {
  const keys: LatencyKey[] = [];
  for (const table of [dailyLatencyTable.name, dailyLatencyTotalTable.name]) {
    const rows = await db.selectFrom(table).select(['day', 'metric']).distinct().execute();
    for (const row of rows) keys.push({ day: String(row.day), metric: row.metric as LatencyMetric });
  }
  return keys;
}
