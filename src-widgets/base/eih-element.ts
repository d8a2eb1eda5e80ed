import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_API_BASE, hubClient, type HubClient } from '../client/hub-client';
import { eihEvent, type EihEventDetails } from './events';
import { themeStyles } from './theme.styles';

/**
 * What every `eih-*` element shares: where the hub is (`api-base`), an optional client override,
 * the light/dark theme switch and typed `eih-*` events (bubbling and composed, so a page hears
 * them through every shadow root).
 *
 * @csspart base - The element's card (most elements).
 * @cssproperty --eih-color-surface - Card background.
 * @cssproperty --eih-color-surface-alt - Page and table-header background.
 * @cssproperty --eih-color-border - Borders and grid lines.
 * @cssproperty --eih-color-text - Text.
 * @cssproperty --eih-color-text-muted - Secondary text.
 * @cssproperty --eih-color-accent - Links, selection and primary buttons.
 * @cssproperty --eih-color-accent-text - Text on the accent colour.
 * @cssproperty --eih-color-header - Header background (#293e40).
 * @cssproperty --eih-color-header-text - Header text.
 * @cssproperty --eih-color-success - Succeeded, connected, healthy.
 * @cssproperty --eih-color-danger - Failed, unhealthy, errors.
 * @cssproperty --eih-color-warning - Retrying, warnings, offline notice.
 * @cssproperty --eih-color-info - In progress, connecting.
 * @cssproperty --eih-color-neutral - Disabled, cancelled, never run.
 * @cssproperty --eih-color-focus - Focus ring.
 * @cssproperty --eih-radius - Corner radius.
 * @cssproperty --eih-space - Card padding.
 * @cssproperty --eih-font-family - Font family.
 * @cssproperty --eih-font-size - Base font size.
 */
export class EihElement extends LitElement {
  static override styles = [themeStyles];

  /** Base path of the hub's REST API (same on the local host and the instance). */
  @property({ attribute: 'api-base' }) apiBase = DEFAULT_API_BASE;

  /** A client to use instead of the page-wide one for `api-base` (tests, custom auth). */
  @property({ attribute: false }) client?: HubClient;

  /** `light` (default) or `dark`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected get hub(): HubClient {
    return this.client ?? hubClient(this.apiBase);
  }

  /** Dispatch an `eih-*` event; returns false when a listener called preventDefault(). */
  protected emit<K extends keyof EihEventDetails>(type: K, detail: EihEventDetails[K]): boolean {
    return this.dispatchEvent(eihEvent(type, detail));
  }
}
