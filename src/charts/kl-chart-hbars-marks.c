/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-hbars-private.h"

/* The marks of horizontal bar charts: bars, their values and status
 * markers, the value axis below each panel, the 100 % and time lines. */

void
_kl_chart_hbars_ticks (KlChartBuild          *build,
                       const KlHbarsGeometry *g,
                       const KlChartPanel    *p)
{
  const cairo_rectangle_t *a = &p->area;
  g_autofree char *widest = _kl_chart_hbars_value_text (build->data, g->max);
  double spacing = g->step / g->max * a->width, bottom = a->y + a->height;
  guint every = 1, i = 0;
  KlChartLabel *probe = _kl_chart_add_text (build, KL_CHART_LABEL_TICK, widest,
                                            build->font * 0.85);

  /* Leave out every other tick label when they would touch. */
  every = MAX ((guint) ceil (probe->rect.width * 1.3 / spacing), 1);
  g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
  for (double v = 0; v <= g->max * (1 + 1e-9); v += g->step, i++)
    {
      double x = a->x + v / g->max * a->width;
      g_autofree char *text = _kl_chart_hbars_value_text (build->data, v);

      if (v > 0)
        _kl_chart_add_line (build->layout, KL_CHART_LINE_GRID, x, a->y, x, bottom);
      if (i % every == 0)
        {
          KlChartLabel *label = _kl_chart_add_text (build, KL_CHART_LABEL_TICK,
                                                    text, build->font * 0.85);
          _kl_chart_label_place (label, x, bottom + build->gap / 3, 0.5, 0);
        }
    }
  _kl_chart_add_line (build->layout, KL_CHART_LINE_AXIS, a->x, a->y, a->x, bottom);
}

/* "Time elapsed 75%" to the left of its line, or "75%" when the long form
 * does not fit, or nothing (the legend names the line). */
static void
add_elapsed_label (KlChartBuild            *build,
                   double                   x,
                   double                   top,
                   double                   col_left,
                   const cairo_rectangle_t *hundred)
{
  g_autofree char *share = _kl_chart_format_rate (build->data->elapsed_fraction);
  /* Translators: label of the line showing how much of the year has gone */
  g_autofree char *text = g_strdup_printf (_("Time elapsed %s"), share);
  KlChartLabel *label = _kl_chart_add_text (build, KL_CHART_LABEL_REFERENCE, text,
                                            build->font * 0.85);

  if (x - label->rect.width < col_left)
    {
      g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
      label = _kl_chart_add_text (build, KL_CHART_LABEL_REFERENCE, share, build->font * 0.85);
    }
  _kl_chart_label_place (label, x, top, 1, 1);
  if (label->rect.x < col_left || _kl_chart_rects_overlap (&label->rect, hundred))
    g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
}

/* The 100 % line and the time line, labelled above the panel: "100%" to
 * the right of its line, the time to the left of its own. */
void
_kl_chart_hbars_reference_lines (KlChartBuild       *build,
                                 const KlChartPanel *p,
                                 double              col_left,
                                 double              col_right)
{
  const cairo_rectangle_t *a = &p->area;
  double elapsed = build->data->elapsed_fraction;
  double x = a->x + 1.0 / p->max * a->width, top = a->y - build->gap / 3;
  KlChartLabel *label;
  cairo_rectangle_t hundred;

  _kl_chart_add_line (build->layout, KL_CHART_LINE_HUNDRED, x, top, x, a->y + a->height);
  label = _kl_chart_add_text (build, KL_CHART_LABEL_REFERENCE, "100%", build->font * 0.85);
  _kl_chart_label_place (label, MIN (x, col_right - label->rect.width), top, 0, 1);
  hundred = label->rect;
  if (isnan (elapsed))
    return;
  x = a->x + elapsed / p->max * a->width;
  _kl_chart_add_line (build->layout, KL_CHART_LINE_ELAPSED, x, top, x, a->y + a->height);
  add_elapsed_label (build, x, top, col_left, &hundred);
}

static void
add_value_label (KlChartBuild          *build,
                 const KlHbarsGeometry *g,
                 guint                  category,
                 double                 value,
                 double                 x,
                 double                 y)
{
  g_autofree char *text = _kl_chart_hbars_value_text (build->data, value);
  KlChartLabel *label = _kl_chart_add_text (build, KL_CHART_LABEL_VALUE, text, g->font);
  const KlChartCategory *c = g_ptr_array_index (build->data->categories, category);
  double size = g->font * 0.75;

  label->category = (int) category;
  label->backdrop = TRUE; /* the reference lines pass behind */
  _kl_chart_label_place (label, x + build->gap / 2, y, 0, 0.5);
  if (_kl_chart_hbars_is_rate (build->data)
      && (c->status == KL_CHART_STATUS_MET || c->status == KL_CHART_STATUS_LAGGING))
    _kl_chart_add_marker (build->layout, c->status,
                          label->rect.x + label->rect.width + build->gap / 2 + size / 2,
                          y, size);
}

void
_kl_chart_hbars_rate_bar (KlChartBuild          *build,
                          const KlHbarsGeometry *g,
                          const KlChartPanel    *p,
                          guint                  category,
                          double                 y)
{
  const KlChartCategory *c = g_ptr_array_index (build->data->categories, category);
  double rate = _kl_chart_hbars_value (build->data, category);
  double len = isfinite (rate) ? CLAMP (rate, 0, p->max) / p->max * p->area.width : 0;
  cairo_rectangle_t rect = { p->area.x, y - g->thickness / 2, len, g->thickness };

  if (isfinite (rate))
    _kl_chart_add_bar (build, &rect, category, 0, rate,
                       KL_CHART_PAINT_FOR_STATUS (c->status));
  add_value_label (build, g, category, rate, p->area.x + len, y);
}

/* A segment's count goes inside it when it fits. */
static void
add_segment_label (KlChartBuild          *build,
                   const KlHbarsGeometry *g,
                   const KlChartBar      *bar)
{
  g_autofree char *text = _kl_chart_format_value (bar->value);
  KlChartLabel *label = _kl_chart_add_text (build, KL_CHART_LABEL_VALUE, text, g->font * 0.9);

  label->category = (int) bar->category;
  label->series = (int) bar->series;
  label->inverse = _kl_chart_paint_is_dark (bar->paint);
  /* Hatching would cross the digits: give them a plain patch. */
  label->backdrop = _kl_chart_paint_is_hatched (bar->paint);
  label->inverse &= !label->backdrop;
  _kl_chart_label_place (label, bar->rect.x + bar->rect.width / 2,
                         bar->rect.y + bar->rect.height / 2, 0.5, 0.5);
  if (label->rect.width + build->gap > bar->rect.width
      || label->rect.height > bar->rect.height * 1.2)
    g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
}

void
_kl_chart_hbars_stacked_bar (KlChartBuild          *build,
                             const KlHbarsGeometry *g,
                             const KlChartPanel    *p,
                             guint                  category,
                             double                 y)
{
  const KlChartData *data = build->data;
  double x = p->area.x, scale = p->area.width / p->max;

  for (guint s = 0; s < data->series->len; s++)
    {
      double v = kl_chart_data_get_value (data, category, s);
      cairo_rectangle_t rect = { x, y - g->thickness / 2, 0, g->thickness };

      if (!isfinite (v) || v <= 0)
        continue;
      rect.width = v * scale;
      _kl_chart_add_bar (build, &rect, category, s, v, _kl_chart_series_paint (data, s));
      add_segment_label (build, g, &g_array_index (build->layout->bars, KlChartBar,
                                                   build->layout->bars->len - 1));
      x += rect.width;
    }
  add_value_label (build, g, category, _kl_chart_hbars_value (data, category), x, y);
}
