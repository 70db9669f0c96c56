/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>

#include "kl-bench-ledger.h"
#include "kl-test-support.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-store-private.h"
#include "model/kl-unit.h"

#define FIRST_YEAR 2019

static void
check (gboolean ok, GError *error, const char *what)
{
  if (ok)
    return;
  g_printerr ("bench ledger: %s failed: %s\n", what, error ? error->message : "?");
  exit (EXIT_FAILURE);
}

static void
add_plan (KlBenchLedger *ledger)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();
  g_autoptr(GError) error = NULL;

  g_free (info->title);
  info->title = g_strdup ("基准测试实施方案（2019—2021年）");
  info->kind = KL_PLAN_MULTI_YEAR;
  info->year_start = FIRST_YEAR;
  info->year_end = FIRST_YEAR + 2;
  check (kl_store_create_plan (ledger->store, info, &ledger->plan_id, &error), error, "plan");
}

static void
add_indicators (KlBenchLedger *ledger, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
      g_autoptr(GError) error = NULL;
      gint64 id = 0;

      info->plan_id = ledger->plan_id;
      g_free (info->name);
      info->name = g_strdup_printf ("科普指标%03u", i + 1);
      info->period = i % 10 == 0 ? KL_PERIOD_CUMULATIVE : KL_PERIOD_ANNUAL;
      if (i % 15 == 1)
        {
          g_strfreev (info->part_names);
          info->part_names = g_strsplit ("讲座场数/听众人次", "/", -1);
        }
      check (kl_store_add_indicator (ledger->store, info, &id, &error), error, "indicator");
      g_array_append_val (ledger->indicator_ids, id);
    }
}

static void
add_units (KlBenchLedger *ledger, guint n)
{
  for (guint u = 0; u < n; u++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("第%03u镇", u + 1);
      gint64 id = 0;

      check (kl_store_add_unit (ledger->store, name, KL_UNIT_REGION, 0, &id, &error), error,
             "unit");
      g_array_append_val (ledger->unit_ids, id);
    }
}

static void
add_quotas (KlBenchLedger *ledger)
{
  for (guint i = 0; i < ledger->indicator_ids->len; i++)
    for (guint u = 0; u < ledger->unit_ids->len; u++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *text = i % 15 == 1 ? g_strdup_printf ("%u/%u", 20 + u, 500 + i)
                                            : g_strdup_printf ("%u", 100 + (i * 7 + u) % 900);

        check (kl_store_set_quota_text (ledger->store, g_array_index (ledger->indicator_ids, gint64, i),
                                        g_array_index (ledger->unit_ids, gint64, u), text, &error),
               error, "quota");
      }
}

/* One statement: row x is indicator x mod I, unit (x / I) mod U, month
 * x / (I × U).  Written outside an action (no undo history for a million
 * rows), but through the change-log triggers like any write. */
static void
add_progress (KlBenchLedger *ledger, guint n)
{
  g_autofree char *sql = g_strdup_printf (
    "WITH RECURSIVE n (x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < %u),"
    " i AS (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM indicator"
    "   WHERE plan_id = %" G_GINT64_FORMAT "),"
    " u AS (SELECT id, row_number () OVER (ORDER BY id) - 1 AS k FROM unit),"
    " cells AS (SELECT x, x %% %u AS ik, (x / %u) %% %u AS uk, x / %u AS m FROM n)"
    " INSERT INTO progress (indicator_id, unit_id, period, part, value, first_month, last_month)"
    " SELECT i.id, u.id, printf ('%%04d-%%02d', %d + m / 12, m %% 12 + 1), 0, (x * 7919) %% 50,"
    "   %d * 12 + m, %d * 12 + m FROM cells JOIN i ON i.k = ik JOIN u ON u.k = uk",
    n - 1, ledger->plan_id, ledger->indicator_ids->len, ledger->indicator_ids->len,
    ledger->unit_ids->len, ledger->indicator_ids->len * ledger->unit_ids->len,
    FIRST_YEAR, FIRST_YEAR, FIRST_YEAR);
  g_autoptr(GError) error = NULL;

  check (_kl_store_exec (ledger->store, "BEGIN", &error) &&
         _kl_store_exec (ledger->store, sql, &error) &&
         _kl_store_exec (ledger->store, "COMMIT", &error), error, "progress");
}

KlBenchLedger *
kl_bench_ledger_new (guint n_indicators, guint n_units, guint n_progress)
{
  KlBenchLedger *ledger = g_new0 (KlBenchLedger, 1);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  ledger->dir = kl_test_tmpdir_new ();
  path = g_build_filename (ledger->dir, "bench.kepu", NULL);
  ledger->store = kl_store_open (path, &error);
  check (ledger->store != NULL, error, "open");
  ledger->indicator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  ledger->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  check (kl_store_begin_action (ledger->store, "build", &error), error, "begin");
  add_plan (ledger);
  add_units (ledger, n_units);
  add_indicators (ledger, n_indicators);
  add_quotas (ledger);
  check (kl_store_commit_action (ledger->store, &error), error, "commit");
  add_progress (ledger, n_progress);
  printf ("ledger: %u indicators × %u units, %u quota cells, %u progress rows, built in %.1f s\n",
          n_indicators, n_units, n_indicators * n_units, n_progress,
          (g_get_monotonic_time () - start) / 1e6);
  return ledger;
}

void
kl_bench_ledger_free (KlBenchLedger *ledger)
{
  if (ledger == NULL)
    return;
  g_clear_object (&ledger->store);
  g_array_unref (ledger->indicator_ids);
  g_array_unref (ledger->unit_ids);
  kl_test_tmpdir_free (ledger->dir);
  g_free (ledger);
}

static int
compare_times (const void *a, const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

double
kl_bench_median_ms (KlBenchLedger *ledger, guint runs, KlBenchFunc func)
{
  g_autofree gint64 *times = g_new (gint64, runs);

  func (ledger, 0);   /* warm the page cache and the statement paths */
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (ledger, i + 1);
      times[i] = g_get_monotonic_time () - start;
    }
  qsort (times, runs, sizeof times[0], compare_times);
  return times[runs / 2] / 1000.0;
}

gboolean
kl_bench_report (const char *name, double median_ms, double target_ms, guint runs)
{
  gboolean ok = median_ms < target_ms;

  printf ("%s: median %.2f ms over %u runs (target < %.0f ms) %s\n",
          name, median_ms, runs, target_ms, ok ? "OK" : "SLOW");
  return ok;
}
