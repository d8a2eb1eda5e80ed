import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { formatDateTime } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { ConnectorAsset } from '../client/hub-types';
import './eih-status-badge';

/**
 * @summary A connector's assets with their sync status (Pending, Synced, Error).
 *
 * @csspart table - The asset table.
 */
@customElement('eih-connector-assets')
export class EihConnectorAssets extends EihElement {
  @property({ attribute: 'connector-id' }) connectorId = '';

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId] as const,
    key: ([base, id]) => (id === '' ? null : `${base}/connectors/${id}/assets`),
    load: ([, id]) => this.hub.connectorAssets(id),
  });

  override render() {
    return html`<section class="card" part="base">
      <h3>Assets</h3>
      ${this.resource.render((assets) => this.renderTable(assets))}
    </section>`;
  }

  private renderTable(assets: ConnectorAsset[]) {
    if (assets.length === 0) return html`<p class="notice" role="status">No assets imported yet. The first sync may take several minutes.</p>`;
    return html`<table part="table">
      <thead><tr><th scope="col">Asset</th><th scope="col">IPv4</th><th scope="col">Operating system</th><th scope="col">Sync status</th><th scope="col">Last synced</th><th scope="col">Error</th></tr></thead>
      <tbody>
        ${assets.map(
          (a) => html`<tr>
            <th scope="row">${a.fqdn || a.hostname || a.tenable_uuid || a.sys_id}</th>
            <td>${a.ipv4 ?? ''}</td>
            <td>${a.os ?? ''}</td>
            <td><eih-status-badge status=${a.sync_status ?? 'pending'}></eih-status-badge></td>
            <td>${formatDateTime(a.last_synced)}</td>
            <td>${a.error ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-assets': EihConnectorAssets;
  }
}
