#!/usr/bin/env bash
# Prints a directory whose `node` is Node.js >= 24, installing Node 24 from the npm
# registry into a cache folder when the machine's node is older (Debian 12 ships 20).
set -euo pipefail
want=24
if command -v node >/dev/null 2>&1; then
  have=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$have" -ge "$want" ]; then dirname "$(command -v node)"; exit 0; fi
fi
prefix="${RAMPART_NODE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/rampart/node-$want}"
bin="$prefix/node_modules/node/bin"
if [ ! -x "$bin/node" ]; then
  echo "rampart: installing Node.js $want from the npm registry into $prefix" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "node@$want" >&2
fi
"$bin/node" -e "process.exit(Number(process.versions.node.split('.')[0]) >= $want ? 0 : 1)" || {
  echo "rampart: $bin/node is not Node.js >= $want" >&2; exit 1; }
echo "$bin"
