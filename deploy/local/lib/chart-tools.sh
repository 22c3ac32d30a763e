# The tools that render and check the Helm chart (deploy/helm), installed by `vetlink install` and reused:
# helm built from the Go module proxy, kubernetes-validate (with the Kubernetes schemas it ships) from PyPI.
# Kept in the user's cache rather than .vetlink/, so that every clone on the machine (CI's fresh clone
# too) reuses them: building helm takes minutes.
VETLINK_TOOLS_CACHE="${VETLINK_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vetlink}"
HELM_VERSION=v4.3.2
HELM_BIN="$VETLINK_TOOLS_CACHE/bin/helm-$HELM_VERSION"
KUBERNETES_VALIDATE_VERSION=1.37.0
KUBERNETES_VALIDATE_VENV="$VETLINK_TOOLS_CACHE/kubernetes-validate-$KUBERNETES_VALIDATE_VERSION"

helm_build() {
  local gobin="$VETLINK_TOOLS_CACHE/build/helm-$HELM_VERSION"
  rm -rf "$gobin" && mkdir -p "$gobin" "$(dirname "$HELM_BIN")"
  GOBIN="$gobin" GOFLAGS=-mod=mod go install "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
  mv "$gobin/helm" "$HELM_BIN" && rm -rf "$gobin"
  "$HELM_BIN" version --short
}

# The build takes minutes on a fresh machine (every CI machine): run_step logs its time.
helm_install() {
  [[ -x "$HELM_BIN" ]] && return 0
  command -v go >/dev/null || die "Go is required to build helm"
  run_step "helm: building helm $HELM_VERSION from the Go module proxy" "$LOG_DIR/install-helm.log" helm_build
}

kubernetes_validate_install() {
  local bin="$KUBERNETES_VALIDATE_VENV/bin/kubernetes-validate"
  [[ -x "$bin" ]] && "$bin" --version >/dev/null 2>&1 && return 0
  rm -rf "$KUBERNETES_VALIDATE_VENV"
  run_step "kubernetes-validate $KUBERNETES_VALIDATE_VERSION from PyPI (schemas included)" \
    "$LOG_DIR/install-kubernetes-validate.log" \
    bash -c "python3 -m venv '$KUBERNETES_VALIDATE_VENV' && '$KUBERNETES_VALIDATE_VENV/bin/pip' install --quiet 'kubernetes-validate==$KUBERNETES_VALIDATE_VERSION'"
}

chart_tools_install() {
  helm_install
  kubernetes_validate_install
}

chart_tools_present() {
  [[ -x "$HELM_BIN" && -x "$KUBERNETES_VALIDATE_VENV/bin/kubernetes-validate" ]]
}

CHART_TOOLS_BACKGROUND_PID="$VETLINK_TOOLS_CACHE/chart-tools-build.pid"

# CI's install step: the chart's tools build at the lowest CPU priority while the tests run (the build
# takes minutes on a fresh machine; nice 19 leaves the tests their CPU), and `test` waits for them
# before the chart's checks, which it runs last (chart_tools_wait).
chart_tools_install_in_background() {
  chart_tools_present && return 0
  mkdir -p "$VETLINK_TOOLS_CACHE"
  say "helm and kubernetes-validate: building in the background at nice 19 (log: ${LOG_DIR#"$REPO_ROOT"/}/install-chart-tools.log)"
  nohup nice -n 19 bash "$HERE/vetlink" install-chart-tools >"$LOG_DIR/install-chart-tools.log" 2>&1 &
  echo $! >"$CHART_TOOLS_BACKGROUND_PID"
}

# Waits for a background build if one runs, then installs whatever is still missing in the foreground.
chart_tools_wait() {
  local pid
  pid="$(cat "$CHART_TOOLS_BACKGROUND_PID" 2>/dev/null || true)"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    local started=$SECONDS
    say "waiting for the background build of helm and kubernetes-validate (pid $pid)"
    while kill -0 "$pid" 2>/dev/null; do sleep 5; done
    say "  ... it finished after another $((SECONDS - started))s"
  fi
  rm -f "$CHART_TOOLS_BACKGROUND_PID"
  chart_tools_install
}
