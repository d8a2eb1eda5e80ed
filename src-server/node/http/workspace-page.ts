import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export const WIDGETS_DIR = resolve('dist/widgets');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Exposure Integration Hub</title>
    <link rel="icon" href="data:," />
    <style>html,body{margin:0;height:100%;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f4f5f7}</style>
    <script type="module" src="/widgets/eih-widgets.js"></script>
  </head>
  <body>
    <eih-workspace api-base="/api/x_eih/hub"></eih-workspace>
  </body>
</html>
`;

/** The workspace: one real page served by the real server, rendering the widget SDK. */
export function registerWorkspacePage(app: Hono): void {
  if (!existsSync(resolve(WIDGETS_DIR, 'eih-widgets.js'))) {
    throw new Error(`widget bundle missing in ${WIDGETS_DIR}: run 'npm run build' first (npm start does)`);
  }
  app.use('/widgets/*', serveStatic({ root: './dist' }));
  app.get('/', (c) => c.html(PAGE));
}
