# Sourced by build-aux/windows.sh: the app cross-compiled against the
# cached prefix, then the portable folder and its zip.
#
# Layout of the zip (flat, so GLib's "installation directory" of every
# DLL is the folder itself and share/ is found beside the programs):
#   kepu-ledger/kepu-ledger.exe, kepu-ledger-cli.exe, *.dll, 使用说明.txt
#   kepu-ledger/share/glib-2.0/schemas  compiled: the app's and GTK's schemas
#   kepu-ledger/share/locale/zh_CN      the app's, GTK's and GLib's catalogues
#   kepu-ledger/share/kepu-ledger       the bundled sample plan
#   kepu-ledger/share/icons             the app icon; Adwaita's symbolic
#                                       icons pre-rendered as PNG (no SVG
#                                       loader on Windows: gdk-pixbuf's
#                                       PNG and JPEG loaders are built in)

mingw_dirs=("$KL_WIN_PREFIX/bin" /usr/lib/gcc/$host/12-posix /usr/$host/lib)

build_app() {
  local dir=$out/app
  mkdir -p "$out"
  ln -sfn "$KL_WIN_PREFIX" "$out/deps"
  printf "[constants]\nprefix = '%s'\n" "$out/deps" > "$out/cross-prefix.txt"
  # A library built since the last setup (FreeXL) is looked for again.
  local reconfigure=
  if [ -f "$dir/build.ninja" ] && [ -n "$(find "$KL_WIN_PREFIX/stamps" -newer "$dir/build.ninja")" ]; then
    reconfigure=--reconfigure
  fi
  if [ ! -f "$dir/build.ninja" ] || [ -n "$reconfigure" ]; then
    meson setup $reconfigure "$dir" "$top" --cross-file "$out/cross-prefix.txt" \
      --cross-file "$top/build-aux/windows/cross-win64.txt" \
      --prefix / --buildtype release ${CI:+--werror} >"$out/meson-setup.log" 2>&1 ||
      { tail -30 "$out/meson-setup.log"; return 1; }
  fi
  ninja -C "$dir" -j2 >"$out/ninja.log" 2>&1 || { tail -40 "$out/ninja.log"; return 1; }
  echo "windows.sh: app built ($(grep -c 'warning:' "$out/ninja.log" || true) compiler warnings, see $out/ninja.log)"
  rm -rf "$out/stage"
  DESTDIR="$out/stage" meson install -C "$dir" --no-rebuild >"$out/install.log" 2>&1 ||
    { tail -20 "$out/install.log"; return 1; }
}

# The DLL named $1 from the prefix or mingw-w64's runtime, if it is ours to
# ship (Windows' own DLLs are not found there and are skipped).
find_dll() {
  local d
  for d in "${mingw_dirs[@]}"; do
    [ -f "$d/$1" ] && { echo "$d/$1"; return 0; }
  done
  return 1
}

# Copies every DLL the programs in $1 load, directly or through another DLL.
copy_dlls() {
  local root=$1 queue=("$root"/*.exe) f name path
  while [ ${#queue[@]} -gt 0 ]; do
    f=${queue[0]}; queue=("${queue[@]:1}")
    for name in $($host-objdump -p "$f" | awk '/DLL Name:/ { print $3 }'); do
      [ -f "$root/$name" ] && continue
      path=$(find_dll "$name") || continue
      cp "$path" "$root/$name"
      queue+=("$root/$name")
    done
  done
}

package_zip() {
  local root=$out/kepu-ledger share
  rm -rf "$root"
  mkdir -p "$root"
  cp "$out/stage/bin/"*.exe "$root/"
  cp -r "$out/stage/share" "$root/share"
  share=$root/share
  rm -rf "$share/applications" "$share/metainfo"
  cp "$KL_WIN_PREFIX/share/glib-2.0/schemas/"*.xml "$share/glib-2.0/schemas/"
  glib-compile-schemas "$share/glib-2.0/schemas"
  local mo
  for mo in gtk40 glib20; do
    [ -f "$KL_WIN_PREFIX/share/locale/zh_CN/LC_MESSAGES/$mo.mo" ] &&
      cp "$KL_WIN_PREFIX/share/locale/zh_CN/LC_MESSAGES/$mo.mo" "$share/locale/zh_CN/LC_MESSAGES/"
  done
  copy_adwaita_symbolic "$share/icons/Adwaita"
  copy_dlls "$root"
  $host-strip --strip-unneeded "$root"/*.exe "$root"/*.dll
  cp "$top/build-aux/windows/usage-zh_CN.txt" "$root/使用说明.txt"
  rm -f "$out/kepu-ledger-win64.zip"
  # Python's zipfile marks the names as UTF-8, so Explorer shows 使用说明.txt.
  (cd "$out" && /usr/bin/python3 - <<'EOF'
import os, zipfile
with zipfile.ZipFile("kepu-ledger-win64.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for base, dirs, files in os.walk("kepu-ledger"):
        dirs.sort()
        for name in sorted(files):
            z.write(os.path.join(base, name))
EOF
  )
  echo "windows.sh: $out/kepu-ledger-win64.zip ($(du -h "$out/kepu-ledger-win64.zip" | cut -f1))"
}

# GTK draws symbolic icons from SVG, which needs librsvg; Debian's Adwaita
# also ships them pre-rendered (*.symbolic.png), which GTK recolours itself.
copy_adwaita_symbolic() {
  local dest=$1 size
  mkdir -p "$dest"
  cp /usr/share/icons/Adwaita/index.theme "$dest/"
  for size in 16x16 24x24 32x32; do
    (cd /usr/share/icons/Adwaita &&
       find "$size" -name '*.symbolic.png' -exec cp --parents -t "$dest" {} +)
  done
}

# The NSIS installer beside the zip (build only; the tests use the zip).
package_installer() {
  local version
  version=$(sed -n "s/^  version: '\([^']*\)',/\1/p" "$top/meson.build")
  makensis -V2 -DVERSION="$version" -DSRCDIR="$out/kepu-ledger" \
    -DICON="$top/build-aux/windows/kepu-ledger.ico" \
    -DOUTFILE="$out/kepu-ledger-win64-setup.exe" "$top/build-aux/windows/kepu-ledger.nsi" \
    >"$out/makensis.log" 2>&1 || { tail -20 "$out/makensis.log"; return 1; }
  echo "windows.sh: $out/kepu-ledger-win64-setup.exe ($(du -h "$out/kepu-ledger-win64-setup.exe" | cut -f1))"
}
