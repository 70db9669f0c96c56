/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "charts/kl-table-private.h"
#include "charts/kl-chart.h"

#define MAX_COLUMN 150.0   /* a wider text wraps */

/* Layout of a printed table in table units (kl-table-private.h): column
 * widths from the widest text (wrapping past MAX_COLUMN), the scale that
 * fits them to the paper's width, row heights, page breaks. */

KlTable *
kl_table_new (guint n_columns, guint n_header_rows)
{
  KlTable *table = g_new0 (KlTable, 1);

  table->n_columns = n_columns;
  table->n_header_rows = n_header_rows;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
kl_table_free (KlTable *table)
{
  if (table == NULL)
    return;
  g_free (table->title);
  g_free (table->subtitle);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
kl_table_add_row (KlTable *table, const char **cells)
{
  GStrv row = g_new0 (char *, table->n_columns + 1);

  for (guint c = 0; c < table->n_columns; c++)
    row[c] = g_strdup (cells[c] ? cells[c] : "");
  g_ptr_array_add (table->rows, row);
}

PangoLayout *
_kl_table_text_new (PangoContext *context, const char *text, double size, gboolean bold, double width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, KL_CHART_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static void
text_size (PangoLayout *layout, double *w, double *h)
{
  int pw, ph;

  pango_layout_get_size (layout, &pw, &ph);
  *w = (double) pw / PANGO_SCALE;
  *h = (double) ph / PANGO_SCALE;
}

gboolean
_kl_table_is_bold (const KlTable *t, guint row)
{
  return row < t->n_header_rows || (t->total_row && row + 1 == t->rows->len);
}

/* The number of columns a cell spans: header cells run over the empty
 * ones after them. */
guint
_kl_table_span (const KlTable *t, guint row, guint col)
{
  GStrv cells = g_ptr_array_index (t->rows, row);
  guint n = 1;

  if (row >= t->n_header_rows)
    return 1;
  while (col + n < t->n_columns && cells[col + n][0] == '\0')
    n++;
  return n;
}

static void
measure_columns (KlTableLayout *l, PangoContext *context)
{
  const KlTable *t = l->table;

  l->columns = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (l->columns, t->n_columns);
  for (guint r = 0; r < t->rows->len; r++)
    for (guint c = 0; c < t->n_columns; c++)
      {
        GStrv cells = g_ptr_array_index (t->rows, r);
        g_autoptr(PangoLayout) text = NULL;
        double w, h;

        if (r < t->n_header_rows && _kl_table_span (t, r, c) > 1)
          continue;
        text = _kl_table_text_new (context, cells[c], KL_TABLE_FONT_SIZE, _kl_table_is_bold (t, r), -1);
        text_size (text, &w, &h);
        w = MIN (w, r < t->n_header_rows ? 4 * KL_TABLE_FONT_SIZE : MAX_COLUMN) + 2 * KL_TABLE_PAD;
        g_array_index (l->columns, double, c) = MAX (g_array_index (l->columns, double, c), w);
      }
}

static double
columns_width (KlTableLayout *l, guint from, guint n)
{
  double w = 0;

  for (guint c = from; c < from + n; c++)
    w += g_array_index (l->columns, double, c);
  return w;
}

static void
measure_rows (KlTableLayout *l, PangoContext *context)
{
  const KlTable *t = l->table;

  l->heights = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint r = 0; r < t->rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (t->rows, r);
      double height = KL_TABLE_FONT_SIZE + 2 * KL_TABLE_PAD;

      for (guint c = 0; c < t->n_columns; c += _kl_table_span (t, r, c))
        {
          g_autoptr(PangoLayout) text =
            _kl_table_text_new (context, cells[c], KL_TABLE_FONT_SIZE, _kl_table_is_bold (t, r),
                      columns_width (l, c, _kl_table_span (t, r, c)) - 2 * KL_TABLE_PAD);
          double w, h;

          text_size (text, &w, &h);
          height = MAX (height, h + 2 * KL_TABLE_PAD);
        }
      g_array_append_val (l->heights, height);
    }
}

/* Body rows go on a page until the next one would cross its foot. */
static void
paginate (KlTableLayout *l)
{
  const KlTable *t = l->table;
  double header = 0, y;
  guint first = t->n_header_rows;

  for (guint r = 0; r < t->n_header_rows; r++)
    header += g_array_index (l->heights, double, r);
  l->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (l->breaks, first);
  y = l->top + header;
  for (guint r = first; r < t->rows->len; r++)
    {
      double h = g_array_index (l->heights, double, r);
      guint rows_on_page = r - g_array_index (l->breaks, guint, l->breaks->len - 1);

      if (y + h > l->page_height - KL_TABLE_FOOTER && rows_on_page > 0)
        {
          g_array_append_val (l->breaks, r);
          y = l->top + header;
        }
      y += h;
    }
}

KlTableLayout *
kl_table_layout_new (const KlTable *table, cairo_t *cr, double width, double height)
{
  KlTableLayout *l = g_new0 (KlTableLayout, 1);
  PangoContext *context = pango_cairo_create_context (cr);
  double natural;

  g_return_val_if_fail (table != NULL && table->rows->len >= table->n_header_rows, NULL);
  l->table = table;
  l->width = width;
  l->height = height;
  measure_columns (l, context);
  natural = columns_width (l, 0, table->n_columns);
  l->scale = MIN (1.0, (width - 2 * KL_TABLE_MARGIN) / natural);
  l->page_height = (height - 2 * KL_TABLE_MARGIN) / l->scale;
  l->top = KL_TABLE_TITLE_SIZE * 1.6 + KL_TABLE_FONT_SIZE * 2;
  measure_rows (l, context);
  g_object_unref (context);
  paginate (l);
  return l;
}

void
kl_table_layout_free (KlTableLayout *l)
{
  if (l == NULL)
    return;
  g_array_unref (l->columns);
  g_array_unref (l->heights);
  g_array_unref (l->breaks);
  g_free (l);
}

guint
kl_table_layout_get_n_pages (KlTableLayout *l)
{
  return l->breaks->len;
}

double
kl_table_layout_get_scale (KlTableLayout *l)
{
  return l->scale;
}
