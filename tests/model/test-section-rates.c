/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-section-rates.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"

/* 完成率 per task from its linked indicators. */

static gint64
add_indicator (KlStore *store, gint64 plan, gint64 section, const char *name,
               KlIndicatorKind kind)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  info->plan_id = plan;
  info->section_id = section;
  g_free (info->name);
  info->name = g_strdup (name);
  info->kind = kind;
  g_assert_true (kl_store_add_indicator (store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

static void
set_progress (KlStore *store, gint64 indicator, gint64 unit, const char *period_text,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;

  g_assert_true (kl_period_parse (period_text, &period, &error));
  g_assert_true (kl_store_set_progress_text (store, indicator, unit, &period, text, &error));
  g_assert_no_error (error);
}

static double
rate_of (GHashTable *rates, gint64 section)
{
  double *rate = g_hash_table_lookup (rates, &section);
  return rate ? *rate : -1;
}

static void
test_rates (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rates = NULL;
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  gint64 a = kl_test_add_section (store, plan, 0, 1, "甲");
  gint64 b = kl_test_add_section (store, plan, 0, 1, "乙");
  gint64 c = kl_test_add_section (store, plan, 0, 1, "丙");
  gint64 u1 = 0, u2 = 0;
  gint64 count, percent, unquoted;
  KlPeriod year = kl_period_year (2021);

  g_assert_true (kl_store_add_unit (store, "宝应县", KL_UNIT_REGION, 0, &u1, &error));
  g_assert_true (kl_store_add_unit (store, "高邮市", KL_UNIT_REGION, 0, &u2, &error));
  count = add_indicator (store, plan, a, "科普中国新推广人数", KL_INDICATOR_COUNT);
  percent = add_indicator (store, plan, b, "科普场馆免费开放率", KL_INDICATOR_PERCENT);
  unquoted = add_indicator (store, plan, c, "没有分解数", KL_INDICATOR_COUNT);
  g_assert_true (kl_store_set_quota_text (store, count, u1, "100", &error));
  g_assert_true (kl_store_set_quota_text (store, count, u2, "300", &error));
  g_assert_true (kl_store_set_quota_text (store, percent, u1, "80%", &error));
  g_assert_true (kl_store_set_quota_text (store, percent, u2, "50%", &error));
  g_assert_no_error (error);
  set_progress (store, count, u1, "2021-Q1", "60");
  set_progress (store, count, u1, "2021-Q2", "40");
  set_progress (store, count, u2, "2021-03", "100");
  set_progress (store, percent, u1, "2021-Q1", "40%");
  set_progress (store, percent, u2, "2021-Q2", "50%");
  set_progress (store, unquoted, u1, "2021-Q1", "5");
  rates = kl_store_section_rates (store, plan, &year, &error);
  g_assert_no_error (error);
  /* Counts add up: (60 + 40 + 100) / (100 + 300). */
  g_assert_cmpfloat_with_epsilon (rate_of (rates, a), 0.5, 1e-9);
  /* Percentages: the mean of 40/80 and 50/50. */
  g_assert_cmpfloat_with_epsilon (rate_of (rates, b), 0.75, 1e-9);
  /* No quota, no rate. */
  g_assert_cmpfloat (rate_of (rates, c), ==, -1);
  g_assert_cmpuint (g_hash_table_size (rates), ==, 2);
  /* Two indicators on one task: the mean of both. */
  g_clear_pointer (&rates, g_hash_table_unref);
  {
    g_autoptr(KlIndicatorInfo) info = kl_store_get_indicator (store, percent, &error);
    info->section_id = a;
    g_assert_true (kl_store_update_indicator (store, info, &error));
  }
  rates = kl_store_section_rates (store, plan, &year, &error);
  g_assert_cmpfloat_with_epsilon (rate_of (rates, a), (0.5 + 0.75) / 2, 1e-9);
  g_assert_cmpfloat (rate_of (rates, b), ==, -1);
}

static void
test_current_period (void)
{
  g_autoptr(KlPlanInfo) plan = kl_plan_info_new ();
  KlPeriod period;

  plan->year_start = plan->year_end = 2021;
  period = kl_plan_current_period (plan, 2026);
  g_assert_cmpint (period.year, ==, 2021);
  plan->year_end = 2025;
  period = kl_plan_current_period (plan, 2023);
  g_assert_cmpint (period.year, ==, 2023);
  period = kl_plan_current_period (plan, 2019);
  g_assert_cmpint (period.year, ==, 2021);
  plan->year_start = plan->year_end = 0;
  period = kl_plan_current_period (plan, 2024);
  g_assert_cmpint (period.year, ==, 2024);
  g_assert_cmpint (period.cycle, ==, KL_CYCLE_YEAR);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/section-rates/rates", test_rates);
  g_test_add_func ("/store/section-rates/current-period", test_current_period);
  return g_test_run ();
}
