/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tab-separated text as spreadsheets (Excel, WPS, LibreOffice) put it on
 * the clipboard: rows end in \n, \r\n or \r, the last line ending is
 * optional, a cell in double quotes may hold tabs, line ends and "" for a
 * quote.  Rows come back as GStrv, padded to the same width. */
GPtrArray *kl_tsv_parse  (const char *text,
                          guint      *n_columns);
/* The reverse: quotes cells that need it, ends every row with \n. */
char      *kl_tsv_format (GPtrArray  *rows);

G_END_DECLS
