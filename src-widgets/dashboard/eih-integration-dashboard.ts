import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import type { EihEvent, EihEventDetails } from '../base/events';
import type { IngestionHealth, IntegrationRow, ProcessingHealth, RunsPerIntegration } from '../client/hub-types';
import '../charts/eih-runs-chart';
import '../charts/eih-outcome-pie';
import '../charts/eih-ingestion-health';
import '../charts/eih-processing-health';
import '../records/eih-record-list';
import './eih-integrations-table';

/** All four dashboard answers, for a page that already has them (nothing is then fetched). */
export interface DashboardData {
  runs: RunsPerIntegration;
  ingestion: IngestionHealth;
  processing: ProcessingHealth;
  integrations: IntegrationRow[];
}

/**
 * @summary The integration review dashboard: runs per integration (7 / 30 days), last-run outcomes,
 * ingestion health, processing health and the integrations table. Selecting any part opens the
 * records behind it in place.
 *
 * @event eih-drill-down - Re-dispatched from every part; call preventDefault() to show the list yourself.
 * @event eih-window-change - The 7 / 30 day toggle changed.
 * @event eih-review - Review was selected on an integration.
 * @csspart toolbar - The title bar with the window toggle.
 * @csspart drill-down - The list of records opened by a selection.
 * @cssproperty --eih-dashboard-gap - Space between the dashboard's cards.
 */
@customElement('eih-integration-dashboard')
export class EihIntegrationDashboard extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .grid {
        display: grid;
        gap: var(--eih-dashboard-gap, 0.75rem);
        grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      }
      .wide {
        grid-column: 1 / -1;
      }
      .toolbar {
        display: flex;
        justify-content: space-between;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 0.75rem;
      }
      .toolbar h2 {
        margin: 0;
      }
      .drill {
        margin-bottom: 0.75rem;
      }
      /* Wide screens: the runs chart takes two thirds and the outcomes one third of one row (an
         auto-fit grid left an empty fourth column there). */
      @media (min-width: 60rem) {
        .grid {
          grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr);
        }
      }
    `,
  ];

  /** Window for the runs chart and the ingestion highlights. */
  @property({ type: Number, reflect: true }) days: 7 | 30 = 7;
  /** Review one integration (sys_id); empty for all. */
  @property() connector: string | null = null;
  @property({ attribute: false }) data?: DashboardData;

  @state() private drill: EihEventDetails['eih-drill-down'] | null = null;

  private onDrill = (event: EihEvent<'eih-drill-down'>): void => {
    if (event.target === this) return;
    // Re-dispatched from the dashboard so a page can take over (preventDefault) or just listen.
    event.stopPropagation();
    if (this.emit('eih-drill-down', event.detail)) {
      this.drill = event.detail;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.drill')?.focus());
    }
  };

  private onWindow = (event: EihEvent<'eih-window-change'>): void => {
    if (event.target === this) return;
    this.days = event.detail.days;
  };

  private setDays(days: 7 | 30): void {
    if (this.days === days) return;
    this.days = days;
    this.emit('eih-window-change', { days });
  }

  override render() {
    const d = this.data;
    const common = { base: this.apiBase, client: this.client, theme: this.theme };
    return html`
      <div class="toolbar" part="toolbar">
        <h2>Integration review</h2>
        <div class="row" role="group" aria-label="Window">
          ${([7, 30] as const).map((n) => html`<button type="button" aria-pressed=${this.days === n ? 'true' : 'false'} @click=${() => this.setDays(n)}>${n} days</button>`)}
        </div>
      </div>
      ${this.drill
        ? html`<div class="drill" tabindex="-1" part="drill-down">
            <eih-record-list api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .drillDown=${this.drill.drillDown} heading=${this.drill.title}>
              <button slot="actions" type="button" @click=${() => (this.drill = null)}>Close list</button>
            </eih-record-list>
          </div>`
        : nothing}
      <div class="grid" @eih-drill-down=${this.onDrill} @eih-window-change=${this.onWindow}>
        <eih-runs-chart class="runs" no-toggle api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .days=${this.days} .connector=${this.connector} .data=${d?.runs}></eih-runs-chart>
        <eih-outcome-pie api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .data=${d?.integrations}></eih-outcome-pie>
        <eih-ingestion-health class="wide" api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .days=${this.days} .connector=${this.connector} .data=${d?.ingestion}></eih-ingestion-health>
        <eih-processing-health class="wide" api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .connector=${this.connector} .data=${d?.processing}></eih-processing-health>
        <eih-integrations-table class="wide" api-base=${common.base} .client=${common.client} theme=${common.theme ?? nothing} .data=${d?.integrations}></eih-integrations-table>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-integration-dashboard': EihIntegrationDashboard;
  }
}
