/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <math.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-baseline.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* The roll-up on a small 2021–2022 plan, with every number worked out by
 * hand in the comments. */

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   people, lectures, bases, contest, literacy, unused;   /* indicators */
  gint64   baoying, gaoyou, yizheng;                              /* units */
} Fixture;

static gint64
add_indicator (Fixture *f, const char *name, KlIndicatorKind kind, KlPeriodKind period,
               const char *parts)
{
  return kl_test_add_indicator (f->store, f->plan, name, kind, period, parts);
}

static gint64
add_unit (Fixture *f, const char *name)
{
  return kl_test_add_unit (f->store, name, 0);
}

static void
quota (Fixture *f, gint64 indicator, gint64 unit, const char *text)
{
  kl_test_set_quota (f->store, indicator, unit, text);
}

static void
figure (Fixture *f, gint64 indicator, gint64 unit, const char *when, const char *text)
{
  kl_test_set_figure (f->store, indicator, unit, when, text);
}

static void
add_plan (Fixture *f)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();
  g_autoptr(GError) error = NULL;

  g_free (info->title);
  info->title = g_strdup ("科普工作实施方案（2021—2022年）");
  info->kind = KL_PLAN_MULTI_YEAR;
  info->year_start = 2021;
  info->year_end = 2022;
  g_assert_true (kl_store_create_plan (f->store, info, &f->plan, &error));
  g_assert_no_error (error);
}

static void
add_quotas (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  quota (f, f->people, f->baoying, "1000");
  quota (f, f->people, f->gaoyou, "800");
  quota (f, f->people, f->yizheng, "0");              /* not assigned */
  quota (f, f->lectures, f->baoying, "20/10");
  quota (f, f->bases, f->baoying, "10");
  quota (f, f->bases, f->gaoyou, "5");                /* no figures yet */
  quota (f, f->contest, f->baoying, "占中小学学生总数 20%");
  quota (f, f->contest, f->gaoyou, "占中小学学生总数 20%"); /* base unknown */
  quota (f, f->literacy, f->baoying, "14%");
  /* The latest base counts: 20 % of 6000. */
  g_assert_true (kl_store_set_baseline (f->store, f->baoying, "中小学学生总数", "2019-09-01",
                                        5000, &error));
  g_assert_true (kl_store_set_baseline (f->store, f->baoying, "中小学学生总数", "2020-03-01",
                                        6000, &error));
  g_assert_true (kl_store_set_baseline (f->store, f->gaoyou, "学生总数", "2020-03-01",
                                        4000, &error));
  g_assert_no_error (error);
}

static void
add_figures (Fixture *f)
{
  /* Annual count: 2020 is another year; 2021-10 is after Q3. */
  figure (f, f->people, f->baoying, "2020-12", "999");
  figure (f, f->people, f->baoying, "2021-Q1", "300");
  figure (f, f->people, f->baoying, "2021-07", "100");
  figure (f, f->people, f->baoying, "2021-08", "150");
  figure (f, f->people, f->baoying, "2021-10", "500");
  figure (f, f->people, f->gaoyou, "2021-H1", "700");
  figure (f, f->people, f->yizheng, "2021-08", "5");
  /* Composite: both parts add up. */
  figure (f, f->lectures, f->baoying, "2021-Q2", "12/4");
  figure (f, f->lectures, f->baoying, "2021-09", "9/7");
  figure (f, f->lectures, f->gaoyou, "2021-Q3", "3/1");  /* no quota */
  /* Cumulative: 2020 counts too, 2022 not yet. */
  figure (f, f->bases, f->baoying, "2020-Q4", "1");
  figure (f, f->bases, f->baoying, "2021-Q1", "2");
  figure (f, f->bases, f->baoying, "2021-Q3", "1");
  figure (f, f->bases, f->baoying, "2022-Q1", "3");
  figure (f, f->contest, f->baoying, "2021-Q3", "1200");
  figure (f, f->contest, f->gaoyou, "2021-Q2", "100");
  /* Percent: the latest figure, the month over the quarter ending with it. */
  figure (f, f->literacy, f->baoying, "2021-Q1", "10%");
  figure (f, f->literacy, f->baoying, "2021-Q2", "11%");
  figure (f, f->literacy, f->baoying, "2021-06", "12%");
  figure (f, f->literacy, f->baoying, "2021-08", "13%");
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = kl_test_store_new ();
  add_plan (f);
  f->people = add_indicator (f, "科普中国新推广人数", KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL, NULL);
  f->lectures = add_indicator (f, "讲座", KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL,
                               "市级讲座/到镇村讲座");
  f->bases = add_indicator (f, "科普教育基地", KL_INDICATOR_COUNT, KL_PERIOD_CUMULATIVE, NULL);
  f->contest = add_indicator (f, "参赛数", KL_INDICATOR_SHARE, KL_PERIOD_ANNUAL, NULL);
  f->literacy = add_indicator (f, "科学素质比例", KL_INDICATOR_PERCENT, KL_PERIOD_ANNUAL, NULL);
  f->unused = add_indicator (f, "空指标", KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL, NULL);
  f->baoying = add_unit (f, "宝应县");
  f->gaoyou = add_unit (f, "高邮市");
  f->yizheng = add_unit (f, "仪征市");
  add_quotas (f);
  add_figures (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static GPtrArray *
rollup (Fixture *f, const char *when)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;
  GPtrArray *rows;

  g_assert_true (kl_period_parse (when, &period, NULL));
  rows = kl_store_progress_rollup (f->store, f->plan, &period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static char *
parts_text (const double *values, guint n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = kl_format_number (values[i]);
      g_string_append_printf (out, "%s%s", i ? "/" : "", number);
    }
  return g_string_free (out, FALSE);
}

/* "quota|actual|cumulative|rate|status"; quota "-" without one. */
static char *
row_text (const KlProgressRow *row)
{
  g_autofree char *quota = parts_text (row->quota, row->n_parts);
  g_autofree char *actual = parts_text (row->actual, row->n_parts);
  g_autofree char *cumulative = parts_text (row->cumulative, row->n_parts);
  g_autofree char *rate = row->has_rate ? g_strdup_printf ("%.4f", row->rate) : g_strdup ("-");

  return g_strdup_printf ("%s|%s|%s|%s|%s", row->has_quota ? quota : "-",
                          row->has_actual ? actual : "-", row->has_actual ? cumulative : "-",
                          rate, kl_rate_status_to_string (row->status));
}

static const KlProgressRow *
find_row (GPtrArray *rows, gint64 indicator, gint64 unit)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);
      if (row->indicator_id == indicator && row->unit_id == unit)
        return row;
    }
  return NULL;
}

static void
assert_row (GPtrArray *rows, gint64 indicator, gint64 unit, const char *expected)
{
  const KlProgressRow *row = find_row (rows, indicator, unit);
  g_autofree char *text = NULL;

  g_assert_nonnull (row);
  text = row_text (row);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_quarter (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2021-Q3");

  /* 100 + 150 in Q3; 300 + 100 + 150 this year; 550 / 1000 < 0.75. */
  assert_row (rows, f->people, f->baoying, "1000|250|550|0.5500|lagging");
  /* Nothing in Q3, 700 in H1: 0.875 >= 0.75. */
  assert_row (rows, f->people, f->gaoyou, "800|0|700|0.8750|on-track");
  /* A quota of 0 is not assigned: no rate. */
  assert_row (rows, f->people, f->yizheng, "0|5|5|-|none");
  /* (12 + 9) / 20 = 1.05. */
  assert_row (rows, f->lectures, f->baoying, "20/10|9/7|21/11|1.0500|met");
  assert_row (rows, f->lectures, f->gaoyou, "-|3/1|3/1|-|none");
  /* Cumulative: 1 + 2 + 1 = 4 of 10 by Q3 2021, 9 of 24 months elapsed. */
  assert_row (rows, f->bases, f->baoying, "10|1|4|0.4000|on-track");
  assert_row (rows, f->bases, f->gaoyou, "5|-|-|-|none");
  /* 20 % of the latest base, 6000. */
  assert_row (rows, f->contest, f->baoying, "1200|1200|1200|1.0000|met");
  assert_row (rows, f->contest, f->gaoyou, "-|0|100|-|none");
  /* Percent: the latest figure, not a sum: 13 / 14. */
  assert_row (rows, f->literacy, f->baoying, "14|13|13|0.9286|on-track");
  g_assert_null (find_row (rows, f->unused, f->baoying));
  g_assert_null (find_row (rows, f->lectures, f->yizheng));
  g_assert_cmpuint (rows->len, ==, 10);
}

static void
test_order (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2021-Q3");
  const KlProgressRow *first = g_ptr_array_index (rows, 0);
  const KlProgressRow *last = g_ptr_array_index (rows, rows->len - 1);

  g_assert_cmpint (first->indicator_id, ==, f->people);
  g_assert_cmpint (first->unit_id, ==, f->baoying);
  g_assert_cmpint (last->indicator_id, ==, f->literacy);
  for (guint i = 1; i < rows->len; i++)
    {
      const KlProgressRow *a = g_ptr_array_index (rows, i - 1);
      const KlProgressRow *b = g_ptr_array_index (rows, i);

      g_assert_true (a->indicator_id < b->indicator_id ||
                     (a->indicator_id == b->indicator_id && a->unit_id < b->unit_id));
    }
}

static void
test_month_and_year (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) august = rollup (f, "2021-08");
  g_autoptr(GPtrArray) year = rollup (f, "2021");
  g_autoptr(GPtrArray) half = rollup (f, "2021-H1");

  /* August alone; Q1 + July + August so far; 8/12 elapsed. */
  assert_row (august, f->people, f->baoying, "1000|150|550|0.5500|lagging");
  /* The whole year: 300 + 100 + 150 + 500 = 1050. */
  assert_row (year, f->people, f->baoying, "1000|1050|1050|1.0500|met");
  /* H1 holds Q1: 300 of 1000 at half-time. */
  assert_row (half, f->people, f->baoying, "1000|300|300|0.3000|lagging");
  assert_row (half, f->people, f->gaoyou, "800|700|700|0.8750|on-track");
  /* 2021-06 beats 2021-Q2, both ending in June. */
  assert_row (half, f->literacy, f->baoying, "14|12|12|0.8571|on-track");
  /* Cumulative in H1: 1 (2020) + 2 = 3 of 10, 6 of 24 months: 0.3 >= 0.25. */
  assert_row (half, f->bases, f->baoying, "10|2|3|0.3000|on-track");
  /* Composite months inside a quarter: none of the lectures fall in August. */
  assert_row (august, f->lectures, f->baoying, "20/10|0/0|12/4|0.6000|lagging");
}

static void
test_next_year (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2022-Q1");

  /* A new year starts from zero for annual indicators … */
  assert_row (rows, f->people, f->baoying, "1000|-|-|-|none");
  /* … but cumulative ones go on: 1 + 2 + 1 + 3 = 7 of 10, 15 of 24 months. */
  assert_row (rows, f->bases, f->baoying, "10|3|7|0.7000|on-track");
}

static void
test_unknown_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period = kl_period_year (2021);

  g_assert_null (kl_store_progress_rollup (f->store, f->plan + 100, &period, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
}

static void
test_rate_status (void)
{
  g_assert_cmpint (kl_rate_status (1.0, 0.5), ==, KL_RATE_MET);
  g_assert_cmpint (kl_rate_status (1.2, 1.0), ==, KL_RATE_MET);
  g_assert_cmpint (kl_rate_status (0.75, 0.75), ==, KL_RATE_ON_TRACK);
  g_assert_cmpint (kl_rate_status (0.3 * 2.5, 0.75), ==, KL_RATE_ON_TRACK);
  g_assert_cmpint (kl_rate_status (0.74, 0.75), ==, KL_RATE_LAGGING);
  g_assert_cmpint (kl_rate_status (0.0, 0.25), ==, KL_RATE_LAGGING);
  g_assert_cmpint (kl_rate_status (NAN, 0.25), ==, KL_RATE_NONE);
  g_assert_cmpstr (kl_rate_status_to_string (KL_RATE_ON_TRACK), ==, "on-track");
  g_assert_cmpstr (kl_rate_status_to_string (KL_RATE_NONE), ==, "none");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/rollup/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("quarter", test_quarter);
  ADD ("order", test_order);
  ADD ("month-and-year", test_month_and_year);
  ADD ("next-year", test_next_year);
  ADD ("unknown-plan", test_unknown_plan);
#undef ADD
  g_test_add_func ("/rollup/rate-status", test_rate_status);
  return g_test_run ();
}
