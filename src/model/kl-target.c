/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-section.h"
#include "kl-store-private.h"

/* Numeric targets read from a task's text ("700项以上"): candidates that a
 * coordinator may turn into indicators. */

void
kl_target_info_free (KlTargetInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->measure);
  g_free (info->due_on);
  g_free (info->text);
  g_free (info);
}

static KlTargetInfo *
target_from_row (sqlite3_stmt *stmt)
{
  KlTargetInfo *info = g_new0 (KlTargetInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->section_id = sqlite3_column_int64 (stmt, 1);
  info->value = sqlite3_column_double (stmt, 2);
  info->is_range = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  info->value_max = info->is_range ? sqlite3_column_double (stmt, 3) : info->value;
  info->measure = _kl_column_dup (stmt, 4);
  info->comparator = sqlite3_column_int (stmt, 5);
  info->period = sqlite3_column_int (stmt, 6);
  info->due_on = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  info->text = _kl_column_dup (stmt, 8);
  return info;
}

GPtrArray *
kl_store_list_targets (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_target_info_free);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self,
    "SELECT t.id, t.section_id, t.value, t.value_max, t.measure, t.comparator, t.period,"
    " t.due_on, t.text FROM target t JOIN section s ON s.id = t.section_id"
    " WHERE s.plan_id = ?1 ORDER BY t.section_id, t.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (targets, target_from_row (stmt));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&targets);
}

gboolean
_kl_store_insert_target (KlStore *self, gint64 section_id, int position,
                         const KlDraftTarget *target, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = kl_uuid_new ();

  stmt = _kl_store_prepare (self,
    "INSERT INTO target (uuid, section_id, position, value, value_max, measure,"
    " comparator, period, due_on, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    error);
  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, section_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_double (stmt, 4, target->value);
  if (target->is_range)
    sqlite3_bind_double (stmt, 5, target->value_max);
  _kl_bind_text (stmt, 6, target->measure ? target->measure : "");
  sqlite3_bind_int (stmt, 7, target->comparator);
  sqlite3_bind_int (stmt, 8, target->period);
  _kl_bind_text (stmt, 9, target->due);
  _kl_bind_text (stmt, 10, target->text ? target->text : "");
  return _kl_store_step_done (self, stmt, error);
}
