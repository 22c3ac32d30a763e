# FerretDB 1.24.x, the MongoDB wire protocol over SQLite (default) or PostgreSQL, built from the Go module proxy.
FERRETDB_VERSION=v1.24.2
# The patches below, applied to the module's source before building; the binary's name says which.
FERRETDB_PATCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/patches"
FERRETDB_PATCHES=(sqlite-id-index)
FERRETDB_BIN="$BIN_DIR/ferretdb-$FERRETDB_VERSION-$(IFS=+; echo "${FERRETDB_PATCHES[*]}")"
FERRETDB_PORT="${VETLINK_MONGO_PORT:-27017}"
FERRETDB_BACKEND="${VETLINK_FERRETDB_BACKEND:-sqlite}"

ferretdb_is_external() { [[ -n "${MONGODB_URI:-}" ]]; }

# `go install .../cmd/ferretdb@v1.24.2` builds a binary that panics at start: the release embeds
# build/version/version.txt, which only FerretDB's own build task writes. So we fetch the very same
# module with the Go toolchain, write that one file, and build the official command from it.
# With one patch of ours (patches/ferretdb-sqlite-id-index.patch): the SQLite backend queries `_id`
# through another expression than the one its unique `_id` index is built on, so SQLite never uses
# the index and every find, update and delete by `_id` scans the whole table (explain: "SCAN"); a
# lookup took ~110 ms at 100,000 documents. The patch writes the query's expression as the index's.
ferretdb_build() {
  local src="$VETLINK_HOME/build/ferretdb-$FERRETDB_VERSION" module_dir
  module_dir="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')"
  [[ -d "$module_dir" ]] || { echo "module download failed"; return 1; }
  rm -rf "$src" && mkdir -p "$(dirname "$src")" && cp -r "$module_dir" "$src" && chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  local patch
  for patch in "${FERRETDB_PATCHES[@]}"; do
    patch --directory="$src" --strip=1 --forward <"$FERRETDB_PATCH_DIR/ferretdb-$patch.patch" || return 1
  done
  (cd "$src" && GOFLAGS=-buildvcs=false go build -trimpath -o "$FERRETDB_BIN" ./cmd/ferretdb)
  rm -rf "$src"
}

ferretdb_install() {
  [[ -x "$FERRETDB_BIN" ]] && return 0
  command -v go >/dev/null || die "Go is required to build FerretDB"
  run_step "ferretdb: building FerretDB $FERRETDB_VERSION from the Go module proxy" "$LOG_DIR/install-ferretdb.log" ferretdb_build
}

ferretdb_backend_args() {
  if [[ "$FERRETDB_BACKEND" == "postgresql" ]]; then
    echo "--handler=postgresql --postgresql-url=postgres://vetlink@127.0.0.1:$POSTGRES_PORT/ferretdb"
  else
    mkdir -p "$DATA_DIR/ferretdb"
    # BEGIN IMMEDIATE: concurrent writers queue on busy_timeout instead of failing with SQLITE_BUSY
    # when a read transaction tries to upgrade to a write; and a longer wait than the default 10 s,
    # for a busy 2-core machine.
    echo "--handler=sqlite --sqlite-url=file:$DATA_DIR/ferretdb/?_txlock=immediate&_pragma=busy_timeout(60000)"
  fi
}

ferretdb_up() {
  if ferretdb_is_external; then say "mongodb: external (MONGODB_URI set), not started"; return 0; fi
  if is_running ferretdb; then say "ferretdb: already running (pid $(cat "$(pid_file ferretdb)"))"; return 0; fi
  port_in_use "$FERRETDB_PORT" && die "ferretdb: port $FERRETDB_PORT is taken by a process we did not start"
  ferretdb_install
  [[ "$FERRETDB_BACKEND" == "postgresql" ]] && postgres_up
  local backend_args; backend_args="$(ferretdb_backend_args)"
  mkdir -p "$VETLINK_HOME/ferretdb-state"
  say "ferretdb: starting $FERRETDB_VERSION ($FERRETDB_BACKEND backend) on 127.0.0.1:$FERRETDB_PORT"
  # --debug-addr=-: no debug listener (its metrics and pprof handlers answer anyone who can connect).
  # shellcheck disable=SC2086
  start_daemon ferretdb "$FERRETDB_BIN" $backend_args \
    --listen-addr="127.0.0.1:$FERRETDB_PORT" --debug-addr=- \
    --state-dir="$VETLINK_HOME/ferretdb-state" --telemetry=disable --log-level=warn --log-format=json
}

ferretdb_ready() {
  probe mongodb "${MONGODB_URI:-mongodb://127.0.0.1:$FERRETDB_PORT/}"
}
