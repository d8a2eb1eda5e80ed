/**
 * Diagnostics next to the widget benchmark's wall-clock figures, measured on loads of their own so
 * the headline figures stay untouched:
 * - the dashboard's main-thread CPU time (the renderer's tasks, from a Chromium trace): unlike the
 *   wall clock it hardly moves when other work shares the machine;
 * - the cost of a renderer's first Intl number formatter (ICU loads its locale data once per
 *   process), a platform cost that every fresh load pays inside the dashboard's first render.
 */
import type { Browser } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** Main-thread CPU (ms) of the page's renderer during `measureDashboard(withData)`, one fresh context per sample. */
export async function dashboardMainThreadCpuMs(browser: Browser, url: string, withData: boolean, samples: number): Promise<number[]> {
  const cpu: number[] = [];
  for (let i = 0; i < samples + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    await browser.startTracing(tab, { categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] });
    await tab.evaluate((data) => (window as unknown as { measureDashboard(withData: boolean): Promise<number> }).measureDashboard(data), withData);
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    await context.close();
    // The page's renderer is the one that laid something out; its main thread is CrRendererMain.
    const renderers = new Set(events.filter((e) => e.name === 'Layout').map((e) => e.pid));
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && renderers.has(e.pid));
    if (main === undefined) throw new Error('no renderer main thread in the trace');
    const us = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask').reduce((sum, e) => sum + (e.tdur ?? 0), 0);
    // As in the timed runs, the first load is not counted.
    if (i > 0) cpu.push(us / 1000);
  }
  return cpu;
}

/** Milliseconds of the first `Intl.NumberFormat` (construct and format) in a fresh renderer. */
export async function intlColdMs(browser: Browser, url: string, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    times.push(
      await tab.evaluate(() => {
        const started = performance.now();
        new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(1234.5);
        return performance.now() - started;
      }),
    );
    await context.close();
  }
  return times;
}
