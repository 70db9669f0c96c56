/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "import/kl-workbook.h"
#include "import/kl-package-private.h"

G_BEGIN_DECLS

/* Helpers of the spreadsheet reader (kl-workbook.c). */

/* Excel's limits: a reference beyond them is damage. */
#define KL_BOOK_MAX_ROWS 1048576u
#define KL_BOOK_MAX_COLS 16384u

KlWorkbook  *_kl_workbook_new         (KlBookFormat   format);
KlBookSheet *_kl_book_sheet_new       (const char    *name,
                                       gboolean       hidden);
KlBookCell  *_kl_book_cell_new        (guint32        row,
                                       guint32        col,
                                       KlBookCellKind kind);
void         _kl_book_cell_free       (KlBookCell    *cell);
/* Sorts the cells by row then column; FALSE (DAMAGED) when one cell
 * appears twice. */
gboolean     _kl_book_sheet_finish    (KlBookSheet   *sheet,
                                       GError       **error);
/* TOO_LARGE when @count cells are more than KL_BOOK_MAX_CELLS. */
gboolean     _kl_book_check_cells     (guint64        count,
                                       GError       **error);
/* Parses "A1:B2" (or "A1"). */
gboolean     _kl_book_parse_range     (const char    *ref,
                                       KlBookRange   *range);

/* kl-workbook-date.c: serials of the 1900 system. */
/* "YYYY-MM-DD[ HH:MM:SS]", or NULL outside 1900-01-01 … 9999-12-31. */
char        *_kl_book_date_text       (double         serial);
/* The serial of a date and time, or -1 when invalid. */
double       _kl_book_date_serial     (int            year,
                                       int            month,
                                       int            day,
                                       int            hour,
                                       int            minute,
                                       double         second);
/* Makes @cell (a number) a DATE when its serial is a date; @date1904
 * serials are converted first. */
void         _kl_book_cell_set_date   (KlBookCell    *cell,
                                       gboolean       date1904);
/* Parses "YYYY-MM-DD[ T]HH:MM:SS" (or the date alone, or the time
 * alone) into a serial; -1 when it is none of these. */
double       _kl_book_parse_date_text (const char    *text);

/* kl-workbook-xlsx.c */
KlWorkbook  *_kl_workbook_read_xlsx   (const char    *data,
                                       gsize          len,
                                       GError       **error);

/* kl-workbook-xlsx-styles.c: which cell styles (xf indexes) are dates. */
GArray      *_kl_xlsx_date_styles     (xmlDoc        *styles);
gboolean     _kl_xlsx_format_is_date  (const char    *code);
/* The text of a <si> or an inline <is>: rich-text runs joined, phonetic
 * runs skipped. */
char        *_kl_xlsx_string_item     (xmlNode       *item);
/* The shared strings, streamed. */
GPtrArray   *_kl_xlsx_shared_strings  (GBytes        *sst,
                                       GError       **error);

/* kl-workbook-xlsx-sheet.c: the cells and merged ranges of one sheet
 * part.  @cells counts the cells read so far in the workbook. */
typedef struct
{
  GPtrArray *shared;      /* char * */
  GArray    *date_styles; /* gboolean by xf index */
  gboolean   date1904;
  guint64    cells;
} KlXlsxContext;

gboolean     _kl_xlsx_read_sheet      (KlXlsxContext *ctx,
                                       GBytes        *xml,
                                       const char    *part,
                                       KlBookSheet   *sheet,
                                       GError       **error);

/* kl-workbook-xls.c: .xls through FreeXL (NOT_SUPPORTED without it). */
KlWorkbook  *_kl_workbook_read_xls    (const char    *path,
                                       GError       **error);

G_END_DECLS
