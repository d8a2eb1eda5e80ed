import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { label } from '../base/format';

const STATUS_TONE: Record<string, string> = {
  connecting: 'info',
  connected: 'success',
  retrying: 'warning',
  failed: 'danger',
  disabled: 'neutral',
  deleting: 'neutral',
  success: 'success',
  error: 'danger',
  pending: 'info',
  synced: 'success',
};
const HEALTH_TONE: Record<string, string> = { healthy: 'success', unhealthy: 'danger', unknown: 'neutral' };

/**
 * @summary A connector's lifecycle status (connecting, connected, retrying, failed, disabled,
 * deleting) and, when given, its health, as colour plus text (never colour alone).
 *
 * @csspart status - The status pill.
 * @csspart health - The health pill.
 * @cssproperty --eih-color-success - Connected / healthy.
 * @cssproperty --eih-color-danger - Failed / unhealthy.
 * @cssproperty --eih-color-warning - Retrying.
 */
@customElement('eih-status-badge')
export class EihStatusBadge extends EihElement {
  static override styles = [
    ...EihElement.styles,
    css`
      :host {
        display: inline-flex;
        gap: 0.35rem;
        vertical-align: middle;
      }
      .pill {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        border: 1px solid var(--_tone);
        color: var(--_tone);
        border-radius: 999px;
        padding: 0 0.5rem;
        font-size: 0.8rem;
        font-weight: 600;
        white-space: nowrap;
      }
      .pill::before {
        content: '';
        width: 0.5rem;
        height: 0.5rem;
        border-radius: 50%;
        background: var(--_tone);
      }
    `,
  ];

  @property({ reflect: true }) status = '';
  @property({ reflect: true }) health = '';

  override render() {
    return html`${this.status
      ? html`<span class="pill" part="status" data-tone=${STATUS_TONE[this.status] ?? 'neutral'}><span class="visually-hidden">Status: </span>${label(this.status)}</span>`
      : nothing}${this.health
      ? html`<span class="pill" part="health" data-tone=${HEALTH_TONE[this.health] ?? 'neutral'}><span class="visually-hidden">Health: </span>${label(this.health)}</span>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-status-badge': EihStatusBadge;
  }
}
