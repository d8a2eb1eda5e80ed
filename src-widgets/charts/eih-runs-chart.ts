import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { RunsSelection } from '../../src-shared/metrics/drill-down';
import { EihElement } from '../base/eih-element';
import { formatDay, formatNumber } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { RunsPerIntegration } from '../client/hub-types';
import { chartStyles } from './chart.styles';
import { drillDetail } from './drill';

interface Bar {
  key: string;
  label: string;
  succeeded: number;
  failed: number;
  selection: RunsSelection;
}

const W = 640;
const H = 240;
const M = { top: 10, right: 8, bottom: 46, left: 36 };
/** Widest bar, in viewBox units: two integrations should not look like two walls. */
const MAX_BAND = 80;
/** Average width of one 10px label character, in viewBox units. */
const CHAR_WIDTH = 6.5;
/** A band step from which labels are written upright (about 12 characters). */
const UPRIGHT_MIN_STEP = 72;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Outer padding (in steps) that keeps bars at most MAX_BAND wide, centred in the plot. */
function outerPadding(count: number, width: number, inner = 0.2): number {
  if (count === 0) return 0.2;
  const step = MAX_BAND / (1 - inner);
  return Math.max(0.2, (width / step - count + inner) / 2);
}

/**
 * @summary Integration runs: succeeded and failed runs per integration (bar chart) for the last 7 or 30 days.
 * With one integration (a `connector` set) the bars are its days instead.
 *
 * @event eih-drill-down - A bar segment or table cell was selected; detail has the runs' drill-down.
 * @event eih-window-change - The 7 / 30 day toggle changed.
 * @csspart chart - The SVG.
 * @csspart table - The data-table alternative.
 * @csspart toggle - The 7 / 30 day buttons.
 * @cssproperty --eih-chart-succeeded - Succeeded bar colour.
 * @cssproperty --eih-chart-failed - Failed bar colour.
 */
@customElement('eih-runs-chart')
export class EihRunsChart extends EihElement {
  static override styles = [...EihElement.styles, chartStyles];

  /** Window in days: 7 or 30. */
  @property({ type: Number, reflect: true }) days: 7 | 30 = 7;
  /** Restrict to one integration (sys_id). */
  @property() connector: string | null = null;
  /** Data given directly; when set nothing is fetched. */
  @property({ attribute: false }) data?: RunsPerIntegration;
  /** Hide the 7 / 30 toggle (a parent owns it). */
  @property({ type: Boolean, attribute: 'no-toggle' }) noToggle = false;

  @state() private tip: { x: number; y: number; text: string } | null = null;
  /** The data table is rendered only once opened: it is the larger half of the DOM. */
  @state() private tableOpen = false;

  private onToggleTable = (event: Event): void => {
    this.tableOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly resource = new HubDataController(this, {
    args: () => [this.data, this.apiBase, this.days, this.connector] as const,
    key: ([data, base, days, connector]) => (data ? null : `${base}/dashboard/runs?days=${days}&connector=${connector ?? ''}`),
    load: ([, , days, connector]) => this.hub.dashboardRuns(days, connector),
  });

  /** The bars last drawn, with the point a tooltip points at; segments carry their index. */
  private drawn: { bar: Bar; x: number; y: number }[] = [];

  /**
   * One set of listeners on the SVG instead of three per segment (a 50-integration chart had 300).
   * Capturing, so they also see events that do not bubble (pointerenter, pointerleave).
   */
  private readonly onChart = {
    capture: true,
    handleEvent: (event: Event): void => {
      const segment = (event.target as Element).closest?.('rect[data-hit]');
      const shown = segment ? this.drawn[Number(segment.getAttribute('data-index'))] : undefined;
      if (event.type === 'pointerleave') {
        if (segment) this.hideTip();
      } else if (shown !== undefined && segment) {
        if (event.type === 'click') this.drill(shown.bar, segment.getAttribute('data-outcome') === 'failed' ? 'failed' : 'succeeded');
        else this.showTip(shown.bar, shown.x, shown.y);
      }
    },
  };

  private setDays(days: 7 | 30): void {
    if (days === this.days) return;
    this.days = days;
    this.emit('eih-window-change', { days });
  }

  private barsOf(data: RunsPerIntegration): Bar[] {
    const only = data.integrations.length === 1 ? data.integrations[0] : undefined;
    if (only !== undefined) {
      return only.days.map((d) => ({
        key: d.day,
        label: formatDay(d.day),
        succeeded: d.succeeded,
        failed: d.failed,
        selection: { connector: only.connector, fromDay: d.day },
      }));
    }
    return data.integrations.map((i) => ({
      key: i.connector,
      label: i.name,
      succeeded: i.totals.succeeded,
      failed: i.totals.failed,
      selection: { connector: i.connector, fromDay: data.from, toDay: data.to },
    }));
  }

  private drill(bar: Bar, outcome: 'succeeded' | 'failed'): void {
    const detail = drillDetail({ chart: 'runs', ...bar.selection, outcome }, `${outcome === 'succeeded' ? 'Succeeded' : 'Failed'} runs: ${bar.label}`);
    if (detail !== null) this.emit('eih-drill-down', detail);
  }

  private figures(bar: Bar): string {
    return `${bar.label}\nSucceeded: ${formatNumber(bar.succeeded)}\nFailed: ${formatNumber(bar.failed)}`;
  }

  override render() {
    return html`
      <section class="card" part="base">
        <div class="head">
          <h3 id="title">Integration runs</h3>
          ${this.noToggle
            ? nothing
            : html`<div class="row" role="group" aria-label="Window" part="toggle">
                ${([7, 30] as const).map(
                  (d) => html`<button type="button" aria-pressed=${this.days === d ? 'true' : 'false'} @click=${() => this.setDays(d)}>${d} days</button>`,
                )}
              </div>`}
        </div>
        ${this.data ? this.renderChart(this.data) : this.resource.render((v) => this.renderChart(v))}
      </section>
    `;
  }

  private renderChart(data: RunsPerIntegration) {
    const bars = this.barsOf(data);
    const x = scaleBand<string>()
      .domain(bars.map((b) => b.key))
      .range([M.left, W - M.right])
      .paddingInner(0.2)
      .paddingOuter(outerPadding(bars.length, W - M.left - M.right));
    const max = Math.max(1, ...bars.map((b) => b.succeeded + b.failed));
    const y = scaleLinear().domain([0, max]).nice().range([H - M.bottom, M.top]);
    const ticks = y.ticks(4).filter((t) => Number.isInteger(t));
    const every = Math.max(1, Math.ceil(bars.length / 15));
    const summary = `Integration runs, ${data.from} to ${data.to}: ${formatNumber(data.totals.succeeded)} succeeded, ${formatNumber(data.totals.failed)} failed.`;
    const bandwidth = x.bandwidth();
    // Upright labels when every label has room under its bar; slanted ones only when crowded.
    const upright = x.step() * every >= UPRIGHT_MIN_STEP;
    this.drawn = bars.map((bar) => ({ bar, x: (x(bar.key) ?? 0) + bandwidth / 2, y: y(bar.succeeded + bar.failed) }));
    return html`
      <div class="plot">
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary} part="chart" @click=${this.onChart} @pointerenter=${this.onChart} @pointerleave=${this.onChart}>
          <g class="grid">${ticks.map((t) => svg`<line x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line><text x=${M.left - 4} y=${y(t) + 3} text-anchor="end">${t}</text>`)}</g>
          ${this.drawn.map(({ bar, x: centre, y: yFailed }, i) => {
            const x0 = centre - bandwidth / 2;
            const ySucceeded = y(bar.succeeded);
            const tick = i % every === 0 ? this.tick(bar.label, centre, x.step() * every, upright) : nothing;
            // No group per bar and no whitespace between the segments: 50 bars were 200 more nodes.
            return svg`<rect data-hit data-index=${i} data-bar=${bar.key} data-outcome="succeeded" x=${x0} width=${bandwidth} y=${ySucceeded} height=${Math.max(0, H - M.bottom - ySucceeded)} fill="var(--_c-succeeded)"></rect><rect data-hit data-index=${i} data-bar=${bar.key} data-outcome="failed" x=${x0} width=${bandwidth} y=${yFailed} height=${Math.max(0, ySucceeded - yFailed)} fill="var(--_c-failed)"></rect>${tick}`;
          })}
          <line class="axis" x1=${M.left} x2=${W - M.right} y1=${H - M.bottom} y2=${H - M.bottom} stroke="currentColor" stroke-opacity="0.3"></line>
        </svg>
        ${this.tip ? html`<div class="tip" role="tooltip" style="left:${(this.tip.x / W) * 100}%;top:${(this.tip.y / H) * 100}%">${this.tip.text}</div>` : nothing}
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch" style="--_swatch: var(--_c-succeeded)"></span>Succeeded ${formatNumber(data.totals.succeeded)}</li>
        <li><span class="swatch" style="--_swatch: var(--_c-failed)"></span>Failed ${formatNumber(data.totals.failed)}</li>
      </ul>
      <details part="table" @toggle=${this.onToggleTable}>
        <summary>Data table</summary>
        ${!this.tableOpen
          ? nothing
          : html`
        <table>
          <caption class="visually-hidden">Integration runs per ${data.integrations.length === 1 ? 'day' : 'integration'}</caption>
          <thead><tr><th scope="col">${data.integrations.length === 1 ? 'Day' : 'Integration'}</th><th scope="col" class="num">Succeeded</th><th scope="col" class="num">Failed</th></tr></thead>
          <tbody>
            ${bars.map(
              (bar) => html`<tr>
                <th scope="row">${bar.label}</th>
                <td class="num"><button type="button" class="link" data-outcome="succeeded" @click=${() => this.drill(bar, 'succeeded')}>${formatNumber(bar.succeeded)}<span class="visually-hidden"> succeeded runs, ${bar.label}: open the list</span></button></td>
                <td class="num"><button type="button" class="link" data-outcome="failed" @click=${() => this.drill(bar, 'failed')}>${formatNumber(bar.failed)}<span class="visually-hidden"> failed runs, ${bar.label}: open the list</span></button></td>
              </tr>`,
            )}
          </tbody>
        </table>
`}
      </details>
    `;
  }

  /**
   * An axis label under a bar: centred and cut to its slot, or slanted and cut to 10 characters
   * (a slanted label must stay inside the bottom margin, above the legend).
   */
  private tick(text: string, x: number, step: number, upright: boolean) {
    const y = H - M.bottom + 14;
    if (upright) {
      // One character's room is left empty so neighbouring labels never touch.
      const room = Math.max(4, Math.floor(step / CHAR_WIDTH) - 1);
      return svg`<text x=${x} y=${y} text-anchor="middle"><title>${text}</title>${clip(text, room)}</text>`;
    }
    return svg`<text x=${x} y=${y} text-anchor="end" transform="rotate(-35 ${x} ${y})"><title>${text}</title>${clip(text, 10)}</text>`;
  }

  private showTip(bar: Bar, x: number, y: number): void {
    this.tip = { x, y, text: this.figures(bar) };
  }

  private hideTip = (): void => {
    this.tip = null;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-runs-chart': EihRunsChart;
  }
}
