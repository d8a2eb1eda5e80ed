import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Trend } from '../../src-shared/metrics/trend';
import { EihElement } from '../base/eih-element';
import { formatMs, formatNumber } from '../base/format';
import { HubDataController } from '../client/hub-data-controller';
import type { IngestionHealth } from '../client/hub-types';
import { chartStyles } from './chart.styles';
import { drillDetail } from './drill';

type Highlight = IngestionHealth['highlights'][number];

/** For every ingestion time, up means slower: red; down: green; flat: neutral. */
function trendText(trend: Trend, days: number): { arrow: string; text: string; tone: string } {
  const pct = trend.percentChange === null ? '' : ` ${Math.abs(Math.round(trend.percentChange))}%`;
  switch (trend.direction) {
    case 'up':
      return { arrow: '▲', text: `slower${pct} than the previous ${days} days`, tone: 'danger' };
    case 'down':
      return { arrow: '▼', text: `faster${pct} than the previous ${days} days`, tone: 'success' };
    default:
      return { arrow: '▬', text: trend.percentChange === null ? `no previous ${days} days to compare` : `about the same as the previous ${days} days`, tone: 'neutral' };
  }
}

/**
 * @summary Ingestion health highlights: import queue processing time, queue wait time and REST API
 * time (average, p50, p95) with the trend against the previous period.
 *
 * @event eih-drill-down - A highlight was selected; detail lists the queue entries or runs behind it.
 * @csspart tile - One highlight.
 * @cssproperty --eih-color-danger - Colour of a slowing trend.
 * @cssproperty --eih-color-success - Colour of an improving trend.
 */
@customElement('eih-ingestion-health')
export class EihIngestionHealth extends EihElement {
  static override styles = [
    ...EihElement.styles,
    chartStyles,
    css`
      .tiles {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0.5rem;
      }
      .tile {
        text-align: left;
        display: grid;
        gap: 0.2rem;
        padding: 0.6rem 0.75rem;
        background: var(--_surface-alt);
      }
      .value {
        font-size: 1.5rem;
        font-weight: 600;
      }
      .trend {
        color: var(--_tone);
        font-size: 0.8rem;
      }
    `,
  ];

  @property({ type: Number, reflect: true }) days: 7 | 30 = 7;
  @property() connector: string | null = null;
  @property({ attribute: false }) data?: IngestionHealth;

  private readonly resource = new HubDataController(this, {
    args: () => [this.data, this.apiBase, this.days, this.connector] as const,
    key: ([data, base, days, connector]) => (data ? null : `${base}/dashboard/ingestion?days=${days}&connector=${connector ?? ''}`),
    load: ([, , days, connector]) => this.hub.dashboardIngestion(days, connector),
  });

  private drill(health: IngestionHealth, h: Highlight): void {
    const detail = drillDetail(
      { chart: 'ingestion', metric: h.key, fromDay: health.current.from, toDay: health.current.to, connector: this.connector },
      `${h.label}: ${health.current.from} to ${health.current.to}`,
    );
    if (detail !== null) this.emit('eih-drill-down', detail);
  }

  override render() {
    return html`<section class="card" part="base">
      <div class="head"><h3>Ingestion health</h3></div>
      ${this.data ? this.renderTiles(this.data) : this.resource.render((v) => this.renderTiles(v))}
    </section>`;
  }

  private renderTiles(health: IngestionHealth) {
    return html`<div class="tiles">
      ${health.highlights.map((h) => {
        const trend = trendText(h.trend.avg, health.windowDays);
        const figures = `${h.label}: average ${formatMs(h.current.avg)}, p50 ${formatMs(h.current.p50)}, p95 ${formatMs(h.current.p95)} over ${formatNumber(h.current.count)} samples; ${trend.text}.`;
        return html`<button type="button" class="tile" part="tile" data-metric=${h.key} title=${figures} @click=${() => this.drill(health, h)}>
          <span class="muted">${h.label}</span>
          <span class="value">${formatMs(h.current.avg)}</span>
          <span class="muted">p50 ${formatMs(h.current.p50)} · p95 ${formatMs(h.current.p95)} · n ${formatNumber(h.current.count)}</span>
          <span class="trend" data-tone=${trend.tone} data-direction=${h.trend.avg.direction}><span aria-hidden="true">${trend.arrow}</span> ${trend.text}</span>
          <span class="visually-hidden">: open the records</span>
        </button>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-ingestion-health': EihIngestionHealth;
  }
}
