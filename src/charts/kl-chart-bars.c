/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-chart-private.h"

/* Painting a chart's bars, which never overlap.  On paper each bar's
 * fill and edge are one operation, then the hatching goes inside the
 * edges; the look is _kl_chart_paint_box's (fill, hatching, edge).  (One
 * path per colour instead of an operation per bar made cairo's PDF output
 * slower.)
 *
 * Hatching is 45° lines on a grid fixed to the chart's origin, so that
 * neighbouring bars line up.  On paper (PDF, PostScript, SVG) the grid's
 * long lines are drawn once over all the hatched bars of a paint, clipped
 * to them: cut bar by bar, the quota bars of a 300-unit chart were 15,000
 * strokes a page, most of a meeting pack's time.  (A repeating pattern
 * would be smaller still, but viewers draw its tiles with seams.)  On
 * pixels (the screen, PNG) each bar's lines are cut by hand, as there a
 * clip of many boxes costs more than the lines. */

static double
hatch_spacing (double unit)
{
  return MAX (unit * 0.55, 3);
}

/* Line d is the points (d + y, y); each is cut to the box by hand (a clip
 * per bar is slow for 100s). */
void
_kl_chart_hatch_box (cairo_t                 *cr,
                     guint32                  rgb,
                     const cairo_rectangle_t *rect,
                     double                   unit)
{
  double spacing = hatch_spacing (unit);
  double x0 = rect->x, x1 = rect->x + rect->width;
  double y0 = rect->y, y1 = rect->y + rect->height;

  for (double d = floor ((x0 - y1) / spacing) * spacing; d < x1 - y0; d += spacing)
    {
      double lo = MAX (y0, x0 - d), hi = MIN (y1, x1 - d);

      if (hi - lo <= 0)
        continue;
      cairo_move_to (cr, d + lo, lo);
      cairo_line_to (cr, d + hi, hi);
    }
  _kl_chart_set_rgb (cr, rgb);
  cairo_set_line_width (cr, MAX (unit * 0.14, 0.8));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

static gboolean
is_vector (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

static const KlChartBar *
bar_at (GArray *bars,
        guint   i)
{
  const KlChartBar *bar = &g_array_index (bars, KlChartBar, i);

  return bar->rect.width > 0 && bar->rect.height > 0 ? bar : NULL;
}

static void
add_to_box (cairo_rectangle_t       *all,
            const cairo_rectangle_t *r)
{
  double x1 = MAX (all->x + all->width, r->x + r->width);
  double y1 = MAX (all->y + all->height, r->y + r->height);

  all->x = MIN (all->x, r->x);
  all->y = MIN (all->y, r->y);
  all->width = x1 - all->x;
  all->height = y1 - all->y;
}

/* The bars of @paint hatched at once: the grid's lines over all of them,
 * clipped to the bars inside their edges (drawn already). */
static void
hatch_bars_at_once (cairo_t *cr,
                    GArray  *bars,
                    guint    paint,
                    double   unit)
{
  cairo_rectangle_t all = { INFINITY, INFINITY, 0, 0 };
  double edge;

  cairo_save (cr);
  for (guint i = 0; i < bars->len; i++)
    {
      const KlChartBar *bar = bar_at (bars, i);

      if (bar == NULL || bar->paint != paint)
        continue;
      edge = _kl_chart_edge_width (&bar->rect, unit);
      cairo_rectangle (cr, bar->rect.x + edge, bar->rect.y + edge,
                       bar->rect.width - 2 * edge, bar->rect.height - 2 * edge);
      if (isinf (all.x))
        all = bar->rect;
      add_to_box (&all, &bar->rect);
    }
  cairo_clip (cr);
  _kl_chart_hatch_box (cr, _kl_chart_paint_hatch_rgb (paint), &all, unit);
  cairo_restore (cr);
}

/* On paper; @done: a flag per bar, set as it is hatched. */
static void
hatch_bars (cairo_t  *cr,
            GArray   *bars,
            double    unit,
            gboolean *done)
{
  for (guint i = 0; i < bars->len; i++)
    {
      const KlChartBar *bar = bar_at (bars, i);

      if (bar == NULL || done[i] || !_kl_chart_paint_is_hatched (bar->paint))
        continue;
      hatch_bars_at_once (cr, bars, bar->paint, unit);
      for (guint k = i; k < bars->len; k++)
        done[k] |= g_array_index (bars, KlChartBar, k).paint == bar->paint;
    }
}

/* Fill and edge as one operation on one path (PDF's "B"): the edge's
 * path filled, then stroked over, covers the whole box. */
static void
fill_and_edge (cairo_t          *cr,
               const KlChartBar *bar,
               double            unit)
{
  double edge = _kl_chart_edge_width (&bar->rect, unit);

  _kl_chart_edge_path (cr, &bar->rect, edge);
  _kl_chart_set_rgb (cr, _kl_chart_paint_rgb (bar->paint));
  cairo_fill_preserve (cr);
  _kl_chart_set_rgb (cr, _kl_chart_paint_edge_rgb (bar->paint));
  cairo_set_line_width (cr, edge);
  cairo_stroke (cr);
}

void
_kl_chart_paint_bars (cairo_t *cr,
                      GArray  *bars,
                      double   unit)
{
  g_autofree gboolean *done = NULL;

  /* On pixels, bar by bar: antialiased edges of neighbours touch. */
  if (!is_vector (cr))
    {
      for (guint i = 0; i < bars->len; i++)
        if (bar_at (bars, i) != NULL)
          _kl_chart_paint_box (cr, bar_at (bars, i)->paint, &bar_at (bars, i)->rect, unit);
      return;
    }
  done = g_new0 (gboolean, MAX (bars->len, 1));
  for (guint i = 0; i < bars->len; i++)
    if (bar_at (bars, i) != NULL)
      fill_and_edge (cr, bar_at (bars, i), unit);
  hatch_bars (cr, bars, unit, done);
}
