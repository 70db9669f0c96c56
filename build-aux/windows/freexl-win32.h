/* Stands in for <iconv.h> when build-aux/windows/deps.sh compiles FreeXL
 * for Windows, where MinGW has no iconv: GLib's g_iconv (), which on
 * Windows is GLib's own win_iconv over the system's code pages (CP936,
 * UTF-16LE, ...).  fopen () becomes g_fopen (), so a UTF-8 file name
 * with Chinese characters opens whatever the ANSI code page is. */
#ifndef KL_FREEXL_WIN32_H
#define KL_FREEXL_WIN32_H

#include <stdio.h>
#include <glib.h>
#include <glib/gstdio.h>

typedef GIConv iconv_t;
#define iconv_open(to, from) g_iconv_open ((to), (from))
#define iconv(cd, in, in_left, out, out_left) g_iconv ((cd), (in), (in_left), (out), (out_left))
#define iconv_close(cd) g_iconv_close (cd)
#define fopen(path, mode) g_fopen ((path), (mode))

#endif
