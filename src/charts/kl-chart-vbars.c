/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-chart-private.h"

/* KL_CHART_TARGET: one group of vertical bars per unit (quota, actual…),
 * each with its value on top when there is room for it. */

/* The widest value label decides once for the whole chart whether labels
 * stand upright, read upwards, or are left out (-1). */
static double
value_label_angle (KlChartBuild *build,
                   double        pitch,
                   double       *size)
{
  g_autofree char *widest = _kl_chart_format_value (kl_chart_data_max_value (build->data));
  double w, h;
  PangoLayout *text;

  *size = build->font * 0.8;
  text = _kl_chart_text_new (build->context, widest, *size, FALSE, 0, 1);
  _kl_chart_text_size (text, &w, &h);
  g_object_unref (text);
  if (w <= pitch * 1.05)
    return 0;
  if (w * build->min_font / *size <= pitch * 1.05)
    {
      *size = build->min_font;
      return 0;
    }
  *size = MIN (*size, pitch / 1.45);
  return *size >= build->min_font * 0.8 ? -G_PI / 2 : -1;
}

static void
add_value_label (KlChartBuild *build,
                 const KlChartBar *bar,
                 double        size,
                 double        angle,
                 double        top)
{
  g_autofree char *text = _kl_chart_format_value (bar->value);
  KlChartLabel *label;
  double y;

  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_VALUE,
                               _kl_chart_text_new (build->context, text, size,
                                                   FALSE, 0, 1), angle);
  label->category = (int) bar->category;
  label->series = (int) bar->series;
  /* Above the bar, but never above the plot. */
  y = MAX (bar->rect.y - build->gap / 3, top + label->rect.height);
  _kl_chart_label_place (label, bar->rect.x + bar->rect.width / 2, y, 0.5, 1);
}

void
_kl_chart_layout_vbars (KlChartBuild *build)
{
  const KlChartData *data = build->data;
  KlChartPanel *panel = _kl_chart_layout_columns (build, kl_chart_data_max_value (data));
  const cairo_rectangle_t *a = &panel->area;
  guint n_series = MAX (data->series->len, 1);
  double slot = a->width / data->categories->len;
  double pitch = slot * 0.72 / n_series;
  double size, angle = value_label_angle (build, pitch, &size);
  double bottom = a->y + a->height;

  for (guint c = 0; c < data->categories->len; c++)
    for (guint s = 0; s < data->series->len; s++)
      {
        double v = kl_chart_data_get_value (data, c, s);
        double h = MAX (v, 0) / panel->max * a->height;
        cairo_rectangle_t rect = { a->x + c * slot + slot * 0.14 + s * pitch,
                                   bottom - h, pitch, h };

        if (!isfinite (v))
          continue;
        _kl_chart_add_bar (build, &rect, c, s, v,
                           _kl_chart_series_paint (data, s));
        if (angle != -1)
          add_value_label (build, &g_array_index (build->layout->bars, KlChartBar,
                                                  build->layout->bars->len - 1),
                           size, angle, a->y);
      }
}
