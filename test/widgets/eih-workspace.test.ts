import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src-widgets/workspace/eih-workspace';
import type { EihWorkspace } from '../../src-widgets/workspace/eih-workspace';

function respondWith(status: number, body: unknown): () => void {
  const original = window.fetch;
  window.fetch = async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return () => {
    window.fetch = original;
  };
}

describe('eih-workspace', () => {
  it('shows the hub as healthy when the health route answers', async () => {
    const restore = respondWith(200, { result: { status: 'ok', store: 'sqlite', version: '1.2.3' } });
    try {
      const el = await fixture<EihWorkspace>(html`<eih-workspace api-base="/api/x_eih/hub"></eih-workspace>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[data-state="ok"]'), 'healthy status never shown');
      expect(el.shadowRoot?.textContent).to.contain('store sqlite');
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      restore();
    }
  });

  it('says the hub is unreachable when the health route fails', async () => {
    const restore = respondWith(503, { error: { message: 'store unavailable' }, status: 'failure' });
    try {
      const el = await fixture<EihWorkspace>(html`<eih-workspace></eih-workspace>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[data-state="error"]'), 'error status never shown');
      expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain('503');
    } finally {
      restore();
    }
  });
});
