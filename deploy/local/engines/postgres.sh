# Optional PostgreSQL backend for FerretDB (VETLINK_FERRETDB_BACKEND=postgresql), from Debian's postgresql.
POSTGRES_PORT=5433
POSTGRES_DATA="$DATA_DIR/postgres"

postgres_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

postgres_install() {
  [[ -n "$(postgres_bin_dir)" ]] && return 0
  run_step "postgres: installing Debian's postgresql" "$LOG_DIR/install-postgres.log" \
    bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'
}

# PostgreSQL refuses to run as root, so the cluster belongs to the unprivileged 'postgres' user when we are root.
postgres_as_owner() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

postgres_up() {
  if is_running postgres; then return 0; fi
  postgres_install
  local bin; bin="$(postgres_bin_dir)"
  if [[ ! -f "$POSTGRES_DATA/PG_VERSION" ]]; then
    mkdir -p "$POSTGRES_DATA"; [[ $EUID -eq 0 ]] && chown postgres "$POSTGRES_DATA"
    postgres_as_owner "$bin/initdb" -D "$POSTGRES_DATA" -U vetlink --auth=trust >"$LOG_DIR/postgres-init.log" 2>&1 \
      || die "postgres: initdb failed"
  fi
  say "postgres: starting on 127.0.0.1:$POSTGRES_PORT"
  local -a owner=(); [[ $EUID -eq 0 ]] && owner=(runuser -u postgres --)
  start_daemon postgres "${owner[@]}" "$bin/postgres" -D "$POSTGRES_DATA" -p "$POSTGRES_PORT" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories="$POSTGRES_DATA"
  for _ in $(seq 1 60); do
    "$bin/pg_isready" -h 127.0.0.1 -p "$POSTGRES_PORT" -q && break; sleep 0.5
  done
  "$bin/createdb" -h 127.0.0.1 -p "$POSTGRES_PORT" -U vetlink ferretdb 2>/dev/null || true
}
