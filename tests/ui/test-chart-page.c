/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kl-grid-test.h"
#include "kl-test-support.h"
#include "import/kl-sample.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"
#include "widgets/charts/kl-chart-page.h"

/* The 图表 page on the sample: it shows a chart, switching the kind draws
 * another, and a figure entered in the ledger is redrawn.  Pixels come
 * from rendering the drawing area as it is on screen. */

typedef struct
{
  KlStore     *store;
  gint64       plan;
  GtkWidget   *window;
  KlChartPage *page;
} Fixture;

#define PEOPLE "科普中国新推广人数"

/* 优秀科普教育基地 (quota 1 in six units, 0 in 开发区) done in four. */
static void
set_first_indicator (Fixture *f)
{
  static const char *const done[] = { "宝应县", "高邮市", "仪征市", "江都区" };
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->store, f->plan, NULL);
  gint64 first = ((KlIndicatorInfo *) g_ptr_array_index (indicators, 0))->id;
  KlPeriod period;

  g_assert_true (kl_period_parse ("2021-Q1", &period, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 unit = kl_store_find_unit (f->store, done[i], NULL);

      g_assert_true (kl_store_set_progress_text (f->store, first, unit, &period, "1", &error));
      g_assert_no_error (error);
    }
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->store = kl_test_store_new ();
  g_assert_true (kl_sample_write (f->store, &f->plan, &error));
  g_assert_no_error (error);
  set_first_indicator (f);
  f->page = KL_CHART_PAGE (kl_chart_page_new ());
  g_object_set (f->page, "store", f->store, "plan-id", f->plan, NULL);
  f->window = kl_grid_test_window (GTK_WIDGET (f->page), f->store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->window);
  g_clear_object (&f->store);
}

/* The drawing area's pixels (RGBA), as drawn on screen now. */
static GBytes *
area_pixels (Fixture *f, int *width, int *height)
{
  GtkWidget *area = kl_chart_page_get_area (f->page);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (area);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (area));
  guchar *data;

  /* The paintable replays the area's last frame: let one be drawn. */
  gtk_widget_queue_draw (area);
  gtk_test_widget_wait_for_draw (f->window);
  kl_grid_test_pump_for (100);
  *width = gtk_widget_get_width (area);
  *height = gtk_widget_get_height (area);
  g_assert_cmpint (*width, >, 200);
  g_assert_cmpint (*height, >, 150);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  data = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, data, (gsize) *width * 4);
  return g_bytes_new_take (data, (gsize) *width * *height * 4);
}

/* Share of pixels that are neither white nor transparent. */
static double
ink (GBytes *pixels)
{
  gsize n;
  const guchar *p = g_bytes_get_data (pixels, &n);
  gsize inked = 0;

  for (gsize i = 0; i + 3 < n; i += 4)
    if (p[i + 3] > 0 && (p[i] < 200 || p[i + 1] < 200 || p[i + 2] < 200))
      inked++;
  return inked / (double) (n / 4);
}

static void
test_draws (Fixture *f, gconstpointer data)
{
  g_autoptr(GBytes) target = NULL;
  g_autoptr(GBytes) ranking = NULL;
  const KlChartData *chart = kl_chart_page_get_data (f->page);
  int w, h;

  g_assert_nonnull (chart);
  g_assert_cmpint (chart->kind, ==, KL_CHART_TARGET);
  g_assert_cmpuint (kl_chart_data_get_n_categories (chart), ==, 7);
  target = area_pixels (f, &w, &h);
  /* Bars, axes and labels: ink, but not a filled page. */
  g_assert_cmpfloat (ink (target), >, 0.01);
  g_assert_cmpfloat (ink (target), <, 0.6);

  kl_chart_page_set_kind (f->page, KL_CHART_RANKING);
  chart = kl_chart_page_get_data (f->page);
  g_assert_nonnull (chart);
  g_assert_cmpint (chart->kind, ==, KL_CHART_RANKING);
  ranking = area_pixels (f, &w, &h);
  g_assert_cmpfloat (ink (ranking), >, 0.01);
  if (g_getenv ("KL_TEST_SAVE_PNG") != NULL)
    kl_grid_test_save_png (f->window, g_getenv ("KL_TEST_SAVE_PNG"));
  g_assert_false (g_bytes_equal (target, ranking));
}

static void
test_every_kind (Fixture *f, gconstpointer data)
{
  for (guint k = 0; k < KL_CHART_N_KINDS; k++)
    {
      g_autoptr(GBytes) pixels = NULL;
      int w, h;

      kl_chart_page_set_kind (f->page, k);
      g_assert_nonnull (kl_chart_page_get_data (f->page));
      g_assert_cmpint (kl_chart_page_get_data (f->page)->kind, ==, k);
      pixels = area_pixels (f, &w, &h);
      g_assert_cmpfloat (ink (pixels), >, 0.003);
    }
}

/* A figure entered elsewhere reaches the chart through "changed". */
static void
test_follows_store (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->store, f->plan, NULL);
  gint64 unit = kl_store_find_unit (f->store, "高邮市", NULL);
  const KlChartData *chart;
  KlPeriod period;
  gint64 people = 0;

  for (guint i = 0; i < indicators->len; i++)
    if (g_str_equal (((KlIndicatorInfo *) g_ptr_array_index (indicators, i))->name, PEOPLE))
      people = ((KlIndicatorInfo *) g_ptr_array_index (indicators, i))->id;
  g_assert_cmpint (people, >, 0);
  kl_chart_page_set_kind (f->page, KL_CHART_OVERVIEW);
  g_assert_true (kl_period_parse ("2021-Q2", &period, NULL));
  g_assert_true (kl_store_set_progress_text (f->store, people, unit, &period, "400", &error));
  g_assert_no_error (error);
  chart = kl_chart_page_get_data (f->page);
  g_assert_nonnull (chart);
  g_assert_nonnull (strstr (chart->subtitle, "2021-06-30"));
  for (guint c = 0; c < kl_chart_data_get_n_categories (chart); c++)
    if (g_str_equal (((KlChartCategory *) g_ptr_array_index (chart->categories, c))->name, PEOPLE))
      g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (chart, c), 400.0 / 5700.0, 1e-9);
  g_assert_true (kl_store_undo (f->store, &error));
  g_assert_nonnull (strstr (kl_chart_page_get_data (f->page)->subtitle, "2021-03-31"));

  /* Off screen the chart waits, and catches up when shown again. */
  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  g_assert_true (kl_store_redo (f->store, &error));
  g_assert_nonnull (strstr (kl_chart_page_get_data (f->page)->subtitle, "2021-03-31"));
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  g_assert_nonnull (strstr (kl_chart_page_get_data (f->page)->subtitle, "2021-06-30"));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/chart-page/draws", Fixture, NULL, fixture_set_up, test_draws, fixture_tear_down);
  g_test_add ("/chart-page/every-kind", Fixture, NULL, fixture_set_up, test_every_kind,
              fixture_tear_down);
  g_test_add ("/chart-page/follows-store", Fixture, NULL, fixture_set_up, test_follows_store,
              fixture_tear_down);
  return g_test_run ();
}
