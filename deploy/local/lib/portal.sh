# The web portal (services/portal): static files built by Vite and served by a small Node server
# (services/portal/scripts/serve-dist.mjs) on 127.0.0.1:8080, talking to the gateway. Built once and
# again only when its sources changed (a hash of them is kept beside the build), so `up` stays quick.
PORTAL_PORT="${VETLINK_PORTAL_PORT:-8080}"
PORTAL_DIST="$REPO_ROOT/dist/portal"
PORTAL_STAMP="$VETLINK_HOME/portal-build.sha256"

# What the build reads: the portal's sources, the taxonomy's places and the locked dependencies.
portal_source_hash() {
  (cd "$REPO_ROOT" && find services/portal/src services/portal/public services/portal/index.html \
      services/portal/vite.config.ts libs/taxonomy/data/regions.json package-lock.json -type f -print0 \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

portal_build_if_stale() {
  local hash; hash="$(portal_source_hash)"
  if [[ -f "$PORTAL_DIST/index.html" && -f "$PORTAL_STAMP" && "$(cat "$PORTAL_STAMP")" == "$hash" ]]; then
    say "portal: build up to date"
    return 0
  fi
  run_step "portal: building (vite)" "$LOG_DIR/portal-build.log" \
    npx vite build --config "$REPO_ROOT/services/portal/vite.config.ts"
  echo "$hash" >"$PORTAL_STAMP"
}

portal_up() {
  if is_running portal; then say "portal: already running (pid $(cat "$(pid_file portal)"))"; return 0; fi
  port_in_use "$PORTAL_PORT" && die "portal: port $PORTAL_PORT is taken by a process we did not start"
  portal_build_if_stale
  PORTAL_PORT="$PORTAL_PORT" PORTAL_HOST=127.0.0.1 PORTAL_API_BASE_URL="http://127.0.0.1:$(service_port gateway)" \
    start_daemon portal node "$REPO_ROOT/services/portal/scripts/serve-dist.mjs"
  for _ in $(seq 1 40); do
    curl -fsS "http://127.0.0.1:$PORTAL_PORT/" >/dev/null 2>&1 && break
    is_running portal || die "portal exited; see .vetlink/logs/portal.log"
    sleep 0.25
  done
  say "portal: open http://127.0.0.1:$PORTAL_PORT (sign in with a demo account below)"
}

portal_down() { stop_daemon portal; }
