import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SEVERITIES, type Severity } from '../../src-shared/model/vocabulary';
import { EihElement } from '../base/eih-element';
import { errorNotice, HubDataController } from '../client/hub-data-controller';

const LABELS: Record<Severity, string> = { info: 'Notification (Info)', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/**
 * @summary Severity filters: which Tenable severities are imported (all on by default); a warning
 * when none is selected, because then nothing is imported.
 *
 * @event eih-severity-change - The selection changed.
 * @csspart warning - The "nothing will be imported" warning.
 */
@customElement('eih-severity-filter')
export class EihSeverityFilter extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 0.5rem;
        display: flex;
        gap: 0.5rem 1.25rem;
        flex-wrap: wrap;
      }
      legend {
        font-weight: 600;
        margin-bottom: 0.4rem;
      }
    `,
  ];

  @property({ attribute: false }) value: Severity[] = [...SEVERITIES];
  /** When set, the filter is loaded from and saved to this connector. */
  @property({ attribute: 'connector-id' }) connectorId = '';
  /** Keep the title for assistive technology only (a page, like the wizard, shows its own). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private problem: unknown = null;
  @state() private saved = false;

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId] as const,
    key: ([base, id]) => (id === '' ? null : `${base}/connectors/${id}/severity-filter`),
    load: async ([, id]) => {
      const answer = await this.hub.severityFilter(id);
      this.value = SEVERITIES.filter((s) => answer.severities.includes(s));
      return answer;
    },
  });

  private toggle(severity: Severity, on: boolean): void {
    const chosen = new Set(this.value);
    if (on) chosen.add(severity);
    else chosen.delete(severity);
    this.value = SEVERITIES.filter((s) => chosen.has(s));
    this.saved = false;
    this.emit('eih-severity-change', { severities: this.value });
  }

  private async save(): Promise<void> {
    this.problem = null;
    try {
      this.resource.set(await this.hub.saveSeverityFilter(this.connectorId, this.value));
      this.saved = true;
    } catch (error) {
      this.problem = error;
    }
  }

  override render() {
    return html`<section class="card" part="base">
      ${this.connectorId ? this.resource.render(() => nothing) : nothing}
      <fieldset>
        <legend class=${this.noHeading ? 'visually-hidden' : nothing}>Severity filters</legend>
        ${SEVERITIES.map(
          (s) => html`<label><input type="checkbox" name="severity" value=${s} .checked=${this.value.includes(s)} @change=${(e: Event) => this.toggle(s, (e.target as HTMLInputElement).checked)} /> ${LABELS[s]}</label>`,
        )}
      </fieldset>
      ${this.value.length === 0
        ? html`<p class="notice warning" role="alert" part="warning">No severity is selected: nothing will be imported.</p>`
        : nothing}
      ${this.connectorId ? html`<button type="button" class="primary" @click=${this.save}>Save filters</button>` : nothing}
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.saved ? html`<p class="notice success" role="status">Severity filters saved.</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-severity-filter': EihSeverityFilter;
  }
}
