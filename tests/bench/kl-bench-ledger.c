/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>

#include "kl-bench-ledger.h"
#include "kl-test-support.h"
#include "model/kl-synth.h"

static void
check (gboolean ok, GError *error, const char *what)
{
  if (ok)
    return;
  g_printerr ("bench ledger: %s failed: %s\n", what, error ? error->message : "?");
  exit (EXIT_FAILURE);
}

/* The ledger is `kepu-ledger-cli synth`'s (src/model/kl-synth.c). */
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
  check (kl_synth_write (ledger->store, n_indicators, n_units, n_progress, &ledger->plan_id,
                         ledger->indicator_ids, ledger->unit_ids, &error), error, "synth");
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
