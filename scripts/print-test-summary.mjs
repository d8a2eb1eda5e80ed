// Prints the closing line CI reads: total tests passed and failed across vitest and the browser.
import { existsSync, readFileSync } from 'node:fs';

const [stepsPassed, stepsFailed] = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
}
if (existsSync('test-results/wtr.json')) {
  const report = JSON.parse(readFileSync('test-results/wtr.json', 'utf8'));
  passed += report.passed ?? 0;
  failed += report.failed ?? 0;
}
if (existsSync('test-results/e2e.log')) {
  const match = /e2e: (\d+) passed, (\d+) failed/.exec(readFileSync('test-results/e2e.log', 'utf8'));
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
}
console.log('');
console.log(`steps: ${stepsPassed} passed, ${stepsFailed} failed`);
console.log(`tests: ${passed} passed, ${failed + stepsFailed} failed`);
