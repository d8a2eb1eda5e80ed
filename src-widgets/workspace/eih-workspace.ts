import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { workspaceStyles } from './eih-workspace.styles';

type HubHealth = { state: 'loading' } | { state: 'ok'; store: string; version: string } | { state: 'error'; message: string };

/**
 * @summary The Exposure Integration Hub workspace shell.
 * @csspart header - The title bar.
 * @cssproperty --eih-color-header - Title bar background.
 * @cssproperty --eih-color-header-text - Title bar text colour.
 */
@customElement('eih-workspace')
export class EihWorkspace extends LitElement {
  static override styles = workspaceStyles;

  /** Base path of the hub's REST API. */
  @property({ attribute: 'api-base' }) apiBase = '/api/x_eih/hub';

  @state() private health: HubHealth = { state: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadHealth();
  }

  private async loadHealth(): Promise<void> {
    try {
      const response = await fetch(`${this.apiBase}/health`, { headers: { accept: 'application/json' } });
      const body = (await response.json()) as { result?: { store: string; version: string } };
      this.health = response.ok && body.result ? { state: 'ok', ...body.result } : { state: 'error', message: `hub answered ${response.status}` };
    } catch (error) {
      this.health = { state: 'error', message: error instanceof Error ? error.message : 'hub unreachable' };
    }
  }

  override render() {
    return html`
      <header part="header"><h1>Exposure Integration Hub</h1></header>
      <main>${this.renderHealth()}</main>
    `;
  }

  private renderHealth() {
    switch (this.health.state) {
      case 'loading':
        return html`<p class="status" role="status">Checking the hub…</p>`;
      case 'ok':
        return html`<p class="status" data-state="ok" role="status">Hub healthy: store ${this.health.store}, version ${this.health.version}.</p>`;
      case 'error':
        return html`<p class="status" data-state="error" role="alert">Hub unreachable: ${this.health.message}</p>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-workspace': EihWorkspace;
  }
}
