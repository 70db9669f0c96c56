# Sourced by build-aux/windows.sh: the unzipped build under Debian's Wine
# (package wine64, run through the `wine` command), in a private X server.
#   - the CLI suites (tests/cli/*.py) with KL_CLI pointing at a wrapper
#     that runs kepu-ledger-cli.exe through wine, and every temporary
#     file in a folder whose name has Chinese characters and a space;
#   - Chinese messages in a Chinese locale, five runs in a row;
#   - an .xlsx held open without sharing (lock-file.c, as Excel does):
#     the export refuses in Chinese and keeps the file;
#   - an .xls 填报模板 (LibreOffice's BIFF8) read by `collect --dry-run`;
#   - the NSIS installer, silent, and its uninstaller;
#   - kepu-ledger.exe on a ledger in such a folder, plan page, Chinese UI:
#     the app saves its own screenshot (--screenshot) to
#     data/screenshots/windows-plan-page.png.
# The Wine prefix is kept in $KL_WIN_CACHE/wine (made once, ~1 min).
# KL_WIN_TESTS="gui" (or "cli", "lock", "xls", "installer") runs only those parts.

cli_suites=(test-cli-outline test-cli-errors test-cli-progress test-cli-import
            test-cli-chart test-cli-export)

wine_env() {
  export WINEPREFIX=$KL_WIN_CACHE/wine WINEARCH=win64 WINEDEBUG=-all
  # No Mono or Gecko install prompts.
  export WINEDLLOVERRIDES="mscoree=;mshtml="
  export TZ=UTC HOME=${HOME:-/root}
}

# Noto Sans CJK copied into the prefix's Fonts folder and registered, as
# a Windows user would install a font (Wine has no Microsoft YaHei).
prepare_prefix() {
  local fonts=$WINEPREFIX/drive_c/windows/Fonts f name
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "windows.sh: making the Wine prefix"
    timeout 300 wineboot -i >/dev/null 2>&1 || true
    timeout 120 wineserver -w || true
  fi
  mkdir -p "$fonts"
  local style
  for style in Regular Bold; do
    f=/usr/share/fonts/opentype/noto/NotoSansCJK-$style.ttc
    name=$(basename "$f")
    [ -f "$f" ] && [ ! -f "$fonts/$name" ] || continue
    cp "$f" "$fonts/"
    f="Noto Sans CJK SC"; [ $style = Bold ] && f="$f Bold"
    wine reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts' \
      /v "$f (TrueType)" /t REG_SZ /d "$name" /f >/dev/null 2>&1 || true
  done
}

start_xvfb() {
  local fifo
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb_pid=$!
  read -r -t 30 display <"$fifo" || display=
  rm -f "$fifo"
  [ -n "$display" ] || { echo "windows: Xvfb did not start" >&2; return 1; }
  export DISPLAY=":$display"
}

stop_wine() {
  timeout 30 wineserver -k >/dev/null 2>&1 || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
}

# Runs "$@", counting it in $passed or $failed.
count() {
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); return 1; fi
}

run_cli_suite() {
  KL_CLI="$1/kepu-ledger-cli" KL_SOURCE_ROOT="$top" LC_ALL=C.UTF-8 \
    TMPDIR="$1/科普 临时" timeout 600 /usr/bin/python3 "$top/tests/cli/$2.py" >"$1/$2.log" 2>&1
}

run_cli_suites() {
  local tmp=$1 root=$2 suite status=0
  # Wine keeps its server's socket under $TMPDIR: the tests' own TMPDIR
  # (below) would give every program a wineserver of its own, next to this
  # run's, started and stopped around it: 2.2 s a program, its services
  # holding the test's pipes, the next program starting as that server
  # quits (likely where the programs killed now and then, exit -9, came
  # from).  So wine gets this run's TMPDIR back.
  printf '#!/bin/sh\nTMPDIR="%s" exec wine "%s" "$@"\n' "${TMPDIR:-/tmp}" "$root/kepu-ledger-cli.exe" \
    > "$tmp/kepu-ledger-cli"
  chmod +x "$tmp/kepu-ledger-cli"
  mkdir -p "$tmp/科普 临时"
  for suite in "${cli_suites[@]}"; do
    SECONDS=0
    if run_cli_suite "$tmp" "$suite"; then
      echo "windows: $suite ok (${SECONDS}s)"; passed=$((passed + 1))
    else
      echo "windows: $suite FAILED"; sed 's/^/    /' "$tmp/$suite.log" | tail -20
      failed=$((failed + 1)); status=1
    fi
  done
  return $status
}

# An .xlsx held open without sharing (as by Excel or WPS): the export
# refuses with the Chinese "close it first" message, and the file is kept.
run_locked_export() {
  local tmp=$1 root=$2 dir="$tmp/科普 临时/导出" out db
  mkdir -p "$dir"
  db=$(winepath -w "$dir/台账.kepu"); out=$(winepath -w "$dir/指标分解表.xlsx")
  $host-gcc-posix -municode -O2 -o "$tmp/lock-file.exe" "$top/build-aux/windows/lock-file.c" || return 1
  LC_ALL=C.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$db" sample >/dev/null 2>&1 &&
    LC_ALL=C.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$db" export-xlsx --report quota -o "$out" \
      >/dev/null 2>"$tmp/locked.log" || { echo "windows: locked export FAILED (first export)"; cat "$tmp/locked.log"; return 1; }
  local before
  before=$(md5sum < "$dir/指标分解表.xlsx")
  timeout 60 wine "$tmp/lock-file.exe" "$out" 30 >"$tmp/lock.out" 2>/dev/null &
  local lock_pid=$! i
  for i in $(seq 100); do grep -q locked "$tmp/lock.out" 2>/dev/null && break; sleep 0.2; done
  # A Chinese locale (Wine makes it the Windows user locale too) and no
  # LANGUAGE: the refusal must come out in Chinese.  It came out in English
  # at random until libintl was patched (windows/libintl-wide-names.patch).
  LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$db" \
    export-xlsx --report quota -o "$out" >/dev/null 2>"$tmp/locked.log"
  local rc=$?
  kill "$lock_pid" 2>/dev/null; wait "$lock_pid" 2>/dev/null
  if [ $rc -eq 1 ] && grep -q '正被占用' "$tmp/locked.log" &&
     [ "$(md5sum < "$dir/指标分解表.xlsx")" = "$before" ]; then
    echo "windows: locked export ok ($(tr -d '\n' < "$tmp/locked.log"))"
  else
    echo "windows: locked export FAILED (exit $rc)"; cat "$tmp/locked.log"; return 1
  fi
}

# Chinese messages in five fresh processes: the unpatched libintl lost the
# app's catalogue in some of them (a race with a thread GIO starts).
run_chinese_messages() {
  local tmp=$1 root=$2 i
  for i in 1 2 3 4 5; do
    LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 timeout 60 wine "$root/kepu-ledger-cli.exe" no-such-command \
      >"$tmp/zh.log" 2>&1
    grep -q 未知命令 "$tmp/zh.log" ||
      { echo "windows: Chinese messages FAILED (run $i: $(head -1 "$tmp/zh.log"))"; return 1; }
  done
  echo "windows: Chinese messages ok (5 of 5 runs)"
}

# An old-style .xls 填报模板 (BIFF8, through FreeXL): the app's own template
# for 宝应县, filled by openpyxl, saved as .xls by LibreOffice (or by
# gnumeric's ssconvert), in a Chinese folder; `collect --dry-run` reads the
# figure and the note from it.
run_xls_collect() {
  local tmp=$1 root=$2 dir="$tmp/科普 临时/旧模板" db xls
  mkdir -p "$dir"
  db=$(winepath -w "$dir/台账.kepu")
  LC_ALL=C.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$db" sample >"$tmp/xls.log" 2>&1 &&
    LC_ALL=C.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$db" export-xlsx --report template \
      --period 2021-Q2 --unit 宝应县 -o "$(winepath -w "$dir/模板.xlsx")" >>"$tmp/xls.log" 2>&1 &&
    /usr/bin/python3 "$top/tests/cli/templatefill.py" "$dir/模板.xlsx" "$dir/填好.xlsx" \
      '{"科普中国新推广人数|宝应县": [180, "含线上推广"]}' >>"$tmp/xls.log" 2>&1 ||
    { echo "windows: .xls collect FAILED (template)"; cat "$tmp/xls.log"; return 1; }
  if command -v soffice >/dev/null; then
    timeout 180 soffice --headless "-env:UserInstallation=file://$tmp/lo-profile" \
      --convert-to xls --outdir "$dir" "$dir/填好.xlsx" >>"$tmp/xls.log" 2>&1
  elif command -v ssconvert >/dev/null; then
    timeout 180 ssconvert -T Gnumeric_Excel:excel_biff8 "$dir/填好.xlsx" "$dir/填好.xls" >>"$tmp/xls.log" 2>&1
  else
    echo "windows: .xls collect skipped (neither soffice nor ssconvert is installed)"; return 0
  fi
  xls="$dir/宝应县 填报.xls"
  mv "$dir/填好.xls" "$xls" 2>/dev/null ||
    { echo "windows: .xls collect FAILED (no .xls written)"; cat "$tmp/xls.log"; return 1; }
  LC_ALL=C.UTF-8 timeout 60 wine "$root/kepu-ledger-cli.exe" --db "$db" collect --json --dry-run \
    "$(winepath -w "$xls")" >"$tmp/xls.json" 2>>"$tmp/xls.log"
  if /usr/bin/python3 - "$tmp/xls.json" <<'EOF'
import json, sys
(f,) = json.load(open(sys.argv[1], encoding="utf-8"))
cells = [c for c in f["cells"] if c["new"] == "180" and c["note"] == "含线上推广"]
sys.exit(0 if f["status"] == "would-store" and len(cells) == 1 else 1)
EOF
  then
    echo "windows: .xls collect ok ($(file -b "$xls" | cut -c1-40))"
  else
    echo "windows: .xls collect FAILED"; cat "$tmp/xls.json" "$tmp/xls.log" | tail -20; return 1
  fi
}

# The plan page in Chinese, screenshot taken by the app itself once drawn.
run_gui() {
  local tmp=$1 root=$2 dir="$tmp/科普 台账" shot="$top/data/screenshots/windows-plan-page.png"
  mkdir -p "$dir"
  rm -f "$tmp/shot.png"
  LC_ALL=C.UTF-8 wine "$root/kepu-ledger-cli.exe" --db "$(winepath -w "$dir/扬州 2021.kepu")" sample \
    >/dev/null 2>"$tmp/gui-sample.log" || { cat "$tmp/gui-sample.log"; return 1; }
  # A first start: the settings (registry backend) as a new user has them.
  wine reg delete 'HKCU\Software\GSettings\io\github\kepuledger' /f >/dev/null 2>&1 || true
  LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 GSK_RENDERER=cairo \
    timeout 120 wine "$root/kepu-ledger.exe" --page plan --screenshot "$(winepath -w "$tmp/shot.png")" \
    "$(winepath -w "$dir/扬州 2021.kepu")" >"$tmp/gui.log" 2>&1 || true
  if [ ! -s "$tmp/shot.png" ]; then
    echo "windows: GUI FAILED (no screenshot)"; tail -20 "$tmp/gui.log"; return 1
  fi
  identify "$tmp/shot.png" | grep -q ' 1[0-9][0-9][0-9]x[0-9][0-9][0-9] ' ||
    { cp "$tmp/shot.png" "$out/windows-plan-page-failed.png"
      echo "windows: GUI FAILED (screenshot not window-sized, kept in ${out#$top/}/windows-plan-page-failed.png)"; return 1; }
  cp "$tmp/shot.png" "$shot"
  echo "windows: GUI ok, screenshot in ${shot#$top/}"
}

# The installer, silent, into a folder with a Chinese name (NSIS takes /D=
# unquoted, so no space, which Wine would quote): the
# programs run from there, the Start-menu entry exists; the uninstaller
# removes both.
run_installer() {
  local tmp=$1 setup="$out/kepu-ledger-win64-setup.exe" dir="C:\\科普台账程序"
  local unix_dir="$WINEPREFIX/drive_c/科普台账程序"
  local link="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/科普工作台账.lnk"
  [ -f "$setup" ] || { echo "windows: installer FAILED (no $setup)"; return 1; }
  rm -rf "$unix_dir"
  timeout 120 wine "$setup" /S "/D=$dir" >/dev/null 2>&1
  # Not `wineserver -w`: this run's server stays up (persistent) until its end.
  local i
  for i in $(seq 60); do [ -f "$unix_dir/kepu-ledger.exe" ] && [ -f "$link" ] && break; sleep 0.5; done
  if [ ! -f "$unix_dir/kepu-ledger.exe" ] || [ ! -f "$link" ] ||
     ! LC_ALL=C.UTF-8 timeout 60 wine "$dir\\kepu-ledger-cli.exe" --help 2>&1 | grep -q sample; then
    echo "windows: installer FAILED (install)"; return 1
  fi
  timeout 120 wine "$dir\\uninstall.exe" /S >/dev/null 2>&1
  # The uninstaller finishes from a copy of itself: its end is waited for.
  for i in $(seq 60); do [ ! -e "$unix_dir/kepu-ledger.exe" ] && [ ! -f "$link" ] && break; sleep 0.5; done
  if [ -e "$unix_dir/kepu-ledger.exe" ] || [ -f "$link" ]; then
    echo "windows: installer FAILED (uninstall left files)"; return 1
  fi
  echo "windows: installer ok"
}

run_wine_tests() {
  local tmp root status=0
  # One test at a time per Wine prefix: a second run's `wineserver -k` at
  # its end would kill this run's programs (exit -9) half-way.
  exec 8>"$KL_WIN_CACHE/wine.lock"
  flock -w 900 8 || { echo "windows: Wine prefix busy for 15 min" >&2; return 1; }
  tmp=$(mktemp -d)
  wine_tmp=$tmp
  unzip -q "$out/kepu-ledger-win64.zip" -d "$tmp"
  root=$tmp/kepu-ledger
  wine_env
  start_xvfb || return 1
  trap 'stop_wine; rm -rf "$wine_tmp"' EXIT
  trap 'exit 143' TERM INT
  prepare_prefix
  wineserver -p 60 >/dev/null 2>&1 || true
  # Wine's services and desktop process inherit the stdout and stderr of
  # the program that happens to start them, and live on: started here on
  # /dev/null (start-desktop.c says more).
  $host-gcc-posix -O2 -o "$tmp/start-desktop.exe" "$top/build-aux/windows/start-desktop.c" &&
    timeout 120 wine "$tmp/start-desktop.exe" >/dev/null 2>&1 </dev/null ||
    { echo "windows: Wine's desktop did not start"; return 1; }
  local parts=${KL_WIN_TESTS:-cli lock xls installer gui}
  passed=0 failed=0
  case " $parts " in *" cli "*) run_cli_suites "$tmp" "$root" || status=1 ;; esac
  case " $parts " in *" lock "*) count run_chinese_messages "$tmp" "$root" || status=1
                                 count run_locked_export "$tmp" "$root" || status=1 ;; esac
  case " $parts " in *" xls "*) count run_xls_collect "$tmp" "$root" || status=1 ;; esac
  case " $parts " in *" installer "*) count run_installer "$tmp" || status=1 ;; esac
  case " $parts " in *" gui "*) count run_gui "$tmp" "$root" || status=1 ;; esac
  echo "windows: $passed passed, $failed failed"
  return $status
}
