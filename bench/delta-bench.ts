/**
 * `delta`: a full import, then 1 % of the findings change on the sandbox (half fixed, half of the
 * fixed ones reopened, stamped at a later sandbox time), then a delta run; the ratio of the two
 * wall times shows how much of a full import a daily delta costs.
 */
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';
import { FINDINGS_PER_ASSET } from './ingest-bench';
import { startIngestPipeline } from './ingest-setup';

export const DELTA_TARGET_RATIO = 0.05;

export async function runDeltaBench(args: BenchArgs) {
  const findings = Math.round(numberFlag(args, 'findings', 100_000));
  const changed = numberFlag(args, 'changed', 0.01);
  if (changed >= 1) throw new Error(`--changed is a fraction of the findings (0.01 = 1 %), got ${changed}`);
  const assets = Math.max(1, Math.round(findings / FINDINGS_PER_ASSET));
  note(`delta: full import of ${findings.toLocaleString('en-US')} findings, then ${(changed * 100).toFixed(2)} % changed`);
  const pipeline = await startIngestPipeline({ findings, assets, dialect: 'sqlite', workers: 1, workerMode: 'loops' });
  try {
    const full = await pipeline.importOnce(true, 6 * 60 * 60_000);
    await pipeline.sandbox.advanceClock(3600);
    const toChange = Math.max(2, Math.round(findings * changed));
    const fixed = await pipeline.sandbox.fixFindings(Math.ceil(toChange / 2));
    const reopened = await pipeline.sandbox.reopenFindings(Math.floor(toChange / 2));
    await pipeline.sandbox.advanceClock(60);
    note(`full import ${full.seconds.toFixed(1)} s; ${fixed} fixed and ${reopened} reopened; running the delta`);
    const delta = await pipeline.importOnce(false, 60 * 60_000);
    if (delta.run.full_import === true) throw new Error('the second run was a full import: the connector has no delta cursor');
    const result = {
      full_seconds: round(full.seconds, 2),
      delta_seconds: round(delta.seconds, 2),
      ratio: round(delta.seconds / full.seconds, 4),
      findings: Number(full.run.records_processed),
      changed: fixed + reopened,
      delta_records: Number(delta.run.records_processed),
      delta_rest_api_ms: Number(delta.run.rest_api_ms),
    };
    printTable(`delta: ${result.findings.toLocaleString('en-US')} findings, ${result.changed.toLocaleString('en-US')} changed`, [
      { metric: 'full import (s)', value: result.full_seconds },
      { metric: 'delta run (s)', value: result.delta_seconds },
      { metric: 'records in the delta', value: result.delta_records },
      { metric: 'ratio delta / full', value: result.ratio, target: `≤ ${DELTA_TARGET_RATIO}`, met: result.ratio <= DELTA_TARGET_RATIO },
    ]);
    return result;
  } finally {
    await pipeline.close();
  }
}
