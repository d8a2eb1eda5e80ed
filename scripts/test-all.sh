#!/usr/bin/env bash
# The README's test command (`npm test`): installs what tests need, then runs every check.
# Every step runs even when an earlier one failed, so one run shows every problem; the exit code
# is non-zero when any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=test
mkdir -p test-results
rm -f test-results/*.json test-results/e2e.log

failed_steps=()
passed_steps=0
step() {
  local name="$1"; shift
  echo
  echo "=== [$name] $*"
  local started=$SECONDS
  if "$@"; then
    passed_steps=$((passed_steps + 1))
    echo "=== [$name] ok ($((SECONDS - started)) s)"
  else
    failed_steps+=("$name")
    echo "=== [$name] FAILED ($((SECONDS - started)) s)"
  fi
}

[ -d node_modules ] || npm install --no-fund --no-audit
step setup-chromium bash scripts/ensure-chromium.sh
if [ -z "${DATABASE_URL:-}${EIH_TEST_DATABASE_URL:-}" ]; then
  echo
  echo "!!! DATABASE_URL is not set: PostgreSQL store suites will be SKIPPED (CI always sets it) !!!"
fi
step lint npx eslint . --max-warnings 0
step typecheck npm run --silent typecheck
step widgets-build npm run --silent build
step now-sdk-build bash -c 'npx now-sdk build --frozenKeys && npx now-sdk pack'
step vitest npx vitest run --coverage --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step widgets-browser npx web-test-runner --config web-test-runner.config.mjs
step e2e bash -c 'set -o pipefail; EIH_SCREENSHOT_DIR=test-results/screenshots npx tsx test/e2e/run-e2e.ts 2>&1 | tee test-results/e2e.log'

node scripts/print-test-summary.mjs "$passed_steps" "${#failed_steps[@]}"
if [ "${#failed_steps[@]}" -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}"
  exit 1
fi
