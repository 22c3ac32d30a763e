# Installs the workspace's npm dependencies from the lockfile when they are missing or stale.
ensure_node_deps() {
  local stamp="$REPO_ROOT/node_modules/.vetlink-lock-stamp"
  if [[ -f "$stamp" ]] && cmp -s "$stamp" "$REPO_ROOT/package-lock.json"; then return 0; fi
  command -v node >/dev/null || die "Node.js 20 is required (https://nodejs.org)"
  run_step "installing npm dependencies (npm ci)" "$LOG_DIR/npm-ci.log" \
    npm ci --prefix "$REPO_ROOT" --no-audit --no-fund
  cp "$REPO_ROOT/package-lock.json" "$stamp"
}
