#!/usr/bin/env bash
# Installs the Debian packages the sandbox needs (and its tests use): bubblewrap for namespaces,
# socat for the in-sandbox egress forwarder. util-linux (setpriv, prlimit) ships with Debian.
set -euo pipefail
packages=(bubblewrap socat)
need=()
for pkg in "${packages[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "rampart: missing Debian packages: ${need[*]}; run: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "rampart: installing Debian packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
