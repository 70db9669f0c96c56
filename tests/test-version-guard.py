#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The version guard (meson.build, HACKING.md) on the GTK this is built with:
a call newer than GTK 4.8 outside a guarded file warns; inside a file that
raises the allowed version to 4.10 for itself, a 4.10 call compiles clean
and a 4.12 call still warns.

usage: test-version-guard.py CC... -- GUARD-ARGS..."""
import os
import subprocess
import sys
import tempfile

argv = sys.argv[1:]
split = argv.index('--')
cc, guard = argv[:split], argv[split + 1:]
cflags = subprocess.run(['pkg-config', '--cflags', 'gtk4'], check=True,
                        capture_output=True, text=True).stdout.split()
gtk_version = subprocess.run(['pkg-config', '--modversion', 'gtk4'], check=True,
                             capture_output=True, text=True).stdout.strip()
gtk_minor = int(gtk_version.split('.')[1])

RAISE_4_10 = '''#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED G_ENCODE_VERSION (4, 10)
'''
GET_COLOR = '''#include <gtk/gtk.h>
void f (GtkWidget *w, GdkRGBA *c);
void f (GtkWidget *w, GdkRGBA *c) { %s gtk_widget_get_color (w, c); %s }
'''
SCROLL_TO = '''#include <gtk/gtk.h>
void f (GtkColumnView *v);
void f (GtkColumnView *v) {
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_column_view_scroll_to (v, 0, NULL, GTK_LIST_SCROLL_NONE, NULL);
#endif
}
'''


def compile_c(source):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'guard.c')
        with open(path, 'w') as f:
            f.write(source)
        run = subprocess.run(cc + guard + cflags +
                             ['-Wall', '-Werror=deprecated-declarations',
                              '-Werror=implicit-function-declaration',
                              '-c', path, '-o', os.path.join(tmp, 'guard.o')],
                             capture_output=True, text=True)
        return run.returncode, run.stderr


failures = 0


def check(what, ok, detail=''):
    global failures
    print(('ok     ' if ok else 'FAILED ') + what)
    if not ok:
        failures += 1
        print(detail)


print(f'GTK {gtk_version}')
status, err = compile_c(GET_COLOR % ('', ''))
check('gtk_widget_get_color outside a guarded file is refused',
      status != 0 and ('Not available before 4.10' in err or 'implicit declaration' in err),
      err)
status, err = compile_c(RAISE_4_10 + GET_COLOR % ('\n#if GTK_CHECK_VERSION (4, 10, 0)\n',
                                                   '\n#endif\n'))
check('gtk_widget_get_color in a file raised to 4.10 compiles clean', status == 0, err)
if gtk_minor >= 12:
    status, err = compile_c(RAISE_4_10 + SCROLL_TO)
    check('a 4.12 call in a file raised to 4.10 is refused',
          status != 0 and 'Not available before 4.12' in err, err)
else:
    print('skip   a 4.12 call in a file raised to 4.10 (GTK older than 4.12)')
sys.exit(1 if failures else 0)
