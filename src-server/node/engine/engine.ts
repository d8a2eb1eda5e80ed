/**
 * The local host's integration engine: retrieval of queued runs, worker loops over the import
 * queue, and a periodic tick (run completion, scheduler, retries, watchdog, retention). One
 * process runs everything on SQLite; on PostgreSQL extra worker processes (`worker-main.ts`)
 * share the queue.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { ok } from '../../../src-shared/core/result';
import { connectorTable, integrationRunTable } from '../../../src-shared/model/tables';
import type { RunTrigger } from '../../../src-shared/model/vocabulary';
import type { HostServices } from '../host-services';
import type { ConnectorEffects } from './connector-events';
import { applyConnectorEvent } from './connector-events';
import { isoNow, type EngineDeps } from './engine-deps';
import { processEntry } from './entry-processor';
import { purgeConnectorData } from './purge';
import { QueueStore } from './queue-store';
import { driveRetrieval } from './retrieval';
import { pruneRetention } from './retention';
import { completeIfDone } from './run-completion';
import { RunService } from './run-service';
import { schedulerTick } from './scheduler';
import { watchdogTick } from './watchdog';

export interface EngineOptions {
  /** Worker loops in this process (SQLite: keep 1–2; PostgreSQL: add worker processes instead). */
  readonly workers: number;
  /** Run retrieval, scheduler and watchdog here (false in a worker-only process). */
  readonly coordinator: boolean;
  readonly tickMs: number;
  readonly idlePollMs: number;
  /** Multiplies the planners' poll waits; 1 in production. */
  readonly waitScale: number;
  /** Entries claimed by another process are requeued at start: true for embedded SQLite only. */
  readonly requeueOrphansAtStart: boolean;
  /** Export chunks a run downloads at once (the planner's `maxChunksInFlight`). */
  readonly chunkDownloads: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { workers: 1, coordinator: true, tickMs: 1000, idlePollMs: 200, waitScale: 1, requeueOrphansAtStart: true, chunkDownloads: 1 };

export class Engine {
  readonly deps: EngineDeps;
  readonly queue: QueueStore;
  readonly runs: RunService;
  readonly effects: ConnectorEffects;
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly retrieving = new Set<string>();
  private readonly alerted = new Set<string>();
  /** Sleeping loops, woken early by `poke()` (new work) or by `stop()`. */
  private readonly sleepers = new Set<() => void>();
  private lastRetention = 0;
  private readonly purges = new Set<Promise<void>>();

  constructor(
    services: Pick<HostServices, 'records' | 'logger' | 'secrets' | 'clock'>,
    readonly options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
  ) {
    this.deps = { ...services, workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`, waitScale: options.waitScale, chunkDownloads: options.chunkDownloads };
    this.queue = new QueueStore(services.records);
    this.effects = {
      startRun: async (connectorId, trigger) => {
        const started = await this.runs.startRun(connectorId, trigger);
        if (!started.ok) this.deps.logger.warn({ connector: connectorId, trigger }, `run not started: ${started.error.message}`);
      },
      cancelActiveRuns: (connectorId, reason) => this.cancelActiveRuns(connectorId, reason),
      // Purging can take long: it runs in the background and the connector shows `deleting`.
      purge: async (connectorId) => {
        this.purges.add(
          this.purge(connectorId).catch((error: unknown) => this.deps.logger.error({ err: error, connector: connectorId }, 'purge failed; it resumes at the next start')),
        );
      },
    };
    this.runs = new RunService(this.deps, this.queue, { onRunQueued: (id) => this.kickRun(id), onRunChanged: () => this.poke() }, () => this.effects);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (this.options.requeueOrphansAtStart) {
      const requeued = await this.queue.requeueClaimedBy({ notWorker: this.deps.workerId }, isoNow(this.deps));
      if (requeued > 0) this.deps.logger.warn({ requeued }, 'entries held by a stopped process were put back in the queue; they resume from their last heartbeat');
    }
    if (this.options.coordinator) {
      for (const run of await this.deps.records.findBy(integrationRunTable, { state: 'retrieving' })) this.kickRun(String(run.sys_id), true);
      for (const run of await this.deps.records.findBy(integrationRunTable, { state: 'queued' })) this.kickRun(String(run.sys_id));
      for (const connector of await this.deps.records.findBy(connectorTable, { status: 'deleting' })) await this.effects.purge(String(connector.sys_id));
      this.loops.push(this.tickLoop());
    }
    for (let i = 0; i < this.options.workers; i++) this.loops.push(this.workerLoop());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    // Loops check `running` after they wake: a stop never waits out a full tick interval.
    await Promise.allSettled([...this.loops, ...this.purges]);
    this.loops.length = 0;
  }

  private async purge(connectorId: string): Promise<void> {
    // Let cancelled runs settle first so no worker writes items while they are being removed.
    for (let i = 0; i < 50; i++) {
      const active = (await this.deps.records.findBy(integrationRunTable, { connector: connectorId })).filter((run) => run.state !== 'complete');
      if (active.length === 0) break;
      for (const run of active) await this.runs.apply(String(run.sys_id), { type: 'heartbeat' });
      await sleep(100);
    }
    await purgeConnectorData(this.deps, connectorId);
    await applyConnectorEvent(this.deps, this.effects, connectorId, { type: 'purge_finished' });
  }

  /** Resolves when every purge started so far has finished (tests, shutdown). */
  async purgesSettled(): Promise<void> {
    await Promise.allSettled([...this.purges]);
  }

  /** Runs one connector's lifecycle event (the API's enable, disable, delete, execute). */
  connectorEvent(connectorId: string, event: Parameters<typeof applyConnectorEvent>[3]) {
    return applyConnectorEvent(this.deps, this.effects, connectorId, event);
  }

  startRun(connectorId: string, trigger: RunTrigger, fullImport = false) {
    return this.runs.startRun(connectorId, trigger, fullImport);
  }

  async cancelRun(runId: string) {
    const result = await this.runs.apply(runId, { type: 'cancel_requested' });
    if (!result.ok) return result;
    await this.settleCancel(runId);
    this.poke();
    return ok((await this.deps.records.get(integrationRunTable, runId)) ?? result.value);
  }

  async cancelActiveRuns(connectorId: string, _reason: string): Promise<void> {
    for (const run of await this.deps.records.findBy(integrationRunTable, { connector: connectorId })) {
      if (run.state !== 'complete') {
        const result = await this.runs.apply(String(run.sys_id), { type: 'cancel_requested' });
        if (result.ok) await this.settleCancel(String(run.sys_id));
      }
    }
  }

  /**
   * Cancellation travels with heartbeats, but a run whose pages all wait in the queue has nobody
   * beating: it would stay `processing` until a worker claimed a page just to learn it must stop.
   * When no entry of the run is being worked on, the run completes as cancelled now. A run still
   * retrieving here hears it from its retrieval loop, which also cancels the export in Tenable.
   */
  private async settleCancel(runId: string): Promise<void> {
    if (this.retrieving.has(runId)) return;
    const run = await this.deps.records.get(integrationRunTable, runId);
    if (!run || run.state !== 'processing' || run.cancel_requested !== true) return;
    const counts = await this.queue.countsByState(runId);
    if ((counts.processing ?? 0) === 0) await this.runs.apply(runId, { type: 'heartbeat' });
  }

  /** Waits until the run completes (tests and the CLI); resolves with the final record. */
  async waitForRun(runId: string, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const run = await this.deps.records.get(integrationRunTable, runId);
      if (run?.state === 'complete') return run;
      if (Date.now() > deadline) throw new Error(`run ${runId} did not complete within ${timeoutMs} ms (state ${String(run?.state)})`);
      await sleep(50);
    }
  }

  private kickRun(runId: string, resuming = false): void {
    if (!this.options.coordinator || this.retrieving.has(runId)) return;
    this.retrieving.add(runId);
    void this.retrieve(runId, resuming)
      .catch((error: unknown) => this.deps.logger.error({ err: error, run: runId }, 'retrieval crashed'))
      .finally(() => this.retrieving.delete(runId));
  }

  private async retrieve(runId: string, resuming: boolean): Promise<void> {
    let run = await this.deps.records.get(integrationRunTable, runId);
    if (!run) return;
    if (!resuming) {
      const started = await this.runs.apply(runId, { type: 'start' });
      if (!started.ok) return;
      run = started.value;
    }
    const outcome = await driveRetrieval(this.deps, this.queue, this.runs, run);
    if (outcome.outcome === 'cancelled') await this.runs.apply(runId, { type: 'heartbeat' });
    this.poke();
    await completeIfDone(this.deps, this.queue, this.runs, runId);
  }

  poke(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** The tick loop keeps its cadence through pokes; only `stop()` cuts its sleep short. */
  private async idleUntilStopped(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (this.running && Date.now() < deadline) await this.idle(Math.min(deadline - Date.now(), 1000));
  }

  /** Sleeps up to `ms`; every loop asleep here wakes at the next `poke()`. */
  private async idle(ms: number): Promise<void> {
    const timer = new AbortController();
    let wake: () => void = () => undefined;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    this.sleepers.add(wake);
    try {
      await Promise.race([sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined), woken]);
    } finally {
      this.sleepers.delete(wake);
      timer.abort();
    }
  }

  private async workerLoop(): Promise<void> {
    while (this.running) {
      let entry;
      try {
        entry = await this.queue.claimNext(this.deps.workerId, isoNow(this.deps));
      } catch (error) {
        this.deps.logger.error({ err: error }, 'claiming an entry failed');
        await this.idle(this.options.idlePollMs * 5);
        continue;
      }
      if (!entry) {
        await this.idle(this.options.idlePollMs);
        continue;
      }
      try {
        const outcome = await processEntry(this.deps, this.queue, entry);
        if (outcome === 'cancelled') await this.runs.apply(String(entry.run), { type: 'heartbeat' });
        if (this.options.coordinator) await completeIfDone(this.deps, this.queue, this.runs, String(entry.run));
      } catch (error) {
        this.deps.logger.error({ err: error, entry: entry.sys_id }, 'processing an entry crashed; the watchdog will retry it');
      }
    }
  }

  /** One pass of the periodic work; exposed so tests can drive time themselves. */
  async tick(): Promise<void> {
    for (const run of await this.deps.records.findBy(integrationRunTable, { state: 'processing' })) {
      if (run.cancel_requested === true) await this.settleCancel(String(run.sys_id));
      else await completeIfDone(this.deps, this.queue, this.runs, String(run.sys_id));
    }
    for (const run of await this.deps.records.findBy(integrationRunTable, { state: 'queued' })) this.kickRun(String(run.sys_id));
    await schedulerTick(this.deps, this.runs);
    await watchdogTick(this.deps, this.queue, this.alerted);
    if (this.deps.clock() - this.lastRetention > 60 * 60_000) {
      this.lastRetention = this.deps.clock();
      await pruneRetention(this.deps);
    }
  }

  private async tickLoop(): Promise<void> {
    while (this.running) {
      try {
        await this.tick();
      } catch (error) {
        this.deps.logger.error({ err: error }, 'engine tick failed');
      }
      await this.idleUntilStopped(this.options.tickMs);
    }
  }
}
