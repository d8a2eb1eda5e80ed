import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import type { EihEvent } from '../base/events';
import { HubError } from '../client/hub-client';
import { errorNotice } from '../client/hub-data-controller';
import type { SessionUser } from '../client/hub-types';
import { workspaceStyles } from './eih-workspace.styles';
import { NAV, parseRoute, type Route } from './workspace-routes';
import './eih-sign-in';
import '../dashboard/eih-integration-dashboard';
import '../connections/eih-connection-list';
import '../connections/eih-connection-form';
import '../connectors/eih-connector-list';
import '../connectors/eih-connector-wizard';
import '../connectors/eih-connector-detail';
import '../properties/eih-properties-form';
import '../records/eih-record-list';

/**
 * @summary The Exposure Integration Hub workspace: navigation (Overview, Connections, Connectors,
 * Runs, Properties), sign-in, and deep links as hash routes (`#/connectors/{id}`, `#/review/{id}`…).
 *
 * @event eih-signed-out - The user signed out.
 * @csspart header - The title bar.
 * @csspart nav - The navigation.
 * @csspart main - The page area.
 * @cssproperty --eih-color-header - Title bar background.
 * @cssproperty --eih-color-header-text - Title bar text colour.
 * @cssproperty --eih-color-surface - Page background.
 * @cssproperty --eih-color-accent - Links, selected items and primary buttons.
 */
@customElement('eih-workspace')
export class EihWorkspace extends EihElement {
  static override styles = [...EihElement.styles, workspaceStyles];

  /** Follow and write `location.hash` (turn off when embedding next to another router). */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;
  /** The current route, as a hash path (`/connectors/abc`). */
  @property() route = '/overview';

  @state() private user: SessionUser | null = null;

  private readonly session = new Task(this, {
    args: () => [this.apiBase, this.client] as const,
    task: async () => {
      try {
        this.user = await this.hub.session();
      } catch (error) {
        if (error instanceof HubError && (error.status === 401 || error.status === 403)) this.user = null;
        else throw error;
      }
      return this.user;
    },
  });

  private onHashChange = (): void => {
    this.route = location.hash.replace(/^#/, '') || '/overview';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noHash) {
      this.onHashChange();
      window.addEventListener('hashchange', this.onHashChange);
    }
    this.addEventListener('eih-navigate', this.onNavigate);
    this.addEventListener('eih-review', this.onReview);
    this.addEventListener('eih-signed-in', this.onSignedIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener('eih-navigate', this.onNavigate);
    this.removeEventListener('eih-review', this.onReview);
    this.removeEventListener('eih-signed-in', this.onSignedIn);
  }

  /** Go to a route (hash path); writes the hash unless `no-hash`. */
  navigate(route: string): void {
    this.route = route;
    if (!this.noHash && location.hash !== `#${route}`) location.hash = route;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus());
  }

  private onNavigate = (event: EihEvent<'eih-navigate'>): void => this.navigate(event.detail.route);
  private onReview = (event: EihEvent<'eih-review'>): void => this.navigate(`/review/${event.detail.connector}`);
  private onSignedIn = (event: EihEvent<'eih-signed-in'>): void => {
    this.user = event.detail.user;
  };

  private async signOut(): Promise<void> {
    try {
      await this.hub.logout();
    } finally {
      this.user = null;
      this.emit('eih-signed-out', {});
    }
  }

  override render() {
    const route = parseRoute(this.route);
    return html`
      <header part="header">
        <h1>Exposure Integration Hub</h1>
        <span class="spacer"></span>
        <button type="button" class="ghost" aria-pressed=${this.theme === 'dark' ? 'true' : 'false'} @click=${() => (this.theme = this.theme === 'dark' ? 'light' : 'dark')}>Dark theme</button>
        ${this.user
          ? html`<span class="user">${this.user.user_name}</span><button type="button" class="ghost" @click=${this.signOut}>Sign out</button>`
          : nothing}
      </header>
      ${this.user
        ? html`<nav part="nav" aria-label="Hub">
            <ul>
              ${NAV.map((n) => html`<li><a href="#${n.path}" aria-current=${n.matches.includes(route.page) ? 'page' : nothing} @click=${(e: Event) => this.onNavClick(e, n.path)}>${n.label}</a></li>`)}
            </ul>
          </nav>`
        : nothing}
      <main part="main" tabindex="-1">${this.renderMain(route)}</main>
    `;
  }

  private onNavClick(event: Event, path: string): void {
    if (this.noHash) {
      event.preventDefault();
      this.navigate(path);
    }
  }

  private renderMain(route: Route) {
    if (this.session.status === TaskStatus.PENDING && this.user === null) return html`<p class="notice" role="status">Checking the session…</p>`;
    if (this.session.status === TaskStatus.ERROR && this.user === null) return errorNotice(this.session.error);
    if (this.user === null) return html`<eih-sign-in api-base=${this.apiBase} .client=${this.client}></eih-sign-in>`;
    return this.renderPage(route);
  }

  private renderPage(route: Route) {
    const base = this.apiBase;
    const client = this.client;
    switch (route.page) {
      case 'overview':
        return html`<eih-integration-dashboard api-base=${base} .client=${client}></eih-integration-dashboard>`;
      case 'review':
        return html`<p><a href="#/overview" @click=${(e: Event) => this.onNavClick(e, '/overview')}>All integrations</a></p>
          <eih-integration-dashboard api-base=${base} .client=${client} connector=${route.id}></eih-integration-dashboard>`;
      case 'connections':
        return html`<eih-connection-list api-base=${base} .client=${client}></eih-connection-list>`;
      case 'connection':
        return html`<eih-connection-form api-base=${base} .client=${client} connection-id=${route.id}></eih-connection-form>`;
      case 'connectors':
        return html`<eih-connector-list api-base=${base} .client=${client}></eih-connector-list>`;
      case 'new-connector':
        return html`<eih-connector-wizard api-base=${base} .client=${client}></eih-connector-wizard>`;
      case 'connector':
        return html`<eih-connector-detail api-base=${base} .client=${client} connector-id=${route.id}></eih-connector-detail>`;
      case 'runs':
        return html`<eih-record-list api-base=${base} .client=${client} route="/runs" query="ORDERBYDESCsys_created_on" heading="Runs" limit="50"></eih-record-list>`;
      case 'properties':
        return html`<eih-properties-form api-base=${base} .client=${client}></eih-properties-form>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-workspace': EihWorkspace;
  }
}
