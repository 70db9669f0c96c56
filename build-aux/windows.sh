#!/usr/bin/env bash
# Windows portable build, cross-compiled with Debian's mingw-w64, tested
# under Debian's Wine.  On a Debian 12 machine, as root:
#   build-aux/windows.sh build   dependencies (once, cached), the app, the zip
#                                and the NSIS installer
#   build-aux/windows.sh test    CLI tests against kepu-ledger-cli.exe under
#                                Wine, and a screenshot of the GUI's plan page
#   build-aux/windows.sh has-prefix  exit 0 when the cached dependencies exist
# The dependency prefix lives in $KL_WIN_CACHE (default
# /var/cache/kepu-ledger/win64), outside the clone, so a fresh clone finds
# it; build-win64/deps is a symlink to it.  Output:
# build-win64/kepu-ledger-win64.zip and kepu-ledger-win64-setup.exe.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
out="$top/build-win64"
KL_WIN_CACHE=${KL_WIN_CACHE:-/var/cache/kepu-ledger/win64}
KL_WIN_PREFIX=$KL_WIN_CACHE/prefix
export KL_WIN_CACHE KL_WIN_PREFIX

packages=(
  gcc-mingw-w64-x86-64-posix g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
  meson ninja-build cmake pkg-config dpkg-dev autoconf automake libtool autopoint
  gettext tcl sassc libglib2.0-dev libglib2.0-dev-bin python3
  file zip unzip nsis wine64 wine xvfb xauth imagemagick fonts-noto-cjk poppler-utils adwaita-icon-theme
)

install_missing() {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "windows.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends "${missing[@]}" >/dev/null
}

. "$top/build-aux/windows/deps.sh"
. "$top/build-aux/windows/app.sh"
. "$top/build-aux/windows/wine.sh"

# The long part (GLib to GTK) is cached; a library added or re-patched
# since is built by `test` itself, in a minute or two.
has_prefix() {
  [ -f "$KL_WIN_PREFIX/stamps/gtk4" ]
}

deps_current() {
  local pkg
  for pkg in "${deps_order[@]}"; do
    dep_built "$pkg" || return 1
  done
}

cmd=${1:-}
case "$cmd" in
  build)
    install_missing
    ensure_deb_src
    start=$(date +%s)
    renice -n 10 $$ >/dev/null  # a shared machine: the builds below run niced
    build_deps
    echo "windows.sh: dependencies ready ($(( $(date +%s) - start ))s)"
    build_app
    package_zip
    package_installer
    ;;
  deps)
    install_missing
    ensure_deb_src
    renice -n 10 $$ >/dev/null
    build_deps
    ;;
  test)
    has_prefix || { echo "windows.sh: no cached prefix in $KL_WIN_PREFIX: run build first" >&2; exit 1; }
    install_missing
    if ! deps_current; then
      ensure_deb_src
      (renice -n 10 $BASHPID >/dev/null; build_deps) || exit 1
      rm -f "$out/kepu-ledger-win64.zip"
    fi
    [ -f "$out/kepu-ledger-win64.zip" ] || { build_app; package_zip; package_installer; }
    run_wine_tests
    ;;
  has-prefix)
    has_prefix
    ;;
  *)
    echo "usage: build-aux/windows.sh build|test|deps|has-prefix" >&2
    exit 2
    ;;
esac
