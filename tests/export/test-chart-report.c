/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kl-test-support.h"
#include "export/kl-chart-report.h"
#include "export/kl-export.h"
#include "import/kl-sample.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-section.h"
#include "model/kl-unit.h"

/* The chart adapter on the bundled sample (quarterly, 2021) with a few
 * figures of 科普中国新推广人数 (quotas 500 800 1000 800 800 1000 800 人):
 * values, order, rates and statuses of every chart kind. */

#define CN "科普中国新推广人数"

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   cn;
} Fixture;

static const char *const units[] = { "宝应县", "高邮市", "仪征市", "江都区", "邗江区", "广陵区", "开发区" };
static const double unit_quotas[] = { 500, 800, 1000, 800, 800, 1000, 800 };

static gint64
indicator_named (Fixture *f, const char *name)
{
  g_autoptr(GPtrArray) list = kl_store_list_indicators (f->store, f->plan, NULL);

  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((KlIndicatorInfo *) g_ptr_array_index (list, i))->name, name))
      return ((KlIndicatorInfo *) g_ptr_array_index (list, i))->id;
  g_assert_not_reached ();
}

static void
set_progress (Fixture *f, const char *unit, const char *period_text, const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;
  gint64 unit_id = kl_store_find_unit (f->store, unit, &error);

  g_assert_no_error (error);
  g_assert_cmpint (unit_id, >, 0);
  g_assert_true (kl_period_parse (period_text, &period, &error));
  g_assert_true (kl_store_set_progress_text (f->store, f->cn, unit_id, &period, text, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->store = kl_test_store_new ();
  g_assert_true (kl_sample_write (f->store, &f->plan, &error));
  g_assert_no_error (error);
  f->cn = indicator_named (f, CN);
  if (data != NULL)
    return; /* a ledger without figures */
  set_progress (f, "宝应县", "2021-Q1", "120");
  set_progress (f, "高邮市", "2021-Q1", "300");
  set_progress (f, "宝应县", "2021-Q3", "200");
  set_progress (f, "仪征市", "2021-Q3", "1000");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static KlChartData *
build (Fixture *f, KlChartKind kind, gint64 indicator, const char *period_text, gint64 unit)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;
  KlChartRequest request = { kind, indicator, NULL, unit };
  KlChartData *data;

  if (period_text != NULL)
    {
      g_assert_true (kl_period_parse (period_text, &period, NULL));
      request.period = &period;
    }
  data = kl_chart_report_build (f->store, f->plan, &request, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static const char *
category_name (const KlChartData *data, guint c)
{
  return ((KlChartCategory *) g_ptr_array_index (data->categories, c))->name;
}

static KlChartStatus
category_status (const KlChartData *data, guint c)
{
  return ((KlChartCategory *) g_ptr_array_index (data->categories, c))->status;
}

static void
test_target (Fixture *f, gconstpointer data_)
{
  g_autoptr(KlChartData) data = build (f, KL_CHART_TARGET, f->cn, "2021-Q3", 0);
  const double done[] = { 320, 300, 1000, NAN, NAN, NAN, NAN };

  g_assert_nonnull (strstr (data->title, CN));
  g_assert_nonnull (strstr (data->subtitle, "2021年度扬州市科普工作要点"));
  g_assert_nonnull (strstr (data->subtitle, "2021-09-30"));
  g_assert_nonnull (strstr (data->source, "扬州市科学技术协会"));
  g_assert_cmpstr (data->measure, ==, "人");
  g_assert_cmpfloat_with_epsilon (data->elapsed_fraction, 0.75, 1e-9);
  g_assert_cmpuint (kl_chart_data_get_n_series (data), ==, 2);
  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, G_N_ELEMENTS (units));
  for (guint c = 0; c < G_N_ELEMENTS (units); c++)
    {
      g_assert_cmpstr (category_name (data, c), ==, units[c]);
      g_assert_cmpfloat (kl_chart_data_get_value (data, c, 0), ==, unit_quotas[c]);
      if (isnan (done[c]))
        g_assert_true (isnan (kl_chart_data_get_value (data, c, 1)));
      else
        g_assert_cmpfloat (kl_chart_data_get_value (data, c, 1), ==, done[c]);
    }
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 0), 0.64, 1e-9);
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 1), 0.375, 1e-9);
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 2), 1.0, 1e-9);
  g_assert_true (isnan (kl_chart_data_get_rate (data, 3)));
  g_assert_cmpint (category_status (data, 0), ==, KL_CHART_STATUS_LAGGING);
  g_assert_cmpint (category_status (data, 1), ==, KL_CHART_STATUS_LAGGING);
  g_assert_cmpint (category_status (data, 2), ==, KL_CHART_STATUS_MET);
  g_assert_cmpint (category_status (data, 3), ==, KL_CHART_STATUS_NONE);
}

static void
test_ranking_q1 (Fixture *f, gconstpointer data_)
{
  g_autoptr(KlChartData) data = build (f, KL_CHART_RANKING, f->cn, "2021-Q1", 0);

  /* At the end of Q1 a quarter of the year is gone: 300/800 is on track. */
  g_assert_cmpfloat_with_epsilon (data->elapsed_fraction, 0.25, 1e-9);
  /* Rates have no measure word (no "单位：人" over a percent axis). */
  g_assert_true (data->measure == NULL || data->measure[0] == '\0');
  g_assert_cmpuint (kl_chart_data_get_n_series (data), ==, 0);
  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, G_N_ELEMENTS (units));
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 0), 0.24, 1e-9);
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, 1), 0.375, 1e-9);
  g_assert_cmpint (category_status (data, 0), ==, KL_CHART_STATUS_LAGGING);
  g_assert_cmpint (category_status (data, 1), ==, KL_CHART_STATUS_ON_TRACK);
  g_assert_true (isnan (kl_chart_data_get_rate (data, 2)));
}

/* Indicators with at least one figure as quota, in plan order (from the
 * quota list, not the roll-up the adapter reads; the sample has no base
 * data, so its share rules give no quota). */
static GPtrArray *
with_quota (Fixture *f)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->store, f->plan, NULL);
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (f->store, f->plan, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_indicator_info_free);

  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);
      gboolean found = FALSE;

      for (guint q = 0; q < quotas->len && !found; q++)
        {
          const KlQuotaEntry *e = g_ptr_array_index (quotas, q);
          found = e->indicator_id == ind->id &&
                  (e->value.kind == KL_CELL_NUMBER || e->value.kind == KL_CELL_PARTS);
        }
      if (found)
        g_ptr_array_add (out, g_ptr_array_steal_index (indicators, i--));
    }
  return out;
}

static void
test_overview (Fixture *f, gconstpointer data_)
{
  g_autoptr(KlChartData) data = build (f, KL_CHART_OVERVIEW, 0, "2021-Q3", 0);
  g_autoptr(KlChartData) one = NULL;
  g_autoptr(GPtrArray) indicators = with_quota (f);
  guint cn = G_MAXUINT;

  /* The indicators with a quota, in plan order. */
  g_assert_cmpuint (indicators->len, >, 10);
  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, indicators->len);
  for (guint c = 0; c < indicators->len; c++)
    {
      const KlIndicatorInfo *ind = g_ptr_array_index (indicators, c);
      g_assert_cmpstr (category_name (data, c), ==, ind->name);
      if (ind->id == f->cn)
        cn = c;
      else
        g_assert_true (isnan (kl_chart_data_get_rate (data, c)));
    }
  g_assert_cmpuint (cn, <, indicators->len);
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (data, cn), 1620.0 / 5700.0, 1e-9);
  g_assert_cmpint (category_status (data, cn), ==, KL_CHART_STATUS_LAGGING);

  one = build (f, KL_CHART_OVERVIEW, 0, "2021-Q3", kl_store_find_unit (f->store, "仪征市", NULL));
  g_assert_nonnull (strstr (one->title, "仪征市"));
  g_assert_cmpfloat_with_epsilon (kl_chart_data_get_rate (one, cn), 1.0, 1e-9);
  g_assert_cmpint (category_status (one, cn), ==, KL_CHART_STATUS_MET);
}

static void
test_trend (Fixture *f, gconstpointer data_)
{
  g_autoptr(KlChartData) data = build (f, KL_CHART_TREND, f->cn, "2021-Q3", 0);
  const double done[] = { 420, 420, 1620 };

  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, 4);
  g_assert_true (isnan (data->elapsed_fraction));
  for (guint c = 0; c < 4; c++)
    {
      g_assert_cmpfloat_with_epsilon (kl_chart_data_get_value (data, c, 0), 5700 * (c + 1) / 4.0,
                                      1e-9);
      if (c < 3)
        g_assert_cmpfloat (kl_chart_data_get_value (data, c, 1), ==, done[c]);
    }
  g_assert_true (isnan (kl_chart_data_get_value (data, 3, 1)));
}

/* Leaves of the tree, counted here independently of the adapter. */
static GPtrArray *
leaf_tasks (Fixture *f)
{
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, f->plan, NULL);
  GPtrArray *leaves = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_section_info_free);

  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      gboolean parent = FALSE;

      for (guint j = 0; j < sections->len && !parent; j++)
        parent = ((KlSectionInfo *) g_ptr_array_index (sections, j))->parent_id == s->id;
      if (!parent)
        g_ptr_array_add (leaves, g_ptr_array_steal_index (sections, i--));
    }
  return leaves;
}

static void
test_status (Fixture *f, gconstpointer data_)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leaves = leaf_tasks (f);
  g_autoptr(KlChartData) data = NULL;
  g_autoptr(KlChartData) one = NULL;
  KlSectionInfo *first = g_ptr_array_index (leaves, 0);
  gint64 unit = kl_store_find_unit (f->store, "高邮市", NULL);

  g_assert_cmpuint (leaves->len, >, 2);
  first->status = KL_STATUS_LAGGING;
  g_assert_true (kl_store_update_section (f->store, first, &error));
  g_assert_true (kl_store_set_section_units (f->store, first->id, &unit, 1, &error));
  g_assert_no_error (error);

  data = build (f, KL_CHART_STATUS, 0, NULL, 0);
  g_assert_cmpuint (kl_chart_data_get_n_series (data), ==, 4);
  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, 2);
  g_assert_cmpfloat (kl_chart_data_get_value (data, 0, KL_STATUS_NOT_STARTED), ==, leaves->len - 1);
  g_assert_cmpfloat (kl_chart_data_get_value (data, 0, KL_STATUS_LAGGING), ==, 1);
  g_assert_cmpstr (category_name (data, 1), ==, "高邮市");
  g_assert_cmpfloat (kl_chart_data_get_value (data, 1, KL_STATUS_LAGGING), ==, 1);
  g_assert_true (isnan (kl_chart_data_get_value (data, 1, KL_STATUS_NOT_STARTED)));

  one = build (f, KL_CHART_STATUS, 0, NULL, unit);
  g_assert_cmpuint (kl_chart_data_get_n_categories (one), ==, 1);
  g_assert_cmpstr (category_name (one, 0), ==, "高邮市");
}

static void
test_defaults (Fixture *f, gconstpointer data_)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->store, f->plan, NULL);
  const KlIndicatorInfo *first = g_ptr_array_index (indicators, 0);
  g_autoptr(KlChartData) data = build (f, KL_CHART_TARGET, 0, NULL, 0);

  /* The first indicator with a quota; the latest period with figures. */
  g_assert_nonnull (strstr (data->title, first->name));
  g_assert_nonnull (strstr (data->subtitle, data_ ? "2021-12-31" : "2021-09-30"));
}

/* 优秀科普教育基地 has 0 (not assigned) for 开发区: not in its ranking. */
static void
test_ranking_unassigned (Fixture *f, gconstpointer data_)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->store, f->plan, NULL);
  const KlIndicatorInfo *first = g_ptr_array_index (indicators, 0);
  g_autoptr(KlChartData) data = build (f, KL_CHART_RANKING, first->id, "2021-Q3", 0);
  g_autoptr(KlChartData) target = build (f, KL_CHART_TARGET, first->id, "2021-Q3", 0);

  g_assert_cmpstr (first->name, ==, "优秀科普教育基地");
  g_assert_cmpuint (kl_chart_data_get_n_categories (data), ==, 6);
  for (guint c = 0; c < 6; c++)
    g_assert_cmpstr (category_name (data, c), ==, units[c]);
  g_assert_cmpuint (kl_chart_data_get_n_categories (target), ==, 7);
  g_assert_cmpfloat (kl_chart_data_get_value (target, 6, 0), ==, 0);
}

static void
test_errors (Fixture *f, gconstpointer data_)
{
  g_autoptr(GError) error = NULL;
  KlChartRequest request = { KL_CHART_TARGET, 99999, NULL, 0 };
  KlChartKind kind;

  g_assert_null (kl_chart_report_build (f->store, f->plan, &request, &error));
  g_assert_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  request = (KlChartRequest) { KL_CHART_OVERVIEW, 0, NULL, 99999 };
  g_assert_null (kl_chart_report_build (f->store, f->plan, &request, &error));
  g_assert_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (kl_chart_report_build (f->store, 99999, &request, &error));
  g_assert_nonnull (error);
  g_assert_false (kl_chart_kind_from_nick ("pie", &kind));
  g_assert_true (kl_chart_kind_from_nick ("trend", &kind));
  g_assert_cmpint (kind, ==, KL_CHART_TREND);
}

static void
test_meeting_pack (Fixture *f, gconstpointer data_)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = with_quota (f);
  g_autoptr(GPtrArray) charts = kl_chart_report_meeting_pack (f->store, f->plan, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (charts->len, ==, 1 + 2 * indicators->len);
  g_assert_cmpint (((KlChartData *) g_ptr_array_index (charts, 0))->kind, ==, KL_CHART_OVERVIEW);
  for (guint i = 0; i < indicators->len; i++)
    {
      const KlChartData *target = g_ptr_array_index (charts, 1 + 2 * i);
      const KlChartData *ranking = g_ptr_array_index (charts, 2 + 2 * i);
      const KlIndicatorInfo *ind = g_ptr_array_index (indicators, i);

      g_assert_cmpint (target->kind, ==, KL_CHART_TARGET);
      g_assert_cmpint (ranking->kind, ==, KL_CHART_RANKING);
      g_assert_nonnull (strstr (target->title, ind->name));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, empty) \
  g_test_add (path, Fixture, empty, fixture_set_up, func, fixture_tear_down)
  ADD ("/chart-report/target", test_target, NULL);
  ADD ("/chart-report/ranking-q1", test_ranking_q1, NULL);
  ADD ("/chart-report/ranking-unassigned", test_ranking_unassigned, NULL);
  ADD ("/chart-report/overview", test_overview, NULL);
  ADD ("/chart-report/trend", test_trend, NULL);
  ADD ("/chart-report/status", test_status, NULL);
  ADD ("/chart-report/defaults", test_defaults, NULL);
  ADD ("/chart-report/defaults-empty", test_defaults, "empty");
  ADD ("/chart-report/errors", test_errors, NULL);
  ADD ("/chart-report/meeting-pack", test_meeting_pack, NULL);
  return g_test_run ();
}
