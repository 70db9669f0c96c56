/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "kl-activity-private.h"
#include "kl-store-private.h"

/* Activities: checking, adding, changing and removing them.  Listing and
 * the evidence sums are in kl-activity-list.c, attachments in
 * kl-attachment.c. */

KlActivityInfo *
kl_activity_info_new (void)
{
  return g_new0 (KlActivityInfo, 1);
}

void
kl_activity_info_free (KlActivityInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->held_on);
  g_free (info->title);
  g_free (info->place);
  g_free (info->measure);
  g_free (info->groups);
  g_free (info->note);
  g_free (info);
}

KlActivityInfo *
kl_activity_info_copy (const KlActivityInfo *info)
{
  KlActivityInfo *copy = g_memdup2 (info, sizeof *info);

  copy->uuid = g_strdup (info->uuid);
  copy->held_on = g_strdup (info->held_on);
  copy->title = g_strdup (info->title);
  copy->place = g_strdup (info->place);
  copy->measure = g_strdup (info->measure);
  copy->groups = g_strdup (info->groups);
  copy->note = g_strdup (info->note);
  return copy;
}

static gboolean
invalid (GError **error, const char *message)
{
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
kl_activity_check_date (const char *text, GError **error)
{
  unsigned year = 0, month = 0, day = 0;
  int used = 0;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &used) != 3 || used != 10 ||
      text[4] != '-' || text[7] != '-' || year < 1000 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("“%s” is not a date (write it as 2021-03-15)"), text ? text : "");
      return FALSE;
    }
  return TRUE;
}

int
_kl_activity_month (const char *held_on)
{
  int year = atoi (held_on), month = atoi (held_on + 5);
  return year * 12 + month - 1;
}

static gboolean
check_row (KlStore *self, const char *table, gint64 id, gboolean *exists, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table);
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* The indicator must belong to the activity's plan. */
static gboolean
check_indicator (KlStore *self, const KlActivityInfo *info, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (info->indicator_id == 0)
    return TRUE;
  stmt = _kl_store_prepare (self, "SELECT 1 FROM indicator WHERE id = ?1 AND plan_id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->indicator_id);
  sqlite3_bind_int64 (stmt, 2, info->plan_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  return _kl_store_not_found (error, "indicator", info->indicator_id);
}

gboolean
_kl_activity_check (KlStore *self, const KlActivityInfo *info, GError **error)
{
  gboolean exists = FALSE;

  if (!kl_activity_check_date (info->held_on, error))
    return FALSE;
  if (info->title == NULL || *info->title == '\0')
    return invalid (error, _("An activity needs a title"));
  if (!isfinite (info->count) || info->count < 0)
    {
      g_autofree char *number = g_strdup_printf ("%g", info->count);
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("The number of participants cannot be negative (%s)"), number);
      return FALSE;
    }
  if (!check_row (self, "plan", info->plan_id, &exists, error))
    return FALSE;
  if (!exists)
    return _kl_store_not_found (error, "plan", info->plan_id);
  if (!check_row (self, "unit", info->unit_id, &exists, error))
    return FALSE;
  if (!exists)
    return _kl_store_not_found (error, "unit", info->unit_id);
  return check_indicator (self, info, error);
}

/* Binds ?2…?12 in the column order of INSERT and UPDATE below. */
static void
bind_fields (sqlite3_stmt *stmt, const KlActivityInfo *info)
{
  sqlite3_bind_int64 (stmt, 2, info->plan_id);
  sqlite3_bind_int64 (stmt, 3, info->indicator_id);
  sqlite3_bind_int64 (stmt, 4, info->unit_id);
  _kl_bind_text (stmt, 5, info->held_on);
  sqlite3_bind_int (stmt, 6, _kl_activity_month (info->held_on));
  _kl_bind_text (stmt, 7, info->title);
  _kl_bind_text (stmt, 8, info->place ? info->place : "");
  sqlite3_bind_double (stmt, 9, info->count);
  _kl_bind_text (stmt, 10, info->measure ? info->measure : "");
  _kl_bind_text (stmt, 11, info->groups ? info->groups : "");
  _kl_bind_text (stmt, 12, info->note ? info->note : "");
}

static gboolean
insert_activity (KlStore *self, const KlActivityInfo *info, gint64 *id, GError **error)
{
  g_autofree char *uuid = kl_uuid_new ();
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO activity (uuid, plan_id, indicator_id, unit_id, held_on, month, title,"
    " place, count, measure, groups, note, created_at) VALUES (?1, ?2, nullif (?3, 0), ?4,"
    " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  bind_fields (stmt, info);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  *id = _kl_store_last_id (self);
  return TRUE;
}

gboolean
kl_store_add_activity (KlStore *self, const KlActivityInfo *info,
                       const char *const *paths, gint64 *activity_id, GError **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!_kl_activity_check (self, info, error))
    return FALSE;
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (!_kl_attachment_check_file (paths[i], NULL, error))
      return FALSE;
  if (!kl_store_begin_action (self, _("Add activity"), error))
    return FALSE;
  ok = insert_activity (self, info, &id, error);
  for (guint i = 0; ok && paths != NULL && paths[i] != NULL; i++)
    ok = kl_store_attach_file (self, id, paths[i], NULL, NULL, error);
  if (!_kl_store_finish_action (self, ok, error))
    return FALSE;
  if (activity_id != NULL)
    *activity_id = id;
  return TRUE;
}

gboolean
kl_store_update_activity (KlStore *self, const KlActivityInfo *info, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if (!_kl_activity_check (self, info, error))
    return FALSE;
  if (!kl_store_begin_action (self, _("Edit activity"), error))
    return FALSE;
  stmt = _kl_store_prepare (self,
    "UPDATE activity SET plan_id = ?2, indicator_id = nullif (?3, 0), unit_id = ?4,"
    " held_on = ?5, month = ?6, title = ?7, place = ?8, count = ?9, measure = ?10,"
    " groups = ?11, note = ?12 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, info->id);
      bind_fields (stmt, info);
      ok = _kl_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (kl_store_get_db (self)) == 0)
    ok = invalid (error, _("This activity is no longer in the ledger"));
  return _kl_store_finish_action (self, ok, error);
}

gboolean
kl_store_remove_activities (KlStore *self, const gint64 *ids, guint n_ids, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, ngettext ("Remove activity", "Remove activities", n_ids),
                              error))
    return FALSE;
  stmt = _kl_store_prepare (self, "DELETE FROM activity WHERE id = ?1", error);
  ok = stmt != NULL;
  for (guint i = 0; ok && i < n_ids; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      ok = _kl_store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (kl_store_get_db (self)) == 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);
          g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                       _("No activity with id %s in this ledger"), number);
          ok = FALSE;
        }
    }
  return _kl_store_finish_action (self, ok, error);
}
