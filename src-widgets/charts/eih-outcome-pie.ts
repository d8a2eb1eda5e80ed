import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { arc, pie, type PieArcDatum } from 'd3-shape';
import type { ConnectorRow } from '../../src-shared/metrics/metric-rows';
import type { OutcomeSlice } from '../../src-shared/metrics/run-outcome';
import { lastRunOutcomes, type OutcomeShare } from '../../src-shared/metrics/runs-per-integration';
import { EihElement } from '../base/eih-element';
import { formatNumber, formatPercent } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { IntegrationRow } from '../client/hub-types';
import { chartStyles } from './chart.styles';
import { drillDetail } from './drill';

/** Slice colours: clear status colours, neutral greys for "nothing to say". */
const SLICE_COLOUR: Record<OutcomeSlice, string> = {
  succeeded: 'var(--_c-succeeded)',
  failed: 'var(--_c-failed)',
  timed_out: 'var(--_warning)',
  cancelled: 'var(--_neutral)',
  in_progress: 'var(--_info)',
  never_run: 'var(--_border)',
  unknown: 'var(--_muted)',
};

/** A `last_run_status` text that reads back as the row's slice (the core owns the mapping). */
const STATUS_OF_SLICE: Record<OutcomeSlice, string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
  timed_out: 'timed_out',
  in_progress: 'running',
  never_run: '',
  unknown: '?',
};

export function connectorRowsOf(rows: readonly IntegrationRow[]): ConnectorRow[] {
  return rows.map((row) => ({ sys_id: row.connector, name: row.name, last_run_status: STATUS_OF_SLICE[row.lastRunStatus] }));
}

const R = 90;

/**
 * @summary Share of last-run outcomes across integrations (pie chart).
 *
 * @event eih-drill-down - A slice or legend entry was selected; detail lists the integrations in it.
 * @csspart chart - The SVG.
 * @csspart legend - The legend, which doubles as the data table.
 * @cssproperty --eih-chart-succeeded - Succeeded slice colour.
 * @cssproperty --eih-chart-failed - Failed slice colour.
 */
@customElement('eih-outcome-pie')
export class EihOutcomePie extends EihElement {
  static override styles = [...EihElement.styles, chartStyles];

  /** Integrations (rows of `/dashboard/integrations`) given directly; when set nothing is fetched. */
  @property({ attribute: false }) data?: IntegrationRow[];

  @state() private tip: { x: number; y: number; text: string } | null = null;

  private readonly resource = new HubDataController(this, {
    args: () => [this.data, this.apiBase] as const,
    key: ([data, base]) => (data ? null : `${base}/dashboard/integrations`),
    load: () => this.hub.dashboardIntegrations(),
  });

  private drill(share: OutcomeShare, rows: readonly IntegrationRow[]): void {
    const detail = drillDetail({ chart: 'last_run', slice: share.slice, connectors: connectorRowsOf(rows) }, `Integrations whose last run: ${share.label}`);
    if (detail !== null) this.emit('eih-drill-down', detail);
  }

  override render() {
    return html`<section class="card" part="base">
      <div class="head"><h3>Last run outcomes</h3></div>
      ${this.data ? this.renderChart(this.data) : this.resource.render((rows) => this.renderChart(rows))}
    </section>`;
  }

  private renderChart(rows: readonly IntegrationRow[]) {
    const shares = lastRunOutcomes(connectorRowsOf(rows));
    const arcs = pie<OutcomeShare>()
      .value((s) => s.count)
      .sort(null)(shares.filter((s) => s.count > 0));
    const path = arc<PieArcDatum<OutcomeShare>>().innerRadius(R * 0.55).outerRadius(R);
    const summary = `Last run outcomes of ${rows.length} integrations: ${shares
      .filter((s) => s.count > 0)
      .map((s) => `${s.label} ${s.count}`)
      .join(', ') || 'none'}.`;
    return html`
      <div class="plot">
        <svg viewBox="${-R - 4} ${-R - 4} ${2 * R + 8} ${2 * R + 8}" role="img" aria-label=${summary} part="chart" style="max-width: 220px; margin: 0 auto">
          ${arcs.map((a) => {
            const [cx, cy] = path.centroid(a);
            return svg`<path data-hit data-slice=${a.data.slice} d=${path(a) ?? ''} fill=${SLICE_COLOUR[a.data.slice]}
              @click=${() => this.drill(a.data, rows)}
              @pointerenter=${() => (this.tip = { x: cx, y: cy, text: `${a.data.label}\n${a.data.count} of ${rows.length} (${formatPercent(a.data.share)})` })}
              @pointerleave=${() => (this.tip = null)}></path>`;
          })}
          <text text-anchor="middle" y="4" style="font-size: 16px; fill: var(--_text)">${rows.length}</text>
        </svg>
        ${this.tip
          ? html`<div class="tip" role="tooltip" style="left:${((this.tip.x + R + 4) / (2 * R + 8)) * 100}%;top:${((this.tip.y + R + 4) / (2 * R + 8)) * 100}%">${this.tip.text}</div>`
          : nothing}
      </div>
      <table part="legend">
        <caption class="visually-hidden">Last run outcomes</caption>
        <thead><tr><th scope="col">Outcome</th><th scope="col" class="num">Integrations</th><th scope="col" class="num">Share</th></tr></thead>
        <tbody>
          ${shares.map(
            (s) => html`<tr>
              <th scope="row"><span class="swatch" style="--_swatch: ${SLICE_COLOUR[s.slice]}"></span>${s.label}</th>
              <td class="num">${s.count === 0
                ? '0'
                : html`<button type="button" class="link" data-slice=${s.slice} @click=${() => this.drill(s, rows)}>${formatNumber(s.count)}<span class="visually-hidden"> integrations whose last run: ${s.label}: open the list</span></button>`}</td>
              <td class="num">${formatPercent(s.share)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-outcome-pie': EihOutcomePie;
  }
}
