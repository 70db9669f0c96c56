# Sourced by build-aux/windows.sh: the Windows dependency stack, each
# library built from Debian's source package into $KL_WIN_PREFIX with
# mingw-w64.  A library is built once; its stamp file under
# $KL_WIN_PREFIX/stamps/ names the Debian version it came from, and the
# recipe's revision when dep_revision has one (raising it rebuilds only
# that library on the next run).
# No docs, tests or introspection anywhere: they only cost time here.

host=x86_64-w64-mingw32
deps_order=(zlib libffi pcre2 gettext glib2.0 libpng1.6 pixman freetype harfbuzz
            fribidi libjpeg-turbo tiff sqlite3 libxlsxwriter cairo pango1.0
            gdk-pixbuf graphene libepoxy gtk4 libxml2 libarchive freexl)
declare -A dep_revision=([gettext]=2)

# True when $1 is built with its current recipe.
dep_built() {
  local stamp=$KL_WIN_PREFIX/stamps/$1 rev=${dep_revision[$1]:-}
  [ -f "$stamp" ] && { [ -z "$rev" ] || grep -q " rev $rev\$" "$stamp"; }
}

# A deb-src line for the same Debian mirror the machine's sources use
# (apt-get source needs one; Debian's default images carry none).
ensure_deb_src() {
  if grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  local uri
  uri=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/*.sources 2>/dev/null)
  [ -n "$uri" ] || uri=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  [ -n "$uri" ] || { echo "windows.sh: no Debian mirror found in /etc/apt" >&2; return 1; }
  local suite
  suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
  printf 'Types: deb-src\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" "$suite" "$suite" > /etc/apt/sources.list.d/kepu-ledger-src.sources
  apt-get update -qq
}

# Unpacks Debian's source package $1 into $work/$1 (Debian's patches
# applied; only the upstream tarball when the Debian part is missing).
fetch_source() {
  local pkg=$1 dsc orig
  mkdir -p "$KL_WIN_CACHE/src"
  (cd "$KL_WIN_CACHE/src" && ls ${pkg}_*.dsc >/dev/null 2>&1 ||
     apt-get source --download-only "$pkg" >/dev/null 2>&1 || true)
  dsc=$(ls "$KL_WIN_CACHE/src/${pkg}"_*.dsc 2>/dev/null | sort -V | tail -1)
  [ -n "$dsc" ] || { echo "windows.sh: no source package $pkg" >&2; return 1; }
  rm -rf "$work/$pkg"
  if ! dpkg-source --no-check -x "$dsc" "$work/$pkg" >/dev/null 2>&1; then
    rm -rf "$work/$pkg"
    orig=$(ls "$KL_WIN_CACHE/src/${pkg}"_*.orig.tar.* | grep -v '\.asc$' | grep -v 'orig-' | head -1)
    mkdir -p "$work/$pkg"
    tar xf "$orig" -C "$work/$pkg" --strip-components=1
  fi
  basename "$dsc" .dsc > "$work/$pkg.version"
}

cross_env() {
  export CC=$host-gcc-posix CXX=$host-g++-posix AR=$host-gcc-ar-posix
  export RANLIB=$host-gcc-ranlib-posix WINDRES=$host-windres RC=$host-windres
  export STRIP=$host-strip NM=$host-nm DLLTOOL=$host-dlltool OBJDUMP=$host-objdump
  export PKG_CONFIG_LIBDIR=$KL_WIN_PREFIX/lib/pkgconfig PKG_CONFIG_PATH=
  export CPPFLAGS="-I$KL_WIN_PREFIX/include" LDFLAGS="-L$KL_WIN_PREFIX/lib"
  export CFLAGS="-O2 -g0" CXXFLAGS="-O2 -g0"
}

with_meson() {
  meson setup _build --cross-file "$cross_consts" --cross-file "$top/build-aux/windows/cross-win64.txt" \
    --prefix "$KL_WIN_PREFIX" --libdir lib --buildtype release -Ddefault_library=shared \
    --wrap-mode nofallback "$@" >../meson.log 2>&1 || { tail -30 ../meson.log; return 1; }
  ninja -C _build -j2 >../ninja.log 2>&1 || { tail -40 ../ninja.log; return 1; }
  ninja -C _build install >>../ninja.log 2>&1
}

with_configure() {
  (cross_env
   ./configure --host=$host --prefix="$KL_WIN_PREFIX" --disable-static --enable-shared "$@" \
     >../configure.log 2>&1 || { tail -30 ../configure.log config.log 2>/dev/null | tail -40; exit 1; }
   make -j2 >../make.log 2>&1 || { tail -40 ../make.log; exit 1; }
   make install >>../make.log 2>&1)
}

with_cmake() {
  cmake -S . -B _build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$cmake_toolchain" \
    -DCMAKE_INSTALL_PREFIX="$KL_WIN_PREFIX" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=ON "$@" >../cmake.log 2>&1 ||
    { tail -30 ../cmake.log; return 1; }
  ninja -C _build -j2 >../ninja.log 2>&1 || { tail -40 ../ninja.log; return 1; }
  ninja -C _build install >>../ninja.log 2>&1
}

write_toolchains() {
  cross_consts=$work/cross-prefix.txt
  printf "[constants]\nprefix = '%s'\n" "$KL_WIN_PREFIX" > "$cross_consts"
  cmake_toolchain=$work/toolchain.cmake
  cat > "$cmake_toolchain" <<EOF
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $host-gcc-posix)
set(CMAKE_CXX_COMPILER $host-g++-posix)
set(CMAKE_RC_COMPILER $host-windres)
set(CMAKE_FIND_ROOT_PATH $KL_WIN_PREFIX /usr/$host)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_C_FLAGS_INIT "-O2 -g0")
EOF
}

# --- one function per source package -----------------------------------

# Debian's zlib source has no win32/ folder: the DLL is linked by hand
# (zlib1.dll, as everywhere on Windows).
dep_zlib() {
  $host-gcc-posix -O2 -shared -o "$KL_WIN_PREFIX/bin/zlib1.dll" adler32.c compress.c crc32.c \
    deflate.c gzclose.c gzlib.c gzread.c gzwrite.c infback.c inffast.c inflate.c inftrees.c \
    trees.c uncompr.c zutil.c -Wl,--out-implib,"$KL_WIN_PREFIX/lib/libz.dll.a" || return 1
  cp zlib.h zconf.h "$KL_WIN_PREFIX/include/"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: zlib\nDescription: zlib compression library\nVersion: 1.2.13\nLibs: -L${libdir} -lz\nCflags: -I${includedir}\n' \
    "$KL_WIN_PREFIX" > "$KL_WIN_PREFIX/lib/pkgconfig/zlib.pc"
}

dep_libffi() { with_configure --disable-docs --disable-multi-os-directory; }

dep_pcre2() {
  with_configure --enable-pcre2-8 --disable-pcre2-16 --disable-pcre2-32 --enable-unicode \
    --disable-pcre2grep-libz --disable-pcre2grep-libbz2
}

# Only libintl (gettext-runtime/intl), not the gettext tools; patched so
# a domain bound with a wide (UTF-16) folder name finds its catalogue.
dep_gettext() {
  patch -p1 --forward < "$top/build-aux/windows/libintl-wide-names.patch" >../patch.log 2>&1 ||
    { cat ../patch.log; return 1; }
  (cross_env; cd gettext-runtime &&
   ./configure --host=$host --prefix="$KL_WIN_PREFIX" --disable-static --enable-shared \
     --disable-java --disable-csharp --disable-libasprintf --disable-openmp \
     --disable-curses --without-emacs --disable-nls-tools >../../configure.log 2>&1 ||
     { tail -30 ../../configure.log; exit 1; }
   make -C intl -j2 >../../make.log 2>&1 || { tail -40 ../../make.log; exit 1; }
   make -C intl install >>../../make.log 2>&1)
}

dep_glib2.0() {
  with_meson -Dtests=false -Dinstalled_tests=false -Dman=false -Dgtk_doc=false \
    -Dlibmount=disabled -Dselinux=disabled -Dxattr=false -Dsysprof=disabled -Dnls=enabled
}

dep_libpng1.6() { with_configure; }

dep_pixman() {
  with_meson -Dtests=disabled -Dgtk=disabled -Dlibpng=disabled -Dopenmp=disabled -Dgnuplot=false
}

dep_freetype() {
  with_meson -Dbrotli=disabled -Dbzip2=disabled -Dharfbuzz=disabled -Dpng=enabled \
    -Dzlib=system -Dtests=disabled
}

dep_harfbuzz() {
  with_meson -Dglib=enabled -Dgobject=disabled -Dcairo=disabled -Dchafa=disabled \
    -Dicu=disabled -Dgraphite2=disabled -Dfreetype=enabled -Dgdi=enabled \
    -Ddirectwrite=disabled -Dtests=disabled -Dintrospection=disabled -Ddocs=disabled \
    -Dbenchmark=disabled
}

dep_fribidi() { with_meson -Ddocs=false; }

# Its CMake install leaves out the import library and libjpeg.pc for MinGW.
dep_libjpeg-turbo() {
  with_cmake -DENABLE_STATIC=OFF -DWITH_TURBOJPEG=OFF -DWITH_SIMD=OFF || return 1
  cp _build/libjpeg.dll.a "$KL_WIN_PREFIX/lib/" || return 1
  cp _build/jconfig.h jerror.h jmorecfg.h jpeglib.h "$KL_WIN_PREFIX/include/"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: libjpeg\nDescription: JPEG image codec (libjpeg-turbo)\nVersion: 2.1.5\nLibs: -L${libdir} -ljpeg\nCflags: -I${includedir}\n' \
    "$KL_WIN_PREFIX" > "$KL_WIN_PREFIX/lib/pkgconfig/libjpeg.pc"
}

dep_tiff() {
  with_cmake -Dtiff-tools=OFF -Dtiff-tests=OFF -Dtiff-docs=OFF -Dtiff-contrib=OFF \
    -Dzstd=OFF -Dwebp=OFF -Dlzma=OFF -Djbig=OFF -Dlerc=OFF -Dlibdeflate=OFF \
    -Djpeg=ON -Dzlib=ON
}

# The amalgamation is generated natively (tclsh), then compiled as a DLL
# with the session extension the undo stack uses.
dep_sqlite3() {
  mkdir -p _native && (cd _native && ../configure --disable-tcl >../../configure.log 2>&1 &&
                       make sqlite3.c >../../make.log 2>&1) || { tail -20 ../make.log; return 1; }
  local flags="-O2 -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_FTS5
               -DSQLITE_ENABLE_JSON1 -DSQLITE_THREADSAFE=1 -DSQLITE_API=__declspec(dllexport)"
  $host-gcc-posix $flags -shared _native/sqlite3.c -o "$KL_WIN_PREFIX/bin/libsqlite3-0.dll" \
    -Wl,--out-implib,"$KL_WIN_PREFIX/lib/libsqlite3.dll.a" || return 1
  cp _native/sqlite3.h sqlite3ext.h "$KL_WIN_PREFIX/include/" 2>/dev/null ||
    cp _native/sqlite3.h _native/sqlite3ext.h "$KL_WIN_PREFIX/include/" 2>/dev/null ||
    cp _native/sqlite3.h "$KL_WIN_PREFIX/include/"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: SQLite\nDescription: SQL database engine\nVersion: 3.40.1\nLibs: -L${libdir} -lsqlite3\nCflags: -I${includedir}\n' \
    "$KL_WIN_PREFIX" > "$KL_WIN_PREFIX/lib/pkgconfig/sqlite3.pc"
}

# Built as with MSVC: file names are UTF-8 turned into wide names
# (_wfopen, minizip's iowin32), not the ANSI code page MinGW's branch uses;
# otherwise a Chinese folder or file name cannot be written.
dep_libxlsxwriter() {
  sed -i 's/^#undef _WIN32$/\/* _WIN32 kept for MinGW (windows.sh) *\//' src/packager.c src/utility.c
  sed -i '/third_party\/minizip\/zip.c)/{n;s/if(MSVC)/if(WIN32)/}' CMakeLists.txt
  with_cmake -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF
}

# Only src/ and cairo-gobject (GTK needs it): cairo 1.16's plain `make`
# also builds its test suite. cairo turns on _FORTIFY_SOURCE, whose
# checks live in libssp: named as a linker flag, since libtool's own
# dependency check does not recognise it and would build a static cairo.
dep_cairo() {
  # Debian's patches leave configure.ac newer than configure: keep the
  # shipped autotools output instead of regenerating it.
  touch aclocal.m4 && touch configure && find . -name Makefile.in -exec touch {} + &&
    touch config.h.in 2>/dev/null
  (cross_env
   ./configure --host=$host --prefix="$KL_WIN_PREFIX" --disable-static --enable-shared \
     --enable-win32 --enable-win32-font --disable-xlib --disable-xcb --disable-quartz \
     --enable-png --disable-ft --disable-fc --enable-pdf --enable-ps --enable-svg \
     --disable-gtk-doc --disable-trace --disable-interpreter --disable-full-testing \
     --enable-gobject --disable-valgrind --disable-symbol-lookup LIBS=-Wl,-lssp \
     >../configure.log 2>&1 || { tail -30 ../configure.log; exit 1; }
   make -C src -j2 >../make.log 2>&1 || { tail -40 ../make.log; exit 1; }
   make -C src install >>../make.log 2>&1 &&
   make -C util/cairo-gobject -j2 install >>../make.log 2>&1 || { tail -40 ../make.log; exit 1; })
}

dep_pango1.0() {
  with_meson -Dintrospection=disabled -Dgtk_doc=false -Dinstall-tests=false \
    -Dfontconfig=disabled -Dfreetype=disabled -Dcairo=enabled -Dlibthai=disabled \
    -Dxft=disabled -Dsysprof=disabled
}

dep_gdk-pixbuf() {
  with_meson -Dpng=enabled -Djpeg=enabled -Dtiff=disabled -Dbuiltin_loaders=all \
    -Dintrospection=disabled -Dman=false -Dgtk_doc=false -Ddocs=false -Dtests=false \
    -Dinstalled_tests=false -Dgio_sniffing=false -Drelocatable=true
}

dep_graphene() {
  with_meson -Dintrospection=disabled -Dgtk_doc=false -Dtests=false -Dinstalled_tests=false
}

dep_libepoxy() { with_meson -Ddocs=false -Dtests=false -Dglx=no -Degl=no -Dx11=false; }

dep_gtk4() {
  with_meson -Dx11-backend=false -Dwayland-backend=false -Dbroadway-backend=false \
    -Dwin32-backend=true -Dmacos-backend=false -Dmedia-ffmpeg=disabled \
    -Dmedia-gstreamer=disabled -Dprint-cups=disabled -Dvulkan=disabled \
    -Dcloudproviders=disabled -Dsysprof=disabled -Dtracker=disabled -Dcolord=disabled \
    -Dgtk_doc=false -Dman-pages=false -Dintrospection=disabled -Ddemos=false \
    -Dbuild-examples=false -Dbuild-tests=false -Dinstall-tests=false
}

dep_libxml2() {
  with_cmake -DLIBXML2_WITH_PYTHON=OFF -DLIBXML2_WITH_ICONV=OFF -DLIBXML2_WITH_LZMA=OFF \
    -DLIBXML2_WITH_ZLIB=OFF -DLIBXML2_WITH_ICU=OFF -DLIBXML2_WITH_TESTS=OFF \
    -DLIBXML2_WITH_PROGRAMS=OFF
}

# Autotools: Debian 12's CMake crashes in libarchive's ZLIB_WINAPI check.
dep_libarchive() {
  touch aclocal.m4 && touch configure && find . -name Makefile.in -exec touch {} + &&
    touch config.h.in 2>/dev/null
  with_configure --without-openssl --without-xml2 --without-expat --without-lzma \
    --without-zstd --without-bz2lib --without-lz4 --without-libb2 --without-iconv \
    --without-cng --without-nettle --without-mbedtls --disable-bsdtar --disable-bsdcpio \
    --disable-bsdcat --disable-acl --disable-xattr
}

# FreeXL (.xls) is one C file: compiled by hand into libfreexl-1.dll, with
# GLib's iconv and g_fopen () standing in (windows/freexl-win32.h).
dep_freexl() {
  local version
  version=$(sed -n 's/^AC_INIT(FreeXL, *\[\?\([0-9.]*\).*/\1/p' configure.ac)
  mkdir -p _shim
  printf '#include "%s"\n' "$top/build-aux/windows/freexl-win32.h" > _shim/iconv.h
  : > _shim/localcharset.h
  printf '#define VERSION "%s"\n' "$version" > _shim/config.h
  $host-gcc-posix -O2 -g0 -shared -DDLL_EXPORT -I_shim -Iheaders \
    $(PKG_CONFIG_LIBDIR=$KL_WIN_PREFIX/lib/pkgconfig pkg-config --cflags glib-2.0) src/freexl.c \
    -o "$KL_WIN_PREFIX/bin/libfreexl-1.dll" -Wl,--out-implib,"$KL_WIN_PREFIX/lib/libfreexl.dll.a" \
    $(PKG_CONFIG_LIBDIR=$KL_WIN_PREFIX/lib/pkgconfig pkg-config --libs glib-2.0) -lm \
    >../make.log 2>&1 || { tail -30 ../make.log; return 1; }
  cp headers/freexl.h "$KL_WIN_PREFIX/include/"
  printf 'prefix=%s\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: FreeXL\nDescription: .xls (BIFF) reader\nVersion: %s\nLibs: -L${libdir} -lfreexl\nCflags: -I${includedir}\n' \
    "$KL_WIN_PREFIX" "$version" > "$KL_WIN_PREFIX/lib/pkgconfig/freexl.pc"
}

# Builds every library whose stamp is missing, in order.
build_deps() {
  work=$KL_WIN_CACHE/work
  mkdir -p "$work" "$KL_WIN_PREFIX/stamps" "$KL_WIN_PREFIX/lib/pkgconfig" \
    "$KL_WIN_PREFIX/bin" "$KL_WIN_PREFIX/include"
  write_toolchains
  local pkg start
  for pkg in "${deps_order[@]}"; do
    dep_built "$pkg" && continue
    start=$(date +%s)
    echo "windows.sh: building $pkg"
    fetch_source "$pkg"
    if ! (cd "$work/$pkg" && "dep_$pkg"); then
      echo "windows.sh: $pkg failed (logs in $work)" >&2
      return 1
    fi
    echo "$(cat "$work/$pkg.version") $(( $(date +%s) - start ))s${dep_revision[$pkg]:+ rev ${dep_revision[$pkg]}}" \
      > "$KL_WIN_PREFIX/stamps/$pkg"
    echo "windows.sh: $pkg done in $(( $(date +%s) - start ))s"
    rm -rf "$work/$pkg"
  done
}
