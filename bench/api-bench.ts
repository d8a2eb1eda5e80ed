/**
 * `api`: the list routes (`/connections`, `/connectors`, `/runs`, `/vulnerable-items`, 20 rows a
 * page) under autocannon at a fixed 500 requests/s over a real loopback port with bearer auth. The
 * server runs in its own process, so the load generator does not steal its event loop.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';
import type { ApiServerCost } from './api-server-process';
import { firstJsonLine, onJsonLines, spawnBenchProcess, waitForExit } from './child-process';
import type { DashboardSizes } from './dashboard-seed';
import { percentileMs, timeSequential } from './latency';

export const API_ROUTES = ['/connections', '/connectors', '/runs', '/vulnerable-items'] as const;
export const API_TARGET = { rps: 500, p99Ms: 25 } as const;
const SEQUENTIAL_CALLS = 20;
const SEQUENTIAL_WARMUP = 5;

export async function runApiBench(args: BenchArgs) {
  const rate = Math.round(numberFlag(args, 'rate', API_TARGET.rps));
  const seconds = Math.round(numberFlag(args, 'duration', 20));
  const sizes: DashboardSizes = {
    connectors: Math.round(numberFlag(args, 'connectors', 50)),
    runs: Math.round(numberFlag(args, 'runs', 10_000)),
    entries: Math.round(numberFlag(args, 'entries', 100_000)),
    items: Math.round(numberFlag(args, 'items', 100_000)),
    days: 30,
  };
  note(`api: seeding ${sizes.runs.toLocaleString('en-US')} runs, ${sizes.items.toLocaleString('en-US')} vulnerable items; then ${rate} requests/s for ${seconds} s`);
  const child = spawnBenchProcess('./api-server-process.ts', [JSON.stringify(sizes)]);
  let stopped = false;
  try {
    const server = await firstJsonLine<{ baseUrl: string; token: string }>(child, 'the API server process');
    const cost = new Promise<ApiServerCost | undefined>((resolve) => {
      onJsonLines(child, (value) => resolve(value as ApiServerCost));
      child.once('exit', () => resolve(undefined));
    });
    const loadBefore = loadavg()[0] ?? 0;
    const url = new URL(server.baseUrl);
    const headers = { authorization: `Bearer ${server.token}`, accept: 'application/json' };
    // Unloaded latency per route first (sequential, after a warm-up): where the time goes.
    const sequential: Record<string, number> = {};
    const sequentialRequests = API_ROUTES.length * (SEQUENTIAL_CALLS + SEQUENTIAL_WARMUP);
    for (const route of API_ROUTES) {
      const times = await timeSequential(SEQUENTIAL_CALLS, SEQUENTIAL_WARMUP, async () => void (await (await fetch(`${server.baseUrl}${route}?sysparm_limit=20`, { headers })).arrayBuffer()));
      sequential[route] = round(percentileMs(times, 50), 1);
    }
    const result = await autocannon({
      url: url.origin,
      connections: 10,
      overallRate: rate,
      duration: seconds,
      headers,
      requests: API_ROUTES.map((route) => ({ method: 'GET' as const, path: `${url.pathname}${route}?sysparm_limit=20` })),
    });
    const loadAfter = loadavg()[0] ?? 0;
    child.stdin?.end();
    stopped = true;
    const server_cost = await cost;
    const failed = result.non2xx + result.errors + result.timeouts;
    if (failed > 0) throw new Error(`${failed} of ${result.requests.total} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, time-outs ${result.timeouts})`);
    const output = {
      rps: round(result.requests.average, 1),
      p99_ms: result.latency.p99,
      p50_ms: result.latency.p50,
      p97_5_ms: result.latency.p97_5,
      max_ms: result.latency.max,
      target_rate: rate,
      duration_s: seconds,
      requests: result.requests.total,
      items: sizes.items,
      runs: sizes.runs,
      sequential_p50_ms: sequential,
      // The server's own CPU per request (sequential calls and load together) and its pauses:
      // what this code costs, apart from what the shared machine adds to the latency.
      server_cpu_ms_per_request: server_cost ? round(server_cost.cpu_ms / (sequentialRequests + result.requests.total), 3) : null,
      server_cost: server_cost ?? null,
      load_average_1m: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
    };
    printTable(`api: ${API_ROUTES.join(', ')} (sysparm_limit=20) at ${rate} requests/s`, [
      { metric: 'requests/s achieved', value: output.rps, target: `${API_TARGET.rps}`, met: output.rps >= rate * 0.98 },
      { metric: 'latency p50 (ms)', value: output.p50_ms },
      { metric: 'latency p99 (ms)', value: output.p99_ms, target: `≤ ${API_TARGET.p99Ms}`, met: output.p99_ms <= API_TARGET.p99Ms },
      { metric: 'latency max (ms)', value: output.max_ms },
      ...API_ROUTES.map((route) => ({ metric: `${route} alone, p50 (ms)`, value: sequential[route] ?? 0 })),
      { metric: 'server CPU per request (ms)', value: output.server_cpu_ms_per_request ?? 0 },
      { metric: 'server event-loop delay p99 (ms)', value: server_cost?.event_loop_delay_p99_ms ?? 0 },
      { metric: 'server GC pause max (ms)', value: server_cost?.gc_max_ms ?? 0 },
      { metric: 'load average (1 min), before / after', value: `${output.load_average_1m.before} / ${output.load_average_1m.after}` },
    ]);
    return output;
  } finally {
    if (!stopped) child.stdin?.end();
    await waitForExit(child);
  }
}
