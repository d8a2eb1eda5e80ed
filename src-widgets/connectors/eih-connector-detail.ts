import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import type { EihEvent } from '../base/events';
import { formatDateTime } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { ConnectionTestResult, ConnectorRecord } from '../client/hub-types';
import './eih-status-badge';
import './eih-connector-runs';
import './eih-connector-logs';
import './eih-connector-assets';
import './eih-status-mapping';
import './eih-severity-filter';

const TABS = ['runs', 'logs', 'assets', 'settings'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = { runs: 'Runs', logs: 'Logs', assets: 'Assets', settings: 'Mapping and filters' };
type Action = 'enable' | 'disable' | 'delete' | 'test';

/**
 * @summary One connector: lifecycle status badge and health, warning, Check connection, Disable /
 * Enable / Delete (with confirmation), and tabs for runs (Execute Now, live progress), logs,
 * assets with sync status, and its status mapping and severity filters.
 *
 * @event eih-connector-changed - Enable, disable, delete or test done.
 * @csspart header - Name, status and actions.
 * @csspart tabs - The tab list.
 * @csspart dialog - The confirmation dialog.
 */
@customElement('eih-connector-detail')
export class EihConnectorDetail extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      [role='tablist'] {
        display: flex;
        gap: 0.25rem;
        border-bottom: 1px solid var(--_border);
        margin: 0.75rem 0 0.5rem;
      }
      [role='tab'] {
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--_accent);
        font-weight: 600;
      }
      dialog {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        max-width: 28rem;
      }
    `,
  ];

  @property({ attribute: 'connector-id' }) connectorId = '';
  @property() tab: Tab = 'runs';

  @state() private pending: Action | null = null;
  @state() private confirming: Action | null = null;
  @state() private problem: unknown = null;
  @state() private message = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId] as const,
    key: ([base, id]) => (id === '' ? null : `${base}/connectors/${id}`),
    load: ([, id]) => this.hub.connector(id),
  });

  private ask(action: Action): void {
    if (action === 'enable' || action === 'test') {
      void this.act(action);
      return;
    }
    this.confirming = action;
    void this.updateComplete.then(() => this.dialog?.showModal());
  }

  private closeDialog(confirmed: boolean): void {
    const action = this.confirming;
    this.dialog?.close();
    this.confirming = null;
    if (confirmed && action) void this.act(action);
  }

  private async act(action: Action): Promise<void> {
    this.pending = action;
    this.problem = null;
    this.message = '';
    try {
      if (action === 'test') {
        await this.checkConnection();
        return;
      }
      const connector = action === 'delete' ? await this.hub.deleteConnector(this.connectorId) : await this.hub.connectorAction(this.connectorId, action);
      if (connector && typeof connector === 'object' && 'sys_id' in connector) this.resource.set(connector);
      this.message =
        action === 'delete'
          ? 'Deleting the connector and its data…'
          : action === 'disable'
            ? 'Connector disabled: it stops fetching; its data is kept.'
            : 'Connector enabled: syncing resumes.';
      this.emit('eih-connector-changed', { connector, action });
    } catch (error) {
      this.problem = error;
    } finally {
      this.pending = null;
    }
  }

  /**
   * Check connection answers with the test result, not the connector; the hub has meanwhile set
   * the health (and warning) of every connector on that connection, so the connector is reloaded.
   */
  private async checkConnection(): Promise<void> {
    const result = (await this.hub.connectorAction(this.connectorId, 'test')) as unknown as Partial<ConnectionTestResult>;
    await this.resource.refresh();
    if (result.status === 'error') this.problem = new Error(`Connection check failed${result.status_code ? ` (HTTP ${result.status_code})` : ''}: ${result.message ?? ''} ${result.suggestion ?? ''}`.trim());
    else this.message = `Connection checked${result.status_code ? ` (HTTP ${result.status_code})` : ''}: ${result.message ?? 'the connection with Tenable is active.'}`;
    const connector = this.resource.value;
    if (connector) this.emit('eih-connector-changed', { connector, action: 'test' });
  }

  /** A run that ends changes the connector's status, health and last success: reload it. */
  private onRunProgress = (event: EihEvent<'eih-run-progress'>): void => {
    if (event.detail.snapshot.state === 'complete') void this.resource.refresh();
  };

  private onTabKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(TABS.indexOf(this.tab) + step + TABS.length) % TABS.length] as Tab;
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  override render() {
    return html`<section class="card" part="base">
      ${this.resource.render((c) => this.renderConnector(c))}
    </section>`;
  }

  private renderConnector(c: ConnectorRecord) {
    const disabled = c.status === 'disabled';
    const deleting = c.status === 'deleting';
    return html`
      <header part="header">
        <div>
          <h2>${c.name ?? c.sys_id}</h2>
          <eih-status-badge status=${c.status ?? ''} health=${c.health ?? ''}></eih-status-badge>
          ${c.last_success_at ? html`<span class="muted">Last success ${formatDateTime(c.last_success_at)}</span>` : nothing}
        </div>
        <div class="row">
          <button type="button" ?disabled=${this.pending !== null || deleting} @click=${() => this.ask('test')}>Check connection</button>
          ${disabled
            ? html`<button type="button" ?disabled=${this.pending !== null || deleting} @click=${() => this.ask('enable')}>Enable</button>`
            : html`<button type="button" ?disabled=${this.pending !== null || deleting} @click=${() => this.ask('disable')}>Disable</button>`}
          <button type="button" class="danger" ?disabled=${this.pending !== null || deleting} @click=${() => this.ask('delete')}>Delete</button>
        </div>
      </header>
      ${c.warning ? html`<p class="notice warning" role="status">${c.warning}</p>` : nothing}
      ${this.message ? html`<p class="notice success" role="status">${this.message}</p>` : nothing}
      ${this.problem ? errorNotice(this.problem) : nothing}
      <div role="tablist" aria-label="Connector" part="tabs" @keydown=${this.onTabKey}>
        ${TABS.map(
          (t) => html`<button type="button" role="tab" id="tab-${t}" aria-selected=${this.tab === t ? 'true' : 'false'} aria-controls="panel" tabindex=${this.tab === t ? '0' : '-1'} @click=${() => (this.tab = t)}>${TAB_LABELS[t]}</button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}" @eih-run-progress=${this.onRunProgress}>${this.renderTab(c)}</div>
      <dialog part="dialog" aria-labelledby="confirm-title" @cancel=${() => (this.confirming = null)}>
        ${this.confirming
          ? html`<h3 id="confirm-title">${this.confirming === 'delete' ? 'Delete this connector?' : 'Disable this connector?'}</h3>
              <p>${this.confirming === 'delete'
                ? html`<strong>${c.name}</strong> and the data it imported will be removed. This cannot be undone.`
                : html`<strong>${c.name}</strong> stops fetching new data. Existing data is kept and you can enable it again at any time.`}</p>
              <div class="row">
                <button type="button" class=${this.confirming === 'delete' ? 'danger' : 'primary'} data-confirm @click=${() => this.closeDialog(true)}>${this.confirming === 'delete' ? 'Delete' : 'Disable'}</button>
                <button type="button" data-cancel @click=${() => this.closeDialog(false)}>Cancel</button>
              </div>`
          : nothing}
      </dialog>
    `;
  }

  private renderTab(c: ConnectorRecord) {
    const common = { base: this.apiBase, client: this.client };
    switch (this.tab) {
      case 'runs':
        return html`<eih-connector-runs api-base=${common.base} .client=${common.client} connector-id=${c.sys_id}></eih-connector-runs>`;
      case 'logs':
        return html`<eih-connector-logs api-base=${common.base} .client=${common.client} connector-id=${c.sys_id}></eih-connector-logs>`;
      case 'assets':
        return html`<eih-connector-assets api-base=${common.base} .client=${common.client} connector-id=${c.sys_id}></eih-connector-assets>`;
      default:
        return html`<eih-status-mapping api-base=${common.base} .client=${common.client} connector-id=${c.sys_id}></eih-status-mapping>
          <eih-severity-filter api-base=${common.base} .client=${common.client} connector-id=${c.sys_id}></eih-severity-filter>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-detail': EihConnectorDetail;
  }
}
