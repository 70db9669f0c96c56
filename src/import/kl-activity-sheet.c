/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "import/kl-activity-sheet.h"
#include "import/kl-workbook.h"
#include "import/kl-workbook-private.h"

/* Reading a returned 活动登记表 (kl-activity-sheet.h) through the
 * spreadsheet reader the collect dialog uses: .xlsx from Excel, WPS or
 * LibreOffice, or .xls through FreeXL. */

static KlBookSheet *
find_sheet (KlWorkbook *book)
{
  KlBookSheet *sheet = kl_workbook_find_sheet (book, KL_ACTIVITY_SHEET_NAME);

  for (guint i = 0; sheet == NULL && i < book->sheets->len; i++)
    if (!((KlBookSheet *) book->sheets->pdata[i])->hidden)
      sheet = book->sheets->pdata[i];
  return sheet;
}

/* The row after the header (first cell 日期), or G_MAXUINT32. */
static guint32
find_body (KlBookSheet *sheet)
{
  for (guint i = 0; i < sheet->cells->len; i++)
    {
      KlBookCell *cell = g_ptr_array_index (sheet->cells, i);

      if (cell->col == 0 && cell->kind == KL_BOOK_CELL_TEXT && cell->text != NULL &&
          g_str_equal (g_strstrip (cell->text), "日期"))
        return cell->row + 1;
    }
  return G_MAXUINT32;
}

/* A date typed as a date, as text, or a bare serial. */
static char *
date_text (const KlBookCell *cell)
{
  if (cell->kind == KL_BOOK_CELL_DATE && cell->text != NULL)
    return g_strndup (cell->text, 10);
  if (cell->kind == KL_BOOK_CELL_NUMBER)
    {
      g_autofree char *text = _kl_book_date_text (cell->number);
      if (text != NULL)
        return g_strndup (text, 10);
    }
  return kl_book_cell_text (cell);
}

static GStrv
read_row (KlBookSheet *sheet, guint32 row)
{
  GStrv cells = g_new0 (char *, KL_ACTIVITY_SHEET_COLUMNS + 1);

  for (guint32 c = 0; c < KL_ACTIVITY_SHEET_COLUMNS; c++)
    {
      const KlBookCell *cell = kl_book_sheet_cell (sheet, row, c);
      char *text = cell == NULL ? NULL : c == 0 ? date_text (cell) : kl_book_cell_text (cell);

      cells[c] = g_strstrip (text ? text : g_strdup (""));
    }
  return cells;
}

GPtrArray *
kl_activity_sheet_read (const char *path, GArray **lines, GError **error)
{
  g_autoptr(KlWorkbook) book = kl_workbook_read_file (path, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  KlBookSheet *sheet;
  guint32 body, last = 0;

  if (book == NULL)
    return NULL;
  sheet = find_sheet (book);
  body = sheet ? find_body (sheet) : G_MAXUINT32;
  if (body == G_MAXUINT32)
    {
      g_autofree char *name = g_path_get_basename (path);
      g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED,
                   _("“%s” is not an activity sign-up sheet (no header row starting with 日期)"),
                   name);
      return NULL;
    }
  for (guint i = 0; i < sheet->cells->len; i++)
    last = MAX (last, ((KlBookCell *) sheet->cells->pdata[i])->row);
  for (guint32 row = body; row <= last; row++)
    {
      GStrv cells = read_row (sheet, row);
      guint line = row + 1;

      if (*cells[0] == '\0' && *cells[3] == '\0')
        {
          g_strfreev (cells);
          continue;
        }
      g_ptr_array_add (rows, cells);
      g_array_append_val (numbers, line);
    }
  *lines = g_steal_pointer (&numbers);
  return g_steal_pointer (&rows);
}
