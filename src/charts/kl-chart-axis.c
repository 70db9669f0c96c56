/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-chart-private.h"

/* A vertical value axis on the left and one slot per category along the
 * bottom: the frame of grouped bars and of trend lines.  The value scale
 * leaves headroom above the highest value for its label. */


static void
add_axis_title (KlChartBuild *build)
{
  g_autofree char *title = _kl_chart_value_axis_title (build->data);
  KlChartLabel *label;

  if (title == NULL)
    return;
  label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_AXIS_TITLE,
                               _kl_chart_text_new (build->context, title,
                                                   build->font * 0.9, FALSE,
                                                   build->plot.width / 2, 1), 0);
  _kl_chart_label_place (label, build->plot.x, build->plot.y, 0, 0);
  build->plot.y += label->rect.height + build->gap / 2;
  build->plot.height -= label->rect.height + build->gap / 2;
}

static double
add_tick_labels (KlChartBuild *build,
                 double        max,
                 double        step,
                 double       *height)
{
  double widest = 0;

  for (double v = 0; v <= max * (1 + 1e-9); v += step)
    {
      g_autofree char *text = _kl_chart_format_value (v);
      KlChartLabel *label;

      label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_TICK,
                                   _kl_chart_text_new (build->context, text,
                                                       build->font * 0.85,
                                                       FALSE, 0, 1), 0);
      widest = MAX (widest, label->rect.width);
      *height = label->rect.height;
    }
  return widest;
}

static void
place_ticks (KlChartBuild       *build,
             const KlChartPanel *panel,
             guint               first_label,
             double              step)
{
  const cairo_rectangle_t *a = &panel->area;
  guint i = first_label;

  for (double v = 0; v <= panel->max * (1 + 1e-9); v += step, i++)
    {
      double y = a->y + a->height - v / panel->max * a->height;
      KlChartLabel *label = &g_array_index (build->layout->labels, KlChartLabel, i);

      _kl_chart_label_place (label, a->x - build->gap, y, 1, 0.5);
      if (v > 0)
        _kl_chart_add_line (build->layout, KL_CHART_LINE_GRID, a->x, y,
                            a->x + a->width, y);
    }
  _kl_chart_add_line (build->layout, KL_CHART_LINE_AXIS, a->x, a->y + a->height,
                      a->x + a->width, a->y + a->height);
}

/* Chinese names either wrap inside their slot (2 characters a line at
 * least) or turn to read upwards; both shrink with the slot.  When even
 * the smallest upward text is thicker than a slot (a thumbnail of 100
 * units), only every n-th name is shown. */
static double
add_category_labels (KlChartBuild *build,
                     double        slot,
                     gboolean     *rotated)
{
  const KlChartData *data = build->data;
  double size = CLAMP (slot * 0.42, build->min_font, build->font);
  double tallest = 0;
  guint every = 1;

  *rotated = slot * 0.92 < 2 * size;
  if (*rotated)
    {
      size = MIN (build->font, MAX (slot * 0.95 / LINE_HEIGHT, 4));
      every = (guint) ceil (size * LINE_HEIGHT / (slot * 0.95) - 1e-9);
    }
  for (guint i = 0; i < data->categories->len; i += every)
    {
      const KlChartCategory *c = g_ptr_array_index (data->categories, i);
      double max_w = *rotated ? build->plot.height * 0.25 : slot * 0.92;
      KlChartLabel *label;

      label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_CATEGORY,
                                   _kl_chart_text_new_aligned (build->context, c->name,
                                                               size, FALSE, max_w,
                                                               *rotated ? 1 : 3,
                                                               *rotated ? PANGO_ALIGN_LEFT
                                                               : PANGO_ALIGN_CENTER),
                                   *rotated ? -G_PI / 2 : 0);
      label->category = (int) i;
      tallest = MAX (tallest, label->rect.height);
    }
  return tallest;
}

static void
place_category_labels (KlChartBuild       *build,
                       const KlChartPanel *panel,
                       guint               first_label)
{
  guint n = build->data->categories->len;
  double slot = panel->area.width / n;

  for (guint i = first_label; i < build->layout->labels->len; i++)
    {
      KlChartLabel *label = &g_array_index (build->layout->labels, KlChartLabel, i);

      _kl_chart_label_place (label, panel->area.x + (label->category + 0.5) * slot,
                             panel->area.y + panel->area.height + build->gap / 2,
                             0.5, 0);
    }
}

/* Lays out the axis, ticks, grid and category labels for values up to
 * @max_value; returns the panel (owned by the layout) to put marks in. */
KlChartPanel *
_kl_chart_layout_columns (KlChartBuild *build,
                          double        max_value)
{
  KlChartPanel panel = { { 0 }, 0, FALSE };
  guint n = MAX (build->data->categories->len, 1);
  guint first_tick, first_category;
  double step, tick_w, tick_h = 0, label_h;
  gboolean rotated;

  add_axis_title (build);
  panel.max = _kl_chart_nice_max (max_value * 1.12, &step);
  /* Counts are whole: a scale of 0, 0.2 … 1.2 would suggest fractions. */
  if (step < 1 && kl_chart_data_all_whole (build->data))
    {
      step = 1;
      panel.max = ceil (panel.max);
    }
  first_tick = build->layout->labels->len;
  tick_w = add_tick_labels (build, panel.max, step, &tick_h);
  panel.area.x = build->plot.x + tick_w + build->gap;
  panel.area.width = MAX (build->plot.x + build->plot.width - panel.area.x, 1);
  first_category = build->layout->labels->len;
  label_h = add_category_labels (build, panel.area.width / n, &rotated);
  /* The top tick label is centred on the top of the scale. */
  panel.area.y = build->plot.y + tick_h / 2;
  panel.area.height = MAX (build->plot.height - tick_h / 2 - build->gap - label_h, 1);
  place_ticks (build, &panel, first_tick, step);
  place_category_labels (build, &panel, first_category);
  g_array_append_val (build->layout->panels, panel);
  for (guint i = 0; i < build->data->categories->len; i++)
    g_array_append_val (build->layout->order, i);
  return &g_array_index (build->layout->panels, KlChartPanel, 0);
}
