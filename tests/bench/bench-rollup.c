/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "kl-bench-ledger.h"
#include "model/kl-progress.h"

/* The progress roll-up for 2021-Q3 over 1,000,000 progress rows
 * (300 indicators × 100 units × monthly figures 2019-01 … 2021-10), and
 * how SQLite runs it: the progress steps must be index searches. */

#define RUNS 9

static KlPeriod asked = { 2021, KL_CYCLE_QUARTER, 3 };

static void
fail (GError *error)
{
  g_printerr ("bench-rollup: %s\n", error ? error->message : "failed");
  exit (EXIT_FAILURE);
}

static void
rollup (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = kl_store_progress_rollup (ledger->store, ledger->plan_id,
                                                        &asked, &error);

  if (rows == NULL)
    fail (error);
  if (rows->len != 30000)
    {
      g_printerr ("bench-rollup: %u rows, expected 30000\n", rows->len);
      exit (EXIT_FAILURE);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(KlBenchLedger) ledger = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;

  setlocale (LC_ALL, "");
  ledger = kl_bench_ledger_new (300, 100, 1000000);
  plan = kl_store_explain_rollup (ledger->store, ledger->plan_id, &asked, &error);
  if (plan == NULL)
    fail (error);
  printf ("EXPLAIN QUERY PLAN of the roll-up:\n%s", plan);
  return kl_bench_report ("progress roll-up 2021-Q3 (1,000,000 rows)",
                          kl_bench_median_ms (ledger, RUNS, rollup), 250, RUNS)
         ? EXIT_SUCCESS : EXIT_FAILURE;
}
