import { afterEach, describe, expect, it } from 'vitest';
import { applyConnectorEvent } from '../../src-server/instance/connector-lifecycle';
import { purgeConnectorData } from '../../src-server/instance/connector-purge';
import { list, updateRow } from '../../src-server/instance/glide/glide-store';
import { advanceRun } from '../../src-server/instance/run/run-engine';
import { ingestionHealth } from '../../src-shared/metrics/ingestion-health';
import { samplesOfEntry, samplesOfRun } from '../../src-shared/metrics/ingestion-samples';
import { latencyBucketOf } from '../../src-shared/metrics/latency-histogram';
import { dailyLatencyTotal } from '../../src-shared/metrics/latency-rollup';
import { percentile, sortedSamples, summarize } from '../../src-shared/metrics/percentile';
import { dailyLatencyTable } from '../../src-shared/model/tables/daily-latency';
import { dailyLatencyTotalTable } from '../../src-shared/model/tables/daily-latency-total';
import { importQueueEntryTable } from '../../src-shared/model/tables/import-queue-entry';
import { integrationRunTable } from '../../src-shared/model/tables/integration-run';
import type { GlideDouble } from '../support/glide-double';
import { call } from './support/hub-call';
import { instanceDouble, seedConnection, seedConnector } from './support/instance-fixtures';
import { replay, vmExportScript } from './support/recorded-tenable';

let double: GlideDouble;

/** The stored all-connectors rows, and what they should be: the merge of the connector rows. */
function totals() {
  const rows = list(dailyLatencyTable);
  const keys = new Map(rows.map((row) => [`${row.day}|${row.metric}`, { day: row.day ?? '', metric: row.metric ?? 'rest_api' }]));
  const strip = ({ day, metric, samples, total_ms, min_ms, max_ms, buckets }: ReturnType<typeof list<typeof dailyLatencyTotalTable>>[number]) => ({ day, metric, samples, total_ms, min_ms, max_ms, buckets: JSON.stringify(buckets) });
  const order = (a: { day: string | null; metric: string | null }, b: { day: string | null; metric: string | null }) => `${a.day}${a.metric}`.localeCompare(`${b.day}${b.metric}`);
  return {
    stored: list(dailyLatencyTotalTable).map(strip).sort(order),
    expected: [...keys.values()].map((key) => dailyLatencyTotal(key, rows)).sort(order),
  };
}
afterEach(() => double.uninstall());

/** What the scheduled tick does: advance the run one pass a minute until it completes. */
function runToEnd(connector: string): string {
  const outcome = applyConnectorEvent(connector, { type: 'execute' }, { fullImport: true });
  if (!outcome.ok || outcome.value.runId === null) throw new Error(`execute failed: ${JSON.stringify(outcome)}`);
  const runId = outcome.value.runId;
  for (let tick = 0; tick < 20; tick += 1) {
    if (advanceRun(runId) === 'complete') return runId;
    double.advance(60_000);
  }
  throw new Error(`run ${runId} did not complete`);
}

describe('the instance /dashboard/ingestion reads the daily latency histograms the run completion keeps', () => {
  it('after real runs: the route answers what the histograms say, which hold every sample once', () => {
    double = instanceDouble();
    const connector = seedConnector(double, seedConnection(double), { severity_filter: 'low,medium,high,critical' });
    replay(double, [...vmExportScript(), ...vmExportScript()]);
    const first = runToEnd(connector);
    double.advance(3_600_000);
    runToEnd(connector);

    // One row per day and metric, merged across both runs (they ended the same day).
    const rows = list(dailyLatencyTable);
    expect(rows.map((r) => r.metric).sort()).toEqual(['queue_processing', 'queue_wait', 'rest_api']);
    expect(rows.find((r) => r.metric === 'queue_processing')?.samples).toBe(4);
    expect(rows.find((r) => r.metric === 'rest_api')?.samples).toBe(2);

    // Saving a completed run again does not complete it again: nothing is added twice.
    expect(updateRow(integrationRunTable, first, { failure_message: 'note' })).toBe(true);
    expect(list(dailyLatencyTable)).toEqual(rows);
    const { stored, expected } = totals();
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(expected);

    const samples = [...list(importQueueEntryTable).flatMap((e) => samplesOfEntry(e)), ...list(integrationRunTable).flatMap((r) => samplesOfRun(r))];
    for (const window of ['7', '30'] as const) {
      for (const only of [undefined, connector]) {
        const answer = call('dashboardIngestion', { query: { window, ...(only === undefined ? {} : { connector: only }) } });
        expect(answer.status).toBe(200);
        const result = answer.body.result as ReturnType<typeof ingestionHealth>;
        // Unfiltered, the route reads the all-connectors rows: the same figures as the connector rows.
        expect(result).toEqual(ingestionHealth({ latency: rows, windowDays: Number(window) as 7 | 30, connector: only ?? null }, { now: double.now }));
        for (const highlight of result.highlights) {
          const values = samples.filter((s) => s.metric === highlight.key).map((s) => s.ms);
          const exact = summarize(values);
          const { count, min, max, avg, p50, p95 } = highlight.current;
          expect(count).toBeGreaterThan(0);
          expect({ count, min, max, avg }).toEqual({ count: exact.count, min: exact.min, max: exact.max, avg: exact.avg });
          expect(latencyBucketOf(p50 as number)).toBe(latencyBucketOf(percentile(sortedSamples(values), 50) as number));
          expect(latencyBucketOf(p95 as number)).toBe(latencyBucketOf(percentile(sortedSamples(values), 95) as number));
        }
      }
    }
  });

  it('a connector filter reads that connector; a purge takes its samples out of the all-connectors rows', () => {
    double = instanceDouble();
    const a = seedConnector(double, seedConnection(double));
    const b = seedConnector(double, seedConnection(double));
    const day = new Date(double.now).toISOString().slice(0, 10);
    double.insertRaw('x_eih_daily_latency', { connector: a, day, metric: 'rest_api', samples: 1, total_ms: 100, min_ms: 100, max_ms: 100, buckets: `[${latencyBucketOf(100)},1]` });
    double.insertRaw('x_eih_daily_latency', { connector: b, day, metric: 'rest_api', samples: 1, total_ms: 900, min_ms: 900, max_ms: 900, buckets: `[${latencyBucketOf(900)},1]` });
    double.insertRaw('x_eih_daily_latency_total', { day, metric: 'rest_api', samples: 2, total_ms: 1000, min_ms: 100, max_ms: 900, buckets: `[${latencyBucketOf(100)},1]` });
    const rest = (query: Record<string, string>) => (call('dashboardIngestion', { query }).body.result as ReturnType<typeof ingestionHealth>).highlights[2]?.current;
    // The stored total is damaged (buckets hold 1 of its 2 samples): left out, never half-counted.
    expect(rest({})).toMatchObject({ count: 0 });
    expect(rest({ connector: b })).toMatchObject({ count: 1, avg: 900, p50: 900, p95: 900 });

    purgeConnectorData(b);
    expect(totals().stored).toEqual(totals().expected);
    expect(rest({})).toMatchObject({ count: 1, avg: 100, min: 100, max: 100 });
  });
});
