/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-plan.h"
#include "kl-store-private.h"

#define PLAN_COLUMNS \
  "id, uuid, title, kind, issuer, doc_number, issued_on, year_start, year_end," \
  " level, parent_id, numbering, preamble, report_cycle, run_on"

KlPlanInfo *
kl_plan_info_new (void)
{
  KlPlanInfo *info = g_new0 (KlPlanInfo, 1);

  info->title = g_strdup ("");
  info->preamble = g_strdup ("");
  info->report_cycle = KL_CYCLE_QUARTER;
  return info;
}

KlPlanInfo *
kl_plan_info_copy (const KlPlanInfo *info)
{
  KlPlanInfo *copy = g_memdup2 (info, sizeof *info);

  copy->uuid = g_strdup (info->uuid);
  copy->title = g_strdup (info->title);
  copy->issuer = g_strdup (info->issuer);
  copy->doc_number = g_strdup (info->doc_number);
  copy->issued_on = g_strdup (info->issued_on);
  copy->level = g_strdup (info->level);
  copy->preamble = g_strdup (info->preamble);
  return copy;
}

void
kl_plan_info_free (KlPlanInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->title);
  g_free (info->issuer);
  g_free (info->doc_number);
  g_free (info->issued_on);
  g_free (info->level);
  g_free (info->preamble);
  g_free (info);
}

static char *
column_or_null (sqlite3_stmt *stmt, int index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);
  return g_strdup (text);
}

static KlPlanInfo *
plan_from_row (sqlite3_stmt *stmt)
{
  KlPlanInfo *info = g_new0 (KlPlanInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->title = _kl_column_dup (stmt, 2);
  info->kind = sqlite3_column_int (stmt, 3);
  info->issuer = column_or_null (stmt, 4);
  info->doc_number = column_or_null (stmt, 5);
  info->issued_on = column_or_null (stmt, 6);
  info->year_start = sqlite3_column_int (stmt, 7);
  info->year_end = sqlite3_column_int (stmt, 8);
  info->level = column_or_null (stmt, 9);
  info->parent_id = sqlite3_column_int64 (stmt, 10);
  info->numbering = sqlite3_column_int (stmt, 11);
  info->preamble = _kl_column_dup (stmt, 12);
  info->report_cycle = sqlite3_column_int (stmt, 13);
  info->run_on = (guint) sqlite3_column_int (stmt, 14);
  return info;
}

GPtrArray *
kl_store_list_plans (KlStore *self, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_plan_info_free);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, "SELECT " PLAN_COLUMNS " FROM plan ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (plans, plan_from_row (stmt));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&plans);
}

KlPlanInfo *
kl_store_get_plan (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, "SELECT " PLAN_COLUMNS " FROM plan WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return plan_from_row (stmt);
  if (rc == SQLITE_DONE)
    _kl_store_not_found (error, "plan", plan_id);
  else
    _kl_store_fail (self, error);
  return NULL;
}

static void
bind_int_or_null (sqlite3_stmt *stmt, int index, gint64 value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

/* Binds ?2 … ?15 in PLAN_COLUMNS order (after id). */
static void
bind_plan (sqlite3_stmt *stmt, const KlPlanInfo *info, const char *uuid)
{
  _kl_bind_text (stmt, 2, uuid);
  _kl_bind_text (stmt, 3, info->title ? info->title : "");
  sqlite3_bind_int (stmt, 4, info->kind);
  _kl_bind_text (stmt, 5, info->issuer);
  _kl_bind_text (stmt, 6, info->doc_number);
  _kl_bind_text (stmt, 7, info->issued_on);
  bind_int_or_null (stmt, 8, info->year_start);
  bind_int_or_null (stmt, 9, info->year_end);
  _kl_bind_text (stmt, 10, info->level);
  bind_int_or_null (stmt, 11, info->parent_id);
  sqlite3_bind_int (stmt, 12, info->numbering);
  _kl_bind_text (stmt, 13, info->preamble ? info->preamble : "");
  sqlite3_bind_int (stmt, 14, info->report_cycle);
  sqlite3_bind_int (stmt, 15, (int) (info->run_on & 31));
}

static gboolean
validate (const KlPlanInfo *info, GError **error)
{
  g_autofree char *title = g_strstrip (g_strdup (info->title ? info->title : ""));

  if (*title == '\0')
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A plan needs a title"));
      return FALSE;
    }
  if (info->year_start && info->year_end && info->year_end < info->year_start)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("The plan ends before it starts"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_plan (KlStore *self, const KlPlanInfo *info, gint64 *plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = info->uuid ? g_strdup (info->uuid) : kl_uuid_new ();

  stmt = _kl_store_prepare (self,
    "INSERT INTO plan (" PLAN_COLUMNS ", position) VALUES (NULL, ?2, ?3, ?4, ?5, ?6,"
    " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, (SELECT count(*) FROM plan))", error);
  if (stmt == NULL)
    return FALSE;
  bind_plan (stmt, info, uuid);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (plan_id)
    *plan_id = _kl_store_last_id (self);
  return TRUE;
}

gboolean
kl_store_create_plan (KlStore *self, const KlPlanInfo *info, gint64 *plan_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!validate (info, error) || !kl_store_begin_action (self, _("New plan"), error))
    return FALSE;
  return _kl_store_finish_action (self, insert_plan (self, info, plan_id, error), error);
}

static gboolean
update_plan (KlStore *self, const KlPlanInfo *info, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _kl_store_prepare (self,
    "UPDATE plan SET uuid = coalesce (?2, uuid), title = ?3, kind = ?4, issuer = ?5,"
    " doc_number = ?6, issued_on = ?7, year_start = ?8, year_end = ?9, level = ?10,"
    " parent_id = ?11, numbering = ?12, preamble = ?13, report_cycle = ?14,"
    " run_on = ?15 WHERE id = ?1",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  bind_plan (stmt, info, info->uuid);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kl_store_get_db (self)) == 0)
    return _kl_store_not_found (error, "plan", info->id);
  return TRUE;
}

gboolean
kl_store_update_plan (KlStore *self, const KlPlanInfo *info, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (info->parent_id == info->id && info->id != 0)
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A plan cannot implement itself"));
      return FALSE;
    }
  if (!validate (info, error) || !kl_store_begin_action (self, _("Edit plan"), error))
    return FALSE;
  return _kl_store_finish_action (self, update_plan (self, info, error), error);
}

static gboolean
delete_plan (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, "DELETE FROM plan WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kl_store_get_db (self)) == 0)
    return _kl_store_not_found (error, "plan", plan_id);
  return TRUE;
}

gboolean
kl_store_delete_plan (KlStore *self, gint64 plan_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Delete plan"), error))
    return FALSE;
  return _kl_store_finish_action (self, delete_plan (self, plan_id, error), error);
}
