# Shared helpers for the local launcher: paths, logging, background steps with progress, pid files.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
VETLINK_HOME="${VETLINK_HOME:-$REPO_ROOT/.vetlink}"
BIN_DIR="$VETLINK_HOME/bin"
RUN_DIR="$VETLINK_HOME/run"
LOG_DIR="$VETLINK_HOME/logs"
DATA_DIR="$VETLINK_HOME/data"
mkdir -p "$BIN_DIR" "$RUN_DIR" "$LOG_DIR" "$DATA_DIR"

say() { printf '[vetlink %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

# run_step LABEL LOGFILE CMD...: runs a long command with its output in LOGFILE,
# printing a heartbeat every 10 s so a first install shows progress, not silence.
run_step() {
  local label="$1" log="$2"; shift 2
  local started=$SECONDS
  say "$label (log: ${log#"$REPO_ROOT"/})"
  "$@" >"$log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2
    if (( (SECONDS - started) % 10 < 2 && SECONDS - started >= 10 )); then
      say "  ... $label: $((SECONDS - started))s, last: $(tail -c 300 "$log" | tr '\r' '\n' | grep -v '^\s*$' | tail -1 | cut -c1-100)"
    fi
  done
  if ! wait "$pid"; then
    tail -n 30 "$log" >&2
    die "$label failed after $((SECONDS - started))s"
  fi
  say "  done: $label in $((SECONDS - started))s"
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

# is_running NAME: true when the process we started under NAME is still alive.
is_running() {
  local file; file="$(pid_file "$1")"
  [[ -f "$file" ]] && kill -0 "$(cat "$file")" 2>/dev/null
}

# start_daemon NAME CMD...: starts CMD detached, its own process group, output to logs/NAME.log.
start_daemon() {
  local name="$1"; shift
  setsid "$@" >>"$LOG_DIR/$name.log" 2>&1 < /dev/null &
  echo $! >"$(pid_file "$name")"
}

# stop_daemon NAME: stops only the process we started (by its pid), gracefully first.
stop_daemon() {
  local name="$1" file pid
  file="$(pid_file "$name")"
  [[ -f "$file" ]] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      say "  $name did not stop in 30s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$file"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# node_run FILE.ts ARGS...: runs a TypeScript file of the repo with the workspace's path aliases.
node_run() {
  SWC_NODE_PROJECT="$REPO_ROOT/tsconfig.base.json" node -r @swc-node/register "$@"
}
