/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "charts/kl-table-private.h"
#include "charts/kl-chart.h"

/* Drawing one page of a laid-out table (kl-table.c), and the PDF. */

#define A4_LONG      841.89
#define A4_SHORT     595.28

static void
draw_text (cairo_t *cr, PangoContext *context, const char *text, double size, gboolean bold,
           double x, double y, double width, PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = _kl_table_text_new (context, text, size, bold, width);

  pango_layout_set_alignment (layout, align);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* One row at @y; returns its height. */
static double
draw_row (KlTableLayout *l, cairo_t *cr, PangoContext *context, guint r, double y)
{
  const KlTable *t = l->table;
  GStrv cells = g_ptr_array_index (t->rows, r);
  double h = g_array_index (l->heights, double, r), x = 0;
  gboolean bold = _kl_table_is_bold (t, r);

  for (guint c = 0; c < t->n_columns;)
    {
      guint n = _kl_table_span (t, r, c);
      double w = 0;

      for (guint k = c; k < c + n; k++)
        w += g_array_index (l->columns, double, k);
      if (r < t->n_header_rows)
        {
          cairo_set_source_rgb (cr, 0.92, 0.94, 0.97);
          cairo_rectangle (cr, x, y, w, h);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      cairo_rectangle (cr, x, y, w, h);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, context, cells[c], KL_TABLE_FONT_SIZE, bold, x + KL_TABLE_PAD, y + KL_TABLE_PAD, w - 2 * KL_TABLE_PAD,
                 c == 0 || r < t->n_header_rows ? (r < t->n_header_rows ? PANGO_ALIGN_CENTER
                                                                      : PANGO_ALIGN_LEFT)
                                                : PANGO_ALIGN_RIGHT);
      x += w;
      c += n;
    }
  return h;
}

void
kl_table_draw_page (KlTableLayout *l, cairo_t *cr, guint page)
{
  const KlTable *t = l->table;
  PangoContext *context = pango_cairo_create_context (cr);
  g_autofree char *footer = NULL;
  double width = (l->width - 2 * KL_TABLE_MARGIN) / l->scale, y = 0;
  guint first, end;

  g_return_if_fail (page < l->breaks->len);
  first = g_array_index (l->breaks, guint, page);
  end = page + 1 < l->breaks->len ? g_array_index (l->breaks, guint, page + 1) : t->rows->len;
  cairo_save (cr);
  cairo_translate (cr, KL_TABLE_MARGIN, KL_TABLE_MARGIN);
  cairo_scale (cr, l->scale, l->scale);
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, context, t->title ? t->title : "", KL_TABLE_TITLE_SIZE, TRUE, 0, 0, width,
             PANGO_ALIGN_CENTER);
  draw_text (cr, context, t->subtitle ? t->subtitle : "", KL_TABLE_FONT_SIZE, FALSE, 0,
             KL_TABLE_TITLE_SIZE * 1.6, width, PANGO_ALIGN_CENTER);
  y = l->top;
  for (guint r = 0; r < t->n_header_rows; r++)
    y += draw_row (l, cr, context, r, y);
  for (guint r = first; r < end; r++)
    y += draw_row (l, cr, context, r, y);
  footer = g_strdup_printf ("第 %u 页，共 %u 页", page + 1, l->breaks->len);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, context, footer, KL_TABLE_FONT_SIZE, FALSE, 0, l->page_height - KL_TABLE_FONT_SIZE * 1.5,
             width, PANGO_ALIGN_CENTER);
  cairo_restore (cr);
  g_object_unref (context);
}

static gboolean
cairo_fail (cairo_status_t status, const char *path, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("Could not write “%s”: %s"), name,
               cairo_status_to_string (status));
  return FALSE;
}

gboolean
kl_table_save_pdf (const KlTable *table, const char *path, GError **error)
{
  g_autofree char *temp = g_strconcat (path, ".part", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (temp, A4_LONG, A4_SHORT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(KlTableLayout) layout = kl_table_layout_new (table, cr, A4_LONG, A4_SHORT);
  cairo_status_t status;

  for (guint p = 0; p < kl_table_layout_get_n_pages (layout); p++)
    {
      kl_table_draw_page (layout, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (temp);
      return cairo_fail (status, path, error);
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;
      g_unlink (temp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
