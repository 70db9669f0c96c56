/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-assess.h"
#include "kl-plan.h"
#include "kl-store-private.h"

/* 考核 rules in the ledger (schema v9): one assess_rule row per plan,
 * its weights per indicator and its grade bands. */

static gboolean
read_rule (KlStore *self, KlAssessRules *rules, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT floor, bonus_rate, bonus_cap FROM assess_rule WHERE plan_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rules->plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      rules->stored = TRUE;
      rules->floor = sqlite3_column_double (stmt, 0);
      rules->bonus_rate = sqlite3_column_double (stmt, 1);
      rules->bonus_cap = sqlite3_column_double (stmt, 2);
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE || _kl_store_fail (self, error);
}

static gboolean
read_weights (KlStore *self, KlAssessRules *rules, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT w.indicator_id, w.points FROM assess_weight w"
    " JOIN indicator i ON i.id = w.indicator_id WHERE i.plan_id = ?1"
    " ORDER BY i.position, i.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rules->plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    kl_assess_rules_set_weight (rules, sqlite3_column_int64 (stmt, 0),
                                sqlite3_column_double (stmt, 1));
  return rc == SQLITE_DONE || _kl_store_fail (self, error);
}

static gboolean
read_bands (KlStore *self, KlAssessRules *rules, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT lower, name FROM assess_band WHERE plan_id = ?1", error);
  gboolean any = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rules->plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!any)
        g_ptr_array_set_size (rules->bands, 0);
      any = TRUE;
      kl_assess_rules_set_band (rules, sqlite3_column_double (stmt, 0),
                                (const char *) sqlite3_column_text (stmt, 1));
    }
  return rc == SQLITE_DONE || _kl_store_fail (self, error);
}

KlAssessRules *
kl_store_get_assess_rules (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(KlAssessRules) rules = kl_assess_rules_new_default (plan_id);
  g_autoptr(KlPlanInfo) plan = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  plan = kl_store_get_plan (self, plan_id, error);
  if (plan == NULL)
    return NULL;
  if (!read_rule (self, rules, error) || !read_weights (self, rules, error) ||
      !read_bands (self, rules, error))
    return NULL;
  return g_steal_pointer (&rules);
}

/* Every write is a true UPDATE where the row stays: a DELETE and INSERT
 * of the same key in one action is not undone correctly by the session
 * (tests/model/test-assess.c, store-round-trip). */
static gboolean
write_rule (KlStore *self, const KlAssessRules *rules, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO assess_rule (plan_id, floor, bonus_rate, bonus_cap) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (plan_id) DO UPDATE SET floor = excluded.floor,"
    " bonus_rate = excluded.bonus_rate, bonus_cap = excluded.bonus_cap", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rules->plan_id);
  sqlite3_bind_double (stmt, 2, rules->floor);
  sqlite3_bind_double (stmt, 3, rules->bonus_rate);
  sqlite3_bind_double (stmt, 4, rules->bonus_cap);
  return _kl_store_step_done (self, stmt, error);
}

static gboolean
has_weight (const KlAssessRules *rules, gint64 indicator_id)
{
  for (guint i = 0; i < rules->weights->len; i++)
    if (g_array_index (rules->weights, KlAssessWeight, i).indicator_id == indicator_id)
      return TRUE;
  return FALSE;
}

static gboolean
has_band (const KlAssessRules *rules, double lower)
{
  for (guint i = 0; i < rules->bands->len; i++)
    if (((KlAssessBand *) g_ptr_array_index (rules->bands, i))->lower == lower)
      return TRUE;
  return FALSE;
}

/* Removes the weights and bands of @old that @rules no longer has. */
static gboolean
delete_dropped (KlStore *self, const KlAssessRules *old, const KlAssessRules *rules,
                GError **error)
{
  for (guint i = 0; i < old->weights->len; i++)
    {
      gint64 id = g_array_index (old->weights, KlAssessWeight, i).indicator_id;
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (has_weight (rules, id))
        continue;
      stmt = _kl_store_prepare (self, "DELETE FROM assess_weight WHERE indicator_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; old->stored && i < old->bands->len; i++)
    {
      double lower = ((KlAssessBand *) g_ptr_array_index (old->bands, i))->lower;
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (has_band (rules, lower))
        continue;
      stmt = _kl_store_prepare (self, "DELETE FROM assess_band WHERE plan_id = ?1 AND lower = ?2",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rules->plan_id);
      sqlite3_bind_double (stmt, 2, lower);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_weights (KlStore *self, const KlAssessRules *rules, GError **error)
{
  for (guint i = 0; i < rules->weights->len; i++)
    {
      const KlAssessWeight *w = &g_array_index (rules->weights, KlAssessWeight, i);
      g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
        "INSERT INTO assess_weight (indicator_id, points)"
        " SELECT id, ?2 FROM indicator WHERE id = ?1 AND plan_id = ?3"
        " ON CONFLICT (indicator_id) DO UPDATE SET points = excluded.points", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, w->indicator_id);
      sqlite3_bind_double (stmt, 2, w->points);
      sqlite3_bind_int64 (stmt, 3, rules->plan_id);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (kl_store_get_db (self)) == 0)
        return _kl_store_not_found (error, "indicator", w->indicator_id);
    }
  return TRUE;
}

static gboolean
write_bands (KlStore *self, const KlAssessRules *rules, GError **error)
{
  for (guint i = 0; i < rules->bands->len; i++)
    {
      const KlAssessBand *band = g_ptr_array_index (rules->bands, i);
      g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
        "INSERT INTO assess_band (plan_id, lower, name) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (plan_id, lower) DO UPDATE SET name = excluded.name", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rules->plan_id);
      sqlite3_bind_double (stmt, 2, band->lower);
      _kl_bind_text (stmt, 3, band->name);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_rules (const KlAssessRules *rules, GError **error)
{
  gboolean ok = rules->floor >= 0 && rules->floor <= 1 && rules->bonus_rate >= 0 &&
                rules->bonus_cap >= 0 && rules->bands->len > 0;

  for (guint i = 0; ok && i < rules->weights->len; i++)
    ok = g_array_index (rules->weights, KlAssessWeight, i).points >= 0;
  if (!ok)
    g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                         _("Assessment rules need a floor between 0 and 100 %, no negative "
                           "weight or bonus, and at least one grade band"));
  return ok;
}

gboolean
kl_store_set_assess_rules (KlStore *self, const KlAssessRules *rules, GError **error)
{
  g_autoptr(KlAssessRules) old = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);
  if (!check_rules (rules, error) ||
      (old = kl_store_get_assess_rules (self, rules->plan_id, error)) == NULL)
    return FALSE;
  if (!kl_store_begin_action (self, _("Edit assessment rules"), error))
    return FALSE;
  ok = delete_dropped (self, old, rules, error) && write_rule (self, rules, error) &&
       write_weights (self, rules, error) && write_bands (self, rules, error);
  return _kl_store_finish_action (self, ok, error);
}
