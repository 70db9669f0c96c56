/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "kl-workbook-private.h"

/* Old .xls files (BIFF, which WPS and older Excel still save) through
 * FreeXL: a small C library in Debian that reads BIFF5/BIFF8 workbooks
 * read-only and knows their dates.  It does not give sheet visibility,
 * merged ranges or the writing program, so an .xls workbook has none of
 * them (sheets read as visible, writer unknown). */

#ifdef HAVE_FREEXL
#include <freexl.h>

typedef const void FreexlHandle;

static void
handle_close (FreexlHandle *handle)
{
  if (handle != NULL)
    freexl_close (handle);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FreexlHandle, handle_close)

static void
set_damaged (GError **error, int code)
{
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
               _("This .xls file is damaged or cannot be read (FreeXL error %d)."), code);
}

/* A cell of FreeXL made ours, or NULL for an empty one. */
static KlBookCell *
convert_cell (guint32 row, guint32 col, const FreeXL_CellValue *value)
{
  KlBookCell *cell = _kl_book_cell_new (row, col, KL_BOOK_CELL_NUMBER);

  switch (value->type)
    {
    case FREEXL_CELL_INT:
      cell->number = value->value.int_value;
      return cell;
    case FREEXL_CELL_DOUBLE:
      cell->number = value->value.double_value;
      return cell;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
      cell->kind = KL_BOOK_CELL_TEXT;
      cell->text = g_strdup (value->value.text_value ? value->value.text_value : "");
      return cell;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
      cell->number = _kl_book_parse_date_text (value->value.text_value);
      cell->text = _kl_book_date_text (cell->number);
      cell->kind = cell->text != NULL ? KL_BOOK_CELL_DATE : KL_BOOK_CELL_TEXT;
      if (cell->text == NULL)
        cell->text = g_strdup (value->value.text_value ? value->value.text_value : "");
      return cell;
    case FREEXL_CELL_TIME:
      cell->number = _kl_book_parse_date_text (value->value.text_value);
      return cell;
    default:
      _kl_book_cell_free (cell);
      return NULL;
    }
}

static gboolean
read_sheet (FreexlHandle *handle, unsigned short index, KlWorkbook *book,
            guint64 *count, GError **error)
{
  const char *name = NULL;
  unsigned int rows = 0;
  unsigned short cols = 0;
  int r;

  if ((r = freexl_get_worksheet_name (handle, index, &name)) != FREEXL_OK
      || (r = freexl_select_active_worksheet (handle, index)) != FREEXL_OK
      || (r = freexl_worksheet_dimensions (handle, &rows, &cols)) != FREEXL_OK)
    {
      set_damaged (error, r);
      return FALSE;
    }
  KlBookSheet *sheet = _kl_book_sheet_new (name, FALSE);
  g_ptr_array_add (book->sheets, sheet);
  if (!_kl_book_check_cells ((guint64) rows * cols, error))
    return FALSE;
  for (guint32 row = 0; row < rows; row++)
    for (guint32 col = 0; col < cols; col++)
      {
        FreeXL_CellValue value;
        KlBookCell *cell;
        if ((r = freexl_get_cell_value (handle, row, (unsigned short) col, &value)) != FREEXL_OK)
          {
            set_damaged (error, r);
            return FALSE;
          }
        if ((cell = convert_cell (row, col, &value)) == NULL)
          continue;
        g_ptr_array_add (sheet->cells, cell);
        if (!_kl_book_check_cells (++*count, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
read_sheets (FreexlHandle *handle, KlWorkbook *book, GError **error)
{
  unsigned int sheets = 0, mode = 0, password = 0;
  guint64 count = 0;
  int r;

  if ((r = freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &password)) != FREEXL_OK
      || (r = freexl_get_info (handle, FREEXL_BIFF_DATEMODE, &mode)) != FREEXL_OK
      || (r = freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &sheets)) != FREEXL_OK)
    {
      set_damaged (error, r);
      return FALSE;
    }
  if (password == FREEXL_BIFF_OBFUSCATED)
    {
      g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED,
                           _("This .xls file is protected by a password: "
                             "save it without one and collect it again."));
      return FALSE;
    }
  book->date1904 = mode == FREEXL_BIFF_DATEMODE_1904;
  for (unsigned int i = 0; i < sheets && i <= G_MAXUINT16; i++)
    if (!read_sheet (handle, (unsigned short) i, book, &count, error))
      return FALSE;
  return TRUE;
}

KlWorkbook *
_kl_workbook_read_xls (const char *path, GError **error)
{
  g_autoptr(FreexlHandle) handle = NULL;
  g_autoptr(KlWorkbook) book = _kl_workbook_new (KL_BOOK_FORMAT_XLS);
  int r = freexl_open (path, &handle);

  if (r != FREEXL_OK)
    {
      set_damaged (error, r);
      return NULL;
    }
  if (!read_sheets (handle, book, error))
    return NULL;
  return g_steal_pointer (&book);
}

#else

KlWorkbook *
_kl_workbook_read_xls (const char *path, GError **error)
{
  g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED,
                       _("This build cannot read old .xls files: "
                         "save the file as .xlsx and collect it again."));
  return NULL;
}

#endif
