/**
 * Samples this process's resident set size while a benchmark runs. The kernel's high-water mark
 * (`VmHWM`) catches peaks between samples; the samples show whether memory grows over the run.
 */
import { readFileSync } from 'node:fs';

export interface RssReport {
  readonly peakMb: number;
  /** RSS at each quarter of the run (25 %, 50 %, 75 %, 100 %): flat means no growth with N. */
  readonly quartersMb: readonly number[];
}

const MB = 1024 * 1024;

export class RssSampler {
  private readonly samples: number[] = [];
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 100): this {
    this.samples.push(process.memoryUsage.rss());
    this.timer = setInterval(() => this.samples.push(process.memoryUsage.rss()), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): RssReport {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.samples.push(process.memoryUsage.rss());
    const peak = Math.max(...this.samples, highWaterMark());
    const quarter = (q: number) => {
      const window = this.samples.slice(Math.floor(((q - 1) * this.samples.length) / 4), Math.max(1, Math.floor((q * this.samples.length) / 4)));
      return Math.round(Math.max(...window) / MB);
    };
    return { peakMb: Math.round(peak / MB), quartersMb: [1, 2, 3, 4].map(quarter) };
  }
}

/** Peak RSS of this process since it started, in bytes (0 where /proc is missing). */
export function highWaterMark(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return process.resourceUsage().maxRSS * 1024;
  }
}
