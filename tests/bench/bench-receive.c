/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Receiving 100 county reports of 300 indicators each (issue: under 2 s
 * in all).  The city ledger has 300 indicators × 100 counties; each county
 * has its own ledger made from the city's plan package, enters a figure
 * for every indicator and writes its report package.  Each run receives
 * all 100 at once (kl_store_receive_packs: checked, then stored as one
 * action) into a fresh copy of the city ledger.  Prints medians. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "kl-test-support.h"
#include "kl-export-draft.h"
#include "model/kl-collection.h"
#include "model/kl-indicator.h"
#include "model/kl-pack.h"
#include "model/kl-unit.h"

#define RUNS       3
#define INDICATORS 300
#define COUNTIES   100

static void
must (gboolean ok, GError *error)
{
  if (!ok)
    g_error ("set-up: %s", error ? error->message : "?");
}

/* One county: receives its plan package, enters every figure as one
 * action, reports 2021-Q3 to @report. */
static void
county_report (const char *dir, guint n, const char *down, const char *report)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = g_strdup_printf ("%s/county-%03u.kepu", dir, n);
  g_autoptr(KlStore) store = kl_store_open (db, &error);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(KlCollectedFile) file = kl_collected_file_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();
  gint64 plan_id = 0, home;

  must (store != NULL && kl_store_receive_pack (store, down, &plan_id, &error), error);
  must ((indicators = kl_store_list_indicators (store, plan_id, &error)) != NULL, error);
  {
    g_autoptr(GPtrArray) units = kl_store_list_units (store, FALSE, &error);
    must (units != NULL && units->len == 1, error);
    home = ((KlUnitInfo *) g_ptr_array_index (units, 0))->id;
  }
  file->plan_id = plan_id;
  must (kl_period_parse ("2021-Q3", &file->period, &error), error);
  file->file_name = g_strdup ("typed");
  file->sha256 = g_strdup_printf ("%u", n);
  g_array_append_val (file->unit_ids, home);
  for (guint i = 0; i < indicators->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      guint parts = MAX (1, g_strv_length (info->part_names));
      KlCellValue v = { parts > 1 ? KL_CELL_PARTS : KL_CELL_NUMBER, parts, { n + i, 1, 1 } };

      kl_collected_file_add (file, info->id, home, &v, i % 10 == 0 ? "含线上" : "");
    }
  g_ptr_array_add (batch, file);
  must (kl_store_collect (store, batch, &error) &&
        kl_store_write_report_pack (store, plan_id, &file->period, FALSE, report, &error), error);
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *bytes = NULL;
  gsize len = 0;

  if (!g_file_get_contents (from, &bytes, &len, NULL) || !g_file_set_contents (to, bytes, len, NULL))
    g_error ("cannot copy %s", from);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  char *dir;
  g_autofree char *city_path = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_free);
  double wall[RUNS], cpu[RUNS];
  gint64 plan_id = 0;

  setlocale (LC_ALL, "C.UTF-8");
  dir = kl_test_tmpdir_new ();
  city_path = g_build_filename (dir, "city.kepu", NULL);
  {
    g_autoptr(KlStore) city = kl_store_open (city_path, &error);
    g_autoptr(GPtrArray) units = NULL;

    must (city != NULL && kl_export_test_big_plan (city, INDICATORS, COUNTIES, &plan_id, &error),
          error);
    must ((units = kl_store_list_units (city, FALSE, &error)) != NULL, error);
    for (guint n = 0; n < units->len && n < COUNTIES; n++)
      {
        g_autofree char *down = g_strdup_printf ("%s/down-%03u.kepu-pack", dir, n);
        char *report = g_strdup_printf ("%s/report-%03u.kepu-pack", dir, n);

        must (kl_store_write_plan_pack (city, plan_id,
                                        ((KlUnitInfo *) g_ptr_array_index (units, n))->id,
                                        down, &error), error);
        county_report (dir, n, down, report);
        g_ptr_array_add (reports, report);
      }
  }
  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *copy = g_strdup_printf ("%s/city-%u.kepu", dir, run);
      g_autoptr(KlStore) city = NULL;
      gint64 start;
      clock_t start_cpu;

      copy_file (city_path, copy);
      must ((city = kl_store_open (copy, &error)) != NULL, error);
      start = g_get_monotonic_time ();
      start_cpu = clock ();
      {
        g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GPtrArray) received = kl_store_receive_packs (city, reports, refusals, &error);

        must (received != NULL && received->len == COUNTIES && refusals->len == 0, error);
      }
      wall[run] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[run] = (clock () - start_cpu) * 1000.0 / CLOCKS_PER_SEC;
    }
  qsort (wall, RUNS, sizeof wall[0], compare_doubles);
  qsort (cpu, RUNS, sizeof cpu[0], compare_doubles);
  printf ("receive: %u county reports × %u indicators: median %.0f ms (CPU %.0f ms), "
          "target < 2000 ms %s\n", reports->len, INDICATORS, wall[RUNS / 2], cpu[RUNS / 2],
          wall[RUNS / 2] < 2000 ? "OK" : "SLOW");
  kl_test_tmpdir_free (dir);
  return 0;
}
