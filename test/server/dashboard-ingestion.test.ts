/**
 * `/dashboard/ingestion` after real runs (engine against the sandbox, real store): the route answers
 * exactly what the daily latency histograms say, and those histograms hold every sample of the
 * completed runs (count, min, max, avg exact; p50 and p95 in the exact sample's bucket). The
 * all-connectors rows stay the merge of the connector rows, through completions and a purge.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestionHealth } from '../../src-shared/metrics/ingestion-health';
import { samplesOfEntry, samplesOfRun, type IngestionSample } from '../../src-shared/metrics/ingestion-samples';
import { latencyBucketOf } from '../../src-shared/metrics/latency-histogram';
import { dailyLatencyTotal } from '../../src-shared/metrics/latency-rollup';
import { percentile, sortedSamples, summarize } from '../../src-shared/metrics/percentile';
import { dailyLatencyTable, dailyLatencyTotalTable, importQueueEntryTable, integrationRunTable } from '../../src-shared/model/tables';
import type { LatencyMetric } from '../../src-shared/model/vocabulary';
import type { Row } from '../../src-server/node/store/record-codec';
import { createApp } from '../../src-server/node/http/app';
import { createApiToken } from '../../src-server/node/security/api-tokens';
import { createUser } from '../../src-server/node/security/users';
import { startHarness, type Harness } from '../support/engine-harness';
import { STORES } from '../support/stores';

/** The all-connectors rows there should be: one per (day, metric), the merge of the connector rows. */
function expectedTotals(rows: readonly Row[]) {
  const keys = new Map(rows.map((row) => [`${String(row.day)}|${String(row.metric)}`, { day: String(row.day), metric: row.metric as LatencyMetric }]));
  return [...keys.values()].map((key) => dailyLatencyTotal(key, rows as never[])).sort((a, b) => `${a.day}${a.metric}`.localeCompare(`${b.day}${b.metric}`));
}

async function storedTotals(h: Harness) {
  const rows = await h.services.records.findBy(dailyLatencyTotalTable, {});
  return rows.map(({ day, metric, samples, total_ms, min_ms, max_ms, buckets }) => ({ day, metric, samples, total_ms, min_ms, max_ms, buckets: JSON.stringify(buckets) })).sort((a, b) => `${String(a.day)}${String(a.metric)}`.localeCompare(`${String(b.day)}${String(b.metric)}`));
}

async function viewerApp(h: Harness) {
  const app = createApp(h.services, h.engine, { serveWorkspace: false });
  const now = h.services.clock();
  const user = await createUser(h.services.records, { user_name: 'dashboard-viewer', password: 'viewer-password-1', roles: ['x_eih.viewer'] }, now);
  const { token } = await createApiToken(h.services.records, { userId: user.sys_id, name: 'tests' }, now);
  return async (query: string) => {
    const response = await app.request(`/api/x_eih/hub/dashboard/ingestion?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as { result: ReturnType<typeof ingestionHealth> } };
  };
}

for (const dialect of STORES) {
  describe(`/dashboard/ingestion after real runs on ${dialect}`, () => {
    let h: Harness;
    afterEach(async () => h?.close());

    it('answers what the histograms say, and they hold every sample of the completed runs, once', async () => {
      h = await startHarness(dialect);
      await h.engine.start();
      const first = String((await h.createConnector()).connector.sys_id);
      const second = String((await h.createConnector()).connector.sys_id);
      const finished = [await h.runToEnd(first, { fullImport: true }), await h.runToEnd(first), await h.runToEnd(second, { fullImport: true })];
      expect(finished.map((run) => run.substate)).toEqual(['succeeded', 'succeeded', 'succeeded']);

      // A completion applied again is refused, and adds nothing.
      const rowsBefore = await h.services.records.findBy(dailyLatencyTable, {});
      expect((await h.engine.runs.apply(String(finished[0]?.sys_id), { type: 'all_entries_done' })).ok).toBe(false);
      const latency = await h.services.records.findBy(dailyLatencyTable, {});
      expect(latency).toEqual(rowsBefore);
      expect(await storedTotals(h)).toEqual(expectedTotals(latency));

      const entries = await h.services.records.findBy(importQueueEntryTable, {}, ['payload', 'resume_details']);
      const runs = await h.services.records.findBy(integrationRunTable, {});
      const samples: IngestionSample[] = [...entries.flatMap((entry) => samplesOfEntry(entry as never)), ...runs.flatMap((run) => samplesOfRun(run as never))];
      expect(samples.filter((s) => s.metric === 'queue_processing').length).toBe(entries.length);

      const get = await viewerApp(h);
      for (const days of [7, 30] as const) {
        for (const connector of [null, first, second]) {
          const { status, body } = await get(`days=${days}${connector === null ? '' : `&connector=${connector}`}`);
          expect(status).toBe(200);
          // Unfiltered, the route reads the all-connectors rows: the same figures as every connector row.
          expect(body.result).toEqual(ingestionHealth({ latency: latency as never, windowDays: days, connector }, { now: h.services.clock() }));

          // Every sample happened today: all in the current window, none in the previous one.
          for (const highlight of body.result.highlights) {
            const values = samples.filter((s) => s.metric === highlight.key && (connector === null || s.connector === connector)).map((s) => s.ms);
            const exact = summarize(values);
            expect(exact.count).toBeGreaterThan(0);
            expect(highlight.previous.count).toBe(0);
            const { count, min, max, avg, p50, p95 } = highlight.current;
            expect({ count, min, max, avg }).toEqual({ count: exact.count, min: exact.min, max: exact.max, avg: exact.avg });
            expect(latencyBucketOf(p50 as number)).toBe(latencyBucketOf(percentile(sortedSamples(values), 50) as number));
            expect(latencyBucketOf(p95 as number)).toBe(latencyBucketOf(percentile(sortedSamples(values), 95) as number));
          }
        }
      }

      // Purging a connector takes its samples out of the all-connectors rows too.
      expect((await h.operations.delete(second)).ok).toBe(true);
      await h.engine.purgesSettled();
      const remaining = await h.services.records.findBy(dailyLatencyTable, {});
      expect(remaining.length).toBeGreaterThan(0);
      expect(remaining.every((row) => row.connector === first)).toBe(true);
      expect(await storedTotals(h)).toEqual(expectedTotals(remaining));
      expect((await get('days=7')).body.result).toEqual((await get(`days=7&connector=${first}`)).body.result);
    });
  });
}
