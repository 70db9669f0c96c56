/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>

#include "export/kl-export.h"
#include "import/kl-plan-text-parser.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-section.h"
#include "model/kl-unit.h"
#include "model/kl-baseline.h"
#include "kl-export-draft.h"
#ifdef G_OS_UNIX
#include <sys/resource.h>
#endif

/* The export tests' helper, driven by the Python checks:
 *   kl-export-fixture import LEDGER PLAN.txt     ledger from a plan document
 *   kl-export-fixture draft LEDGER               the hand-built test plan
 *   kl-export-fixture big LEDGER N M             N indicators × M units
 *   kl-export-fixture export LEDGER REPORTS OUT [PERIOD [UNIT]]
 *   kl-export-fixture rollup LEDGER PERIOD       the app's own roll-up, as TSV
 * With KL_TEST_FILE_LIMIT=BYTES, export stops files from growing past that
 * size once the ledger is open (a full disk, as writes see it).
 * Each prints the plan id (import, draft) or nothing, and on failure the
 * error's domain, code and message on stderr with exit status 1 (2 for
 * misuse). */

static int
fail (GError *error)
{
  fprintf (stderr, "%s %d %s\n", g_quark_to_string (error->domain), error->code,
           error->message);
  g_error_free (error);
  return 1;
}

static int
do_import (const char *ledger, const char *text)
{
  g_autoptr(KlStore) store = NULL;
  g_autoptr(KlPlanDraft) draft = NULL;
  GError *error = NULL;
  gint64 plan_id = 0;

  if ((store = kl_store_open (ledger, &error)) == NULL ||
      (draft = kl_plan_import_file (text, &error)) == NULL ||
      !kl_store_insert_draft (store, draft, &plan_id, &error))
    return fail (error);
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return 0;
}

static int
do_draft (const char *ledger)
{
  g_autoptr(KlStore) store = NULL;
  GError *error = NULL;
  gint64 plan_id = 0;

  if ((store = kl_store_open (ledger, &error)) == NULL ||
      !kl_export_test_plan (store, &plan_id, &error))
    return fail (error);
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return 0;
}

/* A full disk for everything written from now on: writes past @bytes
 * fail with EFBIG instead of killing the process. */
static void
limit_file_size (void)
{
#ifdef G_OS_UNIX
  const char *limit = g_getenv ("KL_TEST_FILE_LIMIT");
  struct rlimit rl;

  if (limit == NULL)
    return;
  signal (SIGXFSZ, SIG_IGN);
  rl.rlim_cur = rl.rlim_max = (rlim_t) g_ascii_strtoull (limit, NULL, 10);
  setrlimit (RLIMIT_FSIZE, &rl);
#endif
}

static int
do_big (const char *ledger, const char *indicators, const char *units)
{
  g_autoptr(KlStore) store = NULL;
  GError *error = NULL;
  gint64 plan_id = 0;

  if ((store = kl_store_open (ledger, &error)) == NULL ||
      !kl_export_test_big_plan (store, (guint) g_ascii_strtoull (indicators, NULL, 10),
                                (guint) g_ascii_strtoull (units, NULL, 10), &plan_id, &error))
    return fail (error);
  printf ("%" G_GINT64_FORMAT "\n", plan_id);
  return 0;
}

static int
do_export (const char *ledger, const char *reports, const char *out,
           const char *period, const char *unit)
{
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  KlExportOptions options;
  GError *error = NULL;

  kl_export_options_init (&options);
  if ((store = kl_store_open (ledger, &error)) == NULL ||
      (plans = kl_store_list_plans (store, &error)) == NULL ||
      !kl_reports_parse (reports, &options.reports, &error))
    return fail (error);
  options.plan_id = ((KlPlanInfo *) g_ptr_array_index (plans, plans->len - 1))->id;
  if (period != NULL && *period != '\0')
    {
      options.has_period = TRUE;
      if (!kl_period_parse (period, &options.period, &error))
        return fail (error);
    }
  if (unit != NULL && (options.unit_id = kl_store_find_unit (store, unit, &error)) == 0)
    return error ? fail (error) : 2;
  limit_file_size ();
  if (!kl_export_xlsx (store, &options, out, NULL, NULL, NULL, &error))
    return fail (error);
  return 0;
}

/* indicator, unit, part, quota, period figure, so far, rate ("" for
 * none), status; the numbers the export must agree with. */
static const char *
indicator_name (GPtrArray *indicators, gint64 id)
{
  for (guint i = 0; i < indicators->len; i++)
    if (((KlIndicatorInfo *) g_ptr_array_index (indicators, i))->id == id)
      return ((KlIndicatorInfo *) g_ptr_array_index (indicators, i))->name;
  return "?";
}

static const char *
unit_name (GPtrArray *units, gint64 id)
{
  for (guint i = 0; i < units->len; i++)
    if (((KlUnitInfo *) g_ptr_array_index (units, i))->id == id)
      return ((KlUnitInfo *) g_ptr_array_index (units, i))->name;
  return "?";
}

static void
print_row (const KlProgressRow *r, GPtrArray *indicators, GPtrArray *units)
{
  for (guint p = 0; p < MAX (r->n_parts, 1); p++)
    {
      char q[G_ASCII_DTOSTR_BUF_SIZE], a[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];
      char rate[G_ASCII_DTOSTR_BUF_SIZE] = "";

      if (r->has_rate && p == 0)
        g_ascii_dtostr (rate, sizeof rate, r->rate);
      printf ("%s\t%s\t%u\t%s\t%s\t%s\t%s\t%s\n",
              indicator_name (indicators, r->indicator_id), unit_name (units, r->unit_id), p,
              r->has_quota ? g_ascii_dtostr (q, sizeof q, r->quota[p]) : "",
              r->has_actual ? g_ascii_dtostr (a, sizeof a, r->actual[p]) : "",
              r->has_actual ? g_ascii_dtostr (c, sizeof c, r->cumulative[p]) : "",
              rate, kl_rate_status_to_string (r->status));
    }
}

static int
do_rollup (const char *ledger, const char *period_text)
{
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL, rows = NULL, indicators = NULL, units = NULL;
  GError *error = NULL;
  KlPeriod period;
  gint64 plan_id;

  if ((store = kl_store_open (ledger, &error)) == NULL ||
      (plans = kl_store_list_plans (store, &error)) == NULL ||
      !kl_period_parse (period_text, &period, &error))
    return fail (error);
  plan_id = ((KlPlanInfo *) g_ptr_array_index (plans, plans->len - 1))->id;
  if ((rows = kl_store_progress_rollup (store, plan_id, &period, &error)) == NULL ||
      (indicators = kl_store_list_indicators (store, plan_id, &error)) == NULL ||
      (units = kl_store_list_units (store, TRUE, &error)) == NULL)
    return fail (error);
  for (guint i = 0; i < rows->len; i++)
    print_row (g_ptr_array_index (rows, i), indicators, units);
  return 0;
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "import"))
    return do_import (argv[2], argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "draft"))
    return do_draft (argv[2]);
  if (argc == 5 && g_str_equal (argv[1], "big"))
    return do_big (argv[2], argv[3], argv[4]);
  if (argc == 4 && g_str_equal (argv[1], "rollup"))
    return do_rollup (argv[2], argv[3]);
  if (argc >= 5 && argc <= 7 && g_str_equal (argv[1], "export"))
    return do_export (argv[2], argv[3], argv[4], argc > 5 ? argv[5] : NULL,
                      argc > 6 ? argv[6] : NULL);
  fprintf (stderr, "usage: kl-export-fixture import|draft|export …\n");
  return 2;
}
