/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "kl-assess.h"
#include "kl-indicator.h"
#include "kl-progress.h"
#include "kl-unit.h"

/* 考核 scores from the roll-up: one set-based roll-up, then plain C. */

void
kl_assess_unit_free (KlAssessUnit *unit)
{
  if (unit == NULL)
    return;
  g_free (unit->unit_name);
  g_free (unit->grade);
  g_array_unref (unit->items);
  g_free (unit);
}

static gboolean
row_applies (const KlProgressRow *row)
{
  return row->parent_id == 0 && row->has_quota && row->quota[0] > 0;
}

/* indicator id → weight (double *).  No weights saved: every indicator
 * with a quota somewhere weighs the same, 100 in all. */
static GHashTable *
weights_table (const KlAssessRules *rules, GPtrArray *rows)
{
  GHashTable *weights = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  if (rules->weights->len > 0)
    {
      for (guint i = 0; i < rules->weights->len; i++)
        {
          const KlAssessWeight *w = &g_array_index (rules->weights, KlAssessWeight, i);
          if (w->points > 0)
            g_hash_table_insert (weights, g_memdup2 (&w->indicator_id, sizeof (gint64)),
                                 g_memdup2 (&w->points, sizeof (double)));
        }
      return weights;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);
      if (row_applies (row))
        g_hash_table_replace (weights, g_memdup2 (&row->indicator_id, sizeof (gint64)),
                              g_new0 (double, 1));
    }
  {
    double each = g_hash_table_size (weights) ? 100.0 / g_hash_table_size (weights) : 0;
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, weights);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      *(double *) value = each;
  }
  return weights;
}

static KlAssessUnit *
unit_for (GHashTable *by_unit, GPtrArray *out, gint64 unit_id, GHashTable *names)
{
  KlAssessUnit *unit = g_hash_table_lookup (by_unit, &unit_id);

  if (unit != NULL)
    return unit;
  unit = g_new0 (KlAssessUnit, 1);
  unit->unit_id = unit_id;
  unit->unit_name = g_strdup (g_hash_table_lookup (names, &unit_id));
  unit->items = g_array_new (FALSE, FALSE, sizeof (KlAssessItem));
  g_ptr_array_add (out, unit);
  g_hash_table_insert (by_unit, &unit->unit_id, unit);
  return unit;
}

static void
add_item (const KlAssessRules *rules, KlAssessUnit *unit, const KlProgressRow *row,
          double weight)
{
  KlAssessItem item = { row->indicator_id, weight, row->has_actual, 0, 0, 0 };

  item.rate = row->has_rate ? row->rate : 0;
  item.points = kl_assess_points (rules, weight, item.rate, &item.bonus);
  unit->points += item.points;
  unit->full += weight;
  g_array_append_val (unit->items, item);
}

static int
by_score (gconstpointer a, gconstpointer b)
{
  const KlAssessUnit *x = *(KlAssessUnit *const *) a, *y = *(KlAssessUnit *const *) b;

  if (fabs (x->score - y->score) > 1e-9)
    return x->score < y->score ? 1 : -1;
  return (x->unit_id > y->unit_id) - (x->unit_id < y->unit_id);
}

static void
rank_units (const KlAssessRules *rules, GPtrArray *units)
{
  for (guint i = 0; i < units->len; i++)
    {
      KlAssessUnit *unit = g_ptr_array_index (units, i);
      unit->score = unit->full > 0 ? unit->points / unit->full * 100 : 0;
      unit->grade = g_strdup (kl_assess_grade (rules, unit->score));
    }
  g_ptr_array_sort (units, by_score);
  for (guint i = 0; i < units->len; i++)
    {
      KlAssessUnit *unit = g_ptr_array_index (units, i);
      KlAssessUnit *prev = i ? g_ptr_array_index (units, i - 1) : NULL;
      /* Scores equal as printed (one decimal) share a rank. */
      unit->rank = prev && round (prev->score * 10) == round (unit->score * 10)
                     ? prev->rank : (int) i + 1;
    }
}

static GHashTable *
unit_names (KlStore *store, GPtrArray **list, GError **error)
{
  GHashTable *names;

  *list = kl_store_list_units (store, TRUE, error);
  if (*list == NULL)
    return NULL;
  names = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < (*list)->len; i++)
    {
      KlUnitInfo *info = g_ptr_array_index (*list, i);
      g_hash_table_insert (names, &info->id, info->name);
    }
  return names;
}

GPtrArray *
kl_store_assess (KlStore *self, gint64 plan_id, const KlPeriod *period,
                 const KlAssessRules *rules, GError **error)
{
  g_autoptr(KlAssessRules) own = NULL;
  g_autoptr(GPtrArray) rows = NULL, unit_list = NULL;
  g_autoptr(GHashTable) names = NULL, weights = NULL, by_unit = NULL;
  GPtrArray *units;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  if (rules == NULL && (rules = own = kl_store_get_assess_rules (self, plan_id, error)) == NULL)
    return NULL;
  rows = kl_store_progress_rollup (self, plan_id, period, error);
  if (rows == NULL || (names = unit_names (self, &unit_list, error)) == NULL)
    return NULL;
  weights = weights_table (rules, rows);
  by_unit = g_hash_table_new (g_int64_hash, g_int64_equal);
  units = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_assess_unit_free);
  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);
      double *weight = g_hash_table_lookup (weights, &row->indicator_id);

      if (weight != NULL && row_applies (row))
        add_item (rules, unit_for (by_unit, units, row->unit_id, names), row, *weight);
    }
  rank_units (rules, units);
  return units;
}
