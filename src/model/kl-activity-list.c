/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-activity-private.h"
#include "kl-store-private.h"

/* Reading activities back: the filtered list and the evidence sums that
 * stand beside the reported figures. */

#define COLUMNS \
  "a.id, a.uuid, a.plan_id, coalesce (a.indicator_id, 0), a.unit_id, a.held_on, a.title," \
  " a.place, a.count, a.measure, a.groups, a.note," \
  " (SELECT count(*) FROM attachment t WHERE t.activity_id = a.id)"

static KlActivityInfo *
read_row (sqlite3_stmt *stmt)
{
  KlActivityInfo *info = kl_activity_info_new ();

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->plan_id = sqlite3_column_int64 (stmt, 2);
  info->indicator_id = sqlite3_column_int64 (stmt, 3);
  info->unit_id = sqlite3_column_int64 (stmt, 4);
  info->held_on = _kl_column_dup (stmt, 5);
  info->title = _kl_column_dup (stmt, 6);
  info->place = _kl_column_dup (stmt, 7);
  info->count = sqlite3_column_double (stmt, 8);
  info->measure = _kl_column_dup (stmt, 9);
  info->groups = _kl_column_dup (stmt, 10);
  info->note = _kl_column_dup (stmt, 11);
  info->n_attachments = (guint) sqlite3_column_int (stmt, 12);
  return info;
}

static GPtrArray *
collect_rows (KlStore *self, sqlite3_stmt *stmt, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_activity_info_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _kl_store_fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

KlActivityInfo *
kl_store_get_activity (KlStore *self, gint64 activity_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);

  stmt = _kl_store_prepare (self, "SELECT " COLUMNS " FROM activity a WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  if ((rows = collect_rows (self, stmt, error)) == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, activity_id);
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
                   _("No activity with id %s in this ledger"), number);
      return NULL;
    }
  return g_ptr_array_steal_index (rows, 0);
}

/* The text filter: a plain substring (LIKE's wildcards escaped). */
static char *
like_pattern (const char *text)
{
  GString *out = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}

GPtrArray *
kl_store_list_activities (KlStore *self, gint64 plan_id, const KlActivityFilter *filter,
                          GError **error)
{
  static const KlActivityFilter none = { NULL, 0, 0, NULL };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *pattern = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);

  if (filter == NULL)
    filter = &none;
  stmt = _kl_store_prepare (self,
    "SELECT " COLUMNS " FROM activity a WHERE a.plan_id = ?1"
    " AND a.month BETWEEN ?2 AND ?3"
    " AND (?4 = 0 OR a.unit_id = ?4) AND (?5 = 0 OR a.indicator_id = ?5)"
    " AND (?6 IS NULL OR a.title LIKE ?6 ESCAPE '\\' OR a.place LIKE ?6 ESCAPE '\\'"
    "      OR a.groups LIKE ?6 ESCAPE '\\' OR a.note LIKE ?6 ESCAPE '\\')"
    " ORDER BY a.held_on, a.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, filter->period ? kl_period_first_month (filter->period) : 0);
  sqlite3_bind_int (stmt, 3, filter->period ? kl_period_last_month (filter->period) : G_MAXINT);
  sqlite3_bind_int64 (stmt, 4, filter->unit_id);
  sqlite3_bind_int64 (stmt, 5, filter->indicator_id);
  if (filter->text != NULL && *filter->text != '\0')
    _kl_bind_text (stmt, 6, (pattern = like_pattern (filter->text)));
  return collect_rows (self, stmt, error);
}

/* One pass over activity_by_cell: the period's own activities for the
 * sum, those the roll-up's cumulative would count (same year for annual
 * indicators, any time for cumulative ones) for the cumulative. */
static const char evidence_sql[] =
  "SELECT a.indicator_id, a.unit_id,"
  " total (CASE WHEN a.month >= ?2 THEN a.count END),"
  " total (CASE WHEN i.period = 1 OR a.month / 12 = ?4 THEN a.count END),"
  " count (CASE WHEN a.month >= ?2 THEN 1 END)"
  " FROM activity a INDEXED BY activity_by_cell JOIN indicator i ON i.id = a.indicator_id"
  " WHERE a.plan_id = ?1 AND a.indicator_id IS NOT NULL AND a.month <= ?3"
  " GROUP BY a.indicator_id, a.unit_id ORDER BY a.indicator_id, a.unit_id";

GPtrArray *
kl_store_list_evidence (KlStore *self, gint64 plan_id, const KlPeriod *period, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if ((stmt = _kl_store_cached (self, evidence_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, kl_period_first_month (period));
  sqlite3_bind_int (stmt, 3, kl_period_last_month (period));
  sqlite3_bind_int (stmt, 4, period->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KlEvidenceRow *row = g_new0 (KlEvidenceRow, 1);

      row->indicator_id = sqlite3_column_int64 (stmt, 0);
      row->unit_id = sqlite3_column_int64 (stmt, 1);
      row->sum = sqlite3_column_double (stmt, 2);
      row->cumulative = sqlite3_column_double (stmt, 3);
      row->n_activities = (guint) sqlite3_column_int (stmt, 4);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _kl_store_fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
