# The vetlink services, run from source for local use, each on its own port (deploy/local/services.tsv).
SERVICES_FILE="$REPO_ROOT/deploy/local/services.tsv"
DEV_KEYS="$VETLINK_HOME/keys"

service_names() { awk '!/^#/ && NF {print $1}' "$SERVICES_FILE"; }
service_port() { awk -v n="$1" '$1 == n {print $2}' "$SERVICES_FILE"; }
service_node_options() { awk -v n="$1" '$1 == n {print $3}' "$SERVICES_FILE"; }

# Local secrets, made once per machine and kept in .vetlink/keys: a token key pair, so that local services
# verify tokens exactly as in production (the private key only mints demo tokens here), and the key
# that encrypts personal data at rest.
ensure_dev_keys() {
  mkdir -p "$DEV_KEYS" && chmod 700 "$DEV_KEYS"
  if [[ ! -f "$DEV_KEYS/jwt-public.pem" ]]; then
    openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$DEV_KEYS/jwt-private.pem"
    openssl ec -in "$DEV_KEYS/jwt-private.pem" -pubout -out "$DEV_KEYS/jwt-public.pem" 2>/dev/null
  fi
  [[ -f "$DEV_KEYS/pii.key" ]] || (umask 077 && openssl rand -base64 32 >"$DEV_KEYS/pii.key")
  [[ -f "$DEV_KEYS/unsubscribe.key" ]] || (umask 077 && openssl rand -base64 32 >"$DEV_KEYS/unsubscribe.key")
}

service_up() {
  local name="$1" port node_options; port="$(service_port "$name")"; node_options="$(service_node_options "$name")"
  if is_running "$name"; then say "$name: already running (pid $(cat "$(pid_file "$name")"))"; return 0; fi
  port_in_use "$port" && die "$name: port $port is taken by a process we did not start"
  say "$name: starting on 127.0.0.1:$port"
  # Only accounts signs access tokens, so only accounts is given the private key.
  local signing=(); [[ "$name" == accounts ]] && signing=(AUTH_JWT_SIGNING_KEY_FILE="$DEV_KEYS/jwt-private.pem")
  SWC_NODE_PROJECT="$REPO_ROOT/tsconfig.base.json" PORT="$port" HOST=127.0.0.1 \
    AUTH_JWT_PUBLIC_KEY_FILE="$DEV_KEYS/jwt-public.pem" PII_ENCRYPTION_KEY="$(cat "$DEV_KEYS/pii.key")" \
    UNSUBSCRIBE_SIGNING_KEY="$(cat "$DEV_KEYS/unsubscribe.key")" SEARCH_SNAPSHOT_DIR="$DATA_DIR/search-snapshots" \
    start_daemon "$name" env "${signing[@]}" node $node_options -r @swc-node/register "$REPO_ROOT/services/$name/src/main.ts"
}

# A service that exits while starting (an engine too busy to answer in time) is started again, as a
# supervisor would, twice at most; the third exit is an error.
service_ready() {
  local name="$1" port restarts=0; port="$(service_port "$name")"
  for _ in $(seq 1 240); do
    if ! is_running "$name"; then
      ((restarts < 2)) || die "$name exited; see .vetlink/logs/$name.log"
      restarts=$((restarts + 1))
      say "$name exited while starting ($(tail -n 1 "$LOG_DIR/$name.log" | cut -c1-160)); starting it again"
      service_up "$name"
    fi
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && { say "$name: ready"; return 0; }
    sleep 0.5
  done
  die "$name not ready after 120s; see .vetlink/logs/$name.log"
}

services_up() {
  ensure_dev_keys
  export_engine_addresses
  local name
  for name in $(service_names); do service_up "$name"; done
  for name in $(service_names); do service_ready "$name"; done
}

services_down() {
  local name
  for name in $(service_names); do stop_daemon "$name"; done
}

# Demo data arrives through the services' public APIs once they exist; a marker keeps it to once.
demo_data_up() {
  local seed="$REPO_ROOT/deploy/local/demo/seed.ts"
  [[ -f "$seed" ]] || return 0
  if [[ -f "$VETLINK_HOME/demo-seeded" ]]; then
    say "demo data: already loaded"
    [[ ! -f "$VETLINK_HOME/demo-sign-in.txt" ]] || cat "$VETLINK_HOME/demo-sign-in.txt"
    return 0
  fi
  node_run "$seed" && touch "$VETLINK_HOME/demo-seeded"
}
