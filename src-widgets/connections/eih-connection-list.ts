import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { formatDateTime, label } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { ConnectionRecord } from '../client/hub-types';
import '../connectors/eih-status-badge';

/**
 * @summary The connections list: Name, Active, Connection Alias, Platform, Status, Status Code, Updated.
 *
 * @event eih-navigate - Open a connection (`/connections/{id}`) or a new one (`/connections/new`).
 * @csspart table - The table.
 */
@customElement('eih-connection-list')
export class EihConnectionList extends EihElement {
  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase] as const,
    key: ([base]) => `${base}/connections`,
    load: async () => (await this.hub.connections({ limit: 500 })).records,
  });

  refresh(): Promise<void> {
    return this.resource.refresh();
  }

  override render() {
    return html`<section class="card" part="base">
      <div class="row" style="justify-content: space-between">
        <h2>Connections</h2>
        <button type="button" class="primary" @click=${() => this.emit('eih-navigate', { route: '/connections/new' })}>New connection</button>
      </div>
      ${this.resource.render((rows) => this.renderTable(rows))}
    </section>`;
  }

  private renderTable(rows: ConnectionRecord[]) {
    if (rows.length === 0) return html`<p class="notice" role="status">No connections yet.</p>`;
    return html`<table part="table">
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Active</th><th scope="col">Connection alias</th><th scope="col">Platform</th><th scope="col">Status</th><th scope="col">Status code</th><th scope="col">Updated</th></tr>
      </thead>
      <tbody>
        ${rows.map(
          (c) => html`<tr data-id=${c.sys_id}>
            <th scope="row"><button type="button" class="link" @click=${() => this.emit('eih-navigate', { route: `/connections/${c.sys_id}` })}>${c.name ?? c.sys_id}</button></th>
            <td>${c.active ? 'Yes' : 'No'}</td>
            <td>${c.connection_alias ?? ''}</td>
            <td>${label(c.platform)}</td>
            <td><eih-status-badge status=${c.status ?? ''}></eih-status-badge></td>
            <td>${c.status_code ?? ''}</td>
            <td>${formatDateTime(c.updated ?? c.sys_updated_on)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connection-list': EihConnectionList;
  }
}
