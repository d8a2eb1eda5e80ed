import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PROJECT_TYPES, type ProjectType } from '../../src-shared/model/vocabulary';
import { EihElement } from '../base/eih-element';
import { HubDataController } from '../client/hub-data-controller';
import type { ProjectOption, ProjectSelection } from '../client/hub-types';

/**
 * @summary Projects to import: WAS and VM tabs, search by name, an Import all toggle, and the
 * projects to pick when Import all is off.
 *
 * @event eih-projects-change - Import all or the picked projects changed.
 * @csspart tabs - The WAS / VM tab list.
 * @csspart search - The search field.
 */
@customElement('eih-project-picker')
export class EihProjectPicker extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      [role='tablist'] {
        display: flex;
        gap: 0.25rem;
        border-bottom: 1px solid var(--_border);
        margin-bottom: 0.5rem;
      }
      [role='tab'] {
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--_accent);
        font-weight: 600;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
        max-height: 16rem;
        overflow: auto;
      }
    `,
  ];

  /** Load projects through this connector… */
  @property({ attribute: 'connector-id' }) connectorId = '';
  /** …or, before a connector exists (the wizard), through this connection. */
  @property({ attribute: 'connection-id' }) connectionId = '';
  @property({ type: Boolean, attribute: 'import-all' }) importAll = true;
  @property({ attribute: false }) value: ProjectSelection[] = [];
  /** Keep the title for assistive technology only (a page, like the wizard, shows its own). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private tab: ProjectType = 'WAS';
  @state() private search = '';

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectorId, this.connectionId, this.tab, this.search, this.importAll] as const,
    key: ([base, connector, connection, tab, search, all]) =>
      all || (connector === '' && connection === '') ? null : `${base}/projects?connector=${connector}&connection=${connection}&type=${tab}&name=${search}`,
    load: ([, connector, connection, tab, search]) => (connector ? this.hub.connectorProjects(connector, tab, search) : this.hub.connectionProjects(connection, tab, search)),
  });

  private changed(): void {
    this.emit('eih-projects-change', { importAll: this.importAll, projects: this.value });
  }

  private pick(project: ProjectOption, on: boolean): void {
    const rest = this.value.filter((p) => !(p.project_type === this.tab && p.external_id === project.id));
    this.value = on ? [...rest, { project_type: this.tab, external_id: project.id, name: project.name }] : rest;
    this.changed();
  }

  private onTabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = PROJECT_TYPES[(PROJECT_TYPES.indexOf(this.tab) + 1) % PROJECT_TYPES.length] as ProjectType;
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  override render() {
    return html`<section class="card" part="base">
      <h3 class=${this.noHeading ? 'visually-hidden' : nothing}>Projects</h3>
      <label><input type="checkbox" role="switch" name="import-all" .checked=${this.importAll}
        @change=${(e: Event) => {
          this.importAll = (e.target as HTMLInputElement).checked;
          this.changed();
        }} /> Import all projects</label>
      <div role="tablist" aria-label="Project type" part="tabs" @keydown=${this.onTabKey}>
        ${PROJECT_TYPES.map(
          (t) => html`<button type="button" role="tab" id="tab-${t}" aria-selected=${this.tab === t ? 'true' : 'false'} aria-controls="panel" tabindex=${this.tab === t ? '0' : '-1'} @click=${() => (this.tab = t)}>
            ${t} projects (${this.value.filter((p) => p.project_type === t).length})
          </button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
        ${this.importAll
          ? html`<p class="muted">Every ${this.tab} project visible to the keys is imported.</p>`
          : html`<div class="field">
                <label for="search">Search by name</label>
                <input id="search" type="search" part="search" .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
              </div>
              ${this.resource.render(
                (projects) =>
                  projects.length === 0
                    ? html`<p class="notice" role="status">No ${this.tab} projects found. Check that the keys can see them and that the module is licensed.</p>`
                    : html`<ul>
                        ${projects.map(
                          (p) => html`<li><label><input type="checkbox" data-project=${p.id}
                            .checked=${this.value.some((v) => v.project_type === this.tab && v.external_id === p.id)}
                            @change=${(e: Event) => this.pick(p, (e.target as HTMLInputElement).checked)} /> ${p.name}${p.target ? html` <span class="muted">${p.target}</span>` : nothing}</label></li>`,
                        )}
                      </ul>`,
              )}`}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-project-picker': EihProjectPicker;
  }
}
