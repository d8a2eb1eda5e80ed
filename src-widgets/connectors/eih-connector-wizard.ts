import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { PLATFORMS, SEVERITIES, type Platform, type Severity } from '../../src-shared/model/vocabulary';
import { baseUrlProblem } from '../base/base-url';
import { EihElement } from '../base/eih-element';
import { label } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { ConnectionTestResult, ConnectorRecord, ProjectSelection, StatusMappingRowView } from '../client/hub-types';
import './eih-status-mapping';
import './eih-severity-filter';
import './eih-project-picker';
import './eih-status-badge';
import { defaultMappingRows } from './eih-status-mapping';

export const WIZARD_STEPS = ['Credentials', 'Status mapping', 'Severity filters', 'Projects', 'Check connection'] as const;

interface NewConnection {
  name: string;
  platform: Platform;
  base_url: string;
  access_key: string;
  secret_key: string;
}

/**
 * @summary The connector wizard (Conviso's flow): Credentials / connection → Status mapping →
 * Severity filters → Projects (WAS and VM) → Check connection → the import starts.
 *
 * @event eih-connector-created - The connector was created; its first sync has started.
 * @event eih-navigate - "Open the connector" after creation.
 * @csspart steps - The step list.
 * @csspart step - The current step's panel.
 */
@customElement('eih-connector-wizard')
export class EihConnectorWizard extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      ol.steps {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        padding: 0;
        margin: 0 0 0.75rem;
        counter-reset: step;
      }
      ol.steps li {
        counter-increment: step;
        color: var(--_muted);
      }
      ol.steps li::before {
        content: counter(step) '. ';
      }
      ol.steps li[aria-current='step'] {
        color: var(--_text);
        font-weight: 600;
      }
      .nav {
        margin-top: 0.75rem;
      }
    `,
  ];

  @state() step = 0;
  @state() name = '';
  @state() mode: 'existing' | 'new' = 'existing';
  @state() connectionId = '';
  @state() newConnection: NewConnection = { name: '', platform: 'tenable_vm', base_url: 'https://cloud.tenable.com', access_key: '', secret_key: '' };
  @state() mapping: StatusMappingRowView[] = defaultMappingRows();
  @state() severities: Severity[] = [...SEVERITIES];
  @state() importAll = true;
  @state() projects: ProjectSelection[] = [];
  @state() private problem: unknown = null;
  @state() private showProblems = false;
  @state() private busy = false;
  @state() private test: ConnectionTestResult | null = null;
  @state() private created: ConnectorRecord | null = null;

  private readonly connections = new HubDataController(this, {
    args: () => [this.apiBase] as const,
    key: ([base]) => `${base}/connections`,
    load: async () => (await this.hub.connections({ limit: 500 })).records,
  });

  private credentialProblems(): Record<string, string> {
    const p: Record<string, string> = {};
    if (this.name.trim() === '') p['name'] = 'Connector name is required.';
    if (this.mode === 'existing' && this.connectionId === '') p['connection'] = 'Choose a connection.';
    if (this.mode === 'new') {
      const c = this.newConnection;
      if (c.name.trim() === '') p['conn-name'] = 'Connection name is required.';
      const urlProblem = baseUrlProblem(c.base_url);
      if (urlProblem !== null) p['base-url'] = urlProblem;
      if (c.access_key === '') p['access-key'] = 'Access key is required.';
      if (c.secret_key === '') p['secret-key'] = 'Secret key is required.';
    }
    return p;
  }

  private go(step: number): void {
    this.step = step;
    this.showProblems = false;
    this.problem = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus());
  }

  private async next(): Promise<void> {
    if (this.step === 0) {
      if (Object.keys(this.credentialProblems()).length > 0) {
        this.showProblems = true;
        return;
      }
      if (this.mode === 'new') {
        this.busy = true;
        try {
          const c = this.newConnection;
          const record = await this.hub.createConnection({ name: c.name, platform: c.platform, base_url: c.base_url, access_key: c.access_key, secret_key: c.secret_key, active: true });
          this.connectionId = record.sys_id;
          this.mode = 'existing';
          void this.connections.refresh();
        } catch (error) {
          this.problem = error;
          return;
        } finally {
          this.busy = false;
        }
      }
    }
    this.go(Math.min(this.step + 1, WIZARD_STEPS.length - 1));
  }

  private async check(): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      this.test = await this.hub.testConnection(this.connectionId);
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  private async start(): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      const types = this.importAll ? ['VM', 'WAS'] : [...new Set(this.projects.map((p) => p.project_type))];
      const connector = await this.hub.createConnector({
        name: this.name.trim(),
        connection: this.connectionId,
        project_types: (types.length === 0 ? ['VM'] : types).join(','),
        import_all: this.importAll,
        severities: this.severities,
        status_mapping: this.mapping,
        projects: this.importAll ? [] : this.projects,
      });
      this.created = connector;
      this.emit('eih-connector-created', { connector });
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<section class="card" part="base">
      <h2>New Tenable connector</h2>
      <ol class="steps" part="steps" aria-label="Steps">
        ${WIZARD_STEPS.map((s, i) => html`<li aria-current=${i === this.step ? 'step' : nothing}>${s}</li>`)}
      </ol>
      <div part="step">
        <h3 id="step-title" tabindex="-1">${WIZARD_STEPS[this.step]}</h3>
        ${this.created ? this.renderCreated(this.created) : this.renderStep()}
      </div>
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.created
        ? nothing
        : html`<div class="row nav">
            <button type="button" ?disabled=${this.step === 0 || this.busy} @click=${() => this.go(this.step - 1)}>Back</button>
            ${this.step < WIZARD_STEPS.length - 1 ? html`<button type="button" class="primary" ?disabled=${this.busy} @click=${this.next}>Continue</button>` : nothing}
          </div>`}
    </section>`;
  }

  private renderStep() {
    switch (this.step) {
      case 0:
        return this.renderCredentials();
      case 1:
        return html`<eih-status-mapping no-heading api-base=${this.apiBase} .client=${this.client} .value=${this.mapping} @eih-mapping-change=${(e: CustomEvent<{ rows: StatusMappingRowView[] }>) => (this.mapping = e.detail.rows)}></eih-status-mapping>`;
      case 2:
        return html`<eih-severity-filter no-heading api-base=${this.apiBase} .client=${this.client} .value=${this.severities} @eih-severity-change=${(e: CustomEvent<{ severities: Severity[] }>) => (this.severities = e.detail.severities)}></eih-severity-filter>`;
      case 3:
        return html`<eih-project-picker no-heading api-base=${this.apiBase} .client=${this.client} connection-id=${this.connectionId} .importAll=${this.importAll} .value=${this.projects}
          @eih-projects-change=${(e: CustomEvent<{ importAll: boolean; projects: ProjectSelection[] }>) => {
            this.importAll = e.detail.importAll;
            this.projects = e.detail.projects;
          }}></eih-project-picker>`;
      default:
        return this.renderCheck();
    }
  }

  private field(id: string, caption: string, value: string, onInput: (v: string) => void, type = 'text') {
    const problem = this.showProblems ? this.credentialProblems()[id] : undefined;
    return html`<div class="field">
      <label for=${id}>${caption}</label>
      <input id=${id} type=${type} .value=${value} autocomplete=${type === 'password' ? 'off' : nothing} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `${id}-problem` : nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
      ${problem ? html`<span class="problem" id="${id}-problem">${problem}</span>` : nothing}
    </div>`;
  }

  private renderCredentials() {
    const problems = this.showProblems ? this.credentialProblems() : {};
    const c = this.newConnection;
    const setConn = (patch: Partial<NewConnection>) => (this.newConnection = { ...this.newConnection, ...patch });
    return html`
      ${this.field('name', 'Connector name', this.name, (v) => (this.name = v))}
      <fieldset style="border: none; padding: 0; margin: 0 0 0.5rem">
        <legend>Connection</legend>
        <label><input type="radio" name="mode" value="existing" .checked=${this.mode === 'existing'} @change=${() => (this.mode = 'existing')} /> Use an existing connection</label>
        <label><input type="radio" name="mode" value="new" .checked=${this.mode === 'new'} @change=${() => (this.mode = 'new')} /> Enter new credentials</label>
      </fieldset>
      ${this.mode === 'existing'
        ? html`<div class="field">
            <label for="connection">Connection</label>
            ${this.connections.render((list) => html`<select id="connection" .value=${this.connectionId} aria-invalid=${problems['connection'] ? 'true' : 'false'} aria-describedby=${problems['connection'] ? 'connection-problem' : nothing}
                @change=${(e: Event) => (this.connectionId = (e.target as HTMLSelectElement).value)}>
                <option value="">Choose…</option>
                ${list.map((conn) => html`<option value=${conn.sys_id} ?selected=${conn.sys_id === this.connectionId}>${conn.name ?? conn.sys_id} (${label(conn.platform)})</option>`)}
              </select>`)}
            ${problems['connection'] ? html`<span class="problem" id="connection-problem">${problems['connection']}</span>` : nothing}
          </div>`
        : html`
            ${this.field('conn-name', 'Connection name', c.name, (v) => setConn({ name: v }))}
            <div class="field">
              <label for="platform">Platform</label>
              <select id="platform" @change=${(e: Event) => setConn({ platform: (e.target as HTMLSelectElement).value as Platform })}>
                ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === c.platform}>${label(p)}</option>`)}
              </select>
            </div>
            ${this.field('base-url', 'Base URL', c.base_url, (v) => setConn({ base_url: v }), 'url')}
            ${this.field('access-key', 'Access key', c.access_key, (v) => setConn({ access_key: v }), 'password')}
            ${this.field('secret-key', 'Secret key', c.secret_key, (v) => setConn({ secret_key: v }), 'password')}
          `}
    `;
  }

  private renderCheck() {
    return html`
      <p>Connector <strong>${this.name}</strong>: ${this.severities.length} severities, ${this.mapping.length} status mappings,
        ${this.importAll ? 'all projects' : `${this.projects.length} projects`}.</p>
      ${this.severities.length === 0 ? html`<p class="notice warning" role="alert">No severity is selected: nothing will be imported.</p>` : nothing}
      <div class="row">
        <button type="button" ?disabled=${this.busy} @click=${this.check}>Check connection</button>
        <button type="button" class="primary" ?disabled=${this.busy || this.test?.status !== 'success'} @click=${this.start}>Start import</button>
      </div>
      ${this.test
        ? html`<div class="notice ${this.test.status === 'success' ? 'success' : 'error'}" role="status">
            <eih-status-badge status=${this.test.status}></eih-status-badge>
            ${this.test.status === 'success' ? 'The connection with Tenable is active.' : this.test.message}
            ${this.test.status_code === null ? '' : ` (HTTP ${this.test.status_code})`}
            ${this.test.suggestion ? html`<div>${this.test.suggestion}</div>` : nothing}
          </div>`
        : nothing}
    `;
  }

  private renderCreated(connector: ConnectorRecord) {
    return html`<div class="notice success" role="status">
      <p>Connector <strong>${connector.name}</strong> created: the import has started. <eih-status-badge status=${connector.status ?? 'connecting'}></eih-status-badge></p>
      <button type="button" class="primary" @click=${() => this.emit('eih-navigate', { route: `/connectors/${connector.sys_id}` })}>Open the connector</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connector-wizard': EihConnectorWizard;
  }
}
