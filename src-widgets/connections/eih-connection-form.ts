import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PLATFORMS, type Platform } from '../../src-shared/model/vocabulary';
import { baseUrlProblem } from '../base/base-url';
import { EihElement } from '../base/eih-element';
import { formatDateTime, label } from '../base/format';
import { errorNotice, HubDataController } from '../client/hub-data-controller';
import type { ConnectionRecord, ConnectionTestResult, ConnectionWrite } from '../client/hub-types';
import '../connectors/eih-status-badge';

type SecretField = 'access_key' | 'secret_key' | 'sc_password';
const SECRETS: { field: SecretField; label: string; sc?: boolean }[] = [
  { field: 'access_key', label: 'Access key' },
  { field: 'secret_key', label: 'Secret key' },
  { field: 'sc_password', label: 'Security Center password', sc: true },
];

interface Draft {
  name: string;
  active: boolean;
  connection_alias: string;
  application: string;
  platform: Platform;
  base_url: string;
  sc_username: string;
  access_key: string;
  secret_key: string;
  sc_password: string;
}

function draftOf(c: ConnectionRecord | undefined): Draft {
  return {
    name: c?.name ?? '',
    active: c?.active ?? true,
    connection_alias: c?.connection_alias ?? '',
    application: c?.application ?? 'x_eih',
    platform: c?.platform ?? 'tenable_vm',
    base_url: c?.base_url ?? 'https://cloud.tenable.com',
    sc_username: c?.sc_username ?? '',
    access_key: '',
    secret_key: '',
    sc_password: '',
  };
}

/** Client-side checks that mirror the contract; the server stays the authority. */
export function connectionProblems(draft: Draft): Partial<Record<keyof Draft, string>> {
  const problems: Partial<Record<keyof Draft, string>> = {};
  if (draft.name.trim() === '') problems.name = 'Name is required.';
  else if (draft.name.length > 100) problems.name = 'Name is at most 100 characters.';
  const urlProblem = baseUrlProblem(draft.base_url);
  if (urlProblem !== null) problems.base_url = urlProblem;
  return problems;
}

/**
 * @summary A connection's form: Name, Active, Connection Alias, Application, platform, base URL and
 * write-only credentials (shown only as set / not set), with Test Connection (Status, Status Code,
 * Message, Suggestion, Updated) and the connectors that use it with their health.
 *
 * @event eih-connection-saved - The connection was created or updated.
 * @event eih-connection-tested - Test Connection answered.
 * @event eih-navigate - After creating, the new connection's route.
 * @csspart form - The form.
 * @csspart test-result - The Test Connection result.
 */
@customElement('eih-connection-form')
export class EihConnectionForm extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: 0 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0.5rem 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        white-space: pre-wrap;
      }
      .presence {
        font-size: 0.8rem;
        font-weight: 600;
      }
      .presence[data-set='true'] {
        color: var(--_success);
      }
      .presence[data-set='false'] {
        color: var(--_muted);
      }
      form > .row {
        margin-bottom: 0.75rem;
      }
    `,
  ];

  /** The connection's sys_id; empty or `new` for a new connection. */
  @property({ attribute: 'connection-id' }) connectionId = '';

  @state() private draft: Draft = draftOf(undefined);
  @state() private touched = false;
  @state() private saving = false;
  @state() private testing = false;
  @state() private problem: unknown = null;
  @state() private saved = '';
  @state() private testResult: ConnectionTestResult | null = null;
  /** The id this form just created: adopting it must not clear the "Connection created." notice. */
  private adopted = '';

  private get isNew(): boolean {
    return this.connectionId === '' || this.connectionId === 'new';
  }

  private readonly resource = new HubDataController(this, {
    args: () => [this.apiBase, this.connectionId] as const,
    key: ([base, id]) => (id === '' || id === 'new' ? null : `${base}/connections/${id}`),
    load: async ([, id]) => {
      const record = await this.hub.connection(id);
      if (!this.touched) this.draft = draftOf(record);
      return record;
    },
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('connectionId') && this.connectionId === this.adopted) {
      this.adopted = '';
    } else if (changed.has('connectionId')) {
      this.testResult = null;
      this.saved = '';
      this.problem = null;
      if (this.isNew) this.draft = draftOf(undefined);
    }
    // The cached record fills the form at once; the fresh one replaces it when it arrives.
    const shown = this.resource.value;
    if (!this.touched && shown !== undefined && this.draft.name === '' && !this.isNew) this.draft = draftOf(shown);
  }

  private set<K extends keyof Draft>(field: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [field]: value };
    this.touched = true;
    this.saved = '';
  }

  private body(record: ConnectionRecord | undefined): ConnectionWrite {
    const d = this.draft;
    const body: ConnectionWrite = {};
    const fields = ['name', 'active', 'connection_alias', 'application', 'platform', 'base_url', 'sc_username'] as const;
    for (const field of fields) {
      const before = record ? (record[field] ?? (typeof d[field] === 'string' ? '' : null)) : undefined;
      if (record === undefined || before !== d[field]) (body as Record<string, unknown>)[field] = d[field];
    }
    // Secrets are write-only: sent only when typed, so an untouched field keeps the stored value.
    for (const { field } of SECRETS) if (d[field] !== '') body[field] = d[field];
    return body;
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (Object.keys(connectionProblems(this.draft)).length > 0) {
      this.touched = true;
      this.requestUpdate();
      return;
    }
    this.saving = true;
    this.problem = null;
    try {
      const created = this.isNew;
      const record = created ? await this.hub.createConnection(this.body(undefined)) : await this.hub.updateConnection(this.connectionId, this.body(this.resource.value));
      this.resource.set(record);
      this.draft = draftOf(record);
      this.touched = false;
      this.saved = created ? 'Connection created.' : 'Connection saved.';
      this.emit('eih-connection-saved', { connection: record, created });
      if (created) {
        this.adopted = record.sys_id;
        this.connectionId = record.sys_id;
        this.emit('eih-navigate', { route: `/connections/${record.sys_id}` });
      }
    } catch (error) {
      this.problem = error;
    } finally {
      this.saving = false;
    }
  }

  private async test(): Promise<void> {
    this.testing = true;
    this.problem = null;
    try {
      const result = await this.hub.testConnection(this.connectionId);
      this.testResult = result;
      this.emit('eih-connection-tested', { connection: this.connectionId, result });
    } catch (error) {
      this.problem = error;
    } finally {
      this.testing = false;
    }
  }

  override render() {
    if (!this.isNew && this.resource.value === undefined) {
      return html`<section class="card" part="base"><h2>Connection</h2>${this.resource.render(() => nothing)}</section>`;
    }
    const record = this.resource.value;
    return html`<section class="card" part="base">
      <h2>${this.isNew ? 'New connection' : (record?.name ?? 'Connection')}</h2>
      ${this.isNew ? nothing : this.resource.render(() => nothing)}
      ${this.renderForm(record)}
      ${this.problem ? errorNotice(this.problem) : nothing}
      ${this.saved ? html`<p class="notice success" role="status">${this.saved}</p>` : nothing}
      ${this.testResult ? this.renderTest(this.testResult) : nothing}
    </section>`;
  }

  private renderForm(record: ConnectionRecord | undefined) {
    const d = this.draft;
    const problems = this.touched ? connectionProblems(d) : {};
    const text = (field: 'name' | 'connection_alias' | 'application' | 'base_url' | 'sc_username', caption: string, extra: { required?: boolean; type?: string } = {}) => html`<div class="field">
      <label for=${field}>${caption}${extra.required ? ' (required)' : ''}</label>
      <input id=${field} name=${field} type=${extra.type ?? 'text'} .value=${d[field]} ?required=${extra.required ?? false}
        aria-invalid=${problems[field] ? 'true' : 'false'} aria-describedby=${problems[field] ? `${field}-problem` : nothing}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)} />
      ${problems[field] ? html`<span class="problem" id="${field}-problem">${problems[field]}</span>` : nothing}
    </div>`;
    return html`<form part="form" @submit=${this.save} novalidate>
      <div class="grid">
        ${text('name', 'Name', { required: true })}
        ${text('connection_alias', 'Connection alias')}
        ${text('application', 'Application')}
        <div class="field">
          <label for="platform">Platform</label>
          <select id="platform" name="platform" .value=${d.platform} @change=${(e: Event) => this.set('platform', (e.target as HTMLSelectElement).value as Platform)}>
            ${PLATFORMS.map((p) => html`<option value=${p} ?selected=${p === d.platform}>${label(p)}</option>`)}
          </select>
        </div>
        ${text('base_url', 'Base URL', { required: true, type: 'url' })}
        <div class="field">
          <label><input type="checkbox" name="active" .checked=${d.active} @change=${(e: Event) => this.set('active', (e.target as HTMLInputElement).checked)} /> Active</label>
        </div>
        ${d.platform === 'tenable_sc' ? text('sc_username', 'Security Center username') : nothing}
        ${SECRETS.filter((s) => !s.sc || d.platform === 'tenable_sc').map((s) => {
          const isSet = record?.credentials[s.field] === 'set';
          return html`<div class="field">
            <label for=${s.field}>${s.label} <span class="presence" data-set=${isSet ? 'true' : 'false'}>${isSet ? 'Set' : 'Not set'}</span></label>
            <input id=${s.field} name=${s.field} type="password" autocomplete="off" .value=${d[s.field]}
              aria-describedby="${s.field}-hint" @input=${(e: Event) => this.set(s.field, (e.target as HTMLInputElement).value)} />
            <span class="hint" id="${s.field}-hint">${isSet ? 'Stored and never shown. Leave blank to keep it; type to replace it.' : 'Write-only: it is stored and never shown again.'}</span>
          </div>`;
        })}
      </div>
      <div class="row">
        <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>
        ${this.isNew ? nothing : html`<button type="button" ?disabled=${this.testing} @click=${this.test}>${this.testing ? 'Testing…' : 'Test connection'}</button>`}
      </div>
    </form>`;
  }

  private renderTest(result: ConnectionTestResult) {
    return html`<div part="test-result" class="notice ${result.status === 'success' ? 'success' : 'error'}" role="status" aria-live="polite">
      <h3>Test connection</h3>
      <dl>
        <dt>Status</dt><dd><eih-status-badge status=${result.status}></eih-status-badge></dd>
        <dt>Status code</dt><dd>${result.status_code ?? '—'}</dd>
        <dt>Message</dt><dd>${result.message}</dd>
        <dt>Suggestion</dt><dd>${result.suggestion}</dd>
        <dt>Updated</dt><dd>${formatDateTime(result.updated)}</dd>
      </dl>
      ${result.connectors.length === 0
        ? html`<p class="muted">No connector uses this connection.</p>`
        : html`<table>
            <caption>Connectors using this connection</caption>
            <thead><tr><th scope="col">Connector</th><th scope="col">Health</th></tr></thead>
            <tbody>
              ${result.connectors.map(
                (c) => html`<tr><th scope="row"><button type="button" class="link" @click=${() => this.emit('eih-navigate', { route: `/connectors/${c.sys_id}` })}>${c.name}</button></th><td><eih-status-badge health=${c.health}></eih-status-badge></td></tr>`,
              )}
            </tbody>
          </table>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-connection-form': EihConnectionForm;
  }
}
