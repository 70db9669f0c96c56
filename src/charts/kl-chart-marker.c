/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-chart-private.h"

/* Status markers: a tick for met, a falling triangle for lagging, so that
 * status does not rest on colour alone. */

static void
draw_check (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  double r = size / 2;

  cairo_move_to (cr, x - r, y);
  cairo_line_to (cr, x - r * 0.25, y + r * 0.7);
  cairo_line_to (cr, x + r, y - r * 0.75);
  cairo_set_line_width (cr, size * 0.22);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

static void
draw_down_triangle (cairo_t *cr,
                    double   x,
                    double   y,
                    double   size)
{
  double r = size / 2;

  cairo_move_to (cr, x - r, y - r * 0.8);
  cairo_line_to (cr, x + r, y - r * 0.8);
  cairo_line_to (cr, x, y + r * 0.9);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Only the statuses that must stand out carry a marker. */
void
_kl_chart_paint_marker (cairo_t       *cr,
                        KlChartStatus  status,
                        double         x,
                        double         y,
                        double         size)
{
  cairo_save (cr);
  _kl_chart_set_paint_colour (cr, KL_CHART_PAINT_FOR_STATUS (status));
  if (status == KL_CHART_STATUS_MET)
    draw_check (cr, x, y, size);
  else if (status == KL_CHART_STATUS_LAGGING)
    draw_down_triangle (cr, x, y, size);
  cairo_restore (cr);
}
