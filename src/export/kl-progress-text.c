/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "export/kl-progress-text.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* The drafted 进展情况 paragraph (see kl-progress-text.h). */

typedef struct
{
  KlPlanInfo      *plan;
  const KlPeriod  *period;
  gint64           unit_id;     /* 0: the plan */
  GHashTable      *unit_names;  /* gint64 * → const char * */
  GPtrArray       *units;
  GPtrArray       *indicators;
  GPtrArray       *rows;        /* the roll-up, by indicator then unit */
  GHashTable      *first_row;   /* indicator id → index of its first row + 1 */
} Draft;

static void
draft_clear (Draft *d)
{
  g_clear_pointer (&d->plan, kl_plan_info_free);
  g_clear_pointer (&d->unit_names, g_hash_table_unref);
  g_clear_pointer (&d->units, g_ptr_array_unref);
  g_clear_pointer (&d->indicators, g_ptr_array_unref);
  g_clear_pointer (&d->rows, g_ptr_array_unref);
  g_clear_pointer (&d->first_row, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Draft, draft_clear)

void
kl_progress_text_free (KlProgressText *text)
{
  if (text == NULL)
    return;
  g_free (text->title);
  g_free (text->subtitle);
  g_free (text->date);
  g_free (text->text);
  g_strfreev (text->omitted);
  g_free (text);
}

/* The rows of one indicator that count: the unit's, or every top-level
 * unit's for the plan. */
static GPtrArray *
indicator_rows (Draft *d, gint64 indicator_id)
{
  GPtrArray *rows = g_ptr_array_new ();
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (d->first_row, &indicator_id));

  /* An indicator's rows are next to each other. */
  for (guint i = first ? first - 1 : d->rows->len; i < d->rows->len; i++)
    {
      KlProgressRow *row = g_ptr_array_index (d->rows, i);
      if (row->indicator_id != indicator_id)
        break;
      if (d->unit_id != 0 ? row->unit_id == d->unit_id : row->parent_id == 0)
        g_ptr_array_add (rows, row);
    }
  return rows;
}

typedef struct
{
  gboolean has_figure, has_quota;
  double   figure, quota;
} Totals;

/* Sums (means for percentages, which do not add up) of figures and quotas. */
static Totals
totals (const KlIndicatorInfo *info, GPtrArray *rows)
{
  Totals t = { 0 };
  guint n_figures = 0, n_quotas = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      KlProgressRow *row = g_ptr_array_index (rows, i);
      if (row->has_actual)
        t.figure += row->cumulative[0], n_figures++;
      if (row->has_quota && row->quota[0] > 0)
        t.quota += row->quota[0], n_quotas++;
    }
  t.has_figure = n_figures > 0;
  t.has_quota = n_quotas > 0;
  if (info->kind == KL_INDICATOR_PERCENT)
    {
      t.figure = n_figures ? t.figure / n_figures : 0;
      t.quota = n_quotas ? t.quota / n_quotas : 0;
    }
  else if (info->has_total && info->total > 0 && rows->len > 1)
    t.quota = info->total, t.has_quota = TRUE;   /* 下达数 */
  return t;
}

static char *
figure_text (const KlIndicatorInfo *info, double value)
{
  if (info->kind == KL_INDICATOR_PERCENT)
    return g_strdup_printf ("%.1f%%", value);
  return kl_text_figure (value, info->measure);
}

static const char *
task_word (const KlIndicatorInfo *info)
{
  return info->period == KL_PERIOD_CUMULATIVE ? "目标任务" : "全年任务";
}

/* "完成5130人，占全年任务5700人的90.0%，超出时间进度15.0个百分点" */
static void
append_totals (GString *out, Draft *d, const KlIndicatorInfo *info, Totals t)
{
  g_autofree char *figure = figure_text (info, t.figure);
  g_autofree char *quota = figure_text (info, t.quota);
  double elapsed, rate, lead;

  if (info->kind == KL_INDICATOR_PERCENT)
    {
      g_string_append_printf (out, "%s为%s", d->unit_id ? "" : "平均", figure);
      if (t.has_quota)
        g_string_append_printf (out, "，目标%s，%s", quota,
                                t.figure >= t.quota ? "已达到目标" : "尚未达到目标");
      return;
    }
  g_string_append_printf (out, "完成%s", figure);
  if (!t.has_quota)
    return;
  rate = t.figure / t.quota * 100;
  g_string_append_printf (out, "，占%s%s的%.1f%%", task_word (info), quota, rate);
  if (rate >= 100)
    {
      g_string_append_printf (out, "，已完成%s", task_word (info));
      return;
    }
  elapsed = 100 * (info->period == KL_PERIOD_CUMULATIVE
                     ? kl_period_plan_elapsed_fraction (d->plan, d->period)
                     : kl_period_elapsed_fraction (d->period));
  lead = round ((rate - elapsed) * 10) / 10;
  if (lead > 0)
    g_string_append_printf (out, "，超出时间进度%.1f个百分点", lead);
  else if (lead < 0)
    g_string_append_printf (out, "，落后时间进度%.1f个百分点", -lead);
  else
    g_string_append (out, "，与时间进度持平");
}

static int
by_rate (gconstpointer a, gconstpointer b)
{
  const KlProgressRow *x = *(KlProgressRow *const *) a, *y = *(KlProgressRow *const *) b;

  return (x->rate > y->rate) - (x->rate < y->rate);
}

/* "宝应县、高邮市已完成全年任务，开发区完成率较低（40.0%），仪征市尚未填报" */
static char *
units_clause (Draft *d, const KlIndicatorInfo *info, GPtrArray *rows)
{
  g_autoptr(GPtrArray) met = g_ptr_array_new (), lagging = g_ptr_array_new ();
  g_autoptr(GPtrArray) silent = g_ptr_array_new (), parts = g_ptr_array_new_with_free_func (g_free);
  guint n_quota = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      KlProgressRow *row = g_ptr_array_index (rows, i);
      const char *name = g_hash_table_lookup (d->unit_names, &row->unit_id);

      if (!row->has_quota || row->quota[0] <= 0 || name == NULL)
        continue;
      n_quota++;
      if (!row->has_actual)
        g_ptr_array_add (silent, (gpointer) name);
      else if (row->status == KL_RATE_MET)
        g_ptr_array_add (met, (gpointer) name);
      else if (row->status == KL_RATE_LAGGING)
        g_ptr_array_add (lagging, row);
    }
  if (n_quota < 2)   /* one unit: the totals said it all */
    return NULL;
  if (met->len == n_quota)
    g_ptr_array_add (parts, g_strdup_printf ("各单位均已完成%s", task_word (info)));
  else if (met->len > 0)
    {
      g_autofree char *names = kl_text_join (met, 0, NULL);
      g_ptr_array_add (parts, g_strdup_printf ("%s已完成%s", names, task_word (info)));
    }
  if (lagging->len > 0)
    {
      GString *names = g_string_new (NULL), *rates = g_string_new (NULL);

      g_ptr_array_sort (lagging, by_rate);
      for (guint i = 0; i < lagging->len; i++)
        {
          KlProgressRow *row = g_ptr_array_index (lagging, i);
          g_string_append_printf (names, "%s%s", i ? "、" : "",
                                  (char *) g_hash_table_lookup (d->unit_names, &row->unit_id));
          g_string_append_printf (rates, "%s%.1f%%", i ? "、" : "", row->rate * 100);
        }
      g_ptr_array_add (parts, g_strdup_printf ("%s完成率较低（%s%s）", names->str,
                                               lagging->len > 1 ? "分别为" : "", rates->str));
      g_string_free (names, TRUE);
      g_string_free (rates, TRUE);
    }
  if (silent->len > 0)
    {
      g_autofree char *names = kl_text_join (silent, 0, NULL);
      g_ptr_array_add (parts, g_strdup_printf ("%s尚未填报", names));
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("，", (GStrv) parts->pdata);
}

/* One sentence per indicator with figures; the others are named last. */
static void
write_text (Draft *d, KlProgressText *result)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) omitted = g_ptr_array_new ();
  const char *unit_name = d->unit_id ? g_hash_table_lookup (d->unit_names, &d->unit_id) : "";

  g_string_append_printf (out, "截至%s，", result->date);
  for (guint i = 0; i < d->indicators->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (d->indicators, i);
      g_autoptr(GPtrArray) rows = indicator_rows (d, info->id);
      Totals t = totals (info, rows);
      g_autofree char *units = NULL;

      if (!t.has_figure)
        {
          if (d->unit_id == 0 || t.has_quota)
            g_ptr_array_add (omitted, info->name);
          continue;
        }
      /* One paragraph per indicator; the date opens the first. */
      if (result->n_used > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s%s", result->n_used++ == 0 ? unit_name : "", info->name);
      append_totals (out, d, info, t);
      if (d->unit_id == 0 && (units = units_clause (d, info, rows)) != NULL)
        g_string_append_printf (out, "；%s", units);
      g_string_append (out, "。");
    }
  if (result->n_used == 0)
    g_string_append_printf (out, "%s各项指标暂无填报数据。", unit_name);
  else if (omitted->len > 0)
    {
      g_autofree char *names = kl_text_join (omitted, 5, "项指标");
      g_string_append_printf (out, "\n%s暂无填报数据，未列入统计。", names);
    }
  g_ptr_array_add (omitted, NULL);
  result->omitted = g_strdupv ((GStrv) omitted->pdata);
  result->text = g_string_free (out, FALSE);
}

static void
index_rows (Draft *d)
{
  d->first_row = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = d->rows->len; i-- > 0;)
    {
      KlProgressRow *row = g_ptr_array_index (d->rows, i);
      g_hash_table_insert (d->first_row, &row->indicator_id, GUINT_TO_POINTER (i + 1));
    }
}

static gboolean
draft_load (Draft *d, KlStore *store, gint64 plan_id, GPtrArray *rollup, GError **error)
{
  if ((d->plan = kl_store_get_plan (store, plan_id, error)) == NULL ||
      (d->indicators = kl_store_list_indicators (store, plan_id, error)) == NULL ||
      (d->units = kl_store_list_units (store, TRUE, error)) == NULL ||
      (d->rows = rollup ? g_ptr_array_ref (rollup)
                        : kl_store_progress_rollup (store, plan_id, d->period, error)) == NULL)
    return FALSE;
  index_rows (d);
  d->unit_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < d->units->len; i++)
    {
      KlUnitInfo *unit = g_ptr_array_index (d->units, i);
      g_hash_table_insert (d->unit_names, &unit->id, unit->name);
    }
  if (d->unit_id != 0 && !g_hash_table_contains (d->unit_names, &d->unit_id))
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                           _("No such unit in the ledger"));
      return FALSE;
    }
  return TRUE;
}

KlProgressText *
kl_progress_text_draft (KlStore *store, gint64 plan_id, const KlPeriod *period, gint64 unit_id,
                        GError **error)
{
  return kl_progress_text_draft_from (store, plan_id, period, unit_id, NULL, error);
}

KlProgressText *
kl_progress_text_draft_from (KlStore *store, gint64 plan_id, const KlPeriod *period,
                             gint64 unit_id, GPtrArray *rollup, GError **error)
{
  g_auto(Draft) d = { .period = period, .unit_id = unit_id };
  g_autoptr(KlProgressText) result = g_new0 (KlProgressText, 1);
  g_autofree char *end = NULL;

  g_return_val_if_fail (KL_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  if (!draft_load (&d, store, plan_id, rollup, error))
    return NULL;
  end = kl_period_dup_end_date (period);
  result->date = kl_text_date (end);
  result->subtitle = g_strdup (d.plan->title);
  result->title = g_strconcat (unit_id ? (char *) g_hash_table_lookup (d.unit_names, &unit_id)
                                       : "", "进展情况", NULL);
  write_text (&d, result);
  return g_steal_pointer (&result);
}
