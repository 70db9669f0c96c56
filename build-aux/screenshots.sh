#!/usr/bin/env bash
# Regenerates every PNG in data/screenshots/ from the current build, in
# Chinese (LANG=zh_CN.UTF-8), on a private 1366×768 X server:
#   the app's pages     plan-page, quota-page, progress-page, chart-page,
#                       quota-two-levels (a county's towns grouped under it)
#                       activities-page
#                       (the window as it opens on a 1366×768 screen: 1356×758
#                       inside GTK's resize borders)
#   the chart kinds     chart-target, -ranking, -overview, -trend, -status
#                       (kepu-ledger-cli chart, 16:9 at 1366×768)
# on the bundled sample plan with made-up figures for 2021 Q1–Q3
# (build-aux/screenshot-data.py).  Usually run as `build-aux/dev.sh screenshots`,
# which installs and builds first.  Look at every PNG after running it.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build="${KL_BUILD_DIR:-$top/build}"
out="${KL_SCREENSHOT_DIR:-$top/data/screenshots}"
app="$build/src/kepu-ledger"
cli="$build/src/cli/kepu-ledger-cli"
indicator="科普中国新推广人数"

[ -f "$build/build.ninja" ] || { echo "screenshots: no build in $build (run build-aux/dev.sh screenshots)" >&2; exit 1; }
ninja -C "$build" >/dev/null
locale -a 2>/dev/null | grep -qi '^zh_CN\.utf8$' ||
  { echo "screenshots: the zh_CN.UTF-8 locale is missing (build-aux/dev.sh screenshots makes it)" >&2; exit 1; }

work=$(mktemp -d)
xpid=
cleanup() {
  [ -z "$xpid" ] || { kill "$xpid" 2>/dev/null || true; wait "$xpid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 KL_LOCALEDIR="$build/po" TZ=Asia/Shanghai
export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory
export GDK_BACKEND=x11 GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1

ledger="$work/sample.kepu"
"$cli" --db "$ledger" sample >/dev/null
"$top/build-aux/screenshot-data.py" "$cli" "$ledger"

# A private X server with a laptop's screen; -displayfd picks a free display.
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xpid=$!
read -r display <"$work/display"
export DISPLAY=":$display"

mkdir -p "$out"
for page in plan quota progress charts activities assess draft; do
  case $page in charts) name=chart-page ;; *) name=$page-page ;; esac
  # The app saves the window once it has drawn, then quits.
  timeout 60 "$app" --page "$page" --screenshot "$work/$name.png" "$ledger" 2>"$work/$name.log" || true
  [ -s "$work/$name.png" ] || { cat "$work/$name.log" >&2; echo "screenshots: no $name.png" >&2; exit 1; }
  mv "$work/$name.png" "$out/$name.png"
done

# Two levels: 宝应县 breaks its quotas down to three towns (a little short
# of its own on most, exactly on one; its own quota cleared on another, so
# the towns' sum shows in grey), on the quota page.
levels="$work/two-levels.kepu"
cp "$ledger" "$levels"
"$top/build-aux/screenshot-levels.py" "$cli" "$levels"
timeout 60 "$app" --page quota --screenshot "$work/quota-two-levels.png" "$levels" \
  2>"$work/levels.log" || true
[ -s "$work/quota-two-levels.png" ] || { cat "$work/levels.log" >&2; echo "screenshots: no quota-two-levels.png" >&2; exit 1; }
mv "$work/quota-two-levels.png" "$out/quota-two-levels.png"

# Charts as the CLI draws them: the slide size (16:9) at 1366 × 768.
for kind in target ranking overview trend status; do
  args=(chart --kind "$kind" --size slide --dpi 102.45 -o "$out/chart-$kind.png")
  case $kind in target|ranking|trend) args+=(--indicator "$indicator") ;; esac
  "$cli" --db "$ledger" "${args[@]}"
done

# The xlsx reports as LibreOffice prints them (first page of each).
if command -v soffice >/dev/null; then
  /usr/bin/python3 "$(dirname "$0")/xlsx-screenshots.py" "$build" "$out" >/dev/null
else
  echo "screenshots: xlsx-*.png skipped (no soffice)"
fi

# What was made, with each PNG's size (from its header).
for png in "$out"/*.png; do
  /usr/bin/python3 -c 'import struct, sys
w, h = struct.unpack(">II", open(sys.argv[1], "rb").read(24)[16:24])
print(f"{sys.argv[2]}: {w}x{h}")' "$png" "$(basename "$png")"
done
