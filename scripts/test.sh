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
exec node_modules/.bin/vitest run "$@"
