import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { FAILURE_STAGES, LOG_LEVELS } from '../../src-shared/model/vocabulary';
import { EihElement } from '../base/eih-element';
import { formatDateTime, label } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { LogRecord } from '../client/hub-types';

/**
 * @summary A connector's logs: error message, timestamp and stage, filtered by stage and level.
 *
 * @csspart filters - The stage and level filters.
 * @csspart table - The log table.
 */
@customElement('eih-connector-logs')
export class EihConnectorLogs extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      td.message {
        white-space: pre-wrap;
        word-break: break-word;
      }
      tr[data-level='error'] td.level {
        color: var(--_danger);
        font-weight: 600;
      }
      tr[data-level='warn'] td.level {
        color: var(--_warning);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: 'connector-id' }) connectorId = '';
  @property() stage = '';
  @property() level = '';
  /** Only entries at or after this ISO instant. */
  @property() since = '';

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId, this.stage, this.level, this.since] as const,
    key: ([base, id, stage, level, since]) => (id === '' ? null : `${base}/connectors/${id}/logs?stage=${stage}&level=${level}&since=${since}`),
    load: ([, id, stage, level, since]) => this.hub.connectorLogs(id, { stage, level, since }),
  });

  override render() {
    return html`<section class="card" part="base">
      <h3>Logs</h3>
      <div class="row" part="filters">
        <label>Stage <select name="stage" @change=${(e: Event) => (this.stage = (e.target as HTMLSelectElement).value)}>
          <option value="">All stages</option>
          ${FAILURE_STAGES.map((s) => html`<option value=${s} ?selected=${s === this.stage}>${label(s)}</option>`)}
        </select></label>
        <label>Level <select name="level" @change=${(e: Event) => (this.level = (e.target as HTMLSelectElement).value)}>
          <option value="">All levels</option>
          ${LOG_LEVELS.map((l) => html`<option value=${l} ?selected=${l === this.level}>${label(l)}</option>`)}
        </select></label>
        <button type="button" @click=${() => this.resource.refresh()}>Refresh</button>
      </div>
      ${this.resource.render((logs) => this.renderTable(logs))}
    </section>`;
  }

  private renderTable(logs: LogRecord[]) {
    if (logs.length === 0) return html`<p class="notice" role="status">No log entries match.</p>`;
    return html`<table part="table">
      <thead><tr><th scope="col">Timestamp</th><th scope="col">Level</th><th scope="col">Stage</th><th scope="col">Message</th><th scope="col">Status code</th></tr></thead>
      <tbody>
        ${logs.map(
          (l) => html`<tr data-level=${l.level ?? ''}>
            <td>${formatDateTime(l.created)}</td>
            <td class="level">${label(l.level)}</td>
            <td>${label(l.stage)}</td>
            <td class="message">${l.message ?? ''}</td>
            <td>${l.status_code ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-logs': EihConnectorLogs;
  }
}
