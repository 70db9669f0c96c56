/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-private.h"

/* KL_CHART_TREND: cumulative values per period as lines, one point per
 * period at the middle of its slot; the target dashed, actuals solid with
 * their values above the points, and the time line where the year is. */

/* Below the point when the target line runs above it, else above. */
static gboolean
label_below (const KlChartData  *data,
             const KlChartPoint *point)
{
  for (guint s = 0; s < data->series->len; s++)
    {
      const KlChartSeries *series = g_ptr_array_index (data->series, s);
      double target = kl_chart_data_get_value (data, point->category, s);

      if (series->role == KL_CHART_SERIES_TARGET && target > point->value)
        return TRUE;
    }
  return FALSE;
}

static void
add_point_label (KlChartBuild       *build,
                 const KlChartPoint *point,
                 double              slot,
                 double              bottom)
{
  g_autofree char *text = _kl_chart_format_value (point->value);
  KlChartLabel *label;

  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_VALUE,
                               _kl_chart_text_new (build->context, text,
                                                   build->font * 0.8, FALSE, 0, 1),
                               0);
  label->category = (int) point->category;
  label->series = (int) point->series;
  label->backdrop = TRUE;
  if (label_below (build->data, point)
      && point->y + build->gap + label->rect.height <= bottom)
    _kl_chart_label_place (label, point->x, point->y + build->gap, 0.5, 0);
  else
    _kl_chart_label_place (label, point->x, point->y - build->gap, 0.5, 1);
  /* Neighbouring labels would touch: keep the points only. */
  if (label->rect.width > slot * 0.95)
    g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
}

static void
add_elapsed_line (KlChartBuild       *build,
                  const KlChartPanel *panel)
{
  const cairo_rectangle_t *a = &panel->area;
  double x = a->x + build->data->elapsed_fraction * a->width;
  g_autofree char *share = _kl_chart_format_rate (build->data->elapsed_fraction);
  g_autofree char *text = g_strdup_printf (_("Time elapsed %s"), share);
  KlChartLabel *label;

  _kl_chart_add_line (build->layout, KL_CHART_LINE_ELAPSED, x, a->y, x, a->y + a->height);
  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_REFERENCE,
                               _kl_chart_text_new (build->context, text,
                                                   build->font * 0.85, FALSE, 0, 1),
                               0);
  if (x + build->gap / 2 + label->rect.width <= a->x + a->width)
    _kl_chart_label_place (label, x + build->gap / 2, a->y, 0, 0);
  else
    _kl_chart_label_place (label, x - build->gap / 2, a->y, 1, 0);
}

void
_kl_chart_layout_trend (KlChartBuild *build)
{
  const KlChartData *data = build->data;
  KlChartPanel panel = *_kl_chart_layout_columns (build, kl_chart_data_max_value (data));
  const cairo_rectangle_t *a = &panel.area;
  double slot = a->width / data->categories->len;

  for (guint s = 0; s < data->series->len; s++)
    for (guint c = 0; c < data->categories->len; c++)
      {
        double v = kl_chart_data_get_value (data, c, s);
        KlChartPoint point = { a->x + (c + 0.5) * slot,
                               a->y + a->height - MAX (v, 0) / panel.max * a->height,
                               c, s, v, _kl_chart_series_paint (data, s) };
        const KlChartSeries *series = g_ptr_array_index (data->series, s);

        if (!isfinite (v))
          continue;
        g_array_append_val (build->layout->points, point);
        if (series->role != KL_CHART_SERIES_TARGET)
          add_point_label (build, &point, slot, a->y + a->height);
      }
  if (!isnan (data->elapsed_fraction))
    add_elapsed_line (build, &panel);
}
