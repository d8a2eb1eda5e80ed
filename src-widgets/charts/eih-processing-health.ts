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

const R = 3;
const R_DEVIATION = 5;
/** How far (viewBox units) from a point the pointer may be and still select it. */
const REACH = 14;

function msText(value: number | null): string {
  return value === null ? 'no records' : `${formatNumber(value, 2)} ms/record`;
}

/** A point as drawn: its stage, its day index and its position in the viewBox. */
interface Plotted {
  stage: number;
  day: number;
  point: StagePoint;
  x: number;
  y: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Every dot of a stage as one path of circles (a 30-day, five-stage chart had 150 elements). */
function dotsPath(points: readonly Plotted[]): string {
  let d = '';
  for (const p of points) d += `M${round(p.x - R)},${round(p.y)}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`;
  return d;
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
      svg.pointing {
        cursor: pointer;
      }
      .active {
        opacity: 0.8;
        stroke: var(--_text);
        stroke-width: 1;
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

  /** The point under (or nearest to) the pointer: its tooltip shows and a click opens its day. */
  @state() private hover: { stage: number; day: number } | null = null;
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

  /** The points last drawn, by stage and day (undefined on a day without records). */
  private plotted: (Plotted | undefined)[][] = [];

  /**
   * One hover layer for the whole plot instead of three listeners on each of 150 dots: the point
   * nearest the pointer is selected. Capturing, so a marked deviation (a circle of its own) is
   * selected on pointerenter too, and a click that does not bubble still arrives.
   */
  private readonly onChart = {
    capture: true,
    handleEvent: (event: Event): void => {
      const target = event.target as Element;
      if (event.type === 'pointerleave') {
        if (target === event.currentTarget) this.select(null);
        return;
      }
      const point = this.pointOf(event);
      if (event.type === 'click') {
        if (point) this.drill(point.point.day);
      } else if (event.type !== 'pointerenter' || point) {
        this.select(point);
      }
    },
  };

  /** The point an event is about: a marked circle it targets, else the one nearest the pointer. */
  private pointOf(event: Event): Plotted | undefined {
    const circle = (event.target as Element).closest?.('circle[data-hit]');
    if (circle) return this.plotted[Number(circle.getAttribute('data-stage-index'))]?.[Number(circle.getAttribute('data-index'))];
    const svgElement = event.currentTarget as SVGSVGElement;
    const matrix = svgElement.getScreenCTM?.();
    if (!matrix || !(event instanceof MouseEvent)) return undefined;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    let best: Plotted | undefined;
    let bestDistance = REACH;
    for (const stage of this.plotted) {
      for (const p of stage) {
        if (p === undefined) continue;
        const distance = Math.hypot(p.x - at.x, p.y - at.y);
        if (distance <= bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private select(point: Plotted | undefined | null): void {
    const next = point ? { stage: point.stage, day: point.day } : null;
    if (next?.stage !== this.hover?.stage || next?.day !== this.hover?.day) this.hover = next;
  }

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
    this.plotted = data.stages.map((s, stage) =>
      s.points.map((point, day) => (point.msPerRecord === null ? undefined : { stage, day, point, x: x(point.day) ?? 0, y: y(point.msPerRecord) })),
    );
    const hovered = this.hover === null ? undefined : this.plotted[this.hover.stage]?.[this.hover.day];
    return html`
      <div class="plot">
        <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${summary} part="chart" class=${hovered ? 'pointing' : ''}
          @pointermove=${this.onChart} @pointerenter=${this.onChart} @pointerleave=${this.onChart} @click=${this.onChart}>
          <g class="grid">${y.ticks(4).map((t) => svg`<line x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line><text x=${M.left - 4} y=${y(t) + 3} text-anchor="end">${formatNumber(t, 2)}</text>`)}</g>
          ${data.days.map((d, i) => (i % every === 0 ? svg`<text x=${x(d) ?? 0} y=${H - 10} text-anchor="middle">${formatDay(d)}</text>` : nothing))}
          ${data.stages.map((s, i) => {
            const colour = COLOURS[i % COLOURS.length];
            const points = (this.plotted[i] ?? []).filter((p): p is Plotted => p !== undefined);
            return svg`<g data-stage=${s.key}>
              <path d=${path(s.points as StagePoint[]) ?? ''} fill="none" stroke=${colour} stroke-width="2"></path>
              <path class="dots" d=${dotsPath(points.filter((p) => !p.point.deviation))} fill=${colour}></path>
              ${points
                .filter((p) => p.point.deviation)
                .map(
                  (p) =>
                    svg`<circle data-hit data-day=${p.point.day} data-stage-index=${i} data-index=${p.day} class=${p === hovered ? 'deviation active' : 'deviation'} cx=${p.x} cy=${p.y} r=${R_DEVIATION} fill=${colour}></circle>`,
                )}
            </g>`;
          })}
          ${hovered && !hovered.point.deviation
            ? svg`<circle class="active" cx=${hovered.x} cy=${hovered.y} r=${R} fill=${COLOURS[hovered.stage % COLOURS.length]} pointer-events="none"></circle>`
            : nothing}
        </svg>
        ${hovered
          ? html`<div class="tip" role="tooltip" style="left:${(hovered.x / W) * 100}%;top:${(hovered.y / H) * 100}%">${this.pointText(data.stages[hovered.stage]?.label ?? '', hovered.point)}</div>`
          : nothing}
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
