/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include "kl-workbook-private.h"

/* One worksheet part of an .xlsx: <sheetData> rows of <c> cells, and
 * <mergeCells>.  Streamed one row at a time.  A cell's type (t) says
 * where its value is: a shared-string index, inline text, a boolean, an
 * error, an ISO date, or (the default) a number whose style may make it
 * a date.  References may be left out (r is optional): a row then
 * follows the previous row, a cell the previous cell. */

typedef struct
{
  KlXlsxContext *ctx;
  KlBookSheet   *sheet;
  gint64         row;   /* the last row seen, -1 before the first */
  gint64         col;   /* the last column seen in this row */
} SheetReader;

static void
set_damaged (GError **error, SheetReader *sr, const char *why)
{
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
               _("This spreadsheet is damaged: sheet “%s” %s."), sr->sheet->name, why);
}

/* The text of the child element @name, or NULL when there is none. */
static char *
child_text (xmlNode *node, const char *name)
{
  xmlNode *child = _kl_xml_child (node, name);

  return child != NULL ? _kl_xml_text (child) : NULL;
}

static gboolean
parse_double (const char *text, double *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0';
}

static gboolean
is_date_style (SheetReader *sr, xmlNode *c)
{
  g_autofree char *s = _kl_xml_attr (c, NULL, "s");
  guint64 index = s ? g_ascii_strtoull (s, NULL, 10) : 0;
  GArray *styles = sr->ctx->date_styles;

  return styles != NULL && index < styles->len && g_array_index (styles, gboolean, index);
}

static gboolean
set_text (KlBookCell *cell, char *text)
{
  cell->kind = KL_BOOK_CELL_TEXT;
  cell->text = text;
  return text != NULL;
}

/* Fills @cell from its value; FALSE with *@why when the value is not
 * what its type says. */
static gboolean
read_value (SheetReader *sr, xmlNode *c, KlBookCell *cell, const char **why)
{
  g_autofree char *type = _kl_xml_attr (c, NULL, "t");
  g_autofree char *v = child_text (c, "v");
  xmlNode *is = _kl_xml_child (c, "is");
  const char *t = type != NULL ? type : "n";

  *why = _("has a cell whose value does not match its type");
  if (strcmp (t, "inlineStr") == 0)
    return is != NULL ? set_text (cell, _kl_xlsx_string_item (is))
                      : (v != NULL && set_text (cell, g_steal_pointer (&v)));
  if (strcmp (t, "s") == 0)
    {
      guint64 index = v ? g_ascii_strtoull (v, NULL, 10) : G_MAXUINT64;
      GPtrArray *shared = sr->ctx->shared;
      if (shared == NULL || index >= shared->len)
        {
          *why = _("refers to a shared string that is not there");
          return FALSE;
        }
      return set_text (cell, g_strdup (shared->pdata[index]));
    }
  if (strcmp (t, "str") == 0)
    return set_text (cell, g_steal_pointer (&v));
  if (strcmp (t, "e") == 0)
    {
      cell->kind = KL_BOOK_CELL_ERROR;
      cell->text = g_steal_pointer (&v);
      return TRUE;
    }
  if (strcmp (t, "d") == 0)
    {
      cell->number = _kl_book_parse_date_text (v);
      cell->kind = KL_BOOK_CELL_DATE;
      cell->text = _kl_book_date_text (cell->number);
      return cell->text != NULL;
    }
  if (!parse_double (v, &cell->number))
    return FALSE;
  if (strcmp (t, "b") == 0)
    {
      cell->kind = KL_BOOK_CELL_BOOLEAN;
      return cell->number == 0 || cell->number == 1;
    }
  cell->kind = KL_BOOK_CELL_NUMBER;
  if (is_date_style (sr, c))
    _kl_book_cell_set_date (cell, sr->ctx->date1904);
  return strcmp (t, "n") == 0;
}

/* Whether a cell without a value is just formatting (not stored). */
static gboolean
is_empty (xmlNode *c)
{
  return _kl_xml_child (c, "v") == NULL && _kl_xml_child (c, "is") == NULL
         && _kl_xml_child (c, "f") == NULL;
}

static gboolean
place_cell (SheetReader *sr, xmlNode *c, guint32 *col, GError **error)
{
  g_autofree char *ref = _kl_xml_attr (c, NULL, "r");
  guint32 row;

  if (ref == NULL)
    {
      if (sr->col + 1 >= KL_BOOK_MAX_COLS)
        {
          set_damaged (error, sr, _("has more columns than a spreadsheet can"));
          return FALSE;
        }
      *col = (guint32) ++sr->col;
      return TRUE;
    }
  if (!kl_book_parse_ref (ref, &row, col) || row != sr->row)
    {
      set_damaged (error, sr, _("has a cell outside its row"));
      return FALSE;
    }
  sr->col = *col;
  return TRUE;
}

static gboolean
read_cell (SheetReader *sr, xmlNode *c, GError **error)
{
  guint32 col = 0;
  const char *why = NULL;
  KlBookCell *cell;

  if (!place_cell (sr, c, &col, error))
    return FALSE;
  if (is_empty (c))
    return TRUE;
  if (!_kl_book_check_cells (++sr->ctx->cells, error))
    return FALSE;
  cell = _kl_book_cell_new ((guint32) sr->row, col, KL_BOOK_CELL_NUMBER);
  g_ptr_array_add (sr->sheet->cells, cell);
  cell->formula = _kl_xml_child (c, "f") != NULL;
  if (cell->formula && _kl_xml_child (c, "v") == NULL)
    {
      cell->kind = KL_BOOK_CELL_FORMULA_NO_VALUE;
      return TRUE;
    }
  if (read_value (sr, c, cell, &why))
    return TRUE;
  g_autofree char *where = kl_book_cell_ref (cell->row, cell->col);
  g_set_error (error, KL_IMPORT_ERROR, KL_IMPORT_ERROR_DAMAGED,
               _("This spreadsheet is damaged: sheet “%s” %s (%s)."),
               sr->sheet->name, why, where);
  return FALSE;
}

static gboolean
read_row (SheetReader *sr, xmlNode *row, GError **error)
{
  g_autofree char *r = _kl_xml_attr (row, NULL, "r");
  guint64 number = r ? g_ascii_strtoull (r, NULL, 10) : (guint64) (sr->row + 2);

  if (number < 1 || number > KL_BOOK_MAX_ROWS)
    {
      set_damaged (error, sr, _("has a row beyond a spreadsheet's last row"));
      return FALSE;
    }
  sr->row = (gint64) number - 1;
  sr->col = -1;
  for (xmlNode *c = row->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, BAD_CAST "c")
        && !read_cell (sr, c, error))
      return FALSE;
  return TRUE;
}

static gboolean
read_merge (SheetReader *sr, xmlNode *merge, GError **error)
{
  g_autofree char *ref = _kl_xml_attr (merge, NULL, "ref");
  KlBookRange range;

  if (!_kl_book_parse_range (ref, &range))
    {
      set_damaged (error, sr, _("has a merged range that is not a range"));
      return FALSE;
    }
  g_array_append_val (sr->sheet->merged, range);
  return _kl_book_check_cells (++sr->ctx->cells, error);
}

static gboolean
read_element (xmlNode *node, const char *name, gpointer data, GError **error)
{
  SheetReader *sr = data;

  if (strcmp (name, "row") == 0)
    return read_row (sr, node, error);
  return read_merge (sr, node, error);
}

gboolean
_kl_xlsx_read_sheet (KlXlsxContext *ctx, GBytes *xml, const char *part,
                     KlBookSheet *sheet, GError **error)
{
  static const char *const elements[] = { "row", "mergeCell", NULL };
  SheetReader sr = { .ctx = ctx, .sheet = sheet, .row = -1, .col = -1 };
  g_autoptr(xmlTextReader) reader = _kl_xml_safe_reader (xml, part, KL_PACKAGE_XLSX, error);

  if (reader == NULL
      || !_kl_xml_each_element (reader, elements, read_element, &sr,
                                part, KL_PACKAGE_XLSX, error))
    return FALSE;
  return _kl_book_sheet_finish (sheet, error);
}
