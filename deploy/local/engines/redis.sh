# Redis for BullMQ, from Debian's redis-server: AOF persistence, noeviction (BullMQ requires it), and a
# password made once per machine (.vetlink/keys/redis.password), set in a config file only we can read
# (never on the command line, where `ps` shows it).
REDIS_PORT="${VETLINK_REDIS_PORT:-6379}"
REDIS_DATA="$DATA_DIR/redis"
REDIS_PASSWORD_FILE="$VETLINK_HOME/keys/redis.password"
# The local Redis's URL with its password, written when Redis starts: services get it as REDIS_URL and
# @vetlink/testing reads it when REDIS_URL is not set.
REDIS_URL_FILE="$RUN_DIR/redis.url"

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
  local conf="$REDIS_DATA/../redis-auth.conf" password
  password="$(redis_password)"
  (umask 077 && printf 'requirepass %s\n' "$password" >"$conf")
  (umask 077 && printf 'redis://:%s@127.0.0.1:%s\n' "$password" "$REDIS_PORT" >"$REDIS_URL_FILE")
  say "redis: starting $(redis-server --version | awk '{print $3}' | sed 's/^v=//') on 127.0.0.1:$REDIS_PORT (password in ${REDIS_PASSWORD_FILE#"$REPO_ROOT"/})"
  start_daemon redis redis-server "$conf" --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DATA" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction --save "" --daemonize no
}

redis_password() {
  mkdir -p "$(dirname "$REDIS_PASSWORD_FILE")" && chmod 700 "$(dirname "$REDIS_PASSWORD_FILE")"
  [[ -f "$REDIS_PASSWORD_FILE" ]] || (umask 077 && openssl rand -hex 24 >"$REDIS_PASSWORD_FILE")
  cat "$REDIS_PASSWORD_FILE"
}

# The local Redis's URL: with its password once it was started with one (a Redis started before the
# launcher set passwords has none until it is restarted).
redis_local_url() {
  if [[ -f "$REDIS_URL_FILE" ]]; then cat "$REDIS_URL_FILE"; else echo "redis://127.0.0.1:$REDIS_PORT"; fi
}

redis_ready() {
  probe redis "${REDIS_URL:-$(redis_local_url)}"
}
