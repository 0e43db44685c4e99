#!/usr/bin/env bash
# Schemathesis (PyPI) against the gateway's OpenAPI document on a running system (issue 13):
# installed once into a virtualenv in the cache, ${LIAISON_CACHE_DIR:-~/.cache/liaison}/schemathesis-<v>,
# then scripts/api-fuzz.ts starts the system and runs it. Extra arguments go to `st run`.
#   scripts/api-fuzz.sh              # install if needed, fuzz (exit 1 on any failure)
#   scripts/api-fuzz.sh --install    # only install
#   API_FUZZ_TIMEOUT=900 (seconds; the whole run, system start included)
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
venv="${LIAISON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/liaison}/schemathesis-$SCHEMATHESIS_VERSION"
if [ ! -x "$venv/bin/st" ]; then
  echo "[api-fuzz] installing schemathesis $SCHEMATHESIS_VERSION (PyPI) into $venv…" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi
[ "${1:-}" = "--install" ] && exit 0
echo "[api-fuzz] $("$venv/bin/st" --version)" >&2
exec timeout --kill-after=30 "${API_FUZZ_TIMEOUT:-900}" npx tsx scripts/api-fuzz.ts "$venv/bin/st" "$@"
