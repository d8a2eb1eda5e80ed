import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { EihElement } from '../base/eih-element';
import { errorNotice } from '../client/hub-data-controller';

/**
 * @summary Sign-in form for the hub (user name and password; session cookie).
 *
 * @event eih-signed-in - Signed in; detail has the user.
 * @csspart form - The form.
 */
@customElement('eih-sign-in')
export class EihSignIn extends EihElement {
  @state() private userName = '';
  @state() private password = '';
  @state() private busy = false;
  @state() private problem: unknown = null;

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.problem = null;
    try {
      const user = await this.hub.login(this.userName, this.password);
      this.password = '';
      this.emit('eih-signed-in', { user });
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<section class="card" part="base" style="max-width: 22rem; margin: 2rem auto">
      <h2>Sign in</h2>
      <form part="form" @submit=${this.submit}>
        <div class="field">
          <label for="user">User name</label>
          <input id="user" name="user_name" autocomplete="username" required .value=${this.userName} @input=${(e: Event) => (this.userName = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required .value=${this.password} @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      ${this.problem ? errorNotice(this.problem) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eih-sign-in': EihSignIn;
  }
}
