import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { formatDateTime, formatNumber, label } from '../base/format';
import { relativeRoute } from '../charts/drill';
import { HubDataController } from '../client/hub-data-controller';
import type { DrillDown, ListPage } from '../client/hub-types';

type Row = Record<string, unknown>;

/** Columns worth showing per list route; other routes show the first fields of the records. */
const COLUMNS: Record<string, readonly string[]> = {
  '/runs': ['number', 'state', 'substate', 'trigger', 'started', 'ended', 'records_processed', 'failure_stage', 'failure_message'],
  '/queue-entries': ['page_no', 'state', 'queued_at', 'processing_started', 'processing_ended', 'records_processed', 'error'],
  '/connectors': ['name', 'status', 'health', 'last_run_status', 'notes'],
  '/logs': ['created', 'level', 'stage', 'message'],
  '/vulnerable-items': ['number', 'state', 'severity', 'short_description'],
  '/assets': ['hostname', 'fqdn', 'ipv4', 'os'],
};

const CHOICE_FIELDS = new Set(['state', 'substate', 'trigger', 'failure_stage', 'status', 'health', 'level', 'stage', 'severity', 'last_run_status']);

/** Any value as display text: dates formatted, choices labelled, objects as JSON, never markup. */
function cellText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return field.endsWith('_no') ? String(value) : formatNumber(value);
  if (typeof value === 'string') {
    if (/(_at|_on|^started|^ended|^created|^updated|_started|_ended|^last_synced)$/.test(field) && /^\d{4}-\d\d-\d\dT/.test(value)) return formatDateTime(value);
    return CHOICE_FIELDS.has(field) ? label(value) : value;
  }
  return JSON.stringify(value);
}

/**
 * @summary A list of hub records (runs, queue entries, connectors, logs…) for a route and encoded
 * query: the drill-down list behind any dashboard part.
 *
 * @slot actions - Extra controls in the list's header (e.g. a Close button).
 * @csspart table - The records table.
 * @csspart pager - The previous / next controls.
 */
@customElement('eih-record-list')
export class EihRecordList extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .wrap {
        overflow-x: auto;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
        margin-bottom: 0.5rem;
      }
      code {
        font-size: 0.8rem;
        word-break: break-all;
      }
    `,
  ];

  /** List route relative to `api-base` (`/runs`), or a drill-down's absolute route. */
  @property() route = '/runs';
  /** ServiceNow encoded query (`sysparm_query`). */
  @property() query = '';
  @property() heading = '';
  @property({ type: Number }) limit = 20;
  /** A drill-down (from `eih-drill-down`); sets route and query. */
  @property({ attribute: false }) drillDown?: DrillDown;

  @state() private offset = 0;

  private get path(): string {
    return relativeRoute(this.drillDown?.route ?? this.route);
  }

  private get sysparmQuery(): string {
    return this.drillDown?.query ?? this.query;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('drillDown') || changed.has('route') || changed.has('query')) this.offset = 0;
  }

  private readonly resource = new HubDataController<ListPage<Row>, readonly [string, string, string, number, number]>(this, {
    args: () => [this.apiBase, this.path, this.sysparmQuery, this.offset, this.limit] as const,
    key: ([base, path, query, offset, limit]) => `${base}${path}?q=${query}&o=${offset}&l=${limit}`,
    load: ([, path, query, offset, limit]) => this.hub.list<Row>(path, { query: query || undefined, offset, limit }),
  });

  override render() {
    return html`<section class="card" part="base">
      <div class="head">
        <h3>${this.heading || 'Records'}</h3>
        <slot name="actions"></slot>
      </div>
      ${this.sysparmQuery ? html`<p class="muted">Filter: <code>${this.sysparmQuery}</code></p>` : nothing}
      ${this.resource.render((page) => this.renderPage(page))}
    </section>`;
  }

  private renderPage(page: ListPage<Row>) {
    if (page.records.length === 0) return html`<p class="notice" role="status">No records match.</p>`;
    const columns = COLUMNS[this.path] ?? Object.keys(page.records[0] ?? {}).filter((k) => !k.startsWith('sys_')).slice(0, 6);
    const last = this.offset + page.records.length;
    const hasNext = page.total === null ? page.records.length === this.limit : last < page.total;
    return html`<div class="wrap" tabindex="0" role="region" aria-label=${`${this.heading || 'Records'} table`}>
        <table part="table">
          <thead><tr>${columns.map((c) => html`<th scope="col">${label(c)}</th>`)}</tr></thead>
          <tbody>
            ${page.records.map((r) => html`<tr data-id=${String(r['sys_id'] ?? '')}>${columns.map((c) => html`<td>${cellText(c, r[c])}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      <div class="row" part="pager">
        <span class="muted" role="status">${this.offset + 1}–${last}${page.total === null ? '' : ` of ${page.total}`}</span>
        <button type="button" ?disabled=${this.offset === 0} @click=${() => (this.offset = Math.max(0, this.offset - this.limit))}>Previous</button>
        <button type="button" ?disabled=${!hasNext} @click=${() => (this.offset += this.limit)}>Next</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-record-list': EihRecordList;
  }
}
