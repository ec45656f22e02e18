#!/usr/bin/env bash
# The whole test suite, runnable on a fresh clone: Node 24, npm dependencies and the Debian packages
# the sandbox tests need are installed first when missing. Extra arguments go to vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$(scripts/ensure-node.sh):$PATH"
# onnxruntime-node (optional external-model adapter, a dev dependency) would fetch GPU add-ons from outside the npm registry.
export ONNXRUNTIME_NODE_INSTALL=skip ONNXRUNTIME_NODE_INSTALL_CUDA=skip
export PATH
scripts/install-system-deps.sh
if [ ! -x node_modules/.bin/vitest ]; then
  echo "rampart: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI can count: "N passed, N failed, N skipped".
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report" 2>/dev/null || true
exit "$status"
