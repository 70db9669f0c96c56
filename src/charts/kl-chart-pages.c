/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kl-chart-file-private.h"
#include "kl-chart-private.h"

/* A meeting pack (领导小组会议材料): one chart a page, A4 landscape, a
 * running header and a footer with the date and "page n of m". */

#define A4_LONG_PT  (297 * 72 / 25.4)
#define A4_SHORT_PT (210 * 72 / 25.4)
#define MARGIN_PT   (12 * 72 / 25.4)
#define PAGE_FONT   9.0

typedef struct
{
  PangoContext *context;
  PangoContext *charts;             /* the charts', sharing their labels */
  const char   *header;
  char         *date;
  guint         n_pages;
  const char   *text_title;         /* a page of text first, or NULL */
  const char *const *paragraphs;
} PackPage;

/* Shows @text at (x, y), aligned by @xalign (0 left, 1 right); returns its
 * height. */
static double
show_text (cairo_t      *cr,
           PackPage     *page,
           const char   *text,
           double        x,
           double        y,
           double        xalign)
{
  g_autoptr(PangoLayout) layout = _kl_chart_text_new (page->context, text, PAGE_FONT,
                                                      FALSE, A4_LONG_PT / 2, 1);
  double w, h;

  _kl_chart_text_size (layout, &w, &h);
  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  cairo_move_to (cr, x - xalign * w, y);
  pango_cairo_show_layout (cr, layout);
  return h;
}

static double
draw_header (cairo_t  *cr,
             PackPage *page)
{
  double h = 0;

  if (page->header != NULL && *page->header != '\0')
    h = show_text (cr, page, page->header, MARGIN_PT, MARGIN_PT, 0);
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.74);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_PT, MARGIN_PT + h + 3);
  cairo_line_to (cr, A4_LONG_PT - MARGIN_PT, MARGIN_PT + h + 3);
  cairo_stroke (cr);
  return MARGIN_PT + h + 6;
}

static double
draw_footer (cairo_t  *cr,
             PackPage *page,
             guint     number)
{
  /* Translators: the footer of a printed chart page */
  g_autofree char *counter = g_strdup_printf (_("Page %u of %u"), number, page->n_pages);
  double y = A4_SHORT_PT - MARGIN_PT - PAGE_FONT * 1.5;

  show_text (cr, page, page->date, MARGIN_PT, y, 0);
  show_text (cr, page, counter, A4_LONG_PT - MARGIN_PT, y, 1);
  return y - 6;
}

static gboolean
draw_page (cairo_t            *cr,
           PackPage           *page,
           const KlChartData  *chart,
           guint               number,
           GError            **error)
{
  double top = draw_header (cr, page), bottom = draw_footer (cr, page, number);
  gboolean ok;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_PT, top);
  ok = _kl_chart_draw_in (chart, cr, page->charts, A4_LONG_PT - 2 * MARGIN_PT, bottom - top,
                          error);
  cairo_restore (cr);
  cairo_show_page (cr);
  return ok;
}

/* The text page: a title, then the paragraphs in 12-point type. */
static void
draw_text_page (cairo_t *cr, PackPage *page)
{
  double top = draw_header (cr, page), bottom = draw_footer (cr, page, 1);
  double width = A4_LONG_PT - 4 * MARGIN_PT, y;
  g_autoptr(PangoLayout) title = _kl_chart_text_new (page->context, page->text_title, 18, TRUE,
                                                     width, 2);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(PangoLayout) text = NULL;
  double w, h;

  for (guint i = 0; page->paragraphs[i] != NULL; i++)
    g_string_append_printf (body, "%s%s", i ? "\n" : "", page->paragraphs[i]);
  _kl_chart_text_size (title, &w, &h);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, (A4_LONG_PT - w) / 2, top + 12);
  pango_cairo_show_layout (cr, title);
  y = top + 12 + h + 14;
  text = _kl_chart_text_new (page->context, body->str, 12, FALSE, width, 1);
  pango_layout_set_height (text, (int) ((bottom - y) * PANGO_SCALE));
  pango_layout_set_indent (text, 24 * PANGO_SCALE);
  pango_layout_set_spacing (text, 6 * PANGO_SCALE);
  cairo_move_to (cr, 2 * MARGIN_PT, y);
  pango_cairo_show_layout (cr, text);
  cairo_show_page (cr);
}

static gboolean
draw_pages (cairo_surface_t  *surface,
            GPtrArray        *charts,
            PackPage         *page,
            GError          **error)
{
  cairo_t *cr = cairo_create (surface);
  gboolean ok = TRUE;

  page->context = pango_cairo_create_context (cr);
  kl_chart_context_prepare (page->context);
  page->charts = pango_cairo_create_context (cr);
  kl_chart_context_prepare (page->charts);
  _kl_chart_context_share_texts (page->charts);
  if (page->paragraphs != NULL)
    draw_text_page (cr, page);
  for (guint i = 0, first = page->paragraphs ? 2 : 1; ok && i < charts->len; i++)
    ok = draw_page (cr, page, g_ptr_array_index (charts, i), i + first, error);
  g_object_unref (page->context);
  g_object_unref (page->charts);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_WRITE,
                   _("Could not write the chart: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  return ok;
}

gboolean
kl_chart_save_pdf_pages_with_text (GPtrArray         *charts,
                                   const char        *title,
                                   const char *const *paragraphs,
                                   const char        *path,
                                   const char        *header,
                                   GDateTime         *date,
                                   GError           **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PackPage page = { NULL, NULL, header, NULL, 0, title ? title : "", paragraphs };
  cairo_surface_t *surface;
  KlChartSink sink;
  gboolean ok;

  g_return_val_if_fail (charts != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (charts->len == 0)
    {
      g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW,
                   _("There are no charts to put in “%s”"), path);
      return FALSE;
    }
  page.date = g_date_time_format (date != NULL ? date : now, "%Y-%m-%d");
  page.n_pages = charts->len + (paragraphs != NULL ? 1 : 0);
  _kl_chart_sink_open (&sink);
  surface = _kl_chart_sink_surface (&sink, KL_CHART_FORMAT_PDF, A4_LONG_PT, A4_SHORT_PT);
  if (header != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, header);
  ok = draw_pages (surface, charts, &page, error);
  cairo_surface_destroy (surface);
  g_free (page.date);
  return _kl_chart_sink_close (&sink, path, ok, error);
}

gboolean
kl_chart_save_pdf_pages (GPtrArray   *charts,
                         const char  *path,
                         const char  *header,
                         GDateTime   *date,
                         GError     **error)
{
  return kl_chart_save_pdf_pages_with_text (charts, NULL, NULL, path, header, date, error);
}
