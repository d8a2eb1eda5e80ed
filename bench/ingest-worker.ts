/**
 * A PostgreSQL worker process of the ingest benchmark: the engine with worker loops only (no
 * retrieval, no tick), as `worker-main.ts` runs it, over the benchmark's schema and the sandbox's
 * virtual time. Prints one JSON line when ready and one with its peak RSS when stdin closes.
 */
import { Engine, DEFAULT_ENGINE_OPTIONS } from '../src-server/node/engine/engine';
import { attachBenchStore } from './bench-store';
import { RssSampler } from './rss-sampler';
import { timeStatementsWhenAsked } from './statement-timing';

timeStatementsWhenAsked('an ingest worker process');

const [location, clockText] = process.argv.slice(2);
if (!location || !clockText) throw new Error('usage: ingest-worker.ts <postgres url> <clock ms>');
const clock = Number(clockText);
const services = attachBenchStore('postgres', location, () => clock);
const engine = new Engine(services, { ...DEFAULT_ENGINE_OPTIONS, coordinator: false, workers: 1, idlePollMs: 20, waitScale: 0, requeueOrphansAtStart: false });
const sampler = new RssSampler().start();
await engine.start();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void engine
    .stop()
    .then(() => services.database.close())
    .then(() => {
      process.stdout.write(`${JSON.stringify({ peakMb: sampler.stop().peakMb })}\n`);
      process.exit(0);
    });
});
