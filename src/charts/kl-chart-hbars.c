/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-hbars-private.h"

/* Horizontal bars, one row per category: completion rates (RANKING,
 * OVERVIEW) or task counts stacked by status (STATUS).  Many rows flow
 * into up to four columns, each a panel with its own axis, so that 100
 * units stay readable on an A4 page. */

#define MAX_COLUMNS 4


gboolean
_kl_chart_hbars_is_rate (const KlChartData *data)
{
  return data->kind != KL_CHART_STATUS;
}

/* The length of a category's bar: its rate, or its total of tasks. */
double
_kl_chart_hbars_value (const KlChartData *data,
                       guint              category)
{
  double total = 0;

  if (_kl_chart_hbars_is_rate (data))
    return kl_chart_data_get_rate (data, category);
  for (guint s = 0; s < data->series->len; s++)
    {
      double v = kl_chart_data_get_value (data, category, s);
      total += isfinite (v) && v > 0 ? v : 0;
    }
  return total;
}

static int
compare_rates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const KlChartData *data = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  double ra = kl_chart_data_get_rate (data, ia);
  double rb = kl_chart_data_get_rate (data, ib);

  /* Highest first, rows without a rate last, ties in the given order. */
  if (isnan (ra) != isnan (rb))
    return isnan (ra) ? 1 : -1;
  if (!isnan (ra) && ra != rb)
    return ra > rb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
compute_order (KlChartBuild *build)
{
  GArray *order = build->layout->order;

  for (guint i = 0; i < build->data->categories->len; i++)
    g_array_append_val (order, i);
  if (build->data->kind == KL_CHART_RANKING)
    g_array_sort_with_data (order, compare_rates, (gpointer) build->data);
}

char *
_kl_chart_hbars_value_text (const KlChartData *data,
                            double             value)
{
  return _kl_chart_hbars_is_rate (data) ? _kl_chart_format_rate (value)
                                         : _kl_chart_format_value (value);
}

static double
scale_end (const KlChartData *data,
           double            *step)
{
  double max = 0;

  for (guint i = 0; i < data->categories->len; i++)
    {
      double v = _kl_chart_hbars_value (data, i);
      if (isfinite (v))
        max = MAX (max, v);
    }
  if (!_kl_chart_hbars_is_rate (data))
    return _kl_chart_nice_max (max, step);
  /* Rates: always show the 100 % line, scale in whole percents. */
  max = _kl_chart_nice_max (MAX (max, 1.0) * 100, step) / 100;
  *step /= 100;
  return max;
}

static double
text_height (KlChartBuild *build,
             double        size)
{
  g_autoptr(PangoLayout) text = _kl_chart_text_new (build->context, "0", size,
                                                    FALSE, 0, 1);
  double w, h;

  _kl_chart_text_size (text, &w, &h);
  return h;
}

static void
plan_rows (KlChartBuild    *build,
           KlHbarsGeometry *g,
           double           avail_h)
{
  guint n = build->data->categories->len;
  double row_min = build->min_font * LINE_HEIGHT * 1.1;
  guint rows_fit = MAX ((guint) (avail_h / row_min), 1);

  g->n_cols = CLAMP ((n + rows_fit - 1) / rows_fit, 1, MAX_COLUMNS);
  g->rows = (n + g->n_cols - 1) / g->n_cols;
  g->row_h = MIN (avail_h / g->rows, build->font * 4.5);
  g->thickness = MIN (g->row_h * 0.62, build->font * 2.2);
  g->font = CLAMP (g->row_h / (LINE_HEIGHT * 1.1), 3, build->font);
  g->col_gap = build->font * 1.5;
  g->col_w = (build->plot.width - (g->n_cols - 1) * g->col_gap) / g->n_cols;
}

/* Category names, in display order; returns the widest. */
static double
add_category_labels (KlChartBuild    *build,
                     KlHbarsGeometry *g)
{
  int lines = g->row_h >= 2 * g->font * LINE_HEIGHT ? 2 : 1;
  double widest = 0;

  g->first_category_label = build->layout->labels->len;
  for (guint r = 0; r < build->layout->order->len; r++)
    {
      guint c = g_array_index (build->layout->order, guint, r);
      const KlChartCategory *cat = g_ptr_array_index (build->data->categories, c);
      KlChartLabel *label;

      label = _kl_chart_add_label (build->layout, KL_CHART_LABEL_CATEGORY,
                                   _kl_chart_text_new_aligned (build->context, cat->name,
                                                               g->font, FALSE,
                                                               g->col_w * 0.3, lines,
                                                               PANGO_ALIGN_RIGHT), 0);
      label->category = (int) c;
      widest = MAX (widest, label->rect.width);
    }
  return widest;
}

static double
widest_value_label (KlChartBuild    *build,
                    KlHbarsGeometry *g)
{
  g_autofree char *text = _kl_chart_hbars_value_text (build->data, g->max * 1.05);
  g_autoptr(PangoLayout) pango = _kl_chart_text_new (build->context, text,
                                                     g->font, FALSE, 0, 1);
  double w, h;

  _kl_chart_text_size (pango, &w, &h);
  /* A rate is followed by its status marker. */
  return w + (_kl_chart_hbars_is_rate (build->data) ? g->font * 1.2 : 0);
}

static void
plan_geometry (KlChartBuild    *build,
               KlHbarsGeometry *g)
{
  double tick_h = text_height (build, build->font * 0.85);
  g_autofree char *title = _kl_chart_value_axis_title (build->data);
  double bottom = tick_h + build->gap;

  if (title != NULL || _kl_chart_hbars_is_rate (build->data))
    bottom += tick_h;
  g->tick_h = tick_h;
  g->top = build->plot.y + (_kl_chart_hbars_is_rate (build->data) ? tick_h + build->gap / 2 : 0);
  g->max = scale_end (build->data, &g->step);
  plan_rows (build, g, MAX (build->plot.y + build->plot.height - bottom - g->top, 1));
  g->label_w = add_category_labels (build, g);
  g->value_w = widest_value_label (build, g);
}

static KlChartPanel *
add_panel (KlChartBuild          *build,
           const KlHbarsGeometry *g,
           guint                  col)
{
  double col_x = build->plot.x + col * (g->col_w + g->col_gap);
  KlChartPanel panel = { { col_x + g->label_w + build->gap, g->top, 0,
                           g->rows * g->row_h }, g->max, TRUE };

  panel.area.width = MAX (col_x + g->col_w - g->value_w - build->gap - panel.area.x, 1);
  g_array_append_val (build->layout->panels, panel);
  return &g_array_index (build->layout->panels, KlChartPanel,
                         build->layout->panels->len - 1);
}

static void
add_axis_title (KlChartBuild          *build,
                const KlHbarsGeometry *g)
{
  g_autofree char *title = _kl_chart_value_axis_title (build->data);
  KlChartLabel *label;

  if (title == NULL && _kl_chart_hbars_is_rate (build->data))
    title = g_strdup (_("Completion rate"));
  if (title == NULL)
    return;
  label = _kl_chart_add_text (build, KL_CHART_LABEL_AXIS_TITLE, title, build->font * 0.85);
  /* Under the tick labels, at the right end of the scale. */
  _kl_chart_label_place (label, build->plot.x + build->plot.width,
                         g->top + g->rows * g->row_h + build->gap / 3 + g->tick_h,
                         1, 0);
}

static void
fill_column (KlChartBuild          *build,
             const KlHbarsGeometry *g,
             guint                  col)
{
  KlChartPanel *panel = add_panel (build, g, col);
  KlChartPanel p = *panel; /* the array may move while labels are added */
  guint first = col * g->rows, last = MIN (first + g->rows, build->layout->order->len);

  for (guint i = first; i < last; i++)
    {
      guint c = g_array_index (build->layout->order, guint, i);
      double y = p.area.y + (i - first + 0.5) * g->row_h;

      _kl_chart_label_place (&g_array_index (build->layout->labels, KlChartLabel,
                                             g->first_category_label + i),
                             p.area.x - build->gap, y, 1, 0.5);
      if (_kl_chart_hbars_is_rate (build->data))
        _kl_chart_hbars_rate_bar (build, g, &p, c, y);
      else
        _kl_chart_hbars_stacked_bar (build, g, &p, c, y);
    }
  _kl_chart_hbars_ticks (build, g, &p);
  if (_kl_chart_hbars_is_rate (build->data))
    _kl_chart_hbars_reference_lines (build, &p, p.area.x - g->label_w - build->gap,
                                     p.area.x + p.area.width + g->value_w + build->gap);
}

void
_kl_chart_layout_hbars (KlChartBuild *build)
{
  KlHbarsGeometry g = { 0 };

  compute_order (build);
  plan_geometry (build, &g);
  for (guint col = 0; col < g.n_cols; col++)
    fill_column (build, &g, col);
  add_axis_title (build, &g);
}
