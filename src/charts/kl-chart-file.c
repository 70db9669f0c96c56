/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-file-private.h"
#include "kl-chart-file.h"
#include "kl-chart.h"

#define MM_TO_PT (72.0 / 25.4)

gboolean
kl_chart_format_from_path (const char     *path,
                           KlChartFormat  *format,
                           GError        **error)
{
  static const struct { const char *suffix; KlChartFormat format; } known[] = {
    { ".png", KL_CHART_FORMAT_PNG }, { ".svg", KL_CHART_FORMAT_SVG },
    { ".pdf", KL_CHART_FORMAT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_utf8_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_has_suffix (lower, known[i].suffix))
      {
        *format = known[i].format;
        return TRUE;
      }
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_FORMAT,
               _("Cannot tell the file type of “%s”: use a name ending in .png, .svg or .pdf"),
               path);
  return FALSE;
}

/* cairo writes through this into memory. */
static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *bytes,
               unsigned int         length)
{
  KlChartSink *sink = closure;

  g_byte_array_append (sink->bytes, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

void
_kl_chart_sink_open (KlChartSink *sink)
{
  sink->bytes = g_byte_array_new ();
}

/* Writes the finished file (when @ok) the way g_file_set_contents does: to
 * a temporary name beside @path, renamed over it once complete. */
gboolean
_kl_chart_sink_close (KlChartSink  *sink,
                      const char   *path,
                      gboolean      ok,
                      GError      **error)
{
  g_autoptr(GByteArray) bytes = g_steal_pointer (&sink->bytes);
  g_autoptr(GError) local_error = NULL;

  if (!ok)
    return FALSE;
  if (g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    return TRUE;
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_WRITE,
               _("Could not write “%s”: %s"), path, local_error->message);
  return FALSE;
}

cairo_surface_t *
_kl_chart_sink_surface (KlChartSink   *sink,
                        KlChartFormat  format,
                        double         width_pt,
                        double         height_pt)
{
  if (format == KL_CHART_FORMAT_SVG)
    return cairo_svg_surface_create_for_stream (write_to_sink, sink, width_pt, height_pt);
  return cairo_pdf_surface_create_for_stream (write_to_sink, sink, width_pt, height_pt);
}

static gboolean
finish_surface (cairo_surface_t  *surface,
                GError          **error)
{
  cairo_status_t status;

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_WRITE,
               _("Could not write the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* Vector formats: user units are points. */
static gboolean
draw_vector (const KlChartData  *data,
             KlChartSink        *sink,
             KlChartFormat       format,
             double              width_pt,
             double              height_pt,
             GError            **error)
{
  cairo_surface_t *surface = _kl_chart_sink_surface (sink, format, width_pt, height_pt);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  if (format == KL_CHART_FORMAT_PDF && data->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
  ok = kl_chart_draw (data, cr, width_pt, height_pt, error);
  cairo_destroy (cr);
  ok = finish_surface (surface, ok ? error : NULL) && ok;
  cairo_surface_destroy (surface);
  return ok;
}

/* PNG: drawn in points too, scaled to @dpi, so text sizes match the PDF. */
static gboolean
draw_png (const KlChartData  *data,
          KlChartSink        *sink,
          double              width_pt,
          double              height_pt,
          double              dpi,
          GError            **error)
{
  int w = MAX ((int) round (width_pt / 72 * dpi), 1);
  int h = MAX ((int) round (height_pt / 72 * dpi), 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  /* The chart fills whole pixels: its size in points follows them. */
  cairo_scale (cr, dpi / 72, dpi / 72);
  ok = kl_chart_draw (data, cr, w * 72 / dpi, h * 72 / dpi, error);
  cairo_destroy (cr);
  if (ok && cairo_surface_write_to_png_stream (surface, write_to_sink, sink)
              != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_WRITE,
                   _("Could not write the chart: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
check_size (double    width_mm,
            double    height_mm,
            double    dpi,
            GError  **error)
{
  /* 5 mm to 2 m, 30 to 1200 dpi, at most ~32 000 pixels a side. */
  if (width_mm >= 5 && width_mm <= 2000 && height_mm >= 5 && height_mm <= 2000
      && dpi >= 30 && dpi <= 1200 && MAX (width_mm, height_mm) / 25.4 * dpi <= 32000)
    return TRUE;
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW,
               _("A chart of %g × %g mm at %g dpi cannot be made"),
               width_mm, height_mm, dpi);
  return FALSE;
}

gboolean
kl_chart_save (const KlChartData  *data,
               const char         *path,
               KlChartFormat       format,
               double              width_mm,
               double              height_mm,
               double              dpi,
               GError            **error)
{
  KlChartSink sink;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == KL_CHART_FORMAT_AUTO && !kl_chart_format_from_path (path, &format, error))
    return FALSE;
  if (!check_size (width_mm, height_mm, dpi, error))
    return FALSE;
  _kl_chart_sink_open (&sink);
  if (format == KL_CHART_FORMAT_PNG)
    ok = draw_png (data, &sink, width_mm * MM_TO_PT, height_mm * MM_TO_PT, dpi, error);
  else
    ok = draw_vector (data, &sink, format, width_mm * MM_TO_PT, height_mm * MM_TO_PT, error);
  return _kl_chart_sink_close (&sink, path, ok, error);
}
