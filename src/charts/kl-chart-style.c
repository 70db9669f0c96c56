/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-private.h"

/* Colours from the GNOME palette, chosen so that the paints stay apart in
 * greyscale too (grey levels ≈ 222, 186, 118, 78); hatching and markers
 * add a second cue that survives a black-and-white printer. */

typedef struct
{
  guint32  rgb;     /* 0xRRGGBB */
  guint32  edge;
  gboolean hatched; /* diagonal lines over the fill */
  guint32  hatch;
} KlChartPaintStyle;

static const KlChartPaintStyle paints[] = {
  [KL_CHART_PAINT_QUOTA]    = { 0xffffff, 0x1a5fb4, TRUE,  0x62a0ea },
  [KL_CHART_PAINT_ACTUAL]   = { 0x1c71d8, 0x1a5fb4, FALSE, 0 },
  [KL_CHART_PAINT_ACTUAL_2] = { 0xe66100, 0xc64600, FALSE, 0 },
  [KL_CHART_PAINT_ACTUAL_3] = { 0x813d9c, 0x613583, FALSE, 0 },
  [KL_CHART_PAINT_STATUS + KL_CHART_STATUS_NONE]        = { 0xc0bfbc, 0x77767b, FALSE, 0 },
  [KL_CHART_PAINT_STATUS + KL_CHART_STATUS_NOT_STARTED] = { 0xdeddda, 0x5e5c64, FALSE, 0 },
  [KL_CHART_PAINT_STATUS + KL_CHART_STATUS_ON_TRACK]    = { 0x99c1f1, 0x3584e4, FALSE, 0 },
  [KL_CHART_PAINT_STATUS + KL_CHART_STATUS_MET]         = { 0x26a269, 0x1e7d52, FALSE, 0 },
  [KL_CHART_PAINT_STATUS + KL_CHART_STATUS_LAGGING]     = { 0xc01c28, 0xa51d2d, TRUE,  0xffffff },
};

static const KlChartPaintStyle *
get_style (guint paint)
{
  return &paints[MIN (paint, G_N_ELEMENTS (paints) - 1)];
}

void
_kl_chart_set_rgb (cairo_t *cr,
                   guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

void
_kl_chart_set_paint_colour (cairo_t *cr,
                            guint    paint)
{
  const KlChartPaintStyle *style = get_style (paint);

  /* A white quota bar has no colour of its own: as a line the target is
   * dark grey, apart from the blue actuals in greyscale too. */
  _kl_chart_set_rgb (cr, paint == KL_CHART_PAINT_QUOTA ? 0x5e5c64 : style->rgb);
}

gboolean
_kl_chart_paint_is_dark (guint paint)
{
  guint32 rgb = get_style (paint)->rgb;
  double grey = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff)
                + 0.114 * (rgb & 0xff);

  return grey < 140;
}

gboolean
_kl_chart_paint_is_hatched (guint paint)
{
  return get_style (paint)->hatched;
}

guint32
_kl_chart_paint_rgb (guint paint)
{
  return get_style (paint)->rgb;
}

guint32
_kl_chart_paint_edge_rgb (guint paint)
{
  return get_style (paint)->edge;
}

guint32
_kl_chart_paint_hatch_rgb (guint paint)
{
  return get_style (paint)->hatch;
}

double
_kl_chart_edge_width (const cairo_rectangle_t *rect,
                      double                   unit)
{
  return MIN (MAX (unit * 0.08, 0.5), MIN (rect->width, rect->height) / 4);
}

/* The edge is drawn inside the box so that bars never grow. */
void
_kl_chart_edge_path (cairo_t                 *cr,
                     const cairo_rectangle_t *rect,
                     double                   edge)
{
  cairo_rectangle (cr, rect->x + edge / 2, rect->y + edge / 2,
                   rect->width - edge, rect->height - edge);
}

/* Fills a bar or a legend swatch with a paint: fill, hatching, edge. */
void
_kl_chart_paint_box (cairo_t                 *cr,
                     guint                    paint,
                     const cairo_rectangle_t *rect,
                     double                   unit)
{
  double edge = _kl_chart_edge_width (rect, unit);

  if (rect->width <= 0 || rect->height <= 0)
    return;
  _kl_chart_set_rgb (cr, get_style (paint)->rgb);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_fill (cr);
  if (get_style (paint)->hatched)
    _kl_chart_hatch_box (cr, get_style (paint)->hatch, rect, unit);
  _kl_chart_edge_path (cr, rect, edge);
  _kl_chart_set_rgb (cr, get_style (paint)->edge);
  cairo_set_line_width (cr, edge);
  cairo_stroke (cr);
}

guint
_kl_chart_series_paint (const KlChartData *data,
                        guint              series)
{
  const KlChartSeries *s = g_ptr_array_index (data->series, series);
  guint actual_index = 0;

  if (s->role == KL_CHART_SERIES_TARGET)
    return KL_CHART_PAINT_QUOTA;
  if (s->role == KL_CHART_SERIES_STATUS)
    return KL_CHART_PAINT_FOR_STATUS (s->status);
  for (guint i = 0; i < series; i++)
    {
      const KlChartSeries *before = g_ptr_array_index (data->series, i);
      actual_index += before->role == KL_CHART_SERIES_ACTUAL;
    }
  return KL_CHART_PAINT_ACTUAL + MIN (actual_index, 2);
}

const char *
_kl_chart_status_name (KlChartStatus status)
{
  switch (status)
    {
    case KL_CHART_STATUS_NOT_STARTED:
      return _("Not started");
    case KL_CHART_STATUS_ON_TRACK:
      return _("On track");
    case KL_CHART_STATUS_MET:
      return _("Target met");
    case KL_CHART_STATUS_LAGGING:
      return _("Lagging");
    case KL_CHART_STATUS_NONE:
    case KL_CHART_N_STATUSES:
    default:
      return _("No status");
    }
}
