import type { HostServices } from '../host-services';

/** Everything the engine's parts need: the host's services plus who this process is. */
export interface EngineDeps extends Pick<HostServices, 'records' | 'logger' | 'secrets' | 'clock'> {
  /** Unique per process, recorded on the entries it claims. */
  readonly workerId: string;
  /** Scales the planners' waits (tests and the sandbox use 0 to poll at once). */
  readonly waitScale: number;
  /** Export chunks a run downloads at once: each one in flight is held in memory whole. */
  readonly chunkDownloads: number;
}

export function isoNow(deps: Pick<EngineDeps, 'clock'>): string {
  return new Date(deps.clock()).toISOString();
}
