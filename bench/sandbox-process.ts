/**
 * Entry point of the sandbox's own process during a benchmark: the Tenable stand-in generates and
 * streams chunks on the other core, as a real Tenable would on its own machines, so its work is
 * not counted against the pipeline's event loop. Options arrive as JSON in argv; the base URL goes
 * back as one JSON line on stdout. The process ends when its parent closes stdin.
 */
import { startSandbox, type SandboxOptions } from '../src-server/sandbox/index';

// JSON has no Infinity: the parent sends it as the string 'Infinity'.
const options = JSON.parse(process.argv[2] ?? '{}', (key, value: unknown) => (key === 'chunksPerPoll' && value === 'Infinity' ? Infinity : value)) as SandboxOptions;
const sandbox = await startSandbox(options);
process.stdout.write(`${JSON.stringify({ url: sandbox.url, now: sandbox.control.now() })}\n`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
