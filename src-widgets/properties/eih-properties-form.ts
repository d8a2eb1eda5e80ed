import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { formatNumber } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { PropertyView } from '../client/hub-types';

/** Why a typed value is not acceptable for a property, or null when it is. */
export function propertyProblem(p: PropertyView, text: string): string | null {
  if (text.trim() === '') return `${p.label} is required.`;
  if (!/^-?\d+$/.test(text.trim())) return `${p.label} must be a whole number.`;
  const value = Number(text);
  if (value < p.min || value > p.max) return `${p.label} must be between ${formatNumber(p.min)} and ${formatNumber(p.max)}.`;
  return null;
}

/**
 * @summary The hub's properties (heartbeat record threshold and time floor, maximum heartbeat
 * delay, processing time limit, retention), validated against each property's range.
 *
 * @event eih-properties-saved - The changed properties were saved.
 * @csspart form - The form.
 */
@customElement('eih-properties-form')
export class EihPropertiesForm extends EihElement {
  @state() private draft: Record<string, string> = {};
  @state() private saving = false;
  @state() private problem: unknown = null;
  @state() private saved = false;

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase] as const,
    key: ([base]) => `${base}/properties`,
    load: () => this.hub.properties(),
  });

  private text(p: PropertyView): string {
    return this.draft[p.name] ?? String(p.value);
  }

  private async save(event: Event, properties: PropertyView[]): Promise<void> {
    event.preventDefault();
    if (properties.some((p) => propertyProblem(p, this.text(p)) !== null)) {
      this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
      return;
    }
    const changes: Record<string, number> = {};
    for (const p of properties) if (Number(this.text(p)) !== p.value) changes[p.name] = Number(this.text(p));
    if (Object.keys(changes).length === 0) {
      this.saved = true;
      return;
    }
    this.saving = true;
    this.problem = null;
    try {
      const updated = await this.hub.updateProperties(changes);
      this.resource.set(updated);
      this.draft = {};
      this.saved = true;
      this.emit('eih-properties-saved', { properties: updated });
    } catch (error) {
      this.problem = error;
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return html`<section class="card" part="base">
      <h2>Properties</h2>
      ${this.resource.render((properties) => this.renderForm(properties))}
    </section>`;
  }

  private renderForm(properties: PropertyView[]) {
    return html`<form part="form" novalidate @submit=${(e: Event) => this.save(e, properties)}>
      ${properties.map((p) => {
        const id = p.name.replace(/[^a-z0-9]+/gi, '-');
        const problem = propertyProblem(p, this.text(p));
        return html`<div class="field">
          <label for=${id}>${p.label}</label>
          <input id=${id} name=${p.name} type="number" inputmode="numeric" step="1" min=${p.min} max=${p.max} .value=${this.text(p)}
            aria-invalid=${problem ? 'true' : 'false'} aria-describedby="${id}-hint${problem ? ` ${id}-problem` : ''}"
            @input=${(e: Event) => {
              this.draft = { ...this.draft, [p.name]: (e.target as HTMLInputElement).value };
              this.saved = false;
            }} />
          <span class="hint" id="${id}-hint">${p.description} Default ${formatNumber(p.default)}; ${formatNumber(p.min)}–${formatNumber(p.max)}. <code>${p.name}</code></span>
          ${problem ? html`<span class="problem" id="${id}-problem">${problem}</span>` : nothing}
        </div>`;
      })}
      <div class="row">
        <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        <button type="button" @click=${() => (this.draft = Object.fromEntries(properties.map((p) => [p.name, String(p.default)])))}>Restore defaults</button>
      </div>
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.saved ? html`<p class="notice success" role="status">Properties saved.</p>` : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-properties-form': EihPropertiesForm;
  }
}
