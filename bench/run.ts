/**
 * `npm run bench -- <ingest|delta|dashboard|widgets|api|index-cost|all> [flags] [--json]`: the performance
 * benchmarks (docs/benchmarks.md lists them, their targets and the latest figures). Each prints a
 * table; with `--json` the last stdout line is one JSON object with the benchmark's figures.
 */
import { parseBenchArgs, type BenchArgs } from './bench-args';
import { runAllBench } from './all-bench';
import { runApiBench } from './api-bench';
import { runDashboardBench } from './dashboard-bench';
import { runDeltaBench } from './delta-bench';
import { runIndexCostBench } from './index-cost-bench';
import { runIngestBench } from './ingest-bench';
import { timeStatementsWhenAsked } from './statement-timing';
import { runWidgetsBench } from './widgets-bench';

const BENCHMARKS: Record<string, (args: BenchArgs) => Promise<Record<string, unknown>>> = {
  ingest: runIngestBench,
  delta: runDeltaBench,
  dashboard: runDashboardBench,
  widgets: runWidgetsBench,
  api: runApiBench,
  'index-cost': runIndexCostBench,
  all: runAllBench,
};

const USAGE = `usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [--findings N] [--store sqlite|postgres] [--workers K] [--changed 0.01] [--json]\n(docs/benchmarks.md lists every flag)`;

timeStatementsWhenAsked('the benchmark process');

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const bench = BENCHMARKS[args.name];
  if (!bench) throw new Error(args.name ? `unknown benchmark '${args.name}'\n${USAGE}` : USAGE);
  const result = await bench(args);
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
