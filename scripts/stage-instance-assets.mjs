// The ServiceNow build ignores files under dist/ and empties its own build folder, so the widget
// bundle is staged in build/widgets/ for `now-sdk build` to ship as the app's static content.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const source = 'dist/widgets/eih-widgets.js';
if (!existsSync(source)) {
  console.error(`${source} is missing: run the widget build (vite build) first`);
  process.exit(1);
}
mkdirSync('build/widgets', { recursive: true });
copyFileSync(source, 'build/widgets/eih-widgets.js');
