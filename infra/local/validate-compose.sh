#!/usr/bin/env bash
# Validate docker-compose.yml without a Docker engine (`config` only parses and interpolates).
# Installs Debian's docker-compose if neither it nor the `docker compose` plugin is available.
set -euo pipefail
cd "$(dirname "$0")/../.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "[compose] installing docker-compose (Debian package)…" >&2
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  compose=(docker-compose)
fi

# env_file entries must exist: the service identity keys compose mounts (never committed).
node --import tsx deploy/k8s/keys.ts --dir .liaison/compose-identity >/dev/null

echo "[compose] $("${compose[@]}" version 2>/dev/null | head -1)" >&2
"${compose[@]}" -f docker-compose.yml config -q
"${compose[@]}" -f docker-compose.yml config --services | sed 's/^/[compose] service: /' >&2
echo "[compose] docker-compose.yml is valid" >&2
