/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>


#include "export/kl-export-private.h"
#include "model/kl-report-words.h"

/* One worksheet: writes that record the first error, column widths
 * measured from the text written (a CJK character counts as two cells,
 * as it prints twice as wide as a digit), and the page setup of a
 * government form. */

#define WIDTH_MIN     4.0
#define WIDTH_MAX    40.0
#define WIDTH_PAD     2.0
#define TITLE_HEIGHT 32.0
#define A4_PAPER      9
#define CELL_MAX  32767     /* characters Excel holds in one cell */

double
_kl_text_width (const char *text)
{
  double widest = 0, line = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n')
        {
          widest = MAX (widest, line);
          line = 0;
        }
      else
        line += g_unichar_iswide (c) ? 2 : 1;
    }
  return MAX (widest, line);
}

KlSheet *
_kl_sheet_new (KlXlsx *x, const char *name)
{
  KlSheet *s = g_new0 (KlSheet, 1);

  s->x = x;
  s->ws = workbook_add_worksheet (x->book, name);
  s->widths = g_array_new (FALSE, TRUE, sizeof (KlColumnWidth));
  if (s->ws == NULL)
    {
      _kl_xlsx_note (x, LXW_ERROR_MEMORY_MALLOC_FAILED);
      g_clear_pointer (&s, _kl_sheet_free);
    }
  return s;
}

void
_kl_sheet_free (KlSheet *s)
{
  g_array_unref (s->widths);
  g_free (s);
}

KlColumnWidth *
_kl_sheet_column (KlSheet *s, lxw_col_t col)
{
  if (col >= s->widths->len)
    g_array_set_size (s->widths, col + 1);
  return &g_array_index (s->widths, KlColumnWidth, col);
}

void
_kl_sheet_bounds (KlSheet *s, lxw_col_t col, double min, double max)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);

  w->min = min;
  w->max = max;
}

/* Hidden columns keep their width: people who unhide them can read. */
void
_kl_sheet_hide (KlSheet *s, lxw_col_t first_col, lxw_col_t last_col)
{
  for (lxw_col_t c = first_col; c <= last_col; c++)
    _kl_sheet_column (s, c)->hidden = TRUE;
}

/* Returns the width, for the row height. */
static double
measure (KlSheet *s, lxw_col_t col, const char *text)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);
  double width = _kl_text_width (text);

  w->measured = MAX (w->measured, width);
  return width;
}

/* Digits counted, not printed: this runs per cell (rates are fractions).
 * Up to three decimals add their digits and the point; more show as
 * General does, in at most 11 characters. */
static void
measure_number (KlSheet *s, lxw_col_t col, double value)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);
  double a = fabs (value), scaled = a, width = 1, decimals = 0;

  for (; decimals < 4 && scaled != floor (scaled); decimals++)
    scaled *= 10;
  if (a < 1e15)
    for (guint64 n = (guint64) a; n >= 10; n /= 10)
      width++;
  else
    width = 11;
  width = decimals == 0 ? width : decimals < 4 ? width + 1 + decimals : 11;
  w->measured = MAX (w->measured, MIN (width, 11) + (value < 0));
}

double
_kl_sheet_width (KlSheet *s, lxw_col_t col)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);
  double min = w->min > 0 ? w->min : WIDTH_MIN;
  double max = w->max > 0 ? w->max : WIDTH_MAX;

  return CLAMP (w->measured + WIDTH_PAD, min, max);
}

/* The widest column @col can get: wrapped text fills exactly this. */
double
_kl_sheet_max_width (KlSheet *s, lxw_col_t col)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);

  return w->max > 0 ? w->max : WIDTH_MAX;
}

void
_kl_sheet_apply_widths (KlSheet *s)
{
  for (guint col = 0; col < s->widths->len; col++)
    {
      lxw_row_col_options opts = { .hidden = _kl_sheet_column (s, col)->hidden };
      _kl_xlsx_note (s->x, worksheet_set_column_opt (s->ws, col, col, _kl_sheet_width (s, col),
                                                     NULL, &opts));
    }
  _kl_sheet_flush_row (s);
}

/* Excel holds at most 32,767 characters in a cell: longer text (a pasted
 * report in a note) is cut rather than failing the whole export. */
static char *
fit_cell (const char *text)
{
  if (strlen (text) <= CELL_MAX || g_utf8_strlen (text, -1) <= CELL_MAX)
    return NULL;
  return g_utf8_substring (text, 0, CELL_MAX);
}

void
_kl_sheet_text (KlSheet *s, lxw_row_t row, lxw_col_t col, const char *text,
                lxw_format *format)
{
  g_autofree char *cut = NULL;

  if (text == NULL || *text == '\0')
    {
      _kl_sheet_blank (s, row, col, format);
      return;
    }
  if ((cut = fit_cell (text)) != NULL)
    text = cut;
  _kl_sheet_enter_row (s, row);
  _kl_sheet_wrap (s, row, col, measure (s, col, text));
  _kl_xlsx_note (s->x, worksheet_write_string (s->ws, row, col, text, format));
}

void
_kl_sheet_number (KlSheet *s, lxw_row_t row, lxw_col_t col, double value,
                  lxw_format *format)
{
  _kl_sheet_enter_row (s, row);
  measure_number (s, col, value);
  _kl_xlsx_note (s->x, worksheet_write_number (s->ws, row, col, value, format));
}

void
_kl_sheet_blank (KlSheet *s, lxw_row_t row, lxw_col_t col, lxw_format *format)
{
  _kl_sheet_enter_row (s, row);
  _kl_xlsx_note (s->x, worksheet_write_blank (s->ws, row, col, format));
}

/* Formulas carry their computed value, so readers that do not
 * recalculate (viewers, openpyxl, some mail previews) show numbers. */
void
_kl_sheet_formula (KlSheet *s, lxw_row_t row, lxw_col_t col, const char *formula,
                   double value, lxw_format *format)
{
  _kl_sheet_enter_row (s, row);
  measure_number (s, col, value);
  _kl_xlsx_note (s->x, worksheet_write_formula_num (s->ws, row, col, formula, format, value));
}

void
_kl_sheet_formula_text (KlSheet *s, lxw_row_t row, lxw_col_t col,
                        const char *formula, const char *value, lxw_format *format)
{
  _kl_sheet_enter_row (s, row);
  measure (s, col, value);
  _kl_xlsx_note (s->x, worksheet_write_formula_str (s->ws, row, col, formula, format, value));
}

/* Text merged across the columns of one row.  It is not measured: it has
 * the width of the whole range.  (Down over rows: kl-xlsx-down.c.) */
void
_kl_sheet_merge (KlSheet *s, lxw_row_t row, lxw_col_t first_col, lxw_col_t last_col,
                 const char *text, lxw_format *format)
{
  if (first_col == last_col)
    {
      _kl_sheet_text (s, row, first_col, text, format);
      return;
    }
  _kl_sheet_enter_row (s, row);
  if (text != NULL)
    _kl_sheet_span_lines (s, row, first_col, last_col, text);
  _kl_xlsx_note (s->x, worksheet_merge_range (s->ws, row, first_col, row, last_col,
                                              text ? text : "", format));
}

void
_kl_sheet_comment (KlSheet *s, lxw_row_t row, lxw_col_t col, const char *text)
{
  lxw_comment_options opts = { .x_scale = 2, .y_scale = 1.5 };
  g_autofree char *cut = text ? fit_cell (text) : NULL;

  if (cut != NULL)
    text = cut;
  if (text != NULL && *text != '\0')
    _kl_xlsx_note (s->x, worksheet_write_comment_opt (s->ws, row, col, text, &opts));
}

/* Row 0: the title across the table; row 1: @subtitle when given.
 * Returns the first free row. */
lxw_row_t
_kl_sheet_title (KlSheet *s, lxw_col_t last_col, const char *title, const char *subtitle)
{
  /* Straight to libxlsxwriter: a title is not fitted to body lines. */
  _kl_xlsx_note (s->x, worksheet_set_row (s->ws, 0, TITLE_HEIGHT, NULL));
  _kl_xlsx_note (s->x, worksheet_merge_range (s->ws, 0, 0, 0, MAX (last_col, 1), title,
                                              s->x->f.title));
  if (subtitle == NULL)
    return 1;
  _kl_sheet_merge (s, 1, 0, last_col, subtitle, s->x->f.subtitle);
  return 2;
}

/* A4 landscape, one page wide, the header rows on every page, the plan's
 * title in the page header, 第 N 页，共 M 页 in the footer, panes frozen
 * below the header and right of @freeze_col columns. */
void
_kl_sheet_page (KlSheet *s, lxw_row_t header_first, lxw_row_t header_last,
                lxw_col_t freeze_col)
{
  lxw_worksheet *ws = s->ws;

  worksheet_set_paper (ws, A4_PAPER);
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.6);
  worksheet_center_horizontally (ws);
  worksheet_freeze_panes (ws, header_last + 1, freeze_col);
  _kl_xlsx_note (s->x, worksheet_repeat_rows (ws, header_first, header_last));
  _kl_xlsx_note (s->x, worksheet_set_footer (ws, KL_W_FOOTER));
  if (s->x->page_header != NULL)
    _kl_xlsx_note (s->x, worksheet_set_header (ws, s->x->page_header));
}

/* "G5" into @out (LXW_MAX_CELL_NAME_LENGTH), without printf: the rate
 * formulas of a big report build 60,000 of these.  Returns the end. */
static char *
put_cell (char *out, lxw_row_t row, lxw_col_t col)
{
  char rev[16];
  int n = 0;

  for (guint32 c = (guint32) col + 1; c > 0; c = (c - 1) / 26)
    rev[n++] = (char) ('A' + (c - 1) % 26);
  while (n > 0)
    *out++ = rev[--n];
  for (guint32 r = row + 1; r > 0; r /= 10)
    rev[n++] = (char) ('0' + r % 10);
  while (n > 0)
    *out++ = rev[--n];
  return out;
}

static char *
put_text (char *out, const char *text)
{
  gsize len = strlen (text);

  memcpy (out, text, len);
  return out + len;
}

/* 完成率 in (@row, @col): =IF(G5="","",IFERROR(G5/E5,"")) of the figure
 * in @done_col over the one in @of_col — no figure yet is not 0 % —
 * with its value, or "" when @has_rate is FALSE. */
void
_kl_sheet_rate (KlSheet *s, lxw_row_t row, lxw_col_t col, lxw_col_t done_col,
                lxw_col_t of_col, gboolean has_rate, double rate, lxw_format *format)
{
  char done[LXW_MAX_CELL_NAME_LENGTH], of[LXW_MAX_CELL_NAME_LENGTH], formula[96], *p = formula;

  *put_cell (done, row, done_col) = '\0';
  *put_cell (of, row, of_col) = '\0';
  p = put_text (put_text (put_text (p, "=IF("), done), "=\"\",\"\",IFERROR(");
  p = put_text (put_text (put_text (put_text (p, done), "/"), of), ",\"\"))");
  *p = '\0';
  if (has_rate)
    _kl_sheet_formula (s, row, col, formula, rate, format);
  else
    _kl_sheet_formula_text (s, row, col, formula, "", format);
}

char *
_kl_cell_name (lxw_row_t row, lxw_col_t col)
{
  char buf[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (buf, row, col);
  return g_strdup (buf);
}

char *
_kl_column_name (lxw_col_t col)
{
  char buf[LXW_MAX_COL_NAME_LENGTH];

  lxw_col_to_name (buf, col, LXW_FALSE);
  return g_strdup (buf);
}
