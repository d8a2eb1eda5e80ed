/**
 * `all`: every benchmark at sizes that finish in minutes on a small machine, each in its own
 * process (so one benchmark's heap and RSS never colour the next). Sizes scale with `--findings`.
 */
import { createInterface } from 'node:readline';
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable } from './bench-report';
import { spawnBenchProcess, waitForExit } from './child-process';

interface Step {
  readonly key: string;
  readonly args: string[];
}

async function runStep(step: Step): Promise<Record<string, unknown>> {
  note(`all: ${step.key} (${step.args.join(' ')})`);
  const child = spawnBenchProcess('./run.ts', [...step.args, '--json']);
  child.stdin?.end();
  let last: Record<string, unknown> | null = null;
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    if (line.startsWith('{')) {
      try {
        last = JSON.parse(line) as Record<string, unknown>;
        return;
      } catch {
        // Not the result line: shown as is.
      }
    }
    process.stdout.write(`${line}\n`);
  });
  const code = await waitForExit(child);
  if (code !== 0 || last === null) return { error: `exited with code ${String(code)}` };
  return last;
}

export async function runAllBench(args: BenchArgs) {
  const findings = String(Math.round(numberFlag(args, 'findings', 100_000)));
  // `--quick yes`: a smoke test of every benchmark (a tenth of the dashboard sizes, 5 s of load).
  const quick = args.flags.get('quick') === 'yes';
  const dashboardArgs = quick ? ['--runs', '10000', '--entries', '100000', '--items', '100000', '--requests', '5'] : ['--requests', '10'];
  const steps: Step[] = [
    { key: 'ingest', args: ['ingest', '--findings', findings, '--store', 'sqlite'] },
    ...(args.flags.get('postgres') === 'no' ? [] : [{ key: 'ingest_postgres', args: ['ingest', '--findings', findings, '--store', 'postgres', '--workers', '2'] }]),
    { key: 'delta', args: ['delta', '--findings', findings, '--changed', '0.01'] },
    { key: 'dashboard', args: ['dashboard', ...dashboardArgs] },
    { key: 'widgets', args: ['widgets', ...(quick ? ['--samples', '3'] : [])] },
    { key: 'api', args: ['api', ...(quick ? ['--duration', '5'] : [])] },
  ];
  const results: Record<string, Record<string, unknown>> = {};
  for (const step of steps) results[step.key] = await runStep(step);
  printTable('all benchmarks', [
    { metric: 'ingest sqlite findings/s, ratio, peak RSS MB', value: `${String(results.ingest?.findings_per_s)}, ${String(results.ingest?.ratio)}, ${String(results.ingest?.peak_rss_mb)}` },
    ...(results.ingest_postgres ? [{ metric: 'ingest postgres (2 workers) findings/s', value: String(results.ingest_postgres.findings_per_s) }] : []),
    { metric: 'delta / full', value: String(results.delta?.ratio) },
    { metric: 'dashboard p50 / p95 ms', value: `${String(results.dashboard?.p50_ms)} / ${String(results.dashboard?.p95_ms)}` },
    { metric: 'widgets gzip KB, first render ms', value: `${String(results.widgets?.bundle_gzip_kb)}, ${String(results.widgets?.first_render_ms)}` },
    { metric: 'api rps, p99 ms', value: `${String(results.api?.rps)}, ${String(results.api?.p99_ms)}` },
  ]);
  return results;
}
