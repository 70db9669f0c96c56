/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-section-rates.h"
#include "kl-indicator.h"

typedef struct
{
  gint64 section_id;
  gboolean percent;
  double quota;     /* totals over units … */
  double actual;
  double rates;     /* … or the sum of the units' rates, for percentages */
  guint  n_rates;
} Tally;

static gboolean
indicator_rate (const Tally *tally, double *rate)
{
  if (tally->percent)
    {
      *rate = tally->n_rates ? tally->rates / tally->n_rates : 0;
      return tally->n_rates > 0;
    }
  *rate = tally->quota > 0 ? tally->actual / tally->quota : 0;
  return tally->quota > 0;
}

/* Indicator id → Tally, for the indicators linked to a section. */
static GHashTable *
linked_indicators (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (self, plan_id, error);
  GHashTable *tallies;

  if (indicators == NULL)
    return NULL;
  tallies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < indicators->len; i++)
    {
      KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      Tally *tally;

      if (info->section_id == 0)
        continue;
      tally = g_new0 (Tally, 1);
      tally->section_id = info->section_id;
      tally->percent = info->kind == KL_INDICATOR_PERCENT;
      g_hash_table_insert (tallies, g_memdup2 (&info->id, sizeof info->id), tally);
    }
  return tallies;
}

static void
add_row (GHashTable *tallies, const KlProgressRow *row)
{
  Tally *tally = g_hash_table_lookup (tallies, &row->indicator_id);

  /* Counts over the top-level units (a parent holds its children's sum);
   * a rate is a level, every unit's counts. */
  if (tally == NULL || !row->has_quota || row->n_parts == 0 ||
      (!tally->percent && row->parent_id != 0))
    return;
  tally->quota += row->quota[0];
  tally->actual += row->cumulative[0];
  if (row->has_rate)
    {
      tally->rates += row->rate;
      tally->n_rates++;
    }
}

/* Mean of the indicator rates per section. */
static GHashTable *
section_means (GHashTable *tallies)
{
  GHashTable *rates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Tally *tally = value;
      double rate, *sum = g_hash_table_lookup (rates, &tally->section_id);
      guint n;

      if (!indicator_rate (tally, &rate))
        continue;
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (rates, g_memdup2 (&tally->section_id, sizeof (gint64)), sum);
        }
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &tally->section_id));
      *sum = (*sum * n + rate) / (n + 1);
      g_hash_table_insert (counts, &tally->section_id, GUINT_TO_POINTER (n + 1));
    }
  return rates;
}

GHashTable *
kl_store_section_rates (KlStore *self, gint64 plan_id, const KlPeriod *period, GError **error)
{
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  tallies = linked_indicators (self, plan_id, error);
  if (tallies == NULL)
    return NULL;
  if (g_hash_table_size (tallies) == 0)
    return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  rows = kl_store_progress_rollup (self, plan_id, period, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    add_row (tallies, g_ptr_array_index (rows, i));
  return section_means (tallies);
}

KlPeriod
kl_plan_current_period (const KlPlanInfo *plan, int this_year)
{
  int year = this_year;

  g_return_val_if_fail (plan != NULL, kl_period_year (this_year));
  if (plan->year_start > 0 && year < plan->year_start)
    year = plan->year_start;
  if (plan->year_end > 0 && year > plan->year_end)
    year = plan->year_end;
  return kl_period_year (year);
}
