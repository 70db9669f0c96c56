/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "kl-bench-ledger.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* The quota grid on a big ledger (300 indicators × 100 units, 1,000,000
 * progress rows): loading it (indicators, units and every quota cell, as
 * the grid does) and editing one cell (parse, check, write, commit, undo
 * step, change log, "changed" signal). */

#define RUNS 9

static void
fail (GError *error)
{
  g_printerr ("bench-grid-load: %s\n", error ? error->message : "failed");
  exit (EXIT_FAILURE);
}

static void
load_grid (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (ledger->store, ledger->plan_id,
                                                              &error);
  g_autoptr(GPtrArray) units = indicators ? kl_store_list_units (ledger->store, FALSE, &error)
                                          : NULL;
  g_autoptr(GPtrArray) quotas = units ? kl_store_list_quotas (ledger->store, ledger->plan_id,
                                                              &error)
                                      : NULL;

  if (quotas == NULL)
    fail (error);
  if (quotas->len != indicators->len * units->len)
    {
      g_printerr ("bench-grid-load: %u cells, expected %u\n", quotas->len,
                  indicators->len * units->len);
      exit (EXIT_FAILURE);
    }
}

/* A different cell and value every run, so every edit really writes. */
static gint64
run_indicator (KlBenchLedger *ledger, guint run)
{
  guint n = ledger->indicator_ids->len;

  return g_array_index (ledger->indicator_ids, gint64, (run * 37 + 3) % n);
}

static gint64
run_unit (KlBenchLedger *ledger, guint run)
{
  return g_array_index (ledger->unit_ids, gint64, (run * 13) % ledger->unit_ids->len);
}

static void
edit_cell (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%u", 1000 + run);

  if (!kl_store_set_quota_text (ledger->store, run_indicator (ledger, run),
                                run_unit (ledger, run), text, &error))
    fail (error);
}

/* The same through the progress table and its three indexes. */
static void
edit_progress (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("%u", 2000 + run);
  KlPeriod period = { 2021, KL_CYCLE_MONTH, 1 + run % 12 };

  if (!kl_store_set_progress_text (ledger->store, run_indicator (ledger, run),
                                   run_unit (ledger, run), &period, text, &error))
    fail (error);
}

/* The last edit landed: the benchmark timed real writes. */
static void
check_last_edit (KlBenchLedger *ledger, guint run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (ledger->store, ledger->plan_id, &error);

  if (quotas == NULL)
    fail (error);
  for (guint i = 0; i < quotas->len; i++)
    {
      KlQuotaEntry *e = g_ptr_array_index (quotas, i);

      if (e->indicator_id == run_indicator (ledger, run) && e->unit_id == run_unit (ledger, run)
          && e->value.parts[0] == 1000 + run)
        return;
    }
  g_printerr ("bench-grid-load: the last edit is not in the ledger\n");
  exit (EXIT_FAILURE);
}

int
main (int argc, char **argv)
{
  g_autoptr(KlBenchLedger) ledger = NULL;
  gboolean ok;

  setlocale (LC_ALL, "");
  ledger = kl_bench_ledger_new (300, 100, 1000000);
  ok = kl_bench_report ("quota grid load (30,000 cells)",
                        kl_bench_median_ms (ledger, RUNS, load_grid), 300, RUNS);
  ok &= kl_bench_report ("one quota cell edit (with commit)",
                         kl_bench_median_ms (ledger, RUNS, edit_cell), 16, RUNS);
  check_last_edit (ledger, RUNS);
  ok &= kl_bench_report ("one progress cell edit (with commit)",
                         kl_bench_median_ms (ledger, RUNS, edit_progress), 16, RUNS);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
