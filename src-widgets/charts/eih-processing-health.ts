import { css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { StagePoint } from '../../src-shared/metrics/processing-health';
import { EihElement } from '../base/eih-element';
import { formatDay, formatNumber } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { ProcessingHealth } from '../client/hub-types';
import { chartStyles } from './chart.styles';
import { drillDetail } from './drill';

const W = 640;
const H = 240;
const M = { top: 12, right: 12, bottom: 28, left: 48 };
const COLOURS = ['var(--_c1)', 'var(--_c2)', 'var(--_c3)', 'var(--_c4)', 'var(--_c5)'];

function msText(value: number | null): string {
  return value === null ? 'no records' : `${formatNumber(value, 2)} ms/record`;
}

/**
 * @summary Processing health: one colour-coded line per stage (assignment rules, remediation task
 * rules, CI lookup, risk rules, VI creation), milliseconds per record over 30 days, deviations marked.
 *
 * @event eih-drill-down - A point or table cell was selected; detail lists that day's runs.
 * @csspart chart - The SVG.
 * @csspart table - The data-table alternative.
 * @cssproperty --eih-chart-1 - Colour of the first stage (…-5 for the fifth).
 */
@customElement('eih-processing-health')
export class EihProcessingHealth extends EihElement {
  static override styles = [
    ...EihElement.styles,
    chartStyles,
    css`
      .deviation {
        stroke: var(--_danger);
        stroke-width: 2.5;
        fill: var(--_surface);
      }
      td.deviates {
        color: var(--_danger);
        font-weight: 600;
      }
      .table-wrap {
        overflow-x: auto;
      }
    `,
  ];

  @property() connector: string | null = null;
  @property({ attribute: false }) data?: ProcessingHealth;

  @state() private tip: { x: number; y: number; text: string } | null = null;
  /** The data table is rendered only once opened: it is the larger half of the DOM. */
  @state() private tableOpen = false;

  private onToggleTable = (event: Event): void => {
    this.tableOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly resource = new HubDataController(this, {
    args: () => [this.data, this.apiBase, this.connector] as const,
    key: ([data, base, connector]) => (data ? null : `${base}/dashboard/processing?days=30&connector=${connector ?? ''}`),
    load: ([, , connector]) => this.hub.dashboardProcessing(connector),
  });

  private drill(day: string): void {
    const detail = drillDetail({ chart: 'processing', day, connector: this.connector }, `Runs that ended ${day}`);
    if (detail !== null) this.emit('eih-drill-down', detail);
  }

  override render() {
    return html`<section class="card" part="base">
      <div class="head"><h3>Processing health</h3><span class="muted">ms per record, last ${this.data?.windowDays ?? 30} days</span></div>
      ${this.data ? this.renderChart(this.data) : this.resource.render((v) => this.renderChart(v))}
    </section>`;
  }

  private pointText(label: string, p: StagePoint): string {
    const deviation = p.deviation ? `\nDeviation: ${p.deviation.direction} ${formatNumber(p.deviation.threshold, 2)} (baseline ${formatNumber(p.deviation.baseline, 2)})` : '';
    return `${label}, ${formatDay(p.day)}\n${msText(p.msPerRecord)}\n${formatNumber(p.records)} records${deviation}`;
  }

  private renderChart(data: ProcessingHealth) {
    const x = scalePoint<string>().domain(data.days).range([M.left, W - M.right]);
    let max = 0;
    for (const s of data.stages) for (const p of s.points) if (p.msPerRecord !== null && p.msPerRecord > max) max = p.msPerRecord;
    const y = scaleLinear().domain([0, max || 1]).nice().range([H - M.bottom, M.top]);
    const path = line<StagePoint>()
      .defined((p) => p.msPerRecord !== null)
      .x((p) => x(p.day) ?? 0)
      .y((p) => y(p.msPerRecord ?? 0));
    const every = Math.max(1, Math.ceil(data.days.length / 8));
    const deviations = data.stages.reduce((n, s) => n + s.deviations, 0);
    const summary = `Processing health, milliseconds per record per stage over ${data.days.length} days; ${deviations} deviation${deviations === 1 ? '' : 's'} marked.`;
    return html`
      <div class="plot">
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary} part="chart">
          <g class="grid">${y.ticks(4).map((t) => svg`<line x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line><text x=${M.left - 4} y=${y(t) + 3} text-anchor="end">${formatNumber(t, 2)}</text>`)}</g>
          ${data.days.map((d, i) => (i % every === 0 ? svg`<text x=${x(d) ?? 0} y=${H - 10} text-anchor="middle">${formatDay(d)}</text>` : nothing))}
          ${data.stages.map((s, i) => {
            const colour = COLOURS[i % COLOURS.length];
            return svg`<g data-stage=${s.key}>
              <path d=${path(s.points as StagePoint[]) ?? ''} fill="none" stroke=${colour} stroke-width="2"></path>
              ${s.points.map((p) =>
                p.msPerRecord === null
                  ? nothing
                  : svg`<circle data-hit data-day=${p.day} class=${p.deviation ? 'deviation' : ''} cx=${x(p.day) ?? 0} cy=${y(p.msPerRecord)} r=${p.deviation ? 5 : 3} fill=${colour}
                      @click=${() => this.drill(p.day)}
                      @pointerenter=${() => (this.tip = { x: x(p.day) ?? 0, y: y(p.msPerRecord ?? 0), text: this.pointText(s.label, p) })}
                      @pointerleave=${() => (this.tip = null)}></circle>`,
              )}
            </g>`;
          })}
        </svg>
        ${this.tip ? html`<div class="tip" role="tooltip" style="left:${(this.tip.x / W) * 100}%;top:${(this.tip.y / H) * 100}%">${this.tip.text}</div>` : nothing}
      </div>
      <ul class="legend">
        ${data.stages.map(
          (s, i) => html`<li><span class="swatch" style="--_swatch: ${COLOURS[i % COLOURS.length]}"></span>${s.label}${s.deviations > 0 ? html` <span class="muted">(${s.deviations} deviation${s.deviations === 1 ? '' : 's'})</span>` : nothing}</li>`,
        )}
      </ul>
      <details part="table" @toggle=${this.onToggleTable}>
        <summary>Data table</summary>
        ${!this.tableOpen
          ? nothing
          : html`
        <div class="table-wrap" tabindex="0" role="region" aria-label="Processing health data table">
          <table>
            <caption class="visually-hidden">Milliseconds per record per stage and day</caption>
            <thead><tr><th scope="col">Day</th>${data.stages.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}</tr></thead>
            <tbody>
              ${data.days.map(
                (day, di) => html`<tr>
                  <th scope="row"><button type="button" class="link" @click=${() => this.drill(day)}>${formatDay(day)}<span class="visually-hidden">: open the runs that ended that day</span></button></th>
                  ${data.stages.map((s) => {
                    const p = s.points[di];
                    return html`<td class="num ${p?.deviation ? 'deviates' : ''}">${p?.msPerRecord === null || p === undefined ? '—' : formatNumber(p.msPerRecord, 2)}${p?.deviation ? ' (deviation)' : ''}</td>`;
                  })}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
`}
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-processing-health': EihProcessingHealth;
  }
}
