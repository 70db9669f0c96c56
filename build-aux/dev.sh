#!/usr/bin/env bash
# Developer entry point.  On a fresh Debian 12 machine, as root:
#   build-aux/dev.sh run    install what is missing, build, open the app on the sample
#   build-aux/dev.sh test   install, build, run every test suite, print "N passed, N failed"
#   build-aux/dev.sh bench  build and run the benchmarks under Xvfb, print their medians
#   build-aux/dev.sh asan   build with AddressSanitizer + UBSan and run the unit suite
#   build-aux/dev.sh screenshots  regenerate data/screenshots/ (Chinese, 1366×768)
#   build-aux/dev.sh deps   install what is missing only
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="${KL_BUILD_DIR:-$top/build}"

# Debian packages the build, the tests and the file checks need.
packages=(
  gcc pkg-config meson ninja-build gettext desktop-file-utils appstream
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libsqlite3-dev libcairo2-dev
  libpango1.0-dev libxlsxwriter-dev libarchive-dev libxml2-dev libfreexl-dev
  xvfb xauth dbus at-spi2-core fonts-noto-cjk locales
  python3 python3-openpyxl poppler-utils gnumeric
  libreoffice-calc-nogui  # tests/export/test-export-pdf.py (skipped without it)
  libreoffice-writer-nogui  # tests/cli/test-cli-draft.py: the .docx as Writer reads it
  python3-pyatspi gir1.2-atspi-2.0  # tests/ui/test-a11y.py (AT-SPI client)
  xdotool  # tests/ui/test-plan-tree.c: real key presses
  unzip  # tests/cli/test-cli-evidence-pack.py: a zip reader nobody here wrote
  tzdata  # tests/model/test-time.c runs in Asia/Shanghai
  bash-completion man-db  # tests/install/: the completion and the man pages
)

# What each Debian release needs on top.
release=$(. /etc/os-release 2>/dev/null && echo "${VERSION_ID:-}")
case $release in
  12) ;;
  *) packages+=(libminizip-dev) ;;  # Debian 13's xlsxwriter.pc requires minizip
esac

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "dev.sh: run as root (or install these packages yourself)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends "${missing[@]}" >/dev/null
}

# The Chinese UI needs a zh_CN.UTF-8 locale for gettext to pick the catalogue.
ensure_locale() {
  locale -a 2>/dev/null | grep -qi '^zh_CN\.utf8$' && return 0
  [ "$(id -u)" -eq 0 ] || return 0
  sed -i 's/^# *zh_CN.UTF-8 UTF-8/zh_CN.UTF-8 UTF-8/' /etc/locale.gen 2>/dev/null || true
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' >> /etc/locale.gen
  locale-gen >/dev/null 2>&1 || true
}

configure_and_build() {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$top" "$@" >/dev/null
  fi
  ninja -C "$dir" >/dev/null
}

# Runs one meson test invocation under a private X server (Xvfb -displayfd
# picks a free display itself).  -noreset: by default the server resets
# whenever its last client leaves, and a test starting just then fails
# with "Failed to open display" (4 connections in 300 on Debian 13).
with_xvfb() {
  local fifo display status
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$fifo" >/dev/null 2>&1 &
  local xpid=$!
  read -r display <"$fifo"; rm -f "$fifo"
  set +e
  DISPLAY=":$display" "$@"
  status=$?
  set -e
  kill "$xpid" 2>/dev/null || true
  wait "$xpid" 2>/dev/null || true
  return $status
}

run_tests() {
  local dir=$1 status=0
  rm -f "$dir/meson-logs/testlog.json"
  with_xvfb meson test -C "$dir" --no-rebuild --print-errorlogs --suite unit --suite ui \
    --num-processes 2 || status=$?
  [ -n "${KL_NO_SUMMARY:-}" ] || "$top/build-aux/test-summary.py" "$dir/meson-logs/testlog.json" || status=1
  return $status
}

cmd=${1:-}
case "$cmd" in
  run)
    install_missing; ensure_locale
    configure_and_build "$build"
    export GSETTINGS_SCHEMA_DIR="$build/data" KL_LOCALEDIR="$build/po"
    [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || { echo "dev.sh: no display; start X or use xvfb-run" >&2; exit 1; }
    export LANG=${KL_LANG:-zh_CN.UTF-8}
    ledger="${KL_LEDGER:-$build/sample.kepu}"
    shift
    exec "$build/src/kepu-ledger" "$@" "$ledger"
    ;;
  deps)
    install_missing; ensure_locale
    ;;
  test)
    install_missing; ensure_locale
    configure_and_build "$build" ${CI:+--werror}
    run_tests "$build"
    ;;
  asan)
    install_missing
    configure_and_build "$top/build-asan" -Db_sanitize=address,undefined -Db_lundef=false --werror
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$top/build-aux/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      meson test -C "$top/build-asan" --no-rebuild --print-errorlogs --suite unit --num-processes 2 \
      || status=1
    [ -n "${KL_NO_SUMMARY:-}" ] || "$top/build-aux/test-summary.py" "$top/build-asan/meson-logs/testlog.json"
    exit ${status:-0}
    ;;
  bench)
    install_missing
    configure_and_build "$build"
    shift
    # The widget benchmarks (grid-ui, plan-tree) draw on the tests' private
    # X server.  `dev.sh bench grid-ui` runs one benchmark.
    status=0
    rm -f "$build/meson-logs/testlog.json"
    with_xvfb meson test -C "$build" --no-rebuild --benchmark --verbose "$@" || status=$?
    "$top/build-aux/bench-medians.py" "$build/meson-logs/testlog.json" || status=1
    exit $status
    ;;
  screenshots)
    install_missing; ensure_locale
    configure_and_build "$build"
    KL_BUILD_DIR="$build" exec "$top/build-aux/screenshots.sh"
    ;;
  *)
    echo "usage: build-aux/dev.sh run|test|asan|bench|screenshots|deps" >&2
    exit 2
    ;;
esac
