// The sandbox's own clock. Virtual by default (time moves only when a test advances it, so chunk
// expiry and session timeouts are testable in milliseconds); 'real' mode follows the wall clock
// for demos, still shiftable forward.

export type ClockMode = 'virtual' | 'real';

export class SandboxClock {
  private offsetMs = 0;
  private realStart: number;

  constructor(
    private readonly startMs: number,
    private readonly mode: ClockMode,
    private readonly wallClock: () => number = () => Date.now(),
  ) {
    this.realStart = wallClock();
  }

  /** Current sandbox time, epoch milliseconds. */
  now(): number {
    const drift = this.mode === 'real' ? this.wallClock() - this.realStart : 0;
    return this.startMs + this.offsetMs + drift;
  }

  /** The instant the generated data was "scanned up to": all base timestamps are before it. */
  epoch(): number {
    return this.startMs;
  }

  advance(seconds: number): number {
    this.offsetMs += Math.round(seconds * 1000);
    return this.now();
  }

  reset(): void {
    this.offsetMs = 0;
    this.realStart = this.wallClock();
  }
}
