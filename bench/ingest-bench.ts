/**
 * `ingest`: a full import of N findings through the whole pipeline, compared with the bare limit
 * (JSON.parse + one prepared single-table upsert per chunk) measured in the same run on the same
 * chunk bytes, with the pipeline's peak RSS.
 */
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { DEFAULT_ENGINE_OPTIONS } from '../src-server/node/engine/engine';
import type { Row } from '../src-server/node/store/record-codec';
import type { StoreDialect } from '../src-server/node/store/dialect';
import { bareSinkFor, measureBareLimit } from './bare-limit';
import { choiceFlag, numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';
import { startIngestPipeline, type IngestPipeline } from './ingest-setup';
import { RssSampler } from './rss-sampler';

/** Findings per asset in the sizing (1,000,000 over 20,000 assets): kept at every N. */
export const FINDINGS_PER_ASSET = 50;

export const INGEST_TARGETS = { ratio: 0.5, peakRssMb: 300, postgresPerSecond: 20_000 } as const;

export interface IngestResult {
  readonly findings: number;
  readonly seconds: number;
  readonly findings_per_s: number;
  readonly bare_limit_per_s: number;
  readonly ratio: number;
  readonly peak_rss_mb: number;
  readonly store: StoreDialect;
  readonly [key: string]: unknown;
}

export function ingestSizing(args: BenchArgs) {
  const findings = Math.round(numberFlag(args, 'findings', 1_000_000));
  const dialect = choiceFlag(args, 'store', ['sqlite', 'postgres'] as const, 'sqlite');
  return {
    findings,
    assets: Math.round(numberFlag(args, 'assets', Math.max(1, Math.round(findings / FINDINGS_PER_ASSET)))),
    dialect,
    workers: Math.round(numberFlag(args, 'workers', dialect === 'postgres' ? 2 : 1)),
    workerMode: choiceFlag(args, 'worker-mode', ['processes', 'loops'] as const, 'processes'),
    ...(args.flags.has('record-threshold') ? { recordThreshold: Math.round(numberFlag(args, 'record-threshold', 500)) } : {}),
    ...(args.flags.has('chunk-downloads') ? { chunkDownloads: Math.round(numberFlag(args, 'chunk-downloads', 1)) } : {}),
  };
}

export async function runIngestBench(args: BenchArgs): Promise<IngestResult> {
  const sizing = ingestSizing(args);
  note(`ingest: ${sizing.findings.toLocaleString('en-US')} findings over ${sizing.assets.toLocaleString('en-US')} assets, ${sizing.dialect}, ${sizing.workers} worker(s)`);
  const pipeline = await startIngestPipeline(sizing);
  try {
    const sampler = new RssSampler().start();
    const cpuBefore = process.cpuUsage();
    const { seconds, run } = await pipeline.importOnce(true, 6 * 60 * 60_000);
    const cpuUsed = process.cpuUsage(cpuBefore);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    const rss = sampler.stop();
    const workerPeaks = await pipeline.stop();
    const records = Number(run.records_processed);
    note(`pipeline done: ${records} records in ${seconds.toFixed(1)} s; measuring the bare limit on the same chunks`);
    const bare = await bareLimitOf(pipeline, String(run.sys_id), sizing.dialect);
    const perSecond = records / seconds;
    const peak = Math.max(rss.peakMb, ...workerPeaks);
    const result: IngestResult = {
      findings: records,
      seconds: round(seconds, 2),
      findings_per_s: Math.round(perSecond),
      bare_limit_per_s: Math.round(bare.perSecond),
      ratio: round(perSecond / bare.perSecond, 3),
      peak_rss_mb: peak,
      store: sizing.dialect,
      workers: sizing.workers,
      worker_mode: sizing.dialect === 'postgres' ? sizing.workerMode : 'loops',
      assets: sizing.assets,
      record_threshold: sizing.recordThreshold ?? 500,
      chunk_downloads: sizing.chunkDownloads ?? DEFAULT_ENGINE_OPTIONS.chunkDownloads,
      cpu_seconds: round(cpu, 1),
      load_average: loadavg().map((value) => round(value, 1)),
      pages: Number(run.entries_processed),
      records_rejected: Number(run.records_rejected),
      coordinator_peak_rss_mb: rss.peakMb,
      worker_peak_rss_mb: workerPeaks,
      rss_quarters_mb: rss.quartersMb,
      stage_ms: {
        rest_api: Number(run.rest_api_ms),
        ci_lookup: Number(run.ci_lookup_ms),
        vi_creation: Number(run.vi_creation_ms),
        risk_rules: Number(run.risk_rules_ms),
        assignment_rules: Number(run.assignment_rules_ms),
        remediation_task_rules: Number(run.remediation_task_rules_ms),
      },
    };
    printTable(`ingest: full import, ${sizing.dialect}, ${sizing.workers} worker(s)`, [
      { metric: 'findings imported', value: records },
      { metric: 'wall time (s)', value: result.seconds },
      { metric: 'findings/s', value: result.findings_per_s, ...(sizing.dialect === 'postgres' ? { target: `≥ ${INGEST_TARGETS.postgresPerSecond} (2 workers)`, met: result.findings_per_s >= INGEST_TARGETS.postgresPerSecond } : {}) },
      { metric: 'bare limit findings/s', value: result.bare_limit_per_s },
      { metric: 'ratio', value: result.ratio, target: `≥ ${INGEST_TARGETS.ratio}`, met: sizing.dialect === 'sqlite' ? result.ratio >= INGEST_TARGETS.ratio : null },
      { metric: 'peak RSS (MB)', value: result.peak_rss_mb, target: `≤ ${INGEST_TARGETS.peakRssMb}`, met: result.peak_rss_mb <= INGEST_TARGETS.peakRssMb },
      { metric: 'RSS by quarter (MB)', value: rss.quartersMb.join(' / ') },
    ]);
    return result;
  } finally {
    await pipeline.close();
  }
}

/** Replays the run's stored pages, one at a time, through the bare limit. */
async function bareLimitOf(pipeline: IngestPipeline, runId: string, dialect: StoreDialect) {
  const db = pipeline.store.services.records.db as unknown as Kysely<Record<string, Row>>;
  const ids = (await db.selectFrom('x_eih_import_queue_entry').select('sys_id').where('run', '=', runId).orderBy('page_no').execute()).map((row) => String(row.sys_id));
  let next = 0;
  const sink = await bareSinkFor(dialect, dialect === 'sqlite' ? join(dirname(pipeline.store.location), 'bare.sqlite') : pipeline.store.location);
  return measureBareLimit(sink, async () => {
    const id = ids[next++];
    if (id === undefined) return null;
    const row = await db.selectFrom('x_eih_page_payload').select('payload').where('entry', '=', id).executeTakeFirst();
    const payload = row?.payload;
    if (payload === null || payload === undefined) throw new Error(`page ${id} has no payload left to replay`);
    return typeof payload === 'string' ? payload : JSON.stringify(payload);
  });
}
