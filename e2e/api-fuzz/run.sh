#!/usr/bin/env bash
# e2e/api-fuzz: `run.sh fuzz` runs schemathesis against every service's OpenAPI with a token per role;
# `run.sh stall` puts concurrent clients on every service and prints latency percentiles.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../../deploy/local/lib/common.sh"
cd "$REPO_ROOT"

# Pinned, installed once into .vetlink/ from PyPI and reused while the version matches.
SCHEMATHESIS_VERSION=4.32.5
SCHEMATHESIS_VENV="$VETLINK_HOME/schemathesis-$SCHEMATHESIS_VERSION"

ensure_schemathesis() {
  local st="$SCHEMATHESIS_VENV/bin/st"
  if [[ -x "$st" ]] && "$SCHEMATHESIS_VENV/bin/python" -c 'import schemathesis' 2>/dev/null; then return 0; fi
  say "installing schemathesis $SCHEMATHESIS_VERSION into ${SCHEMATHESIS_VENV#"$REPO_ROOT"/}"
  rm -rf "$SCHEMATHESIS_VENV"
  python3 -m venv "$SCHEMATHESIS_VENV"
  "$SCHEMATHESIS_VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
}

case "${1:-}" in
  fuzz)
    ensure_schemathesis
    SCHEMATHESIS_BIN="$SCHEMATHESIS_VENV/bin/st" node_run "$HERE/scripts/fuzz.ts" "${@:2}"
    ;;
  stall) node_run "$HERE/scripts/stall.ts" "${@:2}" ;;
  *) echo "usage: run.sh fuzz|stall [service...]" >&2; exit 2 ;;
esac
