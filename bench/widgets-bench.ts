/**
 * `widgets`: the gzipped size of the widget bundle, and the time from connectedCallback to a
 * painted `eih-integration-dashboard` with 50 integrations × 30 days of data in headless Chromium
 * (median of 10 cold page loads, each in a fresh browser context so no IndexedDB cache helps), plus
 * diagnostics from loads of their own: the data handed over as a property, the same page in de-DE
 * (whose numbers go through Intl), and bench/widgets-diagnostics.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { numberFlag, type BenchArgs } from './bench-args';
import { note, printTable, round } from './bench-report';
import { percentileMs } from './latency';
import { dashboardMainThreadCpuMs, intlColdMs } from './widgets-diagnostics';
import { dashboardPage } from './widgets-page';
import { dashboardFixture } from './widgets-fixture';

export const WIDGET_TARGETS = { bundleGzipKb: 60, firstRenderMs: 150 } as const;
const BUNDLE = resolve('dist/widgets/eih-widgets.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function runWidgetsBench(args: BenchArgs) {
  const integrations = Math.round(numberFlag(args, 'integrations', 50));
  const samples = Math.round(numberFlag(args, 'samples', 10));
  if (!existsSync(BUNDLE) || args.flags.get('build') === 'yes') {
    note('building the widget bundle (npx vite build)');
    const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`vite build failed with status ${String(built.status)}`);
  }
  const bundle = readFileSync(BUNDLE);
  const gzipKb = gzipSync(bundle, { level: 9 }).length / 1024;

  note(`rendering eih-integration-dashboard with ${integrations} integrations × 30 days, ${samples} cold loads`);
  const loadBefore = loadavg().map((value) => round(value, 2));
  const page = dashboardPage(await dashboardFixture(integrations, 30), integrations);
  const server = createServer((request, response) => {
    if (request.url === '/eih-widgets.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (request.url === '/blank') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    else response.writeHead(404).end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'] });
  const measure = async (withData: boolean, locale?: string) => {
    const times: number[] = [];
    for (let i = 0; i < samples + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const ms = await tab.evaluate((data) => (window as unknown as { measureDashboard(withData: boolean): Promise<number> }).measureDashboard(data), withData);
      // The first load is not counted: it warms the browser process and the OS file cache. Code
      // caches belong to a context, so every counted load compiles the bundle as a first visit does.
      if (i > 0) times.push(ms);
      await context.close();
    }
    return times;
  };
  let times: number[];
  let dataTimes: number[];
  let otherLocaleTimes: number[];
  let cpu: number[];
  let intl: number[];
  try {
    times = await measure(false);
    dataTimes = await measure(true);
    // The page's default locale decides how numbers and days are written: en-US without Intl
    // (src-widgets/base/en-us-format.ts), any other through Intl, whose first formatter costs more.
    note('diagnostic: the same dashboard on a de-DE page (numbers and days through Intl)');
    otherLocaleTimes = await measure(false, 'de-DE');
    note('diagnostics: main-thread CPU (traced loads) and the first Intl formatter of a fresh renderer');
    cpu = await dashboardMainThreadCpuMs(browser, url, false, samples);
    intl = await intlColdMs(browser, `${url}blank`, samples);
  } finally {
    await browser.close();
    server.close();
  }
  const result = {
    bundle_gzip_kb: round(gzipKb, 1),
    first_render_ms: round(percentileMs(times, 50), 1),
    bundle_kb: round(bundle.length / 1024, 1),
    first_render_p90_ms: round(percentileMs(times, 90), 1),
    samples_ms: times.map((t) => round(t, 1)),
    first_render_data_property_ms: round(percentileMs(dataTimes, 50), 1),
    first_render_de_de_ms: round(percentileMs(otherLocaleTimes, 50), 1),
    first_render_main_thread_cpu_ms: round(percentileMs(cpu, 50), 1),
    intl_first_formatter_ms: round(percentileMs(intl, 50), 1),
    integrations,
    // 1, 5 and 15 minute load averages: wall-clock figures on a shared machine move with them.
    load_average: { before: loadBefore, after: loadavg().map((value) => round(value, 2)) },
  };
  printTable(`widgets: dist/widgets/eih-widgets.js and eih-integration-dashboard (${integrations} integrations × 30 days)`, [
    { metric: 'bundle (KB)', value: result.bundle_kb },
    { metric: 'bundle gzip -9 (KB)', value: result.bundle_gzip_kb, target: `≤ ${WIDGET_TARGETS.bundleGzipKb}`, met: result.bundle_gzip_kb <= WIDGET_TARGETS.bundleGzipKb },
    { metric: 'first render median (ms)', value: result.first_render_ms, target: `≤ ${WIDGET_TARGETS.firstRenderMs}`, met: result.first_render_ms <= WIDGET_TARGETS.firstRenderMs },
    { metric: 'first render p90 (ms)', value: result.first_render_p90_ms },
    { metric: 'same, data property (no fetch/cache) (ms)', value: result.first_render_data_property_ms },
    { metric: 'same, on a de-DE page (Intl formatters) (ms)', value: result.first_render_de_de_ms },
    { metric: 'diagnostic: main-thread CPU of a first render (ms)', value: result.first_render_main_thread_cpu_ms },
    { metric: 'diagnostic: first Intl formatter in a fresh renderer (ms)', value: result.intl_first_formatter_ms },
    { metric: 'load average (1 / 5 / 15 min), before / after', value: `${loadBefore.join(' ')} / ${result.load_average.after.join(' ')}` },
  ]);
  return result;
}
