// Widget tests in Debian's Chromium (driven by playwright-core; no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Writes pass/fail counts for the closing summary line of `npm test`. */
function countingReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) totals[test.passed ? 'passed' : test.skipped ? 'skipped' : 'failed'] += 1;
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/wtr.json', JSON.stringify(totals));
    },
  };
}

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/widgets/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  reporters: [defaultReporter(), countingReporter()],
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.widgets.json',
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      },
    }),
  ],
};
