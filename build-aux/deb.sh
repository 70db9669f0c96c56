#!/usr/bin/env bash
# The Debian package, on Debian 12, as root:
#   build-aux/deb.sh        build build-deb/kepu-ledger_VERSION_amd64.deb from the
#                           packaging in build-aux/debian/, then run lintian on it
#   build-aux/deb.sh test   install that .deb with apt in a clean Debian 12 root,
#                           run the CLI and the GUI there, purge it, check nothing is left
#   build-aux/deb.sh arm64  cross-build build-deb/kepu-ledger_VERSION_arm64.deb in a
#                           throw-away root, run its CLI there under qemu-user-static
#   build-aux/deb.sh root   (re)make the cached clean root only
# The clean root is made once with debootstrap ($KL_DEB_ROOT, default
# /var/cache/kepu-ledger/bookworm-root) from the mirror this machine's apt
# uses; every test runs on a throw-away overlay of it.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
out="${KL_DEB_DIR:-$top/build-deb}"
cache_root="${KL_DEB_ROOT:-/var/cache/kepu-ledger/bookworm-root}"
# Downloaded packages and package lists of the test roots, kept between runs.
apt_cache="$(dirname "$cache_root")/bookworm-apt"

build_tools=(dpkg-dev debhelper fakeroot lintian python3)
test_tools=(debootstrap xvfb xauth)

say() { echo "deb.sh: $*"; }
die() { echo "deb.sh: $*" >&2; exit 1; }

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "run as root (or install ${missing[*]} yourself)"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends "${missing[@]}" >/dev/null
}

project_version() {
  meson introspect --projectinfo "$top/meson.build" |
    /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])'
}

# The files of the tree (git's view when it is a checkout, so build folders
# and other untracked clutter stay out), copied into $1.
copy_tree() {
  local dest=$1
  mkdir -p "$dest"
  if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$top" && git ls-files -z --cached --others --exclude-standard |
       tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$dest"
  else
    # Meson build folders are the ones with a build.ninja.
    (cd "$top" && tar --exclude-tag-all=build.ninja --exclude=./build-deb -cf - .) |
      tar -xf - -C "$dest"
  fi
}

write_changelog() {
  local version=$1 file=$2
  cat > "$file" <<EOF
kepu-ledger ($version) unstable; urgency=medium

  * Package built by build-aux/deb.sh from version $version of the tree.

 -- $(sed -n 's/^Maintainer: //p' "$top/build-aux/debian/control")  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")
EOF
}

# The tree with build-aux/debian/ laid in as debian/, in $1.
prepare_source() {
  local src=$1
  copy_tree "$src"
  rm -rf "$src/debian"
  cp -a "$top/build-aux/debian" "$src/debian"
  write_changelog "$(project_version)" "$src/debian/changelog"
}

build_deb() {
  local version arch src deb
  install_missing "${build_tools[@]}"
  version=$(project_version)
  arch=$(dpkg --print-architecture)
  rm -rf "$out/work"
  src="$out/work/kepu-ledger-$version"
  prepare_source "$src"
  # Build dependencies from debian/control, installed when missing.
  local missing
  missing=$(cd "$src" && dpkg-checkbuilddeps 2>&1 | sed -n 's/.*Unmet build dependencies: //p' |
              sed 's/([^)]*)//g; s/|[^ ]*//g') || true
  # shellcheck disable=SC2086
  [ -z "$missing" ] || install_missing $missing
  say "building kepu-ledger $version for $arch"
  (cd "$src" && DEB_BUILD_OPTIONS="nocheck parallel=2 ${DEB_BUILD_OPTIONS:-}" \
     nice -n 10 dpkg-buildpackage -b -us -uc >"$out/build.log" 2>&1) ||
    { tail -30 "$out/build.log"; die "dpkg-buildpackage failed (log: $out/build.log)"; }
  deb="kepu-ledger_${version}_${arch}.deb"
  mv -f "$out/work/$deb" "$out/$deb"
  rm -rf "$out/work"
  say "$out/$deb: $(du -k "$out/$deb" | cut -f1) KiB"
  dpkg-deb -c "$out/$deb" | awk '{print "  " $6}' | grep -v '/$' || true
  say "lintian:"
  # (As root it warns that it runs as root; that line is left out.)
  lintian --fail-on error --display-info "$out/$deb" 2>&1 |
    grep -v '^running with root privileges' | tee "$out/lintian.txt"
  [ "${PIPESTATUS[0]}" -eq 0 ] || die "lintian reports errors"
  [ -s "$out/lintian.txt" ] || echo "  (nothing to report)"
}

# Debian's own entries of this machine's apt sources, in one-line form.
host_sources() {
  /usr/bin/python3 - <<'PY'
import glob, re
suite = re.compile(r'^bookworm(-updates|-security)?$')
out = []
for path in ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list')):
    try: text = open(path).read()
    except OSError: continue
    for line in text.splitlines():
        p = line.split()
        if len(p) >= 4 and p[0] == 'deb' and not p[1].startswith('[') and suite.match(p[2]):
            out.append('deb %s %s main' % (p[1], p[2]))
for path in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    for stanza in re.split(r'\n\s*\n', open(path).read()):
        f = {}
        for line in stanza.splitlines():
            if ':' in line and not line.startswith('#'):
                k, v = line.split(':', 1); f[k.strip().lower()] = v.split()
        if 'deb' in f.get('types', []) and f.get('enabled', ['yes'])[0] != 'no':
            out += ['deb %s %s main' % (u, s) for u in f.get('uris', [])
                    for s in f.get('suites', []) if suite.match(s)]
print('\n'.join(dict.fromkeys(out)))
PY
}

make_root() {
  local sources mirror tmp="$cache_root.tmp"
  install_missing "${test_tools[@]}"
  sources=$(host_sources)
  mirror=$(echo "$sources" | awk '$3 == "bookworm" {print $2; exit}')
  [ -n "$mirror" ] || die "no bookworm entry in /etc/apt/sources.list*"
  say "making the clean Debian 12 root in $cache_root"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$cache_root")"
  nice -n 10 debootstrap --variant=minbase --include=locales bookworm "$tmp" "$mirror" \
    >"$tmp.log" 2>&1 || { tail -20 "$tmp.log"; die "debootstrap failed (log: $tmp.log)"; }
  echo "$sources" > "$tmp/etc/apt/sources.list"
  echo 'zh_CN.UTF-8 UTF-8' >> "$tmp/etc/locale.gen"
  chroot "$tmp" /usr/sbin/locale-gen >/dev/null
  chroot "$tmp" apt-get clean
  rm -rf "$tmp/var/lib/apt/lists/"*
  rm -rf "$cache_root" && mv "$tmp" "$cache_root" && rm -f "$tmp.log"
}

# Starts Xvfb on a free display; sets xvfb_pid and xvfb_display.
start_xvfb() {
  local fifo
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb_pid=$!
  read -r -t 30 xvfb_display <"$fifo" || die "Xvfb did not start"
  rm -f "$fifo"
}

test_deb() {
  local version deb start status=0
  install_missing "${test_tools[@]}"
  version=$(project_version)
  deb="$out/kepu-ledger_${version}_$(dpkg --print-architecture).deb"
  [ -f "$deb" ] || die "no $deb: run build-aux/deb.sh first"
  new_work
  start_xvfb
  trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
  start=$(date +%s)
  cp "$deb" "$work/in/kepu-ledger.deb"
  cp "$top/build-aux/deb-test-inside.sh" "$work/in/"
  unshare --mount --propagation private -- \
    "$0" _in-namespace "$work" deb-test-inside.sh lists ":$xvfb_display" || status=$?
  rm -rf "$out/deb-test"
  if [ -d "$work/results" ]; then
    cp -a "$work/results" "$out/deb-test"
    check_results "$out/deb-test" || status=1
  fi
  if [ $status -eq 0 ]; then
    say "test passed in $(( $(date +%s) - start )) s (screenshot: $out/deb-test/screenshot.png)"
  else
    say "test FAILED after $(( $(date +%s) - start )) s"
  fi
  return $status
}

# The arm64 package, cross-built in a throw-away root, its CLI tried under
# qemu-user-static there; the .deb goes to $out beside the amd64 one.
arm64_deb() {
  local version start status=0
  install_missing "${test_tools[@]}"
  version=$(project_version)
  new_work
  start=$(date +%s)
  prepare_source "$work/in/kepu-ledger-$version"
  cp "$top/build-aux/deb-arm64-inside.sh" "$work/in/"
  unshare --mount --propagation private -- \
    "$0" _in-namespace "$work" deb-arm64-inside.sh lists-arm64 || status=$?
  rm -rf "$out/deb-arm64"
  mkdir -p "$out/deb-arm64"
  cp "$work/results/"*.log "$work/results/"*.txt "$work/results/"*.json "$work/results/"*.xlsx "$out/deb-arm64/" 2>/dev/null || true
  if [ -f "$work/results/kepu-ledger_${version}_arm64.deb" ]; then
    cp "$work/results/kepu-ledger_${version}_arm64.deb" "$out/"
    say "$out/kepu-ledger_${version}_arm64.deb: $(du -k "$out/kepu-ledger_${version}_arm64.deb" | cut -f1) KiB"
  fi
  [ $status -ne 0 ] || check_results "$out/deb-arm64" || status=1
  say "arm64 $([ $status -eq 0 ] && echo passed || echo FAILED) in $(( $(date +%s) - start )) s"
  return $status
}

# A work folder for one run on a throw-away copy of the cached root: $work,
# with what goes into the root in $work/in.
new_work() {
  [ -d "$cache_root/usr" ] || make_root
  # One run at a time uses the shared apt cache (apt would refuse its lock).
  mkdir -p "$apt_cache"
  exec 9>"$apt_cache/.run-lock"
  flock -w 900 9 || die "another deb.sh run holds $apt_cache/.run-lock"
  # Roots of runs that were killed (by CI's timeout) before they cleaned up.
  find /var/tmp -maxdepth 1 -name 'kl-deb-test.*' -mmin +120 -exec rm -rf {} + 2>/dev/null || true
  work=$(mktemp -d /var/tmp/kl-deb-test.XXXXXX)
  mkdir -p "$work/in"
  trap 'rm -rf "$work"' EXIT
  trap 'exit 143' TERM INT
}

# In a private mount namespace: an overlay of the cached root, the apt
# cache ($apt_cache/archives and $apt_cache/$3), the X socket and $work/in
# as /tmp/kl; runs the script $2 of $work/in there, as root with DISPLAY=$4.
in_namespace() {
  local work=$1 script=$2 lists="$apt_cache/$3" display=${4:-} root="$1/root" status=0
  mkdir -p "$apt_cache/archives/partial" "$lists/partial"
  mkdir -p "$work/upper" "$work/overlay-work" "$root"
  if ! mount -t overlay overlay \
         -o "lowerdir=$cache_root,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null
  then
    say "no overlay mount here: copying the root"
    cp -a "$cache_root/." "$root/"
  fi
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --bind "$apt_cache/archives" "$root/var/cache/apt/archives"
  mount --bind "$lists" "$root/var/lib/apt/lists"
  mkdir -p "$root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  cp -a "$work/in" "$root/tmp/kl"
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DISPLAY="$display" \
    chroot "$root" /bin/bash "/tmp/kl/$script" || status=$?
  cp -a "$root/tmp/kl" "$work/results"
  return $status
}

# What the programs wrote in the root, read with this machine's tools.
check_results() {
  local dir=$1 ok=0
  /usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["sections"] and d["indicators"]' \
    "$dir/outline.json" || { echo "FAIL: outline.json is not the sample's outline"; ok=1; }
  if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    /usr/bin/python3 -c 'import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); assert len(wb.sheetnames) >= 3, wb.sheetnames' \
      "$dir/report.xlsx" || { echo "FAIL: report.xlsx does not open in openpyxl"; ok=1; }
  fi
  grep -q '用法' "$dir/help-zh.txt" || { echo "FAIL: the installed CLI is not Chinese under zh_CN"; ok=1; }
  return $ok
}

case "${1:-build}" in
  build) build_deb ;;
  test) test_deb ;;
  root) make_root ;;
  arm64) arm64_deb ;;
  _in-namespace) in_namespace "$2" "$3" "$4" "${5:-}" ;;
  *) echo "usage: build-aux/deb.sh [build|test|arm64|root]" >&2; exit 2 ;;
esac
