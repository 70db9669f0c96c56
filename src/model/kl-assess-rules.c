/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "kl-assess.h"
#include "kl-cell-value.h"

/* 考核 rules as plain data: defaults, bands, the points of one indicator. */

static void
band_free (KlAssessBand *band)
{
  g_free (band->name);
  g_free (band);
}

static KlAssessRules *
rules_new (gint64 plan_id)
{
  KlAssessRules *rules = g_new0 (KlAssessRules, 1);

  rules->plan_id = plan_id;
  rules->weights = g_array_new (FALSE, FALSE, sizeof (KlAssessWeight));
  rules->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) band_free);
  return rules;
}

/* 60 % floor, no bonus, 90 优秀 / 75 良好 / 60 合格 / 不合格.  The grade
 * names are not translated, as the words of the reports are not
 * (kl-report-words.h): they go into official forms. */
KlAssessRules *
kl_assess_rules_new_default (gint64 plan_id)
{
  KlAssessRules *rules = rules_new (plan_id);

  rules->floor = 0.6;
  rules->bonus_cap = 0.2;
  kl_assess_rules_set_band (rules, 90, "优秀");
  kl_assess_rules_set_band (rules, 75, "良好");
  kl_assess_rules_set_band (rules, 60, "合格");
  kl_assess_rules_set_band (rules, 0, "不合格");
  return rules;
}

void
kl_assess_rules_free (KlAssessRules *rules)
{
  if (rules == NULL)
    return;
  g_array_unref (rules->weights);
  g_ptr_array_unref (rules->bands);
  g_free (rules);
}

KlAssessRules *
kl_assess_rules_copy (const KlAssessRules *rules)
{
  KlAssessRules *copy = rules_new (rules->plan_id);

  copy->stored = rules->stored;
  copy->floor = rules->floor;
  copy->bonus_rate = rules->bonus_rate;
  copy->bonus_cap = rules->bonus_cap;
  g_array_append_vals (copy->weights, rules->weights->data, rules->weights->len);
  for (guint i = 0; i < rules->bands->len; i++)
    {
      KlAssessBand *band = g_ptr_array_index (rules->bands, i);
      kl_assess_rules_set_band (copy, band->lower, band->name);
    }
  return copy;
}

static int
band_compare (gconstpointer a, gconstpointer b)
{
  const KlAssessBand *x = *(KlAssessBand *const *) a, *y = *(KlAssessBand *const *) b;

  return (x->lower < y->lower) - (x->lower > y->lower);
}

void
kl_assess_rules_set_band (KlAssessRules *rules, double lower, const char *name)
{
  KlAssessBand *band;

  g_return_if_fail (rules != NULL && name != NULL);
  for (guint i = 0; i < rules->bands->len; i++)
    {
      band = g_ptr_array_index (rules->bands, i);
      if (band->lower == lower)
        {
          g_free (band->name);
          band->name = g_strdup (name);
          return;
        }
    }
  band = g_new0 (KlAssessBand, 1);
  band->lower = lower;
  band->name = g_strdup (name);
  g_ptr_array_add (rules->bands, band);
  g_ptr_array_sort (rules->bands, band_compare);
}

void
kl_assess_rules_set_weight (KlAssessRules *rules, gint64 indicator_id, double points)
{
  KlAssessWeight weight = { indicator_id, points };

  g_return_if_fail (rules != NULL);
  for (guint i = 0; i < rules->weights->len; i++)
    if (g_array_index (rules->weights, KlAssessWeight, i).indicator_id == indicator_id)
      {
        g_array_index (rules->weights, KlAssessWeight, i).points = points;
        return;
      }
  g_array_append_val (rules->weights, weight);
}

static gboolean
bad_bands (GError **error, const char *item)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
               _("“%s” is not a grade band: write SCORE:NAME, as 90:优秀"), item);
  return FALSE;
}

gboolean
kl_assess_rules_parse_bands (KlAssessRules *rules, const char *text, GError **error)
{
  g_auto(GStrv) items = g_regex_split_simple ("[,，;；]", text, 0, 0);
  g_autoptr(GPtrArray) old = g_steal_pointer (&rules->bands);

  rules->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) band_free);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));
      g_auto(GStrv) pair = g_regex_split_simple ("[:：]", item, 0, 0);
      double lower;

      if (*item == '\0')
        continue;
      if (g_strv_length (pair) != 2 || !kl_parse_number (g_strstrip (pair[0]), &lower, NULL) ||
          lower < 0 || *g_strstrip (pair[1]) == '\0')
        {
          g_ptr_array_unref (rules->bands);
          rules->bands = g_steal_pointer (&old);
          return bad_bands (error, item);
        }
      kl_assess_rules_set_band (rules, lower, pair[1]);
    }
  if (rules->bands->len == 0)
    {
      g_ptr_array_unref (rules->bands);
      rules->bands = g_steal_pointer (&old);
      return bad_bands (error, text);
    }
  return TRUE;
}

double
kl_assess_points (const KlAssessRules *rules, double weight, double rate, double *bonus)
{
  double extra = 0;

  g_return_val_if_fail (rules != NULL, 0);
  if (bonus != NULL)
    *bonus = 0;
  if (rate < rules->floor || rate <= 0)
    return 0;
  if (rate < 1)
    return weight * rate;
  extra = MIN ((rate - 1) * rules->bonus_rate, rules->bonus_cap) * weight;
  if (bonus != NULL)
    *bonus = extra;
  return weight + extra;
}

const char *
kl_assess_grade (const KlAssessRules *rules, double score)
{
  g_return_val_if_fail (rules != NULL, "");
  /* Highest first: the first band the score reaches.  A hair of rounding
   * (89.99999) must not drop a grade the printed 90.0 shows. */
  for (guint i = 0; i < rules->bands->len; i++)
    {
      KlAssessBand *band = g_ptr_array_index (rules->bands, i);
      if (score + 1e-9 >= band->lower)
        return band->name;
    }
  return "";
}
