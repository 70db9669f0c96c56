/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include "kl-workbook-private.h"

/* The spreadsheet reader's front: the format told by the content, and
 * the plain data (cells, refs) shared by the .xlsx and .xls readers. */

static const guint8 OLE2_MAGIC[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

KlBookCell *
_kl_book_cell_new (guint32 row, guint32 col, KlBookCellKind kind)
{
  KlBookCell *cell = g_new0 (KlBookCell, 1);

  cell->row = row;
  cell->col = col;
  cell->kind = kind;
  return cell;
}

void
_kl_book_cell_free (KlBookCell *cell)
{
  if (cell == NULL)
    return;
  g_free (cell->text);
  g_free (cell);
}

KlBookSheet *
_kl_book_sheet_new (const char *name, gboolean hidden)
{
  KlBookSheet *sheet = g_new0 (KlBookSheet, 1);

  sheet->name = g_strdup (name != NULL ? name : "");
  sheet->hidden = hidden;
  sheet->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) _kl_book_cell_free);
  sheet->merged = g_array_new (FALSE, FALSE, sizeof (KlBookRange));
  return sheet;
}

static void
sheet_free (KlBookSheet *sheet)
{
  g_free (sheet->name);
  g_ptr_array_unref (sheet->cells);
  g_array_unref (sheet->merged);
  g_free (sheet);
}

KlWorkbook *
_kl_workbook_new (KlBookFormat format)
{
  KlWorkbook *book = g_new0 (KlWorkbook, 1);

  book->format = format;
  book->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  return book;
}

void
kl_workbook_free (KlWorkbook *book)
{
  if (book == NULL)
    return;
  g_free (book->application);
  g_free (book->modified);
  g_ptr_array_unref (book->sheets);
  g_free (book);
}

static int
compare_cells (gconstpointer a, gconstpointer b)
{
  const KlBookCell *x = *(KlBookCell *const *) a, *y = *(KlBookCell *const *) b;

  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

gboolean
_kl_book_sheet_finish (KlBookSheet *sheet, GError **error)
{
  GPtrArray *cells = sheet->cells;
  gboolean sorted = TRUE;

  for (guint i = 1; i < cells->len && sorted; i++)
    sorted = compare_cells (&cells->pdata[i - 1], &cells->pdata[i]) < 0;
  if (sorted)
    return TRUE;
  g_ptr_array_sort (cells, compare_cells);
  for (guint i = 1; i < cells->len; i++)
    if (compare_cells (&cells->pdata[i - 1], &cells->pdata[i]) == 0)
      {
        const KlBookCell *c = cells->pdata[i];
        g_autofree char *ref = kl_book_cell_ref (c->row, c->col);
        g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                     _("This spreadsheet is damaged: cell %s of sheet “%s” appears twice."),
                     ref, sheet->name);
        return FALSE;
      }
  return TRUE;
}

gboolean
_kl_book_check_cells (guint64 count, GError **error)
{
  if (count <= KL_BOOK_MAX_CELLS)
    return TRUE;
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
               _("This spreadsheet has more than %d cells: it is not a filled template."),
               KL_BOOK_MAX_CELLS);
  return FALSE;
}

static void
prefix_name (GError **error, const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name != NULL ? display_name : "");

  if (error != NULL && *error != NULL)
    g_prefix_error (error, _("%s: "), base);
}

static gboolean
is_ole2 (const char *data, gsize len)
{
  return len >= sizeof OLE2_MAGIC && memcmp (data, OLE2_MAGIC, sizeof OLE2_MAGIC) == 0;
}

static KlWorkbook *
read_sniffed (const char *path, const char *data, gsize len, GError **error)
{
  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    return _kl_workbook_read_xlsx (data, len, error);
  if (is_ole2 (data, len))
    {
      if (path != NULL)
        return _kl_workbook_read_xls (path, error);
      g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_NOT_SUPPORTED,
                           _("An .xls file can only be read from a file on disk."));
      return NULL;
    }
  g_set_error_literal (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
                       _("This file is not a spreadsheet: it is neither an .xlsx "
                         "(zip) nor an .xls (OLE2) file."));
  return NULL;
}

static void
set_too_large (GError **error)
{
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_TOO_LARGE,
               _("This spreadsheet is larger than %d MB: it is not a filled template."),
               KL_BOOK_MAX_FILE_BYTES / (1024 * 1024));
}

static KlWorkbook *
read_data (const char *path, const char *data, gsize len, GError **error)
{
  if (len > KL_BOOK_MAX_FILE_BYTES)
    {
      set_too_large (error);
      return NULL;
    }
  return read_sniffed (path, data, len, error);
}

KlWorkbook *
kl_workbook_read_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  gsize len = 0;
  const char *data;
  KlWorkbook *book;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  book = read_data (NULL, data, len, error);
  if (book == NULL)
    prefix_name (error, display_name);
  return book;
}

KlWorkbook *
kl_workbook_read_contents (const char *path, GBytes *contents, GError **error)
{
  gsize len = 0;
  const char *data;
  KlWorkbook *book;

  g_return_val_if_fail (path != NULL && contents != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (contents, &len);
  book = read_data (path, data, len, error);
  if (book == NULL)
    prefix_name (error, path);
  return book;
}

KlWorkbook *
kl_workbook_read_file (const char *path, GError **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) contents = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The size is looked at before anything is read into memory. */
  if (g_stat (path, &st) == 0 && st.st_size > KL_BOOK_MAX_FILE_BYTES)
    set_too_large (error);
  else if ((mapped = g_mapped_file_new (path, FALSE, error)) != NULL)
    {
      contents = g_mapped_file_get_bytes (mapped);
      return kl_workbook_read_contents (path, contents, error);
    }
  prefix_name (error, path);
  return NULL;
}

KlBookSheet *
kl_workbook_find_sheet (KlWorkbook *book, const char *name)
{
  g_return_val_if_fail (book != NULL && name != NULL, NULL);

  for (guint i = 0; i < book->sheets->len; i++)
    {
      KlBookSheet *sheet = book->sheets->pdata[i];
      if (strcmp (sheet->name, name) == 0)
        return sheet;
    }
  return NULL;
}

const KlBookCell *
kl_book_sheet_cell (const KlBookSheet *sheet, guint32 row, guint32 col)
{
  KlBookCell key = { .row = row, .col = col };
  const KlBookCell *pkey = &key;
  guint lo = 0, hi;

  g_return_val_if_fail (sheet != NULL, NULL);
  hi = sheet->cells->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = compare_cells (&sheet->cells->pdata[mid], &pkey);
      if (c == 0)
        return sheet->cells->pdata[mid];
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static char *
number_text (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", number);
  if (g_ascii_strtod (buffer, NULL) != number)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", number);
  return g_strdup (buffer);
}

char *
kl_book_cell_text (const KlBookCell *cell)
{
  if (cell == NULL)
    return NULL;
  switch (cell->kind)
    {
    case KL_BOOK_CELL_TEXT:
    case KL_BOOK_CELL_ERROR:
      return g_strdup (cell->text != NULL ? cell->text : "");
    case KL_BOOK_CELL_DATE:
      return cell->text != NULL ? g_strdup (cell->text) : number_text (cell->number);
    case KL_BOOK_CELL_NUMBER:
      return number_text (cell->number);
    case KL_BOOK_CELL_BOOLEAN:
      return g_strdup (cell->number != 0 ? "TRUE" : "FALSE");
    case KL_BOOK_CELL_FORMULA_NO_VALUE:
    default:
      return NULL;
    }
}

char *
kl_book_cell_ref (guint32 row, guint32 col)
{
  char letters[8];
  int n = 0;
  guint64 c = (guint64) col + 1;
  GString *out = g_string_new (NULL);

  while (c > 0 && n < (int) sizeof letters)
    {
      letters[n++] = (char) ('A' + (c - 1) % 26);
      c = (c - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  g_string_append_printf (out, "%" G_GUINT64_FORMAT, (guint64) row + 1);
  return g_string_free (out, FALSE);
}

/* "A1" at the start of @ref; *@end after it. */
static gboolean
parse_ref_prefix (const char *ref, guint32 *row, guint32 *col, const char **end)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  while (*p == '$')
    p++;
  for (; g_ascii_isalpha (*p) && c <= KL_BOOK_MAX_COLS; p++)
    c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
  if (c == 0 || c > KL_BOOK_MAX_COLS || g_ascii_isalpha (*p))
    return FALSE;
  if (*p == '$')
    p++;
  if (!g_ascii_isdigit (*p) || *p == '0')
    return FALSE;
  for (; g_ascii_isdigit (*p) && r <= KL_BOOK_MAX_ROWS; p++)
    r = r * 10 + (guint64) (*p - '0');
  if (r > KL_BOOK_MAX_ROWS || g_ascii_isdigit (*p))
    return FALSE;
  *row = (guint32) (r - 1);
  *col = (guint32) (c - 1);
  *end = p;
  return TRUE;
}

gboolean
kl_book_parse_ref (const char *ref, guint32 *row, guint32 *col)
{
  const char *end = NULL;
  guint32 r, c;

  if (ref == NULL || !parse_ref_prefix (ref, &r, &c, &end) || *end != '\0')
    return FALSE;
  if (row != NULL)
    *row = r;
  if (col != NULL)
    *col = c;
  return TRUE;
}

gboolean
_kl_book_parse_range (const char *ref, KlBookRange *range)
{
  const char *end = NULL;

  if (ref == NULL || !parse_ref_prefix (ref, &range->first_row, &range->first_col, &end))
    return FALSE;
  if (*end == '\0')
    {
      range->last_row = range->first_row;
      range->last_col = range->first_col;
      return TRUE;
    }
  if (*end != ':' || !parse_ref_prefix (end + 1, &range->last_row, &range->last_col, &end)
      || *end != '\0')
    return FALSE;
  return range->first_row <= range->last_row && range->first_col <= range->last_col;
}
