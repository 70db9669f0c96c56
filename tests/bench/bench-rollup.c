/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "kl-bench-ledger.h"
#include "model/kl-progress.h"
#include "model/kl-unit-tree.h"

/* The progress roll-up for 2021-Q3 over 1,000,000 progress rows
 * (300 indicators × 100 units × monthly figures 2019-01 … 2021-10), and
 * how SQLite runs it: the progress steps must be index searches.  Then
 * the same with two levels: the 100 units as towns under 10 counties of
 * no figures of their own, whose sums the roll-up adds (33,000 rows). */

#define RUNS 9

static KlPeriod asked = { 2021, KL_CYCLE_QUARTER, 3 };

static void
fail (GError *error)
{
  g_printerr ("bench-rollup: %s\n", error ? error->message : "failed");
  exit (EXIT_FAILURE);
}

static guint expected_rows = 30000;

static void
rollup (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = kl_store_progress_rollup (ledger->store, ledger->plan_id,
                                                        &asked, &error);

  if (rows == NULL)
    fail (error);
  if (rows->len != expected_rows)
    {
      g_printerr ("bench-rollup: %u rows, expected %u\n", rows->len, expected_rows);
      exit (EXIT_FAILURE);
    }
}

/* Ten counties, ten towns each. */
static void
add_counties (KlBenchLedger *ledger)
{
  g_autoptr(GError) error = NULL;

  for (guint c = 0; c < 10; c++)
    {
      g_autofree char *name = g_strdup_printf ("县%02u", c + 1);
      gint64 county = 0;

      if (!kl_store_add_unit (ledger->store, name, KL_UNIT_REGION, 0, &county, &error))
        fail (error);
      for (guint t = c * 10; t < c * 10 + 10 && t < ledger->unit_ids->len; t++)
        if (!kl_store_set_unit_parent (ledger->store, g_array_index (ledger->unit_ids, gint64, t),
                                       county, -1, &error))
          fail (error);
    }
  expected_rows = 33000;
}

int
main (int argc, char **argv)
{
  g_autoptr(KlBenchLedger) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  gboolean one, two;

  setlocale (LC_ALL, "");
  ledger = kl_bench_ledger_new (300, 100, 1000000);
  plan = kl_store_explain_rollup (ledger->store, ledger->plan_id, &asked, &error);
  if (plan == NULL)
    fail (error);
  printf ("EXPLAIN QUERY PLAN of the roll-up:\n%s", plan);
  one = kl_bench_report ("progress roll-up 2021-Q3 (1,000,000 rows)",
                         kl_bench_median_ms (ledger, RUNS, rollup), 250, RUNS);
  add_counties (ledger);
  two = kl_bench_report ("progress roll-up 2021-Q3, two levels (10 counties × 10 towns)",
                         kl_bench_median_ms (ledger, RUNS, rollup), 250, RUNS);
  return one && two ? EXIT_SUCCESS : EXIT_FAILURE;
}
