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
