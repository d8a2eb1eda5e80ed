/**
 * The API benchmark's server process: a fresh SQLite store seeded with a history, the real app on
 * a loopback port with an admin bearer token. It answers one JSON line (base URL, token) and runs
 * until its parent closes stdin, so the load generator never shares its event loop. Then it
 * answers a second line with what serving cost it: CPU time, event-loop delay and GC pauses (a
 * shared machine inflates latency; these say how much of it was this process's own work).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { openBenchStore } from './bench-store';
import { startApiServer } from './api-server';
import { seedDashboardHistory, type DashboardSizes } from './dashboard-seed';

export interface ApiServerCost {
  readonly cpu_ms: number;
  readonly event_loop_delay_p99_ms: number;
  readonly event_loop_delay_max_ms: number;
  readonly gc_pauses: number;
  readonly gc_total_ms: number;
  readonly gc_max_ms: number;
}

const sizes = JSON.parse(process.argv[2] ?? '{}') as DashboardSizes;
const store = await openBenchStore('sqlite');
const now = Date.now();
store.setClock(() => now);
const seeded = seedDashboardHistory(store.location, sizes, now);
const server = await startApiServer(store.services);
// `EIH_BENCH_CPU_PROF=<dir>`: a CPU profile of the serving phase only (seeding left out), written
// to <dir>/api-server.cpuprofile when the parent ends the run (bench/cpu-profile-top.ts reads it).
const profileDir = process.env.EIH_BENCH_CPU_PROF;
const profiler = profileDir ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
  await profiler.post('Profiler.start');
}
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const gcPauses: number[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpuAtReady = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, token: server.token, seedSeconds: seeded.seconds })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  const cpu = process.cpuUsage(cpuAtReady);
  gcObserver.disconnect();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const cost: ApiServerCost = {
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
    event_loop_delay_p99_ms: ms(loopDelay.percentile(99)),
    event_loop_delay_max_ms: ms(loopDelay.max),
    gc_pauses: gcPauses.length,
    gc_total_ms: Math.round(gcPauses.reduce((sum, pause) => sum + pause, 0)),
    gc_max_ms: Math.round(10 * Math.max(0, ...gcPauses)) / 10,
  };
  process.stdout.write(`${JSON.stringify(cost)}\n`);
  void (profiler && profileDir ? profiler.post('Profiler.stop').then(({ profile }) => writeFileSync(join(profileDir, 'api-server.cpuprofile'), JSON.stringify(profile))) : Promise.resolve())
    .then(() => server.close())
    .then(() => store.close())
    .then(() => process.exit(0));
});
