/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "export/kl-print-tables.h"
#include "export/kl-progress-text.h"
#include "model/kl-cell-value.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* The words are those of the reports (kl-report-words.h): not translated. */

typedef struct
{
  KlPlanInfo *plan;
  GPtrArray  *indicators;  /* KlIndicatorInfo * */
  GPtrArray  *units;       /* KlUnitInfo *, top level, in directory order */
  GPtrArray  *all_units;
  GPtrArray  *rows;        /* KlProgressRow * */
  GHashTable *cells;       /* "indicator:unit" → KlProgressRow * */
} Grid;

static void
grid_clear (Grid *g)
{
  g_clear_pointer (&g->plan, kl_plan_info_free);
  g_clear_pointer (&g->indicators, g_ptr_array_unref);
  g_clear_pointer (&g->units, g_ptr_array_unref);
  g_clear_pointer (&g->all_units, g_ptr_array_unref);
  g_clear_pointer (&g->rows, g_ptr_array_unref);
  g_clear_pointer (&g->cells, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Grid, grid_clear)

static char *
key (gint64 indicator_id, gint64 unit_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, indicator_id, unit_id);
}

static gboolean
grid_load (Grid *g, KlStore *store, gint64 plan_id, const KlPeriod *period, GError **error)
{
  KlPeriod year;

  if ((g->plan = kl_store_get_plan (store, plan_id, error)) == NULL)
    return FALSE;
  year = kl_period_year (g->plan->year_start > 0 ? g->plan->year_start : 2021);
  if ((g->indicators = kl_store_list_indicators (store, plan_id, error)) == NULL ||
      (g->all_units = kl_store_list_units (store, TRUE, error)) == NULL ||
      (g->rows = kl_store_progress_rollup (store, plan_id, period ? period : &year, error)) == NULL)
    return FALSE;
  g->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g->rows->len; i++)
    {
      KlProgressRow *row = g_ptr_array_index (g->rows, i);
      if (row->parent_id == 0)
        g_hash_table_insert (g->cells, key (row->indicator_id, row->unit_id), row);
    }
  g->units = g_ptr_array_new ();
  for (guint u = 0; u < g->all_units->len; u++)
    {
      KlUnitInfo *unit = g_ptr_array_index (g->all_units, u);
      gboolean used = FALSE;

      for (guint i = 0; i < g->rows->len && !used; i++)
        {
          KlProgressRow *row = g_ptr_array_index (g->rows, i);
          used = row->unit_id == unit->id && row->parent_id == 0;
        }
      if (used)
        g_ptr_array_add (g->units, unit);
    }
  return TRUE;
}

static KlProgressRow *
cell (Grid *g, gint64 indicator_id, gint64 unit_id)
{
  g_autofree char *k = key (indicator_id, unit_id);
  return g_hash_table_lookup (g->cells, k);
}

static char *
parts_text (const double *values, guint n, gboolean percent)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = kl_format_number (values[i]);
      g_string_append_printf (out, "%s%s%s", i ? "/" : "", number, percent ? "%" : "");
    }
  return g_string_free (out, FALSE);
}

static char *
heading (const KlIndicatorInfo *info)
{
  if (info->measure[0] == '\0')
    return g_strdup (info->name);
  return g_strdup_printf ("%s（%s）", info->name, info->measure);
}

static KlTable *
table_new (Grid *g, guint n_columns, guint n_header_rows, const char *name)
{
  KlTable *table = kl_table_new (n_columns, n_header_rows);

  table->title = g_strdup (g->plan->title);
  table->subtitle = g_strdup (name);
  table->total_row = TRUE;
  return table;
}

KlTable *
kl_print_table_quota (KlStore *store, gint64 plan_id, GError **error)
{
  g_auto(Grid) g = { 0 };
  KlTable *table;
  guint n;
  g_autofree const char **cells = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  if (!grid_load (&g, store, plan_id, NULL, error))
    return NULL;
  n = g.indicators->len + 1;
  cells = g_new0 (const char *, n);
  table = table_new (&g, n, 1, "指标分解表");
  cells[0] = "单位";
  for (guint i = 0; i < g.indicators->len; i++)
    g_ptr_array_add (owned, (gpointer) (cells[i + 1] = heading (g.indicators->pdata[i])));
  kl_table_add_row (table, cells);
  for (guint u = 0; u <= g.units->len; u++)
    {
      KlUnitInfo *unit = u < g.units->len ? g_ptr_array_index (g.units, u) : NULL;

      cells[0] = unit ? unit->name : "合计";
      for (guint i = 0; i < g.indicators->len; i++)
        {
          KlIndicatorInfo *info = g_ptr_array_index (g.indicators, i);
          double sum[KL_CELL_MAX_PARTS] = { 0 };
          guint parts = 0;
          gboolean percent = info->kind == KL_INDICATOR_PERCENT;

          for (guint k = unit ? u : 0; k < (unit ? u + 1 : g.units->len); k++)
            {
              KlProgressRow *row = cell (&g, info->id, ((KlUnitInfo *) g.units->pdata[k])->id);
              if (row == NULL || !row->has_quota)
                continue;
              parts = row->n_parts;
              for (guint p = 0; p < row->n_parts; p++)
                sum[p] += row->quota[p];
            }
          /* Rates are levels: no 合计. */
          cells[i + 1] = parts == 0 || (!unit && percent) ? ""
                         : (g_ptr_array_add (owned, parts_text (sum, parts, percent)),
                            owned->pdata[owned->len - 1]);
        }
      kl_table_add_row (table, cells);
    }
  return table;
}

static void
progress_cells (Grid *g, KlUnitInfo *unit, const char **cells, GPtrArray *owned)
{
  for (guint i = 0; i < g->indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (g->indicators, i);
      double done = 0, quota = 0;
      gboolean any = FALSE, percent = info->kind == KL_INDICATOR_PERCENT;

      for (guint k = 0; k < g->units->len; k++)
        {
          KlUnitInfo *each = g_ptr_array_index (g->units, k);
          KlProgressRow *row;

          if (unit != NULL && each != unit)
            continue;
          row = cell (g, info->id, each->id);
          if (row == NULL)
            continue;
          if (row->has_actual)
            done += row->cumulative[0], any = TRUE;
          if (row->has_quota)
            quota += row->quota[0];
        }
      cells[1 + 2 * i] = cells[2 + 2 * i] = "";
      if (!any || (unit == NULL && percent))
        continue;
      {
        g_autofree char *number = kl_format_number (done);
        g_ptr_array_add (owned, g_strconcat (number, percent ? "%" : "", NULL));
      }
      cells[1 + 2 * i] = owned->pdata[owned->len - 1];
      if (quota > 0 && !percent)
        {
          g_ptr_array_add (owned, g_strdup_printf ("%.1f%%", done / quota * 100));
          cells[2 + 2 * i] = owned->pdata[owned->len - 1];
        }
    }
}

KlTable *
kl_print_table_progress (KlStore *store, gint64 plan_id, const KlPeriod *period, GError **error)
{
  g_auto(Grid) g = { 0 };
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autofree const char **cells = NULL;
  g_autofree char *end = NULL, *date = NULL, *name = NULL;
  KlTable *table;
  guint n;

  g_return_val_if_fail (period != NULL, NULL);
  if (!grid_load (&g, store, plan_id, period, error))
    return NULL;
  n = 1 + 2 * g.indicators->len;
  cells = g_new0 (const char *, n);
  end = kl_period_dup_end_date (period);
  date = kl_text_date (end);
  name = g_strdup_printf ("进度统计表（截至%s）", date);
  table = table_new (&g, n, 2, name);
  cells[0] = "单位";
  for (guint i = 0; i < g.indicators->len; i++)
    {
      g_ptr_array_add (owned, heading (g.indicators->pdata[i]));
      cells[1 + 2 * i] = owned->pdata[owned->len - 1];
      cells[2 + 2 * i] = "";
    }
  kl_table_add_row (table, cells);
  cells[0] = "";
  for (guint i = 0; i < g.indicators->len; i++)
    cells[1 + 2 * i] = "累计完成", cells[2 + 2 * i] = "完成率";
  kl_table_add_row (table, cells);
  for (guint u = 0; u <= g.units->len; u++)
    {
      KlUnitInfo *unit = u < g.units->len ? g_ptr_array_index (g.units, u) : NULL;

      cells[0] = unit ? unit->name : "合计";
      progress_cells (&g, unit, cells, owned);
      kl_table_add_row (table, cells);
    }
  return table;
}
