import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { outcomeOfStatus, OUTCOME_LABELS } from '../../src-shared/metrics/run-outcome';
import { EihElement } from '../base/eih-element';
import { formatDateTime } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { ConnectorRecord } from '../client/hub-types';
import './eih-status-badge';

/**
 * @summary The connectors list with lifecycle status, health, warning and last run.
 *
 * @event eih-navigate - Open a connector (`/connectors/{id}`) or the wizard (`/connectors/new`).
 * @csspart table - The table.
 */
@customElement('eih-connector-list')
export class EihConnectorList extends EihElement {
  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase] as const,
    key: ([base]) => `${base}/connectors`,
    load: async () => (await this.hub.connectors({ limit: 500 })).records,
  });

  override render() {
    return html`<section class="card" part="base">
      <div class="row" style="justify-content: space-between">
        <h2>Connectors</h2>
        <button type="button" class="primary" @click=${() => this.emit('eih-navigate', { route: '/connectors/new' })}>New connector</button>
      </div>
      ${this.resource.render((rows) => this.renderTable(rows))}
    </section>`;
  }

  private renderTable(rows: ConnectorRecord[]) {
    if (rows.length === 0) return html`<p class="notice" role="status">No connectors yet.</p>`;
    return html`<table part="table">
      <thead><tr><th scope="col">Name</th><th scope="col">Status</th><th scope="col">Last run</th><th scope="col">Last success</th><th scope="col">Warning</th></tr></thead>
      <tbody>
        ${rows.map(
          (c) => html`<tr data-id=${c.sys_id}>
            <th scope="row"><button type="button" class="link" @click=${() => this.emit('eih-navigate', { route: `/connectors/${c.sys_id}` })}>${c.name ?? c.sys_id}</button></th>
            <td><eih-status-badge status=${c.status ?? ''} health=${c.health ?? ''}></eih-status-badge></td>
            <td>${OUTCOME_LABELS[outcomeOfStatus(c.last_run_status)]}</td>
            <td>${formatDateTime(c.last_success_at)}</td>
            <td>${c.warning ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-list': EihConnectorList;
  }
}
