#!/usr/bin/env bash
# Renders the Kustomize base and the production overlay and validates every resource against the
# Kubernetes schemas with kubeconform -strict, offline: the schemas are reflected from the Go API
# types of k8s.io/api by deploy/k8s/schema-gen (kubeconform would download them otherwise).
# Tools come from the Go module proxy, built once into the cache:
#   ${LIAISON_CACHE_DIR:-~/.cache/liaison}/k8s-tools/
#   deploy/k8s/validate.sh            # install if needed, render, validate (exit 1 on any error)
#   deploy/k8s/validate.sh --install  # only install the tools and schemas (.ci/run)
#   deploy/k8s/validate.sh --render overlays/production   # print what kustomize renders
set -euo pipefail
cd "$(dirname "$0")/../.."

KUSTOMIZE_VERSION=v5.8.1
KUBECONFORM_VERSION=v0.8.0
cache="${LIAISON_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/liaison}/k8s-tools"
say() { echo "[k8s] $*" >&2; }

install_tool() { # <binary> <name go install gives it> <module>@<version>
  local bin="$cache/bin/$1"
  if [ ! -x "$bin" ]; then
    say "building $3 (Go module proxy)…"
    mkdir -p "$cache/bin.tmp"
    GOBIN="$cache/bin.tmp" GOFLAGS=-mod=mod go install "$3"
    mkdir -p "$cache/bin"
    mv "$cache/bin.tmp/$2" "$bin"
  fi
}
command -v go >/dev/null || { say "go is not installed: it builds kustomize, kubeconform and the schemas"; exit 1; }
install_tool "kustomize-$KUSTOMIZE_VERSION" kustomize "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION"
install_tool "kubeconform-$KUBECONFORM_VERSION" kubeconform "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"

# Schemas: keyed by the generator's sources, so a new k8s.io/api version regenerates them.
key=$(cat deploy/k8s/schema-gen/go.mod deploy/k8s/schema-gen/go.sum deploy/k8s/schema-gen/main.go | sha256sum | cut -c1-16)
schemas="$cache/schemas-$key"
if [ ! -f "$schemas/.complete" ]; then
  say "generating Kubernetes JSON schemas from k8s.io/api (deploy/k8s/schema-gen)…"
  rm -rf "$schemas"
  (cd deploy/k8s/schema-gen && go run . "$schemas" >/dev/null)
  touch "$schemas/.complete"
fi
[ "${1:-}" = "--install" ] && { say "tools and schemas ready in $cache"; exit 0; }

# The production overlay's identity Secret is generated from key files that are never committed.
node --import tsx deploy/k8s/keys.ts >/dev/null

kustomize="$cache/bin/kustomize-$KUSTOMIZE_VERSION"
kubeconform="$cache/bin/kubeconform-$KUBECONFORM_VERSION"
[ "${1:-}" = "--render" ] && exec "$kustomize" build "deploy/k8s/${2:?--render <base|overlays/production>}"
status=0
for target in base overlays/production; do
  out="$(mktemp --suffix=.yaml)"
  "$kustomize" build "deploy/k8s/$target" >"$out"
  rendered=$(grep -c '^kind:' "$out")
  say "$target: $rendered resources rendered by kustomize $KUSTOMIZE_VERSION"
  result=$("$kubeconform" -strict -summary -output text -schema-location "$schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json" "$out" 2>&1) || status=1
  echo "${result//$out/deploy/k8s/$target}" | sed "s#^Summary:#[k8s] $target: kubeconform $KUBECONFORM_VERSION -strict:#" >&2
  # Every rendered resource must have been checked against a schema (none skipped, none missed).
  echo "$result" | grep -q "Valid: $rendered, Invalid: 0, Errors: 0, Skipped: 0" || { say "$target: not every resource is valid"; status=1; }
  rm -f "$out"
done
exit $status
