/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "export/kl-export-private.h"
#include "model/kl-activity.h"

/* The entry point: load the plan once, write the chosen reports into one
 * workbook under a temporary name, rename it over the destination. */

#define EXPORT_CACHE_KIB 2048

typedef gboolean (*ReportFunc) (KlXlsx *x, KlExportData *d, GError **error);

typedef struct
{
  KlReports  report;
  const char *name;
  ReportFunc  write;
} ReportEntry;

/* In sheet order; 分解数据 goes after the reports people read first. */
static const ReportEntry reports[] = {
  { KL_REPORT_QUOTA, "quota", _kl_report_quota },
  { KL_REPORT_PROGRESS, "progress", _kl_report_progress },
  { KL_REPORT_TASKS, "tasks", _kl_report_tasks },
  { KL_REPORT_TEMPLATE, "template", _kl_report_template },
  { KL_REPORT_QUOTA, NULL, _kl_report_quota_data },
};

void
kl_export_options_init (KlExportOptions *options)
{
  g_return_if_fail (options != NULL);
  memset (options, 0, sizeof *options);
  options->reports = KL_REPORT_ALL;
}

static gboolean
parse_one (const char *word, KlReports *reports_out)
{
  if (g_str_equal (word, "all"))
    {
      *reports_out |= KL_REPORT_ALL;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    if (reports[i].name != NULL && g_str_equal (word, reports[i].name))
      {
        *reports_out |= reports[i].report;
        return TRUE;
      }
  return FALSE;
}

gboolean
kl_reports_parse (const char *text, KlReports *reports_out, GError **error)
{
  g_auto(GStrv) words = NULL;
  KlReports found = 0;

  g_return_val_if_fail (text != NULL && reports_out != NULL, FALSE);
  words = g_strsplit (text, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (!parse_one (g_strstrip (words[i]), &found))
      {
        g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                     _("Unknown report “%s” (quota, progress, tasks, template or all)"), words[i]);
        return FALSE;
      }
  if (found == 0)
    {
      g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                           _("No report chosen"));
      return FALSE;
    }
  *reports_out = found;
  return TRUE;
}

static guint
count_reports (KlReports chosen)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    n += (chosen & reports[i].report) != 0;
  return n;
}

static gboolean
write_reports (KlXlsx *x, KlExportData *d, GError **error)
{
  KlReports chosen = d->options->reports;

  d->report_count = count_reports (chosen);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      if ((chosen & reports[i].report) == 0)
        continue;
      if (!_kl_export_data_tick (d, 0, error) || !reports[i].write (x, d, error))
        return FALSE;
      d->report_index++;
    }
  return _kl_export_data_tick (d, 0, error);
}

static gboolean
write_file (KlExportData *d, const char *temp, const char *path, GError **error)
{
  KlXlsx x;
  /* Every report streams its rows: constant memory, whatever the plan's size. */
  if (!_kl_xlsx_open (&x, temp, TRUE, d->options, error))
    return FALSE;
  _kl_xlsx_properties (&x, d->plan, d->plan->title);
  _kl_xlsx_page_title (&x, d->plan->title);
  if (!write_reports (&x, d, error))
    {
      _kl_xlsx_discard (&x);
      return FALSE;
    }
  return _kl_xlsx_close (&x, path, error);
}

gboolean
kl_export_xlsx (KlStore *store, const KlExportOptions *options, const char *path,
                KlExportProgressFunc progress, gpointer user_data,
                GCancellable *cancellable, GError **error)
{
  KlExportData d;
  g_autofree char *temp = NULL;
  gboolean ok;
  int cache;

  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if ((options->reports & KL_REPORT_ALL) == 0)
    {
      g_set_error_literal (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_INVALID,
                           _("No report chosen"));
      return FALSE;
    }
  /* Every report reads the ledger once, in order: a small cache keeps
   * the peak memory of a city's ledger low, at no cost in time. */
  cache = kl_store_set_cache_kib (store, EXPORT_CACHE_KIB);
  ok = _kl_export_data_load (&d, store, options, error);
  d.progress = progress;
  d.progress_data = user_data;
  d.cancellable = cancellable;
  ok = ok && (temp = _kl_export_temp_new (path, error)) != NULL;
  if (ok && !write_file (&d, temp, path, error))
    {
      g_unlink (temp);
      ok = FALSE;
    }
  _kl_export_data_clear (&d);
  kl_store_set_cache_kib (store, cache);
  return ok && _kl_export_replace (temp, path, error);
}
