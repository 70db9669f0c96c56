/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chart geometry, checked on the layout: no pixels needed. */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "charts/kl-chart-private.h"
#include "kl-chart-fixtures.h"

static PangoContext *context;

static KlChartLayout *
compute (const KlChartData *data,
         double             width,
         double             height)
{
  return kl_chart_layout_compute (data, context, width, height);
}

static const KlChartPanel *
panel (const KlChartLayout *layout,
       guint                i)
{
  g_assert_cmpuint (i, <, layout->panels->len);
  return &g_array_index (layout->panels, KlChartPanel, i);
}

#define BAR(layout, i) (&g_array_index ((layout)->bars, KlChartBar, (i)))
#define LABEL(layout, i) (&g_array_index ((layout)->labels, KlChartLabel, (i)))

static void
test_target_bars_proportional (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  g_autoptr(KlChartLayout) layout = compute (data, 1200, 750);
  const cairo_rectangle_t *area = &panel (layout, 0)->area;

  /* Seven units, quota and actual each. */
  g_assert_cmpuint (layout->bars->len, ==, 14);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = BAR (layout, i);
      double expected = bar->value / panel (layout, 0)->max * area->height;

      g_assert_cmpfloat_with_epsilon (bar->rect.height, expected, 1e-6);
      g_assert_cmpfloat_with_epsilon (bar->rect.y + bar->rect.height,
                                      area->y + area->height, 1e-6);
      g_assert_cmpfloat (bar->value, ==, kl_chart_data_get_value (data, bar->category,
                                                                  bar->series));
      /* Units left to right, quota before actual. */
      if (i > 0)
        g_assert_cmpfloat (bar->rect.x, >=, BAR (layout, i - 1)->rect.x
                                            + BAR (layout, i - 1)->rect.width - 1e-6);
    }
  g_assert_cmpuint (BAR (layout, 0)->paint, ==, KL_CHART_PAINT_QUOTA);
  g_assert_cmpuint (BAR (layout, 1)->paint, ==, KL_CHART_PAINT_ACTUAL);
  /* 1020 of 广陵区 is the tallest. */
  g_assert_cmpfloat (BAR (layout, 11)->rect.height, >, BAR (layout, 10)->rect.height);
}

/* Small whole counts get whole ticks (0, 1, 2), never 0.2 … 1.2. */
static void
test_whole_ticks (void)
{
  g_autoptr(KlChartData) data = kl_chart_data_new (KL_CHART_TARGET);
  g_autoptr(KlChartLayout) layout = NULL;
  guint ticks = 0;

  kl_chart_data_add_series (data, "目标", KL_CHART_SERIES_TARGET);
  for (guint i = 0; i < 3; i++)
    {
      guint c = kl_chart_data_add_category (data, i ? "高邮市" : "宝应县");
      kl_chart_data_set_value (data, c, 0, 1);
    }
  g_assert_true (kl_chart_data_all_whole (data));
  g_assert_cmpfloat (kl_chart_data_max_value (data), ==, 1);
  layout = compute (data, 1200, 750);
  for (guint i = 0; i < layout->labels->len; i++)
    if (LABEL (layout, i)->role == KL_CHART_LABEL_TICK)
      {
        const char *text = pango_layout_get_text (LABEL (layout, i)->text);
        g_assert_null (strchr (text, '.'));
        ticks++;
      }
  g_assert_cmpuint (ticks, >=, 2);
  kl_chart_data_set_value (data, 0, 0, 0.5);
  g_assert_false (kl_chart_data_all_whole (data));
}

static double
rate_of (const KlChartData *data,
         guint              category)
{
  return kl_chart_data_get_rate (data, category);
}

static void
test_ranking_sorted (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_RANKING, 0);
  g_autoptr(KlChartLayout) layout = compute (data, 1200, 750);
  const KlChartPanel *p = panel (layout, 0);

  g_assert_cmpuint (layout->order->len, ==, 7);
  g_assert_cmpuint (layout->bars->len, ==, 7);
  /* 广陵区 1020/1000 first, 开发区 300/800 last. */
  g_assert_cmpuint (g_array_index (layout->order, guint, 0), ==, 5);
  g_assert_cmpuint (g_array_index (layout->order, guint, 6), ==, 6);
  for (guint i = 0; i < layout->bars->len; i++)
    {
      const KlChartBar *bar = BAR (layout, i);

      g_assert_cmpuint (bar->category, ==, g_array_index (layout->order, guint, i));
      g_assert_cmpfloat_with_epsilon (bar->rect.width,
                                      rate_of (data, bar->category) / p->max * p->area.width,
                                      1e-6);
      if (i == 0)
        continue;
      g_assert_cmpfloat (rate_of (data, bar->category), <=,
                         rate_of (data, BAR (layout, i - 1)->category));
      g_assert_cmpfloat (bar->rect.y, >, BAR (layout, i - 1)->rect.y);
    }
}

static const KlChartLine *
find_line (const KlChartLayout *layout,
           KlChartLineRole      role)
{
  for (guint i = 0; i < layout->lines->len; i++)
    if (g_array_index (layout->lines, KlChartLine, i).role == role)
      return &g_array_index (layout->lines, KlChartLine, i);
  return NULL;
}

static void
test_hundred_line (void)
{
  g_autoptr(KlChartData) data = kl_chart_data_new (KL_CHART_RANKING);
  g_autoptr(KlChartLayout) layout = NULL;
  const KlChartLine *hundred, *elapsed;
  const KlChartPanel *p;

  kl_chart_data_set_elapsed (data, 0.5);
  kl_chart_data_set_rate (data, kl_chart_data_add_category (data, "甲"), 0.3);
  kl_chart_data_set_rate (data, kl_chart_data_add_category (data, "乙"), 1.0);
  kl_chart_data_set_rate (data, kl_chart_data_add_category (data, "丙"), 1.7);
  layout = compute (data, 1000, 600);
  p = panel (layout, 0);
  hundred = find_line (layout, KL_CHART_LINE_HUNDRED);
  elapsed = find_line (layout, KL_CHART_LINE_ELAPSED);
  g_assert_nonnull (hundred);
  g_assert_nonnull (elapsed);
  g_assert_cmpfloat (p->max, >=, 1.7);
  g_assert_cmpfloat_with_epsilon (hundred->x1, p->area.x + p->area.width / p->max, 1e-6);
  g_assert_cmpfloat_with_epsilon (elapsed->x1, p->area.x + 0.5 * p->area.width / p->max, 1e-6);
  /* 乙 at exactly 100 % ends on the line; it ranks second. */
  g_assert_cmpuint (BAR (layout, 1)->category, ==, 1);
  g_assert_cmpfloat_with_epsilon (BAR (layout, 1)->rect.x + BAR (layout, 1)->rect.width,
                                  hundred->x1, 1e-6);
  g_assert_cmpfloat (BAR (layout, 0)->rect.x + BAR (layout, 0)->rect.width, >, hundred->x1);
}

static void
test_no_time_line_without_elapsed (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_OVERVIEW, 0);
  g_autoptr(KlChartLayout) layout = NULL;

  kl_chart_data_set_elapsed (data, NAN);
  layout = compute (data, 1200, 750);
  g_assert_nonnull (find_line (layout, KL_CHART_LINE_HUNDRED));
  g_assert_null (find_line (layout, KL_CHART_LINE_ELAPSED));
  /* Indicators keep the order given. */
  for (guint i = 0; i < layout->order->len; i++)
    g_assert_cmpuint (g_array_index (layout->order, guint, i), ==, i);
}

static gboolean
rect_inside (const cairo_rectangle_t *r,
             double                   width,
             double                   height)
{
  return r->x >= -1e-6 && r->y >= -1e-6 && r->x + r->width <= width + 1e-6
         && r->y + r->height <= height + 1e-6;
}

/* Every label and bar on the chart, and no two labels on each other. */
static void
check_tidy (const KlChartLayout *layout)
{
  for (guint i = 0; i < layout->bars->len; i++)
    g_assert_true (rect_inside (&BAR (layout, i)->rect, layout->width, layout->height));
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const KlChartLabel *a = LABEL (layout, i);

      if (!rect_inside (&a->rect, layout->width, layout->height))
        g_error ("label “%s” (%g,%g %g×%g) leaves the %g×%g chart",
                 pango_layout_get_text (a->text), a->rect.x, a->rect.y,
                 a->rect.width, a->rect.height, layout->width, layout->height);
      for (guint j = i + 1; j < layout->labels->len; j++)
        if (_kl_chart_rects_overlap (&a->rect, &LABEL (layout, j)->rect))
          g_error ("labels “%s” and “%s” overlap", pango_layout_get_text (a->text),
                   pango_layout_get_text (LABEL (layout, j)->text));
    }
}

static guint
count_labels (const KlChartLayout *layout,
              KlChartLabelRole     role)
{
  guint n = 0;

  for (guint i = 0; i < layout->labels->len; i++)
    n += LABEL (layout, i)->role == role;
  return n;
}

static void
test_tidy (gconstpointer user_data)
{
  static const double sizes[][2] = { { 1600, 1000 }, { 1200, 750 }, { 842, 595 },
                                     { 400, 300 } };
  guint n_units = GPOINTER_TO_UINT (user_data);

  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(KlChartData) data = kl_chart_fixture_new (kind, n_units);
        g_autoptr(KlChartLayout) layout = compute (data, sizes[s][0], sizes[s][1]);

        g_test_message ("%s, %u units, %g×%g", kl_chart_kind_get_nick (kind),
                        n_units, sizes[s][0], sizes[s][1]);
        check_tidy (layout);
        /* Every unit, indicator or period is named (on a page at least;
         * a thumbnail of 100 units names some). */
        if (sizes[s][0] >= 842)
          g_assert_cmpuint (count_labels (layout, KL_CHART_LABEL_CATEGORY), ==,
                            kl_chart_data_get_n_categories (data));
        g_assert_cmpuint (count_labels (layout, KL_CHART_LABEL_TITLE), ==, 1);
      }
}

static double
category_font_size (const KlChartLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    if (LABEL (layout, i)->role == KL_CHART_LABEL_CATEGORY)
      {
        const PangoFontDescription *font =
          pango_layout_get_font_description (LABEL (layout, i)->text);
        return (double) pango_font_description_get_size (font) / PANGO_SCALE;
      }
  return 0;
}

/* 100 units on an A4 page: rankings flow into columns with text still
 * ≥ 6 pt; grouped bars turn their names upwards. */
static void
test_hundred_units_readable (void)
{
  g_autoptr(KlChartData) ranking = kl_chart_fixture_new (KL_CHART_RANKING, 100);
  g_autoptr(KlChartData) target = kl_chart_fixture_new (KL_CHART_TARGET, 100);
  g_autoptr(KlChartLayout) a = compute (ranking, 842, 595);
  g_autoptr(KlChartLayout) b = compute (target, 1600, 1000);

  g_assert_cmpuint (a->panels->len, >, 1);
  g_assert_cmpuint (a->bars->len, ==, 100);
  g_assert_cmpfloat (category_font_size (a), >=, 6);
  for (guint i = 0; i < b->labels->len; i++)
    if (LABEL (b, i)->role == KL_CHART_LABEL_CATEGORY)
      g_assert_cmpfloat (LABEL (b, i)->angle, !=, 0);
  g_assert_cmpfloat (category_font_size (b), >=, 8);
}

static void
check_empty (KlChartData *data)
{
  g_autoptr(KlChartLayout) layout = compute (data, 800, 500);

  g_assert_true (layout->empty);
  g_assert_cmpuint (layout->bars->len, ==, 0);
  g_assert_cmpuint (layout->points->len, ==, 0);
  g_assert_cmpuint (count_labels (layout, KL_CHART_LABEL_MESSAGE), ==, 1);
  check_tidy (layout);
}

static void
test_empty (void)
{
  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    {
      g_autoptr(KlChartData) none = kl_chart_data_new (kind);
      g_autoptr(KlChartData) blank = kl_chart_fixture_new (kind, 0);

      check_empty (none);
      /* Units and series, but no figure yet. */
      for (guint c = 0; c < kl_chart_data_get_n_categories (blank); c++)
        {
          kl_chart_data_set_rate (blank, c, NAN);
          for (guint s = 0; s < kl_chart_data_get_n_series (blank); s++)
            kl_chart_data_set_value (blank, c, s, NAN);
        }
      check_empty (blank);
    }
}

static void
test_tiny_and_odd_sizes (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_RANKING, 100);

  for (KlChartKind kind = 0; kind < KL_CHART_N_KINDS; kind++)
    {
      g_autoptr(KlChartData) d = kl_chart_fixture_new (kind, 100);
      kl_chart_layout_free (compute (d, 1, 1));
      kl_chart_layout_free (compute (d, 30, 2000));
      kl_chart_layout_free (compute (d, 5000, 40));
    }
  kl_chart_layout_free (compute (data, 0.5, 0.5));
}

static void
test_nice_scale (void)
{
  double step;

  g_assert_cmpfloat (_kl_chart_nice_max (1120, &step), ==, 1250);
  g_assert_cmpfloat (step, ==, 250);
  g_assert_cmpfloat (_kl_chart_nice_max (100, &step), ==, 100);
  g_assert_cmpfloat (_kl_chart_nice_max (0, &step), ==, 1);
  for (double v = 0.013; v < 1e7; v *= 1.37)
    {
      double max = _kl_chart_nice_max (v, &step);

      g_assert_cmpfloat (max, >=, v);
      g_assert_cmpfloat (max / step, <=, 5 + 1e-9);
      g_assert_cmpfloat (max / step, >=, 2 - 1e-9);
    }
}

static void
test_data_rates (void)
{
  g_autoptr(KlChartData) data = kl_chart_fixture_new (KL_CHART_TARGET, 0);
  guint c;

  /* 宝应县: 460 of 500. */
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 0), 0.92, 1e-9);
  kl_chart_data_set_rate (data, 0, 0.5);
  g_assert_cmpfloat (kl_chart_data_get_rate (data, 0), ==, 0.5);
  c = kl_chart_data_add_category (data, "新单位");
  g_assert_true (isnan (kl_chart_data_get_value (data, c, 1)));
  g_assert_true (isnan (kl_chart_data_get_rate (data, c)));
  kl_chart_data_set_value (data, c, 0, 0);
  kl_chart_data_set_value (data, c, 1, 10);
  /* A quota of 0 (not assigned) has no rate. */
  g_assert_true (isnan (kl_chart_data_get_rate (data, c)));
  kl_chart_data_set_elapsed (data, 1.5);
  g_assert_true (isnan (data->elapsed_fraction));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  context = kl_chart_context_new ();
  g_test_add_func ("/charts/layout/target-bars-proportional", test_target_bars_proportional);
  g_test_add_func ("/charts/layout/ranking-sorted", test_ranking_sorted);
  g_test_add_func ("/charts/layout/hundred-line", test_hundred_line);
  g_test_add_func ("/charts/layout/no-time-line", test_no_time_line_without_elapsed);
  g_test_add_data_func ("/charts/layout/tidy-7", GUINT_TO_POINTER (0), test_tidy);
  g_test_add_data_func ("/charts/layout/tidy-100", GUINT_TO_POINTER (100), test_tidy);
  g_test_add_func ("/charts/layout/hundred-units-readable", test_hundred_units_readable);
  g_test_add_func ("/charts/layout/empty", test_empty);
  g_test_add_func ("/charts/layout/odd-sizes", test_tiny_and_odd_sizes);
  g_test_add_func ("/charts/layout/nice-scale", test_nice_scale);
  g_test_add_func ("/charts/layout/whole-ticks", test_whole_ticks);
  g_test_add_func ("/charts/data/rates", test_data_rates);
  status = g_test_run ();
  g_object_unref (context);
  return status;
}
