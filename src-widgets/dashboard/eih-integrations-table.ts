import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { OutcomeSlice } from '../../src-shared/metrics/run-outcome';
import { EihElement } from '../base/eih-element';
import { drillDetail } from '../charts/drill';
import { HubDataController } from '../client/hub-data-controller';
import type { IntegrationRow } from '../client/hub-types';

export const OUTCOME_TONE: Record<OutcomeSlice, string> = {
  succeeded: 'success',
  failed: 'danger',
  timed_out: 'danger',
  cancelled: 'neutral',
  in_progress: 'info',
  never_run: 'neutral',
  unknown: 'warning',
};

/**
 * @summary The integrations table: Name, Active, Run, Day, Time, Last run status, Notes, and a
 * Review action.
 *
 * @event eih-review - Review was selected on an integration.
 * @event eih-drill-down - An integration's name was selected; detail lists its runs.
 * @csspart table - The table.
 * @csspart review - Each Review button.
 */
@customElement('eih-integrations-table')
export class EihIntegrationsTable extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .wrap {
        overflow-x: auto;
      }
      .status {
        color: var(--_tone);
        font-weight: 600;
      }
      .status::before {
        content: '●';
        margin-right: 0.3rem;
      }
      .problem {
        color: var(--_warning);
        display: block;
        font-size: 0.8rem;
      }
    `,
  ];

  @property({ attribute: false }) data?: IntegrationRow[];

  private readonly resource = new HubDataController(this, {
    args: () => [this.data, this.apiBase] as const,
    key: ([data, base]) => (data ? null : `${base}/dashboard/integrations`),
    load: () => this.hub.dashboardIntegrations(),
  });

  /** The rows last drawn: one click listener on the table finds a button's row by its index. */
  private drawn: readonly IntegrationRow[] = [];

  private onTableClick = (event: Event): void => {
    const button = (event.target as Element).closest?.('button[data-action]');
    const tr = button?.closest('tr');
    const row = tr ? this.drawn[tr.sectionRowIndex] : undefined;
    if (!button || row === undefined) return;
    if (button.getAttribute('data-action') === 'review') this.emit('eih-review', { connector: row.connector, name: row.name });
    else this.runs(row);
  };

  private runs(row: IntegrationRow): void {
    const detail = drillDetail({ chart: 'integration', connector: row.connector }, `Runs of ${row.name}`);
    if (detail !== null) this.emit('eih-drill-down', detail);
  }

  override render() {
    return html`<section class="card" part="base">
      <h3 id="caption">Integrations</h3>
      ${this.data ? this.renderTable(this.data) : this.resource.render((rows) => this.renderTable(rows))}
    </section>`;
  }

  private renderTable(rows: readonly IntegrationRow[]) {
    if (rows.length === 0) return html`<p class="notice" role="status">No integrations yet.</p>`;
    this.drawn = rows;
    return html`<div class="wrap" tabindex="0" role="region" aria-label="Integrations table">
      <table part="table" aria-labelledby="caption" @click=${this.onTableClick}>
        <thead>
          <tr>
            <th scope="col">Name</th><th scope="col">Active</th><th scope="col">Run</th><th scope="col">Day</th><th scope="col">Time</th>
            <th scope="col">Last run status</th><th scope="col">Notes</th><th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-connector=${row.connector}>
              <th scope="row"><button type="button" class="link" data-action="runs">${row.name}<span class="visually-hidden">: open its runs</span></button></th>
              <td>${row.active ? 'Yes' : 'No'}</td>
              <td>${row.runLabel}</td>
              <td>${row.day}</td>
              <td>${row.time}${row.time && row.timezone !== 'UTC' ? ` ${row.timezone}` : ''}${row.scheduleProblem ? html`<span class="problem">${row.scheduleProblem}</span>` : ''}</td>
              <td><span class="status" data-tone=${OUTCOME_TONE[row.lastRunStatus]}>${row.lastRunStatusLabel}</span></td>
              <td>${row.notes}</td>
              <td><button type="button" part="review" data-action="review" aria-label=${`Review ${row.name}`}>Review</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-integrations-table': EihIntegrationsTable;
  }
}
