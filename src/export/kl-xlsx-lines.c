/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "export/kl-export-private.h"

/* Row heights.  Excel and LibreOffice size a row to its wrapped text only
 * sometimes (never for merged cells, and not for every file they open), so
 * the sheet sets heights itself:
 *  - every report sets its column bounds (or fixed widths) before its
 *    rows, so a text knows the widest its column can get: text wider than
 *    that wraps in a column of exactly that width, narrower text fits on
 *    one line.  Each text counts its lines; the row's height is set before
 *    the next row starts, while the row is still open even in
 *    constant-memory mode (libxlsxwriter writes a row out only when a
 *    later row is touched);
 *  - text merged across columns counts its lines in the width its columns
 *    have when it is written, which they can only exceed; a cell merged
 *    down over a block of rows asks each of them for its share of its
 *    lines (kl-xlsx-down.c). */

#define LINE_HEIGHT 14.5   /* points per line of 11 pt text */
#define ROW_PADDING  3.0
#define PAD          2.0   /* as the column padding of kl-xlsx-sheet.c */
#define GLYPH_SLACK  1.08  /* a CJK glyph prints a little wider than two digits */

static double
height_of (guint lines)
{
  return lines * LINE_HEIGHT + ROW_PADDING;
}

static guint
lines_in (double text_width, double room)
{
  if (text_width <= room)
    return 1;
  return (guint) MAX (1, ceil (text_width * GLYPH_SLACK / MAX (room, 1)));
}

/* How many lines @text takes in column @col at its widest. */
guint
_kl_sheet_lines (KlSheet *s, lxw_col_t col, const char *text)
{
  return lines_in (_kl_text_width (text), _kl_sheet_max_width (s, col) - PAD);
}

/* Lines of @text in columns @first_col … @last_col merged.  A column only
 * grows as rows are written, so its width now is the least it will have:
 * the count never falls short (fixed columns give it exactly). */
guint
_kl_sheet_box_lines (KlSheet *s, lxw_col_t first_col, lxw_col_t last_col, const char *text)
{
  double room = -PAD;

  for (lxw_col_t c = first_col; c <= last_col; c++)
    room += _kl_sheet_width (s, c);
  return lines_in (_kl_text_width (text), room);
}

void
_kl_sheet_span_lines (KlSheet *s, lxw_row_t row, lxw_col_t first_col, lxw_col_t last_col,
                      const char *text)
{
  _kl_sheet_min_lines (s, row, _kl_sheet_box_lines (s, first_col, last_col, text));
}

/* The row being written needs at least @lines lines. */
void
_kl_sheet_min_lines (KlSheet *s, lxw_row_t row, guint lines)
{
  _kl_sheet_enter_row (s, row);
  s->line_count = MAX (s->line_count, lines);
}

void
_kl_sheet_fixed (KlSheet *s, lxw_col_t col, double width)
{
  KlColumnWidth *w = _kl_sheet_column (s, col);

  w->min = w->max = width;
  w->fixed = TRUE;
}

void
_kl_sheet_flush_row (KlSheet *s)
{
  lxw_row_col_options opts = { .level = s->line_level };

  if (s->line_count > 1 || s->line_level > 0)
    _kl_xlsx_note (s->x, worksheet_set_row_opt (s->ws, s->line_row,
                                                s->line_count > 1 ? height_of (s->line_count)
                                                : LXW_DEF_ROW_HEIGHT, NULL, &opts));
  s->line_count = 0;
  s->line_level = 0;
}

/* Every write calls this first: leaving a row settles its height. */
void
_kl_sheet_enter_row (KlSheet *s, lxw_row_t row)
{
  if (row == s->line_row)
    return;
  _kl_sheet_flush_row (s);
  s->line_row = row;
}

void
_kl_sheet_row_level (KlSheet *s, lxw_row_t row, uint8_t level)
{
  _kl_sheet_enter_row (s, row);
  s->line_level = level;
}

/* A text of @width cells written in (@row, @col). */
void
_kl_sheet_wrap (KlSheet *s, lxw_row_t row, lxw_col_t col, double width)
{
  if (row == s->line_row)
    s->line_count = MAX (s->line_count, lines_in (width, _kl_sheet_max_width (s, col) - PAD));
}
