#!/bin/bash
# Runs inside a throw-away Debian 12 root of `build-aux/deb.sh arm64`, with
# the prepared source tree in /tmp/kl/kepu-ledger-VERSION: cross-builds the
# arm64 package with Debian's multiarch tools, installs it there (apt pulls
# the arm64 libraries) and runs its CLI under qemu-user-static.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
kl=/tmp/kl
apt_opts=(-y -q -o APT::Sandbox::User=root -o DPkg::Lock::Timeout=300 --no-install-recommends)

step() { echo "--- $*"; }
run_logged() {
  local log=$1; shift
  "$@" > "$kl/$log" 2>&1 || { tail -25 "$kl/$log"; echo "FAIL: $* (log: $log)"; exit 1; }
}

step "dpkg --add-architecture arm64, apt-get update"
dpkg --add-architecture arm64
timeout 300 apt-get update -q >/dev/null || echo "apt-get update failed: using the cached lists"

step "cross tools and the arm64 build dependencies"
run_logged tools.log apt-get install "${apt_opts[@]}" crossbuild-essential-arm64 debhelper \
  dpkg-dev qemu-user-static
# bookworm's libgtk-4-dev:arm64 needs (through libgraphene-1.0-dev and
# libgirepository1.0-dev) gobject-introspection:arm64, which needs arm64
# Python and cannot be installed beside the amd64 tools.  Nothing in our build
# runs introspection: an empty stand-in of the same version satisfies it.
gi_version=$(apt-cache show --no-all-versions gobject-introspection:arm64 | sed -n 's/^Version: //p')
mkdir -p /tmp/gi-stub/DEBIAN
cat > /tmp/gi-stub/DEBIAN/control <<STUB
Package: gobject-introspection
Version: $gi_version
Architecture: arm64
Maintainer: build-aux/deb.sh <kepu-ledger@kepuledger.invalid>
Description: empty stand-in for a cross build that runs no introspection
STUB
run_logged gi-stub.log sh -c 'dpkg-deb --build /tmp/gi-stub /tmp/gi-stub.deb && dpkg -i /tmp/gi-stub.deb'
cd "$kl"/kepu-ledger-*/
run_logged build-dep.log apt-get build-dep "${apt_opts[@]}" -a arm64 -P cross,nocheck ./

step "dpkg-buildpackage -aarm64"
DEB_BUILD_OPTIONS="nocheck parallel=2" run_logged build.log nice -n 10 \
  dpkg-buildpackage -aarm64 -Pcross,nocheck -b -us -uc
cd "$kl"
deb=$(ls kepu-ledger_*_arm64.deb)
dpkg-deb -f "$deb" Architecture Depends

step "apt-get install ./$deb, kepu-ledger-cli under qemu-aarch64-static"
run_logged install.log apt-get install "${apt_opts[@]}" "./$deb"
file_arch=$(od -An -tx1 -j18 -N2 /usr/bin/kepu-ledger-cli | tr -d ' ')
[ "$file_arch" = b700 ] || { echo "FAIL: /usr/bin/kepu-ledger-cli is not an arm64 program ($file_arch)"; exit 1; }
cli() { qemu-aarch64-static /usr/bin/kepu-ledger-cli --db "$kl/arm64.kepu" "$@"; }
cli sample > "$kl/sample.txt"
cli outline --json > "$kl/outline.json"
cli export-xlsx --report all -o "$kl/report.xlsx" > /dev/null
LANG=zh_CN.UTF-8 cli --help > "$kl/help-zh.txt"
LANG=C.UTF-8 cli plans
echo "all steps passed"
