// Compiles the Node host (`npm start`, `npm run worker`) and the benchmarks (`npm run bench`) to
// plain JavaScript in dist/. Running them through tsx instead costs every process about 40 MB:
// on Node 20 its loader hooks run on a thread of their own, a second V8 isolate. Packages stay
// external, so native modules (better-sqlite3) resolve from node_modules as they do under tsx.
// `node scripts/build-node.mjs [node|bench]` builds one of the two.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const TARGETS = {
  node: ['src-server/node/main.ts', 'src-server/node/worker-main.ts'],
  bench: ['bench/run.ts', 'bench/ingest-worker.ts', 'bench/sandbox-process.ts', 'bench/api-server-process.ts'],
};

const only = process.argv[2];
if (only !== undefined && !(only in TARGETS)) throw new Error(`unknown target '${only}': ${Object.keys(TARGETS).join(' or ')}`);
for (const [name, entryPoints] of Object.entries(TARGETS)) {
  if (only !== undefined && name !== only) continue;
  const outdir = `dist/${name}`;
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
