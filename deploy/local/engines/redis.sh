# Redis for BullMQ, from Debian's redis-server: AOF persistence, noeviction (BullMQ requires it).
REDIS_PORT="${VETLINK_REDIS_PORT:-6379}"
REDIS_DATA="$DATA_DIR/redis"

redis_is_external() { [[ -n "${REDIS_URL:-}" ]]; }

redis_install() {
  command -v redis-server >/dev/null && return 0
  [[ $EUID -eq 0 ]] || die "redis-server is missing: install Debian's redis-server (apt-get install redis-server)"
  run_step "redis: installing Debian's redis-server" "$LOG_DIR/install-redis.log" \
    bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'
}

redis_up() {
  if redis_is_external; then say "redis: external (REDIS_URL set), not started"; return 0; fi
  if is_running redis; then say "redis: already running (pid $(cat "$(pid_file redis)"))"; return 0; fi
  port_in_use "$REDIS_PORT" && die "redis: port $REDIS_PORT is taken by a process we did not start"
  redis_install
  mkdir -p "$REDIS_DATA"
  say "redis: starting $(redis-server --version | awk '{print $3}' | sed 's/^v=//') on 127.0.0.1:$REDIS_PORT"
  start_daemon redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DATA" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --save "" --daemonize no
}

redis_ready() {
  probe redis "${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT}"
}
