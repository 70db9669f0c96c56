#!/bin/bash
# Runs inside the throw-away Debian 12 root of `build-aux/deb.sh test`, as
# root, with /tmp/kl/kepu-ledger.deb and DISPLAY set.  Installs the package
# with apt, uses the CLI and the GUI with no environment of ours, purges it
# and checks that nothing of it is left.  Results go to /tmp/kl/ for deb.sh.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
kl=/tmp/kl
apt_opts=(-y -q -o APT::Sandbox::User=root -o DPkg::Lock::Timeout=300)
failures=0

step() { echo "--- $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Every file of the system, except what apt, logs and users keep.
snapshot() {
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
    -o -path /root -o -path /var/cache -o -path /var/lib/apt -o -path /var/lib/dpkg \
    -o -path /var/log \) -prune -o -print | LC_ALL=C sort
}

step "apt-get update"
timeout 180 apt-get update -q >/dev/null || echo "apt-get update failed: using the cached lists"
snapshot > "$kl/before.txt"

step "apt-get install ./kepu-ledger.deb"
timeout 900 apt-get install "${apt_opts[@]}" "$kl/kepu-ledger.deb" > "$kl/install.log" 2>&1 ||
  { tail -20 "$kl/install.log"; fail "apt-get install"; exit 1; }
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$kl/install.log" || true
dpkg-query -L kepu-ledger | LC_ALL=C sort > "$kl/package-files.txt"

step "kepu-ledger-cli sample, outline --json, export-xlsx"
cd /root
kepu-ledger-cli sample > "$kl/sample.txt" || fail "kepu-ledger-cli sample"
kepu-ledger-cli outline --json > "$kl/outline.json" || fail "kepu-ledger-cli outline --json"
kepu-ledger-cli export-xlsx --report all -o "$kl/report.xlsx" || fail "kepu-ledger-cli export-xlsx"
[ -f /root/.local/share/kepu-ledger/ledger.kepu ] || fail "no default ledger in ~/.local/share"
# The catalogue is found from the install prefix alone.
LANG=zh_CN.UTF-8 kepu-ledger-cli --help > "$kl/help-zh.txt" || fail "kepu-ledger-cli --help"

step "kepu-ledger under Xvfb, LANG=zh_CN.UTF-8"
# In a D-Bus session, as on a desktop (dconf, which apt pulled in, needs one).
session=()
! command -v dbus-run-session >/dev/null || session=(dbus-run-session --)
LANG=zh_CN.UTF-8 timeout 90 "${session[@]}" kepu-ledger --page plan \
  --screenshot "$kl/screenshot.png" > "$kl/gui.log" 2>&1 || fail "kepu-ledger exited with $?"
[ -s "$kl/screenshot.png" ] || fail "no screenshot"
if grep -E 'CRITICAL|ERROR' "$kl/gui.log"; then fail "criticals from the GUI"; fi

step "apt-get purge kepu-ledger"
snapshot > "$kl/installed.txt"
apt-get purge "${apt_opts[@]}" kepu-ledger > "$kl/purge.log" 2>&1 || fail "apt-get purge"
if dpkg-query -W -f='${Status}\n' kepu-ledger 2>/dev/null | grep -qv '^unknown ok not-installed$\|^$'; then
  fail "dpkg still knows kepu-ledger: $(dpkg-query -W -f='${Status}' kepu-ledger)"
fi
while read -r path; do
  [ -d "$path" ] || [ ! -e "$path" ] || fail "left after purge: $path"
done < "$kl/package-files.txt"
left=$(find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /root \) -prune \
         -o -iname '*kepu*' -print)
[ -z "$left" ] || fail "left after purge: $left"
for cache in /usr/share/glib-2.0/schemas/gschemas.compiled \
             /usr/share/icons/hicolor/icon-theme.cache; do
  if [ -f "$cache" ] && grep -q kepuledger "$cache"; then fail "$cache still names the app"; fi
done

# The purge added no file, and removed only the package's files and files
# made since the install (the icon cache, gone again with our icons).
snapshot > "$kl/purged.txt"
LC_ALL=C comm -13 "$kl/installed.txt" "$kl/purged.txt" > "$kl/added-by-purge.txt"
[ ! -s "$kl/added-by-purge.txt" ] || fail "the purge added files: $(cat "$kl/added-by-purge.txt")"
LC_ALL=C comm -23 "$kl/installed.txt" "$kl/purged.txt" |
  LC_ALL=C comm -23 - "$kl/package-files.txt" |
  LC_ALL=C comm -12 - "$kl/before.txt" > "$kl/removed-not-ours.txt"
[ ! -s "$kl/removed-not-ours.txt" ] ||
  fail "the purge removed files not in the package: $(cat "$kl/removed-not-ours.txt")"

# The dependencies apt pulled in go again too.  What their own maintainer
# scripts leave (systemd's and dbus's users, machine-id) is listed, not ours.
step "apt-get autoremove --purge (the dependencies)"
apt-get autoremove --purge "${apt_opts[@]}" > "$kl/autoremove.log" 2>&1 || fail "apt-get autoremove"
snapshot > "$kl/after.txt"
LC_ALL=C comm -13 "$kl/before.txt" "$kl/after.txt" > "$kl/left.txt"
if [ -s "$kl/left.txt" ]; then
  echo "left by the dependencies' maintainer scripts:"
  sed 's/^/  /' "$kl/left.txt"
  if grep -i kepu "$kl/left.txt"; then fail "files of kepu-ledger left"; fi
fi

# Downloaded packages stay for the next run, except superseded versions.
apt-get autoclean -q >/dev/null || true

[ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all steps passed"
