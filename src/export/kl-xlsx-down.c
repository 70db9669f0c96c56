/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-export-private.h"

/* A cell merged down over a block of rows, written as the rows go by so
 * that it works in constant-memory mode too: its value goes into the
 * block's first row, each later row gets a formatted blank, every row
 * its share of the cell's lines (so the block is tall enough for the
 * text), and the merge is declared in the block's last row.  There
 * libxlsxwriter only records the range: its writes to the rows already
 * streamed out are dropped (in memory, they land on cells that already
 * hold the same value and format). */

/* A box of rows × columns; its text wraps in the columns' joint width. */
void
_kl_down_start_box (KlSheet *s, KlDown *down, lxw_row_t first, guint rows,
                    lxw_col_t first_col, lxw_col_t last_col, const char *text,
                    lxw_format *format)
{
  guint lines = text != NULL ? _kl_sheet_box_lines (s, first_col, last_col, text) : 1;

  rows = MAX (rows, 1);
  *down = (KlDown) { first, first + rows - 1, first_col, last_col, text, 0, FALSE, format,
                     (lines + rows - 1) / rows };
}

void
_kl_down_start (KlSheet *s, KlDown *down, lxw_row_t first, guint rows, lxw_col_t col,
                const char *text, lxw_format *format)
{
  _kl_down_start_box (s, down, first, rows, col, col, text, format);
}

void
_kl_down_start_number (KlSheet *s, KlDown *down, lxw_row_t first, guint rows,
                       lxw_col_t col, double number, lxw_format *format)
{
  _kl_down_start (s, down, first, rows, col, NULL, format);
  down->number = number;
  down->is_number = TRUE;
}

static void
write_value (KlSheet *s, KlDown *down)
{
  if (down->is_number)
    _kl_xlsx_note (s->x, worksheet_write_number (s->ws, down->first, down->col, down->number,
                                                 down->format));
  else if (down->text != NULL && *down->text != '\0')
    _kl_xlsx_note (s->x, worksheet_write_string (s->ws, down->first, down->col, down->text,
                                                 down->format));
  else
    _kl_xlsx_note (s->x, worksheet_write_blank (s->ws, down->first, down->col, down->format));
}

/* Call for every row of the block, in order, before the row's other cells
 * or after them (the row must still be the one being written). */
void
_kl_down_row (KlSheet *s, KlDown *down, lxw_row_t row)
{
  if (row < down->first || row > down->last)
    return;
  _kl_sheet_min_lines (s, row, down->lines_each);
  for (lxw_col_t c = down->col; c <= down->last_col; c++)
    if (row == down->first && c == down->col)
      write_value (s, down);
    else
      _kl_xlsx_note (s->x, worksheet_write_blank (s->ws, row, c, down->format));
  if (row != down->last || (down->last == down->first && down->last_col == down->col))
    return;
  worksheet_merge_range (s->ws, down->first, down->col, down->last, down->last_col,
                         down->text ? down->text : "", down->format);
  /* In memory the merge wrote its text over the first cell: a number
   * goes back. */
  if (!s->x->streaming && down->is_number)
    write_value (s, down);
}
