/**
 * The page the widget benchmark loads: the bundle, a `fetch` stub answering the dashboard routes
 * from the fixture, and `measureDashboard()`, which appends an `eih-integration-dashboard`
 * (its connectedCallback runs on append) and resolves with the milliseconds until every part has
 * rendered its data and the next frame has been painted. `measureDashboard(true)` hands the data
 * over as the element's `data` property instead (no fetch, no cache): a diagnostic of render cost.
 */
import type { DashboardFixture } from './widgets-fixture';

const MEASURE = `
window.measureDashboard = async function (withData) {
  await customElements.whenDefined('eih-integration-dashboard');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const inShadow = (root, selector) => root.shadowRoot && root.shadowRoot.querySelector(selector);
  const ready = (dashboard) => {
    const parts = dashboard.shadowRoot && dashboard.shadowRoot.querySelector('.grid');
    if (!parts) return false;
    const q = (tag) => parts.querySelector(tag);
    const table = q('eih-integrations-table');
    const rows = table && table.shadowRoot ? table.shadowRoot.querySelectorAll('table[part=table] tbody tr').length : 0;
    return Boolean(inShadow(q('eih-runs-chart'), 'svg[part=chart]') && inShadow(q('eih-outcome-pie'), 'svg[part=chart]') &&
      inShadow(q('eih-ingestion-health'), '[part=tile]') && inShadow(q('eih-processing-health'), 'svg[part=chart]') && rows >= window.expectedRows);
  };
  const dashboard = document.createElement('eih-integration-dashboard');
  // Diagnostic: the answers handed over as the data property (no fetch, no IndexedDB cache).
  if (withData) dashboard.data = { runs: fixture.runs.result, ingestion: fixture.ingestion.result, processing: fixture.processing.result, integrations: fixture.integrations.result };
  const started = performance.now();
  document.body.appendChild(dashboard);
  for (let i = 0; i < 600; i++) {
    await frame();
    if (ready(dashboard)) return (await frame()) - started;
  }
  throw new Error('the dashboard did not render its data within 600 frames');
};`;

export function dashboardPage(fixture: DashboardFixture, expectedRows: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eih-integration-dashboard benchmark</title></head>
<body>
<script>
window.expectedRows = ${expectedRows};
const fixture = ${JSON.stringify(fixture).replace(/</g, '\\u003c')};
window.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url, location.href);
  const match = /\\/dashboard\\/(runs|ingestion|processing|integrations)$/.exec(url.pathname);
  const body = match ? fixture[match[1]] : { result: [] };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
};
${MEASURE}
</script>
<script type="module" src="/eih-widgets.js"></script>
</body></html>`;
}
