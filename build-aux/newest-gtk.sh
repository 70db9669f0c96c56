#!/usr/bin/env bash
# Builds and tests Kepu Ledger against the newest GTK 4 that Debian ships
# (Debian 13 "trixie": GTK 4.18, GLib 2.84), in a Debian 13 root made once
# with debootstrap and cached.  As root, non-interactive:
#
#   build-aux/newest-gtk.sh             make the root if missing; inside it install
#                                       what build-aux/dev.sh lists, build with
#                                       --werror, run the unit and ui suites and
#                                       print "N passed, N failed"
#   build-aux/newest-gtk.sh --prepare   make the root and install the packages only
#   build-aux/newest-gtk.sh --clean     remove the build dir kept inside the root
#   build-aux/newest-gtk.sh --shell     a shell inside the root (for debugging)
#   build-aux/newest-gtk.sh --run CMD…  one command inside the root
#
# KL_TRIXIE_ROOT     the root (default /var/cache/kepu-ledger/trixie-root)
# KL_DEBIAN_MIRROR   default: the Debian mirror in /etc/apt/sources.list*, so
#                    nothing but the registry the host uses is contacted
# KL_NEWEST_TESTLOG  copy meson's testlog.json here (for .ci/run's total)
#
# The tree is bind-mounted read-only at /src inside the root; the build dir
# is /var/tmp/kl-build inside the root and is kept between runs (a first
# build takes a minute or two).  All mounts live in a private mount
# namespace (unshare), so they go away with the script even if it is
# killed; the EXIT trap unmounts them as well.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
root=$(readlink -m "${KL_TRIXIE_ROOT:-/var/cache/kepu-ledger/trixie-root}")
suite=trixie
build=/var/tmp/kl-build
mode=${1:-test}

die() { echo "newest-gtk: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"

# The Debian mirror the host already uses.
host_mirror() {
  if [ -n "${KL_DEBIAN_MIRROR:-}" ]; then echo "$KL_DEBIAN_MIRROR"; return 0; fi
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
           /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    case $f in
      *.sources) awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i }' "$f" ;;
      *) awk '$1 == "deb" { for (i = 2; i <= NF; i++)
                              if ($i ~ /^[a-z+]+:\/\//) { print $i; break } }' "$f" ;;
    esac
  done | grep -v security | grep -E '/debian/?$' | head -n 1
}

make_root() {
  [ -f "$root/.kl-root-complete" ] && return 0
  if ! command -v debootstrap >/dev/null; then
    echo "newest-gtk: installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 \
      --no-install-recommends debootstrap >/dev/null
  fi
  local mirror partial="$root.partial"
  mirror=$(host_mirror) || true
  [ -n "$mirror" ] || die "no Debian mirror in /etc/apt/sources.list*; set KL_DEBIAN_MIRROR"
  echo "newest-gtk: making a Debian 13 root in $root (debootstrap, a few minutes)"
  rm -rf "$partial"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase "$suite" "$partial" "$mirror" >"$partial.log" 2>&1 \
    || { tail -n 20 "$partial.log" >&2; die "debootstrap failed (log: $partial.log)"; }
  # No daemons start inside the root; no recommends, as dev.sh does on the host.
  printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
  chmod +x "$partial/usr/sbin/policy-rc.d"
  echo 'APT::Install-Recommends "false";' >"$partial/etc/apt/apt.conf.d/90kepu-ledger"
  touch "$partial/.kl-root-complete"
  rm -rf "$root"
  mv "$partial" "$root"
  rm -f "$partial.log"
}

# Processes started inside the root that outlived their command (an X
# server, a D-Bus daemon, LibreOffice) end with the script.
end_leftovers() {
  local p
  for p in /proc/[0-9]*; do
    if [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ]; then
      kill -KILL "${p#/proc/}" 2>/dev/null || true
    fi
  done
}

mounted=()
cleanup() {
  local i
  end_leftovers
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -R -l "${mounted[$i]}" 2>/dev/null || true
  done
  mounted=()
}

mount_root() {
  trap cleanup EXIT
  trap 'exit 143' TERM INT HUP
  mkdir -p "$root/src" "$root/var/tmp"
  mount -t proc proc "$root/proc"; mounted+=("$root/proc")
  mount --rbind /sys "$root/sys"; mounted+=("$root/sys")
  mount --rbind /dev "$root/dev"; mounted+=("$root/dev")
  mount -t tmpfs tmpfs "$root/tmp"; mounted+=("$root/tmp")
  mount --bind "$top" "$root/src"; mounted+=("$root/src")
  mount -o remount,bind,ro "$root/src"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

# offline=1 in_root …: in a network namespace of its own.  The suites run
# so: X and D-Bus listen on abstract sockets, which belong to the network
# namespace, and the root's X server must neither clash with one on the
# host nor be mistaken for it (a test then opened the host's display).
in_root() {
  local pre=()
  [ -z "${offline:-}" ] || pre=(unshare --net --)
  "${pre[@]}" chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    TERM=dumb LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive KL_BUILD_DIR="$build" "$@" 9>&-
}

run_suites() {
  local status=0 log="$root$build/meson-logs/testlog.json"
  rm -f "$log"
  [ -z "${KL_NEWEST_TESTLOG:-}" ] || rm -f "$KL_NEWEST_TESTLOG"
  in_root /src/build-aux/dev.sh deps
  echo "newest-gtk: Debian $(cat "$root/etc/debian_version"), GTK $(in_root pkg-config --modversion gtk4), GLib $(in_root pkg-config --modversion glib-2.0)"
  # A build dir kept from an earlier run builds with --werror as well.
  [ ! -f "$root$build/build.ninja" ] || in_root meson configure "$build" -Dwerror=true >/dev/null
  offline=1 in_root /usr/bin/env CI=true /src/build-aux/dev.sh test || status=$?
  [ -z "${KL_NEWEST_TESTLOG:-}" ] || [ ! -f "$log" ] || cp "$log" "$KL_NEWEST_TESTLOG"
  return $status
}

case $mode in
  test|--prepare|--shell|--run|--clean) ;;
  *) echo "usage: build-aux/newest-gtk.sh [--prepare|--clean|--shell|--run CMD…]" >&2; exit 2 ;;
esac

# One run at a time per root; then everything below in a private mount namespace.
if [ -z "${KL_NEWEST_GTK_NS:-}" ]; then
  mkdir -p "$(dirname "$root")"
  exec 9>"$root.lock"
  flock -w 900 9 || die "another newest-gtk.sh holds $root.lock"
  make_root
  KL_NEWEST_GTK_NS=1 exec unshare --mount --propagation private "$BASH" "$0" "$@"
fi

case $mode in
  --clean) rm -rf "${root:?}$build"; exit 0 ;;
esac
mount_root
case $mode in
  --prepare) in_root /src/build-aux/dev.sh deps ;;
  --shell) in_root /bin/bash -i ;;
  --run) shift; in_root "$@" ;;
  test) run_suites ;;
esac
