// Run the sandbox alone:
//   npx tsx src-server/sandbox/cli.ts --port 8444 --seed 1 --assets 200 --findings 5000
// Options: --port --host --seed --assets --findings --was-apps --was-findings --sc-repositories
// --clock real|virtual (default real: demo clients use wall-clock cursors) --start-time <iso>
// --chunks-per-poll <n> --seconds-per-chunk <n> --max-sessions <n> --session-timeout <s>
import { parseArgs } from 'node:util';
import { startSandbox } from './index';
import type { SandboxOptions } from './options';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8444' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '1' },
    assets: { type: 'string' },
    findings: { type: 'string' },
    'was-apps': { type: 'string' },
    'was-findings': { type: 'string' },
    'sc-repositories': { type: 'string' },
    clock: { type: 'string', default: 'real' },
    'start-time': { type: 'string' },
    'chunks-per-poll': { type: 'string' },
    'seconds-per-chunk': { type: 'string' },
    'max-sessions': { type: 'string' },
    'session-timeout': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write('Usage: npx tsx src-server/sandbox/cli.ts [--port 8444] [--seed 1] [--assets 200] [--findings 5000] [--was-apps 12] [--was-findings 400] [--clock real|virtual]\n');
  process.exit(0);
}

const int = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) {
    process.stderr.write(`sandbox: not a number: ${v}\n`);
    process.exit(2);
  }
  return n;
};

if (values.clock !== 'real' && values.clock !== 'virtual') {
  process.stderr.write(`sandbox: --clock must be real or virtual, got ${values.clock}\n`);
  process.exit(2);
}

const options: SandboxOptions = {
  port: int(values.port),
  host: values.host,
  seed: int(values.seed),
  assets: int(values.assets),
  findings: int(values.findings),
  wasApps: int(values['was-apps']),
  wasFindings: int(values['was-findings']),
  scRepositories: int(values['sc-repositories']),
  clock: values.clock,
  startTime: values['start-time'],
  scMaxSessions: int(values['max-sessions']),
  scSessionTimeoutSeconds: int(values['session-timeout']),
  exports: {
    chunksPerPoll: int(values['chunks-per-poll']),
    // With a real clock, abandoned exports still finish on their own (as on Tenable).
    secondsPerChunk: int(values['seconds-per-chunk']) ?? (values.clock === 'real' ? 2 : 0),
  },
};

const sandbox = await startSandbox(options);
const o = sandbox.options;
process.stdout.write(
  [
    `Tenable sandbox listening on ${sandbox.url}`,
    `  seed ${o.seed}, ${o.assets} assets, ${o.findings} findings, ${o.wasApps} WAS apps, ${o.wasFindings} WAS findings, clock ${o.clock} (${new Date(sandbox.control.now()).toISOString()})`,
    `  VM / WAS    X-ApiKeys: accessKey=${o.keys[0]?.accessKey ?? ''};secretKey=${o.keys[0]?.secretKey ?? ''};`,
    `  SC keys     x-apikey: accesskey=${o.scKeys[0]?.accessKey ?? ''}; secretkey=${o.scKeys[0]?.secretKey ?? ''};`,
    `  SC login    ${o.scUsers[0]?.username ?? ''} / ${o.scUsers[0]?.password ?? ''}`,
    `  control     ${sandbox.url}/_sandbox/state`,
    '',
  ].join('\n'),
);

let stopping = false;
const stop = (): void => {
  // A second signal (or a close that hangs) ends the process anyway.
  if (stopping) process.exit(1);
  stopping = true;
  setTimeout(() => process.exit(0), 2000).unref();
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
