import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { formatDateTime, formatNumber, label } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { RunRecord, RunSnapshot } from '../client/hub-types';

/**
 * @summary A connector's runs, with Execute Now (and the Full data import checkbox), Cancel, and the
 * live progress of the running run over Server-Sent Events.
 *
 * @event eih-execute - A run was started.
 * @event eih-run-progress - A live snapshot of the running run arrived.
 * @csspart progress - The live progress panel.
 * @csspart table - The runs table.
 */
@customElement('eih-connector-runs')
export class EihConnectorRuns extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .progress {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
        gap: 0.25rem 1rem;
      }
      td.message {
        white-space: pre-wrap;
        word-break: break-word;
      }
    `,
  ];

  @property({ attribute: 'connector-id' }) connectorId = '';
  @property({ type: Number }) limit = 20;

  @state() private fullImport = false;
  @state() private busy = false;
  @state() private problem: unknown = null;
  @state() private live: RunSnapshot | null = null;
  private stopWatching: (() => void) | null = null;

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId, this.limit] as const,
    key: ([base, id, limit]) => (id === '' ? null : `${base}/runs?connector=${id}&limit=${limit}`),
    load: async ([, id, limit]) => {
      const runs = (await this.hub.runs({ query: `connector=${id}^ORDERBYDESCsys_created_on`, limit })).records;
      this.followActive(runs);
      return runs;
    },
  });

  /**
   * A run already under way when the list loads (the wizard's first sync, a scheduled run, one
   * started in another tab) is followed live too, not only one started with Execute now here.
   */
  private followActive(runs: readonly RunRecord[]): void {
    const active = runs.find((r) => r.state !== undefined && r.state !== null && r.state !== 'complete');
    if (active === undefined || this.live?.sys_id === active.sys_id) return;
    this.watch(active);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = null;
  }

  private async execute(): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      const run = await this.hub.execute(this.connectorId, this.fullImport);
      this.emit('eih-execute', { run, fullImport: this.fullImport });
      this.watch(run);
      void this.resource.refresh();
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  private async cancel(): Promise<void> {
    this.problem = null;
    try {
      await this.hub.connectorAction(this.connectorId, 'cancel');
    } catch (error) {
      this.problem = error;
    }
  }

  /** Follow one run's snapshots until it completes; then the list is reloaded. */
  watch(run: Pick<RunRecord, 'sys_id' | 'connector' | 'state' | 'substate'>): void {
    this.stopWatching?.();
    this.live = { sys_id: run.sys_id, connector: run.connector ?? this.connectorId, state: run.state ?? 'queued', substate: run.substate ?? 'none', pages: 0, records_fetched: 0, records_processed: 0 };
    this.stopWatching = this.hub.watchRuns(run.sys_id, (snapshot) => {
      this.live = snapshot;
      this.emit('eih-run-progress', { snapshot });
      if (snapshot.state === 'complete') {
        this.stopWatching?.();
        this.stopWatching = null;
        void this.resource.refresh();
      }
    });
  }

  override render() {
    const running = this.live !== null && this.live.state !== 'complete';
    return html`<section class="card" part="base">
      <h3>Runs</h3>
      <div class="row">
        <label><input type="checkbox" name="full-import" .checked=${this.fullImport} @change=${(e: Event) => (this.fullImport = (e.target as HTMLInputElement).checked)} /> Full data import</label>
        <button type="button" class="primary" ?disabled=${this.busy || running} @click=${this.execute}>Execute now</button>
        ${running ? html`<button type="button" @click=${this.cancel}>Cancel run</button>` : nothing}
      </div>
      <p class="muted">A run that failed on a network interruption or a corrupted transform: tick Full data import and execute it again.</p>
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.live ? this.renderLive(this.live) : nothing}
      ${this.resource.render((runs) => this.renderTable(runs))}
    </section>`;
  }

  private renderLive(s: RunSnapshot) {
    const done = s.state === 'complete';
    return html`<div part="progress" class="notice ${done ? (s.substate === 'succeeded' ? 'success' : 'error') : ''}" role="status" aria-live="polite" aria-busy=${done ? 'false' : 'true'}>
      <strong>${done ? `Run ${label(s.substate)}` : `Run ${label(s.state)}…`}</strong>
      <div class="progress">
        <span>Pages: ${formatNumber(s.pages)}</span>
        <span>Fetched: ${formatNumber(s.records_fetched)}</span>
        <span>Processed: ${formatNumber(s.records_processed)}</span>
      </div>
      ${s.failure_message ? html`<p class="message">${s.failure_message}</p>` : nothing}
    </div>`;
  }

  private renderTable(runs: RunRecord[]) {
    if (runs.length === 0) return html`<p class="notice" role="status">No runs yet.</p>`;
    return html`<table part="table">
      <thead><tr><th scope="col">Number</th><th scope="col">State</th><th scope="col">Trigger</th><th scope="col">Full</th><th scope="col">Started</th><th scope="col">Ended</th><th scope="col" class="num">Processed</th><th scope="col">Failure</th></tr></thead>
      <tbody>
        ${runs.map(
          (r) => html`<tr data-id=${r.sys_id}>
            <td>${r.number ?? r.sys_id}</td>
            <td>${label(r.state)}${r.substate && r.substate !== 'none' ? ` · ${label(r.substate)}` : ''}</td>
            <td>${label(r.trigger)}</td>
            <td>${r.full_import ? 'Yes' : 'No'}</td>
            <td>${formatDateTime(r.started)}</td>
            <td>${formatDateTime(r.ended)}</td>
            <td class="num">${formatNumber(r.records_processed)}</td>
            <td class="message">${r.failure_stage ? `${label(r.failure_stage)}: ` : ''}${r.failure_message ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-runs': EihConnectorRuns;
  }
}
