/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kl-chart-private.h"

/* The one renderer: paints a computed KlChartLayout on any cairo_t.  It
 * makes no decisions of its own about where things go. */

static guint32
label_colour (const KlChartLabel *label)
{
  static const guint32 colours[] = {
    [KL_CHART_LABEL_TITLE] = 0x241f31,      [KL_CHART_LABEL_SUBTITLE] = 0x3d3846,
    [KL_CHART_LABEL_SOURCE] = 0x5e5c64,     [KL_CHART_LABEL_AXIS_TITLE] = 0x3d3846,
    [KL_CHART_LABEL_TICK] = 0x5e5c64,       [KL_CHART_LABEL_CATEGORY] = 0x241f31,
    [KL_CHART_LABEL_VALUE] = 0x241f31,      [KL_CHART_LABEL_LEGEND] = 0x241f31,
    [KL_CHART_LABEL_REFERENCE] = 0x3d3846,  [KL_CHART_LABEL_MESSAGE] = 0x77767b,
  };

  return label->inverse ? 0xffffff : colours[label->role];
}

/* Moves to the label's box, turned for an upward one. */
static void
label_transform (cairo_t            *cr,
                 const KlChartLabel *label)
{
  if (label->angle != 0)
    {
      /* Reads upwards: the text's start is at the bottom of the box. */
      cairo_translate (cr, label->rect.x, label->rect.y + label->rect.height);
      cairo_rotate (cr, label->angle);
    }
  else
    cairo_translate (cr, label->rect.x, label->rect.y);
}

static void
draw_backdrop (cairo_t            *cr,
               const KlChartLabel *label)
{
  double pad = label->rect.height * 0.1;

  cairo_save (cr);
  label_transform (cr, label);
  cairo_rectangle (cr, -pad, 0, label->rect.width + 2 * pad, label->rect.height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_label (cairo_t            *cr,
            const KlChartLabel *label)
{
  PangoRectangle logical;

  pango_layout_get_extents (label->text, NULL, &logical);
  cairo_save (cr);
  label_transform (cr, label);
  cairo_move_to (cr, -(double) logical.x / PANGO_SCALE, -(double) logical.y / PANGO_SCALE);
  _kl_chart_set_rgb (cr, label_colour (label));
  pango_cairo_show_layout (cr, label->text);
  cairo_restore (cr);
}

static void
stroke_line (cairo_t           *cr,
             const KlChartLine *line,
             double             unit)
{
  static const struct { guint32 rgb; double width; gboolean dashed; } styles[] = {
    [KL_CHART_LINE_AXIS] = { 0x5e5c64, 0.08, FALSE },
    [KL_CHART_LINE_GRID] = { 0xdeddda, 0.06, FALSE },
    [KL_CHART_LINE_HUNDRED] = { 0x241f31, 0.13, FALSE },
    [KL_CHART_LINE_ELAPSED] = { 0xc64600, 0.13, TRUE },
  };
  double dash[] = { unit * 0.5, unit * 0.3 };

  cairo_save (cr);
  _kl_chart_set_rgb (cr, styles[line->role].rgb);
  cairo_set_line_width (cr, MAX (styles[line->role].width * unit, 0.5));
  if (styles[line->role].dashed)
    cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, line->x1, line->y1);
  cairo_line_to (cr, line->x2, line->y2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_point_marker (cairo_t *cr,
                   guint    paint,
                   double   x,
                   double   y,
                   double   unit)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, unit * 0.3, 0, 2 * G_PI);
  if (paint == KL_CHART_PAINT_QUOTA)
    {
      /* Hollow markers on the dashed target line. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      _kl_chart_set_paint_colour (cr, paint);
      cairo_set_line_width (cr, unit * 0.12);
      cairo_stroke (cr);
    }
  else
    {
      _kl_chart_set_paint_colour (cr, paint);
      cairo_fill (cr);
    }
}

static void
set_series_line (cairo_t *cr,
                 guint    paint,
                 double   unit)
{
  double dash[] = { unit * 0.6, unit * 0.35 };

  _kl_chart_set_paint_colour (cr, paint);
  cairo_set_line_width (cr, unit * 0.16);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, dash, paint == KL_CHART_PAINT_QUOTA ? 2 : 0, 0);
}

static void
stroke_series_line (cairo_t *cr,
                    guint    paint,
                    double   unit)
{
  cairo_save (cr);
  set_series_line (cr, paint, unit);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Points come by series, then category; a gap in the periods breaks the
 * line. */
static void
draw_series_lines (cairo_t             *cr,
                   const KlChartLayout *layout)
{
  const double unit = layout->font_size;

  for (guint i = 0; i < layout->points->len; i++)
    {
      const KlChartPoint *p = &g_array_index (layout->points, KlChartPoint, i);
      const KlChartPoint *prev = i > 0 ? p - 1 : NULL;

      if (prev != NULL && prev->series == p->series && prev->category + 1 == p->category)
        cairo_line_to (cr, p->x, p->y);
      else
        {
          if (prev != NULL)
            stroke_series_line (cr, prev->paint, unit);
          cairo_move_to (cr, p->x, p->y);
        }
    }
  if (layout->points->len > 0)
    stroke_series_line (cr, g_array_index (layout->points, KlChartPoint,
                                           layout->points->len - 1).paint, unit);
  for (guint i = 0; i < layout->points->len; i++)
    {
      const KlChartPoint *p = &g_array_index (layout->points, KlChartPoint, i);
      draw_point_marker (cr, p->paint, p->x, p->y, unit);
    }
}

static void
draw_swatch (cairo_t                 *cr,
             const KlChartLegendItem *item,
             double                   unit)
{
  const cairo_rectangle_t *r = &item->swatch;
  double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
  KlChartLine line = { KL_CHART_LINE_HUNDRED, cx, r->y - unit * 0.1, cx,
                       r->y + r->height + unit * 0.1 };
  cairo_rectangle_t box = { r->x, r->y, MIN (r->width, r->height * 1.6), r->height };

  switch (item->kind)
    {
    case KL_CHART_SWATCH_BOX:
      _kl_chart_paint_box (cr, item->paint, &box, unit);
      _kl_chart_paint_marker (cr, item->status, r->x + r->width - r->height * 0.45,
                              cy, r->height * 0.8);
      break;
    case KL_CHART_SWATCH_LINE:
    case KL_CHART_SWATCH_DASHED_LINE:
      set_series_line (cr, item->paint, unit);
      cairo_move_to (cr, r->x, cy);
      cairo_line_to (cr, r->x + r->width, cy);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_point_marker (cr, item->paint, cx, cy, unit);
      break;
    case KL_CHART_SWATCH_REFERENCE:
    case KL_CHART_SWATCH_ELAPSED:
      line.role = item->kind == KL_CHART_SWATCH_ELAPSED ? KL_CHART_LINE_ELAPSED
                                                         : KL_CHART_LINE_HUNDRED;
      stroke_line (cr, &line, unit);
      break;
    }
}

static void
draw_marks (cairo_t             *cr,
            const KlChartLayout *layout)
{
  const double unit = layout->font_size;

  for (guint i = 0; i < layout->lines->len; i++)
    if (g_array_index (layout->lines, KlChartLine, i).role == KL_CHART_LINE_GRID)
      stroke_line (cr, &g_array_index (layout->lines, KlChartLine, i), unit);
  _kl_chart_paint_bars (cr, layout->bars, unit);
  draw_series_lines (cr, layout);
  for (guint i = 0; i < layout->lines->len; i++)
    if (g_array_index (layout->lines, KlChartLine, i).role != KL_CHART_LINE_GRID)
      stroke_line (cr, &g_array_index (layout->lines, KlChartLine, i), unit);
}

void
kl_chart_layout_render (const KlChartLayout *layout,
                        cairo_t             *cr)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_clip_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  draw_marks (cr, layout);
  /* Backdrops first: then the texts run on without breaks, which a PDF
   * writes as one block of text. */
  for (guint i = 0; i < layout->labels->len; i++)
    if (g_array_index (layout->labels, KlChartLabel, i).backdrop)
      draw_backdrop (cr, &g_array_index (layout->labels, KlChartLabel, i));
  for (guint i = 0; i < layout->labels->len; i++)
    draw_label (cr, &g_array_index (layout->labels, KlChartLabel, i));
  for (guint i = 0; i < layout->markers->len; i++)
    {
      const KlChartMarker *m = &g_array_index (layout->markers, KlChartMarker, i);
      _kl_chart_paint_marker (cr, m->status, m->x, m->y, m->size);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    draw_swatch (cr, &g_array_index (layout->legend, KlChartLegendItem, i),
                 layout->font_size);
  cairo_restore (cr);
}

static gboolean
check_cairo (cairo_t  *cr,
             GError  **error)
{
  cairo_status_t status = cairo_status (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW,
               _("Could not draw the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

gboolean
_kl_chart_draw_in (const KlChartData *data,
                   cairo_t           *cr,
                   PangoContext      *context,
                   double             width,
                   double             height,
                   GError           **error)
{
  KlChartLayout *layout;

  if (!check_cairo (cr, error))
    return FALSE;
  if (!(width >= 1 && height >= 1) || width > 1e6 || height > 1e6)
    {
      g_set_error (error, KL_CHART_ERROR, KL_CHART_ERROR_DRAW,
                   _("Could not draw the chart: the size %g × %g is not usable"),
                   width, height);
      return FALSE;
    }
  layout = kl_chart_layout_compute (data, context, width, height);
  kl_chart_layout_render (layout, cr);
  kl_chart_layout_free (layout);
  return check_cairo (cr, error);
}

/* The entry point for the screen, the file writers and printing. */
gboolean
kl_chart_draw (const KlChartData *data,
               cairo_t           *cr,
               double             width,
               double             height,
               GError           **error)
{
  PangoContext *context;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  context = pango_cairo_create_context (cr);
  kl_chart_context_prepare (context);
  ok = _kl_chart_draw_in (data, cr, context, width, height, error);
  g_object_unref (context);
  return ok;
}
