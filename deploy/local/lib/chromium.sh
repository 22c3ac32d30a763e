# Debian's Chromium, for the portal's browser tests (e2e/portal drives it through playwright-core with
# executablePath): installed from apt like redis-server, never downloaded by Playwright; with a small
# CJK font (WenQuanYi Micro Hei) so that the screenshots of the Chinese pages are legible.
CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"

chromium_install() {
  [[ -x "$CHROMIUM_BIN" ]] && return 0
  command -v apt-get >/dev/null || { say "chromium: not installed and no apt-get; the browser tests (e2e-portal) will fail"; return 0; }
  [[ $EUID -eq 0 ]] || die "chromium is missing: install Debian's chromium (apt-get install chromium)"
  run_step "chromium: installing Debian's chromium" "$LOG_DIR/install-chromium.log" \
    bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei'
}

chromium_version() { "$CHROMIUM_BIN" --version 2>/dev/null | awk '{print $2}'; }
