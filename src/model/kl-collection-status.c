/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-collection.h"
#include "kl-indicator.h"
#include "kl-unit.h"
#include "kl-store-private.h"

/* What was collected: the `collection` rows of returned files, whether
 * a file was stored before; and who has reported (催报): per unit of a
 * plan and period, its newest stored file, else its newest refused one,
 * else nothing, with the reminder text for those who have not. */

void
kl_collection_info_free (KlCollectionInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->period);
  g_free (info->file_name);
  g_free (info->sha256);
  g_free (info->writer);
  g_free (info->file_time);
  g_free (info->imported_at);
  g_free (info->refused);
  g_free (info);
}

static KlCollectionInfo *
info_new (sqlite3_stmt *stmt)
{
  KlCollectionInfo *info = g_new0 (KlCollectionInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->plan_id = sqlite3_column_int64 (stmt, 2);
  info->unit_id = sqlite3_column_int64 (stmt, 3);
  info->period = _kl_column_dup (stmt, 4);
  info->file_name = _kl_column_dup (stmt, 5);
  info->sha256 = _kl_column_dup (stmt, 6);
  info->writer = _kl_column_dup (stmt, 7);
  info->file_time = _kl_column_dup (stmt, 8);
  info->imported_at = _kl_column_dup (stmt, 9);
  info->by_name = sqlite3_column_int (stmt, 10) != 0;
  info->refused = sqlite3_column_type (stmt, 11) == SQLITE_NULL ? NULL
                  : _kl_column_dup (stmt, 11);
  return info;
}

GPtrArray *
kl_store_list_collections (KlStore *self, gint64 plan_id, const KlPeriod *period,
                           GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collection_info_free);
  g_autofree char *period_text = period ? kl_period_format (period) : NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self,
    "SELECT id, uuid, plan_id, coalesce (unit_id, 0), period, file_name, sha256, writer,"
    " file_time, imported_at, by_name, refused FROM collection"
    " WHERE plan_id = ?1 AND (?2 IS NULL OR period = ?2) ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  _kl_bind_text (stmt, 2, period_text);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, info_new (stmt));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&list);
}

gboolean
kl_store_has_collected (KlStore *self, gint64 plan_id, const KlPeriod *period,
                        gint64 unit_id, const char *sha256, gboolean *found, GError **error)
{
  g_autofree char *period_text = kl_period_format (period);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  stmt = _kl_store_prepare (self,
    "SELECT 1 FROM collection WHERE plan_id = ?1 AND period = ?2 AND unit_id = ?3"
    " AND sha256 = ?4 AND refused IS NULL LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  _kl_bind_text (stmt, 2, period_text);
  sqlite3_bind_int64 (stmt, 3, unit_id);
  _kl_bind_text (stmt, 4, sha256);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  *found = rc == SQLITE_ROW;
  return TRUE;
}

void
kl_report_status_free (KlReportStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->unit_name);
  g_free (status->file_name);
  g_free (status->reason);
  g_free (status->imported_at);
  g_free (status);
}

const char *
kl_report_state_to_string (KlReportState state)
{
  switch (state)
    {
    case KL_REPORT_STORED: return "stored";
    case KL_REPORT_REFUSED: return "refused";
    case KL_REPORT_MISSING:
    default: return "missing";
    }
}

/* The units the plan breaks its quotas down to. */
static GHashTable *
plan_unit_ids (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) quotas = kl_store_list_quotas (self, plan_id, error);
  GHashTable *ids;

  if (quotas == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < quotas->len; i++)
    {
      const KlQuotaEntry *q = g_ptr_array_index (quotas, i);
      g_hash_table_add (ids, g_memdup2 (&q->unit_id, sizeof q->unit_id));
    }
  return ids;
}

/* The newest stored row of the unit, else its newest refused one. */
static const KlCollectionInfo *
best_row (GPtrArray *rows, gint64 unit_id)
{
  const KlCollectionInfo *refused = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const KlCollectionInfo *row = g_ptr_array_index (rows, i);

      if (row->unit_id != unit_id)
        continue;
      if (row->refused == NULL)
        return row;
      if (refused == NULL)
        refused = row;
    }
  return refused;
}

static KlReportStatus *
status_new (const KlUnitInfo *unit, const KlCollectionInfo *row)
{
  KlReportStatus *status = g_new0 (KlReportStatus, 1);

  status->unit_id = unit->id;
  status->unit_name = g_strdup (unit->name);
  status->state = row == NULL ? KL_REPORT_MISSING
                  : row->refused ? KL_REPORT_REFUSED : KL_REPORT_STORED;
  if (row != NULL)
    {
      status->file_name = g_strdup (row->file_name);
      status->reason = g_strdup (row->refused);
      status->imported_at = g_strdup (row->imported_at);
    }
  return status;
}

GPtrArray *
kl_store_report_status (KlStore *self, gint64 plan_id, const KlPeriod *period, GError **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) ids = NULL;
  GPtrArray *list;

  g_return_val_if_fail (KL_IS_STORE (self) && period != NULL, NULL);
  if ((units = kl_store_list_units (self, FALSE, error)) == NULL ||
      (rows = kl_store_list_collections (self, plan_id, period, error)) == NULL ||
      (ids = plan_unit_ids (self, plan_id, error)) == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_report_status_free);
  for (guint i = 0; i < units->len; i++)
    {
      const KlUnitInfo *unit = g_ptr_array_index (units, i);

      if (g_hash_table_size (ids) == 0 || g_hash_table_contains (ids, &unit->id))
        g_ptr_array_add (list, status_new (unit, best_row (rows, unit->id)));
    }
  return list;
}

/* "以下单位尚未报送2021年第三季度进度：A、B。" */
char *
kl_report_reminder_text (GPtrArray *list, const KlPeriod *period)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *label = kl_period_dup_label (period);
  guint missing = 0;

  for (guint i = 0; i < list->len; i++)
    {
      const KlReportStatus *status = g_ptr_array_index (list, i);

      if (status->state == KL_REPORT_STORED)
        continue;
      missing++;
      g_string_append_printf (names, "%s%s", names->len ? "、" : "", status->unit_name);
    }
  return missing == 0 ? NULL : g_strdup_printf (_("Units that have not yet reported for %s: %s."),
                                                label, names->str);
}
