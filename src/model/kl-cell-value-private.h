/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kl-cell-value.h"

G_BEGIN_DECLS

/* How much of the user's text an error message quotes, in characters. */
#define KL_QUOTE_MAX 40

/* User text cut short for a message.  Returned by value, its array lives
 * until the end of the statement that called _kl_cell_quote (), which is
 * all a message needs: fail (…, _kl_cell_quote (text).s). */
typedef struct
{
  char s[KL_QUOTE_MAX * 4 + sizeof "…"];
} KlQuote;

KlQuote  _kl_cell_quote        (const char  *text);
/* Sets a KL_CELL_ERROR and returns FALSE, so a failing check is one line. */
gboolean _kl_cell_fail         (GError     **error,
                                KlCellError  code,
                                const char  *format,
                                ...) G_GNUC_PRINTF (3, 4);
gboolean _kl_cell_check_utf8   (const char  *text,
                                GError     **error);
/* Full-width forms to ASCII, odd spaces to ' ', stripped.  Valid UTF-8 in. */
char    *_kl_cell_normalize    (const char  *text);
/* One number in normalised, stripped text; @text is quoted in messages. */
gboolean _kl_cell_parse_number (const char  *text,
                                double      *out,
                                GError     **error);

G_END_DECLS
