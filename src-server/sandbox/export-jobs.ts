// Export jobs (VM vulns, VM assets, WAS vulns): QUEUED → PROCESSING (chunks appear one by one,
// driven by status polls and/or the sandbox clock) → FINISHED, or CANCELLED / ERROR. Tenable's
// limits are enforced: one active job per identical request (409), a few concurrent jobs per
// kind (429), chunks that expire after 24 h (404).
import { uuidFrom } from './hash';
import type { ExportPacing } from './options';
import type { SandboxClock } from './clock';

export type ExportKind = 'vulns' | 'assets' | 'was';
export type ExportStatus = 'QUEUED' | 'PROCESSING' | 'FINISHED' | 'CANCELLED' | 'ERROR';

/** What a job exports, chunk by chunk; produced by the dataset, generated on demand. */
export interface ChunkPlan {
  totalChunks: number;
  count(chunkId: number): number;
  pieces(chunkId: number): Iterable<string>;
}

export interface ExportJob {
  uuid: string;
  kind: ExportKind;
  key: string;
  status: ExportStatus;
  filters: unknown;
  perChunk: number;
  created: number;
  plan: ChunkPlan;
  polls: number;
  finished: number;
  order: number[] | undefined;
  available: number[];
  failed: number[];
  cancelled: number[];
  emptyCount: number;
  chunkReadyAt: Map<number, number>;
  stuck: boolean;
  failNext: number;
}

export type CreateOutcome =
  | { outcome: 'created'; job: ExportJob }
  | { outcome: 'duplicate'; job: ExportJob }
  | { outcome: 'busy' };

const ACTIVE: ReadonlySet<ExportStatus> = new Set<ExportStatus>(['QUEUED', 'PROCESSING']);
const RETENTION_MS = 7 * 86_400_000;

export function isActive(job: ExportJob): boolean {
  return ACTIVE.has(job.status);
}

export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();
  private counter = 0;

  constructor(
    private readonly seed: number,
    private readonly pacing: Required<ExportPacing>,
    private readonly clock: SandboxClock,
  ) {}

  create(kind: ExportKind, key: string, filters: unknown, perChunk: number, plan: ChunkPlan, force = false): CreateOutcome {
    this.prune();
    const active = [...this.jobs.values()].filter((j) => j.kind === kind && isActive(j));
    const same = active.find((j) => j.key === key);
    if (same && !force) return { outcome: 'duplicate', job: same };
    if (active.length >= this.pacing.maxConcurrent && !force) return { outcome: 'busy' };
    this.counter += 1;
    const job: ExportJob = {
      uuid: uuidFrom(this.seed, 50_000 + this.counter, 9),
      kind, key, status: 'QUEUED', filters, perChunk, created: this.clock.now(), plan, polls: 0, finished: 0,
      order: this.pacing.chunkOrder === 'shuffled' ? shuffledIds(plan.totalChunks, this.seed + this.counter) : undefined,
      available: [], failed: [], cancelled: [], emptyCount: 0, chunkReadyAt: new Map(), stuck: false, failNext: 0,
    };
    this.jobs.set(job.uuid, job);
    return { outcome: 'created', job };
  }

  get(kind: ExportKind, uuid: string): ExportJob | undefined {
    const job = this.jobs.get(uuid);
    return job && job.kind === kind ? job : undefined;
  }

  all(kind?: ExportKind): ExportJob[] {
    return [...this.jobs.values()].filter((j) => kind === undefined || j.kind === kind);
  }

  /** Move a job forward: once per status poll (`poll`), and by the clock when configured. */
  advance(job: ExportJob, poll: boolean): void {
    if (!isActive(job)) return;
    if (poll) job.polls += 1;
    if (job.stuck) {
      job.status = 'PROCESSING';
      return;
    }
    const p = this.pacing;
    let started = false;
    let target = 0;
    if (job.polls > p.queuedPolls) {
      started = true;
      target = p.chunksPerPoll === 0 ? 0 : (job.polls - p.queuedPolls) * p.chunksPerPoll;
    }
    if (p.secondsPerChunk > 0) {
      const byClock = Math.floor((this.clock.now() - job.created) / 1000 / p.secondsPerChunk);
      if (byClock > 0) started = true;
      target = Math.max(target, byClock);
    }
    if (!started) return;
    target = Math.min(target, job.plan.totalChunks);
    while (job.finished < target) this.finishChunk(job);
    job.status = job.finished >= job.plan.totalChunks ? 'FINISHED' : 'PROCESSING';
  }

  /** Finish every remaining chunk of every active, non-stuck job (control API). */
  completeAll(): number {
    let n = 0;
    for (const job of this.jobs.values()) {
      if (!isActive(job) || job.stuck) continue;
      while (job.finished < job.plan.totalChunks) this.finishChunk(job);
      job.status = 'FINISHED';
      n += 1;
    }
    return n;
  }

  private finishChunk(job: ExportJob): void {
    const id = job.order ? (job.order[job.finished] as number) : job.finished + 1;
    job.finished += 1;
    job.chunkReadyAt.set(id, this.clock.now());
    if (job.failNext > 0) {
      job.failNext -= 1;
      job.failed.push(id);
      return;
    }
    if (job.plan.count(id) === 0) job.emptyCount += 1;
    job.available.push(id);
  }

  cancel(job: ExportJob): ExportStatus {
    if (!isActive(job)) return job.status;
    job.status = 'CANCELLED';
    for (let k = job.finished; k < job.plan.totalChunks; k++) job.cancelled.push(job.order ? (job.order[k] as number) : k + 1);
    return job.status;
  }

  markError(job: ExportJob): void {
    if (isActive(job)) job.status = 'ERROR';
  }

  markStuck(job: ExportJob): void {
    if (!isActive(job)) return;
    job.stuck = true;
    job.status = 'PROCESSING';
  }

  /** Route the next `n` chunks to chunks_failed (or, if the job is done, its last `n` chunks). */
  failChunks(job: ExportJob, n: number): void {
    if (isActive(job) && job.finished < job.plan.totalChunks) {
      job.failNext += n;
      return;
    }
    for (let k = 0; k < n && job.available.length > 0; k++) job.failed.push(job.available.pop() as number);
  }

  /** Whether a chunk can be downloaded now: finished, not failed, not expired. */
  chunkReady(job: ExportJob, chunkId: number): boolean {
    const readyAt = job.chunkReadyAt.get(chunkId);
    if (readyAt === undefined || job.failed.includes(chunkId)) return false;
    return this.clock.now() - readyAt < this.pacing.chunkTtlSeconds * 1000;
  }

  statusBody(job: ExportJob): Record<string, unknown> {
    const started = job.status !== 'QUEUED';
    return {
      uuid: job.uuid,
      status: job.status,
      chunks_available: [...job.available],
      chunks_failed: [...job.failed],
      chunks_cancelled: [...job.cancelled],
      total_chunks: started ? job.plan.totalChunks : 0,
      chunks_available_count: job.available.length,
      empty_chunks_count: job.emptyCount,
      finished_chunks: job.finished,
      filters: job.filters,
      [job.kind === 'assets' ? 'chunk_size' : 'num_assets_per_chunk']: job.perChunk,
      created: job.created,
    };
  }

  listBody(kind: ExportKind): Record<string, unknown> {
    return {
      exports: this.all(kind).map((j) => ({
        uuid: j.uuid, status: j.status, total_chunks: j.status === 'QUEUED' ? 0 : j.plan.totalChunks, finished_chunks: j.finished,
        chunks_available_count: j.available.length, empty_chunks_count: j.emptyCount, filters: j.filters,
        [j.kind === 'assets' ? 'chunk_size' : 'num_assets_per_chunk']: j.perChunk, created: j.created,
      })),
    };
  }

  private prune(): void {
    const now = this.clock.now();
    for (const [uuid, j] of this.jobs) if (!isActive(j) && now - j.created > RETENTION_MS) this.jobs.delete(uuid);
  }
}

function shuffledIds(n: number, seed: number): number[] {
  const ids = Array.from({ length: n }, (_, k) => k + 1);
  let s = seed >>> 0;
  for (let k = n - 1; k > 0; k--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (k + 1);
    const t = ids[k] as number;
    ids[k] = ids[j] as number;
    ids[j] = t;
  }
  return ids;
}
