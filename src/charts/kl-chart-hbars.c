/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kl-chart-private.h"

/* Horizontal bars, one row per category: completion rates (RANKING,
 * OVERVIEW) or task counts stacked by status (STATUS).  Many rows flow
 * into up to four columns, each a panel with its own axis, so that 100
 * units stay readable on an A4 page. */

#define LINE_HEIGHT 1.45
#define MAX_COLUMNS 4

typedef struct
{
  guint  n_cols, rows;
  double row_h, thickness, font, col_w, col_gap, label_w, value_w;
  double top, max, step, tick_h;
  guint  first_category_label;
} Geometry;

static gboolean
is_rate_kind (const KlChartData *data)
{
  return data->kind != KL_CHART_STATUS;
}

/* The length of a category's bar: its rate, or its total of tasks. */
static double
category_value (const KlChartData *data,
                guint              category)
{
  double total = 0;

  if (is_rate_kind (data))
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

static char *
value_text (const KlChartData *data,
            double             value)
{
  return is_rate_kind (data) ? _kl_chart_format_rate (value)
                             : _kl_chart_format_value (value);
}

static double
scale_end (const KlChartData *data,
           double            *step)
{
  double max = 0;

  for (guint i = 0; i < data->categories->len; i++)
    {
      double v = category_value (data, i);
      if (isfinite (v))
        max = MAX (max, v);
    }
  if (!is_rate_kind (data))
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
plan_rows (KlChartBuild *build,
           Geometry     *g,
           double        avail_h)
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
add_category_labels (KlChartBuild *build,
                     Geometry     *g)
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
                                   _kl_chart_text_new (build->context, cat->name,
                                                       g->font, FALSE,
                                                       g->col_w * 0.3, lines), 0);
      pango_layout_set_alignment (label->text, PANGO_ALIGN_RIGHT);
      label->category = (int) c;
      widest = MAX (widest, label->rect.width);
    }
  return widest;
}

static double
widest_value_label (KlChartBuild *build,
                    Geometry     *g)
{
  g_autofree char *text = value_text (build->data, g->max * 1.05);
  g_autoptr(PangoLayout) pango = _kl_chart_text_new (build->context, text,
                                                     g->font, FALSE, 0, 1);
  double w, h;

  _kl_chart_text_size (pango, &w, &h);
  /* A rate is followed by its status marker. */
  return w + (is_rate_kind (build->data) ? g->font * 1.2 : 0);
}

static void
plan_geometry (KlChartBuild *build,
               Geometry     *g)
{
  double tick_h = text_height (build, build->font * 0.85);
  g_autofree char *title = _kl_chart_value_axis_title (build->data);
  double bottom = tick_h + build->gap;

  if (title != NULL || is_rate_kind (build->data))
    bottom += tick_h;
  g->tick_h = tick_h;
  g->top = build->plot.y + (is_rate_kind (build->data) ? tick_h + build->gap / 2 : 0);
  g->max = scale_end (build->data, &g->step);
  plan_rows (build, g, MAX (build->plot.y + build->plot.height - bottom - g->top, 1));
  g->label_w = add_category_labels (build, g);
  g->value_w = widest_value_label (build, g);
}

static KlChartPanel *
add_panel (KlChartBuild   *build,
           const Geometry *g,
           guint           col)
{
  double col_x = build->plot.x + col * (g->col_w + g->col_gap);
  KlChartPanel panel = { { col_x + g->label_w + build->gap, g->top, 0,
                           g->rows * g->row_h }, g->max, TRUE };

  panel.area.width = MAX (col_x + g->col_w - g->value_w - build->gap - panel.area.x, 1);
  g_array_append_val (build->layout->panels, panel);
  return &g_array_index (build->layout->panels, KlChartPanel,
                         build->layout->panels->len - 1);
}

static KlChartLabel *
add_text (KlChartBuild     *build,
          KlChartLabelRole  role,
          const char       *text,
          double            size)
{
  return _kl_chart_add_label (build->layout, role,
                              _kl_chart_text_new (build->context, text, size,
                                                  FALSE, 0, 1), 0);
}

static void
add_ticks (KlChartBuild       *build,
           const Geometry     *g,
           const KlChartPanel *p)
{
  const cairo_rectangle_t *a = &p->area;
  g_autofree char *widest = value_text (build->data, g->max);
  double spacing = g->step / g->max * a->width, bottom = a->y + a->height;
  guint every = 1, i = 0;
  KlChartLabel *probe = add_text (build, KL_CHART_LABEL_TICK, widest, build->font * 0.85);

  /* Leave out every other tick label when they would touch. */
  every = MAX ((guint) ceil (probe->rect.width * 1.3 / spacing), 1);
  g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
  for (double v = 0; v <= g->max * (1 + 1e-9); v += g->step, i++)
    {
      double x = a->x + v / g->max * a->width;
      g_autofree char *text = value_text (build->data, v);

      if (v > 0)
        _kl_chart_add_line (build->layout, KL_CHART_LINE_GRID, x, a->y, x, bottom);
      if (i % every == 0)
        _kl_chart_label_place (add_text (build, KL_CHART_LABEL_TICK, text,
                                         build->font * 0.85),
                               x, bottom + build->gap / 3, 0.5, 0);
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
  KlChartLabel *label = add_text (build, KL_CHART_LABEL_REFERENCE, text, build->font * 0.85);

  if (x - label->rect.width < col_left)
    {
      g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
      label = add_text (build, KL_CHART_LABEL_REFERENCE, share, build->font * 0.85);
    }
  _kl_chart_label_place (label, x, top, 1, 1);
  if (label->rect.x < col_left || _kl_chart_rects_overlap (&label->rect, hundred))
    g_array_remove_index (build->layout->labels, build->layout->labels->len - 1);
}

/* The 100 % line and the time line, labelled above the panel: "100%" to
 * the right of its line, the time to the left of its own. */
static void
add_reference_lines (KlChartBuild       *build,
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
  label = add_text (build, KL_CHART_LABEL_REFERENCE, "100%", build->font * 0.85);
  _kl_chart_label_place (label, MIN (x, col_right - label->rect.width), top, 0, 1);
  hundred = label->rect;
  if (isnan (elapsed))
    return;
  x = a->x + elapsed / p->max * a->width;
  _kl_chart_add_line (build->layout, KL_CHART_LINE_ELAPSED, x, top, x, a->y + a->height);
  add_elapsed_label (build, x, top, col_left, &hundred);
}

static void
add_value_label (KlChartBuild   *build,
                 const Geometry *g,
                 guint           category,
                 double          value,
                 double          x,
                 double          y)
{
  g_autofree char *text = value_text (build->data, value);
  KlChartLabel *label = add_text (build, KL_CHART_LABEL_VALUE, text, g->font);
  const KlChartCategory *c = g_ptr_array_index (build->data->categories, category);
  double size = g->font * 0.75;

  label->category = (int) category;
  label->backdrop = TRUE; /* the reference lines pass behind */
  _kl_chart_label_place (label, x + build->gap / 2, y, 0, 0.5);
  if (is_rate_kind (build->data)
      && (c->status == KL_CHART_STATUS_MET || c->status == KL_CHART_STATUS_LAGGING))
    _kl_chart_add_marker (build->layout, c->status,
                          label->rect.x + label->rect.width + build->gap / 2 + size / 2,
                          y, size);
}

static void
add_rate_bar (KlChartBuild       *build,
              const Geometry     *g,
              const KlChartPanel *p,
              guint               category,
              double              y)
{
  const KlChartCategory *c = g_ptr_array_index (build->data->categories, category);
  double rate = category_value (build->data, category);
  double len = isfinite (rate) ? CLAMP (rate, 0, p->max) / p->max * p->area.width : 0;
  cairo_rectangle_t rect = { p->area.x, y - g->thickness / 2, len, g->thickness };

  if (isfinite (rate))
    _kl_chart_add_bar (build, &rect, category, 0, rate,
                       KL_CHART_PAINT_FOR_STATUS (c->status));
  add_value_label (build, g, category, rate, p->area.x + len, y);
}

/* A segment's count goes inside it when it fits. */
static void
add_segment_label (KlChartBuild   *build,
                   const Geometry *g,
                   const KlChartBar *bar)
{
  g_autofree char *text = _kl_chart_format_value (bar->value);
  KlChartLabel *label = add_text (build, KL_CHART_LABEL_VALUE, text, g->font * 0.9);

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

static void
add_stacked_bar (KlChartBuild       *build,
                 const Geometry     *g,
                 const KlChartPanel *p,
                 guint               category,
                 double              y)
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
  add_value_label (build, g, category, category_value (data, category), x, y);
}

static void
add_axis_title (KlChartBuild   *build,
                const Geometry *g)
{
  g_autofree char *title = _kl_chart_value_axis_title (build->data);
  KlChartLabel *label;

  if (title == NULL && is_rate_kind (build->data))
    title = g_strdup (_("Completion rate"));
  if (title == NULL)
    return;
  label = add_text (build, KL_CHART_LABEL_AXIS_TITLE, title, build->font * 0.85);
  /* Under the tick labels, at the right end of the scale. */
  _kl_chart_label_place (label, build->plot.x + build->plot.width,
                         g->top + g->rows * g->row_h + build->gap / 3 + g->tick_h,
                         1, 0);
}

static void
fill_column (KlChartBuild   *build,
             const Geometry *g,
             guint           col)
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
      if (is_rate_kind (build->data))
        add_rate_bar (build, g, &p, c, y);
      else
        add_stacked_bar (build, g, &p, c, y);
    }
  add_ticks (build, g, &p);
  if (is_rate_kind (build->data))
    add_reference_lines (build, &p, p.area.x - g->label_w - build->gap,
                         p.area.x + p.area.width + g->value_w + build->gap);
}

void
_kl_chart_layout_hbars (KlChartBuild *build)
{
  Geometry g = { 0 };

  compute_order (build);
  plan_geometry (build, &g);
  for (guint col = 0; col < g.n_cols; col++)
    fill_column (build, &g, col);
  add_axis_title (build, &g);
}
