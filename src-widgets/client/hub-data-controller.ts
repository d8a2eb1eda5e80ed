import { shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hubCache, type CacheEntry, type HubCache } from './hub-cache';
import { isUnreachable } from './hub-client';
import { formatDateTime } from '../base/format';

export interface HubDataOptions<T, A extends readonly unknown[]> {
  /** The inputs; the data is reloaded whenever one changes. */
  args: () => A;
  /** Cache key for these inputs; null when nothing should be cached or loaded (not ready). */
  key: (args: A) => string | null;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  cache?: () => HubCache;
  now?: () => number;
}

/**
 * Async data for an element, stale-while-revalidate: on new inputs the request goes out at once and
 * the cached answer (IndexedDB) is shown while it is on its way; the network answer replaces it, and
 * when the hub is unreachable the cached answer stays with an "offline since" notice. The network
 * half is a @lit/task Task, so loading never happens inside render().
 */
export class HubDataController<T, A extends readonly unknown[]> implements ReactiveController {
  readonly task: Task<A, T | undefined>;
  /** The cached answer for the current inputs, while no fresh one has arrived. */
  stale: CacheEntry<T> | undefined;
  /** When the hub first failed to answer (epoch ms); null while it answers. */
  offlineSince: number | null = null;
  private local: { key: string | null; value: T } | undefined;
  private args: A | undefined;
  /** The inputs have no key (data handed over, or not ready): nothing is loaded or shown. */
  private idle = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HubDataOptions<T, A>,
  ) {
    // Not autoRun: a Task that runs for inputs without a key still completes a microtask later and
    // asks its host for a second, useless render (an element given its data rendered twice).
    this.task = new Task<A, T | undefined>(host, {
      args: options.args,
      task: (args, { signal }) => this.run(args, signal),
      autoRun: false,
    });
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.args !== undefined && shallowArrayEquals(this.args, args)) return;
    this.args = args;
    this.idle = this.options.key(args) === null;
    if (this.idle) {
      this.task.abort();
      this.stale = undefined;
      this.local = undefined;
      return;
    }
    void this.task.run(args);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private cache(): HubCache {
    return this.options.cache?.() ?? hubCache();
  }

  private async run(args: A, signal: AbortSignal): Promise<T | undefined> {
    const key = this.options.key(args);
    this.local = undefined;
    if (key === null) {
      this.stale = undefined;
      return undefined;
    }
    if (this.staleKey !== key) {
      this.stale = undefined;
      this.staleKey = key;
    }
    // The request goes out first and does not wait for the cache: the cached answer is read while
    // it is on its way (opening IndexedDB in a fresh profile takes longer than the hub takes to answer).
    let answered = false;
    let loading: Promise<T>;
    try {
      loading = this.options.load(args, signal);
    } catch (error) {
      loading = Promise.reject(error);
    }
    const cached =
      this.stale !== undefined
        ? Promise.resolve()
        : this.cache()
            .get<T>(key)
            .then(
              (hit) => {
                if (hit !== undefined && !answered && !signal.aborted && this.staleKey === key && this.stale === undefined) {
                  this.stale = hit;
                  this.host.requestUpdate();
                }
              },
              () => undefined, // a failing cache is no cache
            );
    try {
      const value = await loading;
      answered = true;
      this.offlineSince = null;
      this.stale = { value, savedAt: this.now() };
      this.saveLater(key, value, this.stale.savedAt);
      return value;
    } catch (error) {
      if (isUnreachable(error)) this.offlineSince ??= this.now();
      // Offline: the cached answer, if there is one, is what the error is shown with.
      await cached;
      throw error;
    }
  }

  private staleKey: string | null = null;

  /**
   * Cache a fresh answer in a task of its own: IndexedDB structured-clones the value synchronously
   * in put(), which must not stand between the answer and its first render.
   */
  private saveLater(key: string, value: T, savedAt: number): void {
    setTimeout(() => void this.cache().put(key, value, savedAt), 0);
  }

  /** The best data available: a local edit, the fresh answer, else the cached one. */
  get value(): T | undefined {
    if (this.local !== undefined) return this.local.value;
    if (this.status === TaskStatus.COMPLETE && this.task.value !== undefined) return this.task.value;
    return this.stale?.value;
  }

  /** The task's status; INITIAL while the inputs have no key (a late answer for old inputs is ignored). */
  get status(): TaskStatus {
    return this.idle ? TaskStatus.INITIAL : this.task.status;
  }

  /** Replace the shown data after a save, and keep it in the cache. */
  set(value: T): void {
    this.local = { key: this.staleKey, value };
    if (this.staleKey !== null) void this.cache().put(this.staleKey, value, this.now());
    this.host.requestUpdate();
  }

  refresh(): Promise<void> {
    return this.task.run();
  }

  get error(): unknown {
    return this.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get pending(): boolean {
    return this.status === TaskStatus.PENDING;
  }

  /**
   * Render the data with its status: a loading line, an error, or the data plus an offline notice
   * when the data shown is older than the hub's last failure.
   */
  render(complete: (value: T) => unknown, empty: () => unknown = () => nothing): TemplateResult | unknown {
    const value = this.value;
    const status = this.status;
    if (value === undefined) {
      if (status === TaskStatus.ERROR) return errorNotice(this.task.error);
      if (status === TaskStatus.PENDING) return html`<p class="notice" role="status" part="status">Loading…</p>`;
      return empty();
    }
    const offline =
      status === TaskStatus.ERROR && this.offlineSince !== null
        ? html`<p class="notice offline" role="status" part="offline">
            Offline since ${formatDateTime(this.offlineSince)}: showing data saved ${formatDateTime(this.stale?.savedAt ?? this.offlineSince)}.
          </p>`
        : status === TaskStatus.ERROR
          ? errorNotice(this.task.error)
          : nothing;
    return html`${offline}${complete(value)}`;
  }
}

export function errorNotice(error: unknown): TemplateResult {
  const message = error instanceof Error ? error.message : String(error);
  return html`<p class="notice error" role="alert" part="error">${message}</p>`;
}
