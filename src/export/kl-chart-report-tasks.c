/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "charts/kl-chart-file.h"
#include "export/kl-progress-text.h"
#include "export/kl-chart-report-private.h"
#include "export/kl-export.h"
#include "model/kl-section.h"
#include "model/kl-unit.h"

/* The trend over the periods of the year, task status counts, and the
 * meeting pack. */

/* Sum (or, for percent indicators, mean) of the indicator's quota and
 * cumulative figure in @rollup, for one unit or all. */
static void
sum_rows (GPtrArray *rollup, const KlIndicatorInfo *ind, gint64 unit_id, double *quota,
          double *done, gboolean *has_done)
{
  guint n_quota = 0, n_done = 0;

  *quota = *done = 0;
  for (guint i = 0; i < rollup->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rollup, i);

      if (row->indicator_id != ind->id || !_kl_chart_report_counts (row, ind, unit_id))
        continue;
      if (row->has_quota)
        *quota += row->quota[0], n_quota++;
      if (row->has_actual)
        *done += row->cumulative[0], n_done++;
    }
  *has_done = n_done > 0;
  if (ind->kind == KL_INDICATOR_PERCENT)
    {
      *quota = n_quota ? *quota / n_quota : 0;
      *done = n_done ? *done / n_done : 0;
    }
}

gboolean
_kl_chart_report_trend (const KlChartReport *r, KlChartData *data, gint64 unit_id,
                        GError **error)
{
  g_autoptr(GArray) periods = kl_period_list_year (r->period.year, r->plan->report_cycle);
  guint target = kl_chart_data_add_series (data, _("Target to date"), KL_CHART_SERIES_TARGET);
  guint actual = kl_chart_data_add_series (data, _("Completed"), KL_CHART_SERIES_ACTUAL);
  double total, unused;
  gboolean any;

  sum_rows (r->rollup, r->ind, unit_id, &total, &unused, &any);
  for (guint i = 0; i < periods->len; i++)
    {
      const KlPeriod *p = &g_array_index (periods, KlPeriod, i);
      g_autofree char *label = kl_period_dup_label (p);
      g_autoptr(GPtrArray) rollup = NULL;
      guint c = kl_chart_data_add_category (data, label);
      double quota, done;

      /* A level (percent) is due whole; a flow by the share of time gone. */
      kl_chart_data_set_value (data, c, target, r->ind->kind == KL_INDICATOR_PERCENT ? total
                               : total * _kl_chart_report_due (r, r->ind, p));
      if (kl_period_compare (p, &r->period) > 0)
        continue;
      rollup = kl_store_progress_rollup (r->store, r->plan->id, p, error);
      if (rollup == NULL)
        return FALSE;
      sum_rows (rollup, r->ind, unit_id, &quota, &done, &any);
      kl_chart_data_set_value (data, c, actual, any ? done : NAN);
    }
  return TRUE;
}

/* Tasks are the leaves of the section tree. */
static GHashTable *
parent_ids (GPtrArray *sections)
{
  GHashTable *parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      const KlSectionInfo *s = g_ptr_array_index (sections, i);
      if (s->parent_id != 0)
        g_hash_table_add (parents, g_memdup2 (&s->parent_id, sizeof s->parent_id));
    }
  return parents;
}

static guint
unit_category (KlChartData *data, GHashTable *categories, gint64 unit_id, const char *name)
{
  gpointer c;

  if (!g_hash_table_lookup_extended (categories, &unit_id, NULL, &c))
    {
      c = GUINT_TO_POINTER (kl_chart_data_add_category (data, name));
      g_hash_table_insert (categories, g_memdup2 (&unit_id, sizeof unit_id), c);
    }
  return GPOINTER_TO_UINT (c);
}

static void
count_task (KlChartData *data, guint category, KlStatus status)
{
  double v = kl_chart_data_get_value (data, category, status);

  kl_chart_data_set_value (data, category, status, isfinite (v) ? v + 1 : 1);
}

/* Counts the plan's tasks, then every task for each of its units, units
 * in directory order. */
static void
count_tasks (const KlChartReport *r, KlChartData *data, GPtrArray *sections, gint64 unit_id)
{
  g_autoptr(GHashTable) parents = parent_ids (sections);
  g_autoptr(GHashTable) categories = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, NULL);

  /* The whole plan first, when no one unit is asked for. */
  for (guint i = 0; unit_id == 0 && i < sections->len; i++)
    {
      const KlSectionInfo *s = g_ptr_array_index (sections, i);

      if (!g_hash_table_contains (parents, &s->id))
        count_task (data, unit_category (data, categories, 0, _("All tasks")), s->status);
    }
  for (guint u = 0; u < r->units->len; u++)
    for (guint i = 0; i < sections->len; i++)
      {
        const KlSectionInfo *s = g_ptr_array_index (sections, i);
        const KlUnitInfo *unit = g_ptr_array_index (r->units, u);

        if (g_hash_table_contains (parents, &s->id) || (unit_id && unit->id != unit_id))
          continue;
        for (guint k = 0; k < s->unit_ids->len; k++)
          if (g_array_index (s->unit_ids, gint64, k) == unit->id)
            count_task (data, unit_category (data, categories, unit->id, unit->name), s->status);
      }
}

gboolean
_kl_chart_report_tasks (const KlChartReport *r, KlChartData *data, gint64 unit_id,
                        GError **error)
{
  static const struct { KlStatus status; KlChartStatus chart; const char *name; } kinds[] = {
    { KL_STATUS_NOT_STARTED, KL_CHART_STATUS_NOT_STARTED, N_("Not started") },
    { KL_STATUS_IN_PROGRESS, KL_CHART_STATUS_ON_TRACK, N_("In progress") },
    { KL_STATUS_DONE, KL_CHART_STATUS_MET, N_("Done") },
    { KL_STATUS_LAGGING, KL_CHART_STATUS_LAGGING, N_("Lagging") },
  };
  g_autoptr(GPtrArray) sections = kl_store_list_sections (r->store, r->plan->id, error);

  if (sections == NULL)
    return FALSE;
  /* Series index = KlStatus value, as count_task () relies on. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_assert ((guint) kinds[k].status == k);
      kl_chart_data_add_status_series (data, _(kinds[k].name), kinds[k].chart);
    }
  count_tasks (r, data, sections, unit_id);
  return TRUE;
}

static gboolean
add_chart (GPtrArray *charts, KlChartReport *r, KlChartKind kind, const KlIndicatorInfo *ind,
           GError **error)
{
  KlChartRequest request = { kind, ind ? ind->id : 0, &r->period, 0 };
  KlChartData *data = _kl_chart_report_chart (r, &request, ind, error);

  if (data == NULL)
    return FALSE;
  g_ptr_array_add (charts, data);
  return TRUE;
}

/* The pack's charts from a loaded report: the overview, then a target
 * and a ranking chart per indicator; every chart draws from the report's
 * shared lookups. */
static GPtrArray *
pack_charts (KlChartReport *r, GError **error)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_chart_data_free);

  if (!add_chart (charts, r, KL_CHART_OVERVIEW, NULL, error))
    return NULL;
  /* A share rule without base data gives no quota: no page for it. */
  for (guint i = 0; i < r->indicators->len; i++)
    {
      const KlIndicatorInfo *ind = g_ptr_array_index (r->indicators, i);
      GPtrArray *rows = _kl_chart_report_rows (r, ind->id);
      gboolean with_quota = FALSE;

      for (guint k = 0; k < rows->len && !with_quota; k++)
        with_quota = ((const KlProgressRow *) g_ptr_array_index (rows, k))->has_quota;
      if (with_quota &&
          (!add_chart (charts, r, KL_CHART_TARGET, ind, error) ||
           !add_chart (charts, r, KL_CHART_RANKING, ind, error)))
        return NULL;
    }
  return g_steal_pointer (&charts);
}

/* One load and one roll-up for the whole pack. */
GPtrArray *
kl_chart_report_meeting_pack (KlStore *store, gint64 plan_id, const KlPeriod *period,
                              GError **error)
{
  g_auto(KlChartReport) r = { 0 };
  KlChartRequest load = { KL_CHART_OVERVIEW, 0, period, 0 };

  g_return_val_if_fail (KL_IS_STORE (store), NULL);

  if (!_kl_chart_report_load (&r, store, plan_id, &load, error))
    return NULL;
  return pack_charts (&r, error);
}

/* The drafted 进展情况 opens the pack; it is written from the charts'
 * roll-up. */
gboolean
kl_chart_report_save_meeting_pack (KlStore *store, gint64 plan_id, const KlPeriod *period,
                                   const char *path, GError **error)
{
  g_auto(KlChartReport) r = { 0 };
  KlChartRequest load = { KL_CHART_OVERVIEW, 0, period, 0 };
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(KlProgressText) text = NULL;
  g_auto(GStrv) paragraphs = NULL;

  g_return_val_if_fail (KL_IS_STORE (store) && path != NULL, FALSE);

  if (!_kl_chart_report_load (&r, store, plan_id, &load, error) ||
      (charts = pack_charts (&r, error)) == NULL ||
      (text = kl_progress_text_draft_from (store, plan_id, &r.period, 0, r.rollup,
                                           error)) == NULL)
    return FALSE;
  paragraphs = g_strsplit (text->text, "\n", -1);
  return kl_chart_save_pdf_pages_with_text (charts, text->title, (const char *const *) paragraphs,
                                            path, r.plan->title ? r.plan->title : "", NULL,
                                            error);
}
