# Search: Meilisearch when this machine has one, else the embedded engine inside each service.
# No package registry here carries Meilisearch, so the launcher never fetches it: it starts the binary it
# is given (MEILI_BIN=/path/to/meilisearch) or finds on the PATH. MEILI_HOST names an external one, which
# the launcher leaves alone. Without any of the three, the services use their embedded engine.
MEILI_PORT="${VETLINK_MEILI_PORT:-7700}"
MEILI_DATA="$DATA_DIR/meilisearch"
MEILI_KEY_FILE="$VETLINK_HOME/keys/meilisearch-master.key"
MEILI_URL_LOCAL="http://127.0.0.1:$MEILI_PORT"
# The version the search adapter and its contract suite are tested against (libs/search).
MEILI_TESTED_VERSION=1.50.0

# A relative MEILI_BIN means relative to where the launcher was called from (it changes to the repo root).
if [[ -n "${MEILI_BIN:-}" && "$MEILI_BIN" != /* ]]; then MEILI_BIN="$(realpath -m "$MEILI_BIN")"; fi

meilisearch_is_external() { [[ -n "${MEILI_HOST:-}" ]]; }

# The binary to start: MEILI_BIN, else `meilisearch` on the PATH; empty when there is none.
meilisearch_binary() {
  if [[ -n "${MEILI_BIN:-}" ]]; then echo "$MEILI_BIN"; else command -v meilisearch || true; fi
}

# The launcher starts Meilisearch when given one and no external one is named; one it already started
# keeps serving (and is stopped by `down`) even if a later shell no longer names the binary.
meilisearch_is_managed() {
  meilisearch_is_external && return 1
  is_running meilisearch || [[ -n "$(meilisearch_binary)" ]]
}

# Is there a Meilisearch for the services at all (started here or external)?
meilisearch_in_use() { meilisearch_is_external || meilisearch_is_managed; }

meilisearch_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }

# The master key, made once per home and kept beside the other local secrets.
meilisearch_master_key() {
  if [[ ! -f "$MEILI_KEY_FILE" ]]; then
    mkdir -p "$(dirname "$MEILI_KEY_FILE")" && chmod 700 "$(dirname "$MEILI_KEY_FILE")"
    (umask 077 && openssl rand -hex 32 >"$MEILI_KEY_FILE")
  fi
  cat "$MEILI_KEY_FILE"
}

meilisearch_up() {
  if meilisearch_is_external; then say "meilisearch: external ($MEILI_HOST), not started"; return 0; fi
  if is_running meilisearch; then say "meilisearch: already running (pid $(cat "$(pid_file meilisearch)"))"; return 0; fi
  local bin; bin="$(meilisearch_binary)"
  if [[ -z "$bin" ]]; then
    say "search: embedded engine in each service (set MEILI_BIN, put meilisearch on the PATH, or MEILI_HOST for Meilisearch)"
    return 0
  fi
  [[ -x "$bin" ]] || die "meilisearch: MEILI_BIN=$bin is not an executable file"
  port_in_use "$MEILI_PORT" && die "meilisearch: port $MEILI_PORT is taken by a process we did not start"
  local version key; version="$(meilisearch_version "$bin")"; key="$(meilisearch_master_key)"
  [[ "$version" == "$MEILI_TESTED_VERSION" ]] ||
    say "meilisearch: $bin is version ${version:-unknown}; the adapter is tested with $MEILI_TESTED_VERSION"
  mkdir -p "$MEILI_DATA"
  say "meilisearch: starting $version ($bin) on 127.0.0.1:$MEILI_PORT"
  # The key goes through the environment (readable only by its owner), never the command line.
  start_daemon meilisearch env MEILI_MASTER_KEY="$key" "$bin" --http-addr "127.0.0.1:$MEILI_PORT" \
    --db-path "$MEILI_DATA/data.ms" --dump-dir "$MEILI_DATA/dumps" --snapshot-dir "$MEILI_DATA/snapshots" \
    --env development --no-analytics --log-level WARN
}

meilisearch_ready() {
  if meilisearch_is_external; then
    MEILI_MASTER_KEY="${MEILI_MASTER_KEY:-}" probe meilisearch "$MEILI_HOST"
  else
    MEILI_MASTER_KEY="$(meilisearch_master_key)" probe meilisearch "$MEILI_URL_LOCAL"
  fi
}

# What the services and tests are given: an external Meilisearch's own address, else the one started here.
meilisearch_export_address() {
  meilisearch_is_external && return 0
  if meilisearch_is_managed; then
    export MEILI_HOST="$MEILI_URL_LOCAL"
    MEILI_MASTER_KEY="$(meilisearch_master_key)"
    export MEILI_MASTER_KEY
  fi
}

meilisearch_status() {
  if meilisearch_is_external; then echo "search: Meilisearch at $MEILI_HOST (external, MEILI_HOST)"
  elif is_running meilisearch; then
    local bin; bin="$(readlink "/proc/$(cat "$(pid_file meilisearch)")/exe" 2>/dev/null || meilisearch_binary)"
    echo "search: Meilisearch $(meilisearch_version "$bin") at $MEILI_URL_LOCAL, started by the launcher from $bin"
  elif [[ -n "$(meilisearch_binary)" ]]; then
    echo "search: Meilisearch ($(meilisearch_binary)) not running; \`up\` starts it (until then: embedded engine)"
  else echo "search: embedded engine (in-process; no MEILI_BIN, no meilisearch on the PATH, no MEILI_HOST)"
  fi
}
