import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LOCAL_STATUSES, REMOTE_STATES, type LocalStatus, type RemoteState } from '../../src-shared/model/vocabulary';
import { defaultStatusMapping } from '../../src-shared/rules/status-mapping';
import { EihElement } from '../base/eih-element';
import { label } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { StatusMappingRowView } from '../client/hub-types';

const DRAG_TYPE = 'application/x-eih-remote-status';

export function defaultMappingRows(): StatusMappingRowView[] {
  return defaultStatusMapping().rows.map(({ local_status, remote_status, order }) => ({ local_status, remote_status, order }));
}

/**
 * Map `remote` onto `local`, last in that row. A remote status maps to one local status only
 * (two would make an import ambiguous), so it leaves any other row; orders are renumbered.
 */
export function mapStatus(rows: readonly StatusMappingRowView[], remote: RemoteState, local: LocalStatus): StatusMappingRowView[] {
  const kept = rows.filter((r) => r.remote_status !== remote);
  return renumber([...kept, { local_status: local, remote_status: remote, order: Number.MAX_SAFE_INTEGER }]);
}

export function unmapStatus(rows: readonly StatusMappingRowView[], remote: RemoteState): StatusMappingRowView[] {
  return renumber(rows.filter((r) => r.remote_status !== remote));
}

function renumber(rows: readonly StatusMappingRowView[]): StatusMappingRowView[] {
  return LOCAL_STATUSES.flatMap((local) =>
    rows
      .filter((r) => r.local_status === local)
      .sort((a, b) => a.order - b.order)
      .map((r, order) => ({ ...r, order })),
  );
}

/**
 * @summary Status mapping: drag Tenable statuses onto local statuses, or use each row's "Add"
 * menu (keyboard); the first Tenable status of a row is the one written back to Tenable.
 *
 * @event eih-mapping-change - The mapping changed; detail has every row.
 * @csspart palette - The unmapped Tenable statuses.
 * @csspart row - One local status row (drop target).
 * @csspart chip - One mapped Tenable status.
 */
@customElement('eih-status-mapping')
export class EihStatusMapping extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        border: 1px solid var(--_accent);
        border-radius: 999px;
        padding: 0.1rem 0.25rem 0.1rem 0.6rem;
        background: var(--_surface);
        cursor: grab;
      }
      .chip button {
        border: none;
        padding: 0 0.35rem;
        border-radius: 999px;
      }
      .intro {
        margin: 0 0 0.5rem;
      }
      .palette {
        min-height: 2.2rem;
        padding: 0.4rem;
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        margin-bottom: 0.5rem;
      }
      .target {
        display: grid;
        grid-template-columns: 10rem 1fr auto;
        gap: 0.5rem;
        align-items: center;
        padding: 0.4rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-bottom: 0.35rem;
      }
      /* One width for every row's menu, whatever its options, so the column lines up. */
      .target select {
        width: 11rem;
      }
      .target.over {
        border-color: var(--_accent);
        background: var(--_surface-alt);
      }
      .chips {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        flex-wrap: wrap;
        min-height: 1.8rem;
      }
    `,
  ];

  /** The mapping rows; set it, or give `connector-id` to load and save a connector's mapping. */
  @property({ attribute: false }) value: StatusMappingRowView[] = defaultMappingRows();
  /** When set, the mapping is loaded from and saved to this connector. */
  @property({ attribute: 'connector-id' }) connectorId = '';
  /** Keep the title for assistive technology only (a page, like the wizard, shows its own). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private over: LocalStatus | null = null;
  @state() private announcement = '';
  @state() private problem: unknown = null;
  @state() private saved = false;

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId] as const,
    key: ([base, id]) => (id === '' ? null : `${base}/connectors/${id}/status-mapping`),
    load: async ([, id]) => {
      const rows = await this.hub.statusMapping(id);
      this.value = renumber(rows.map(({ local_status, remote_status, order }) => ({ local_status, remote_status, order })));
      return rows;
    },
  });

  private change(rows: StatusMappingRowView[], announcement: string): void {
    this.value = rows;
    this.saved = false;
    this.announcement = announcement;
    this.emit('eih-mapping-change', { rows });
  }

  private map(remote: RemoteState, local: LocalStatus): void {
    this.change(mapStatus(this.value, remote, local), `${label(remote)} mapped to ${label(local)}.`);
  }

  private unmap(remote: RemoteState): void {
    this.change(unmapStatus(this.value, remote), `${label(remote)} unmapped.`);
  }

  private onDragStart(event: DragEvent, remote: RemoteState): void {
    event.dataTransfer?.setData(DRAG_TYPE, remote);
    event.dataTransfer?.setData('text/plain', remote);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(event: DragEvent, local: LocalStatus): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.over = local;
  }

  private onDrop(event: DragEvent, local: LocalStatus | null): void {
    event.preventDefault();
    this.over = null;
    const remote = REMOTE_STATES.find((s) => s === (event.dataTransfer?.getData(DRAG_TYPE) || event.dataTransfer?.getData('text/plain')));
    if (remote === undefined) return;
    if (local === null) this.unmap(remote);
    else this.map(remote, local);
  }

  private async save(): Promise<void> {
    this.problem = null;
    try {
      const rows = await this.hub.saveStatusMapping(this.connectorId, this.value);
      this.resource.set(rows);
      this.saved = true;
    } catch (error) {
      this.problem = error;
    }
  }

  override render() {
    const mapped = new Set(this.value.map((r) => r.remote_status));
    const free = REMOTE_STATES.filter((s) => !mapped.has(s));
    return html`<section class="card" part="base" aria-labelledby="title">
      <h3 id="title" class=${this.noHeading ? 'visually-hidden' : nothing}>Status mapping</h3>
      ${this.connectorId ? this.resource.render(() => nothing) : nothing}
      <p class="muted intro">Drag Tenable statuses onto local statuses, or use a row's menu. Tenable → local recognises every mapped status; local → Tenable applies the first one. Changes apply to future syncs only.</p>
      <div class="palette" part="palette" role="group" aria-label="Unmapped Tenable statuses" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${(e: DragEvent) => this.onDrop(e, null)}>
        ${free.length === 0 ? html`<span class="muted">Every Tenable status is mapped.</span>` : free.map((s) => html`<span class="chip" draggable="true" data-remote=${s} @dragstart=${(e: DragEvent) => this.onDragStart(e, s)}>${label(s)}&nbsp;</span> `)}
      </div>
      ${LOCAL_STATUSES.map((local) => {
        const rows = this.value.filter((r) => r.local_status === local);
        return html`<div class="target ${this.over === local ? 'over' : ''}" part="row" data-local=${local} role="group" aria-label=${`${label(local)}: ${rows.length === 0 ? 'not synced' : rows.map((r) => label(r.remote_status)).join(', ')}`}
          @dragover=${(e: DragEvent) => this.onDragOver(e, local)} @dragleave=${() => (this.over = null)} @drop=${(e: DragEvent) => this.onDrop(e, local)}>
          <strong>${label(local)}</strong>
          <div class="chips">
            ${rows.length === 0 ? html`<span class="muted">Not synced</span>` : nothing}
            ${rows.map(
              (r) => html`<span class="chip" part="chip" draggable="true" data-remote=${r.remote_status} @dragstart=${(e: DragEvent) => this.onDragStart(e, r.remote_status)}>
                ${label(r.remote_status)}
                <button type="button" aria-label=${`Remove ${label(r.remote_status)} from ${label(local)}`} @click=${() => this.unmap(r.remote_status)}>×</button>
              </span>`,
            )}
          </div>
          <select aria-label=${`Add a Tenable status to ${label(local)}`} data-add=${local} @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            const remote = REMOTE_STATES.find((s) => s === select.value);
            select.value = '';
            if (remote) this.map(remote, local);
          }}>
            <option value="">Add…</option>
            ${REMOTE_STATES.filter((s) => !rows.some((r) => r.remote_status === s)).map((s) => html`<option value=${s}>${label(s)}${mapped.has(s) ? ' (move)' : ''}</option>`)}
          </select>
        </div>`;
      })}
      <div class="row">
        <button type="button" @click=${() => this.change(defaultMappingRows(), 'Default mapping restored.')}>Use default mapping</button>
        ${this.connectorId ? html`<button type="button" class="primary" @click=${this.save}>Save mapping</button>` : nothing}
      </div>
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.saved ? html`<p class="notice success" role="status">Mapping saved; it applies to future syncs.</p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-status-mapping': EihStatusMapping;
  }
}
