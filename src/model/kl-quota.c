/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-indicator.h"
#include "kl-store-private.h"

/* Quota cells: one row per part in `quota`, or one rule in `quota_share`. */

void
kl_quota_entry_free (KlQuotaEntry *entry)
{
  if (entry == NULL)
    return;
  kl_cell_value_clear (&entry->value);
  g_free (entry);
}

static KlQuotaEntry *
entry_new (gint64 indicator_id, gint64 unit_id)
{
  KlQuotaEntry *entry = g_new0 (KlQuotaEntry, 1);

  entry->indicator_id = indicator_id;
  entry->unit_id = unit_id;
  kl_cell_value_init (&entry->value);
  return entry;
}

/* Adds part @part of a cell; the first part makes a NUMBER, more make PARTS. */
static void
entry_add_part (KlQuotaEntry *entry, int part, double value)
{
  if (part < 0 || part >= KL_CELL_MAX_PARTS)
    return;
  entry->value.parts[part] = value;
  entry->value.n_parts = MAX (entry->value.n_parts, (guint) part + 1);
  entry->value.kind = entry->value.n_parts > 1 ? KL_CELL_PARTS : KL_CELL_NUMBER;
}

/* Two texts, not one with "?2 = 0 OR", so that one unit's quotas are
 * found through the primary key (indicator, unit) instead of a scan. */
static const char list_all_sql[] =
  "SELECT q.indicator_id, q.unit_id, q.part, q.value, NULL, i.position FROM quota q"
  " JOIN indicator i ON i.id = q.indicator_id WHERE i.plan_id = ?1"
  " UNION ALL SELECT s.indicator_id, s.unit_id, -1, s.share, s.base, i.position"
  " FROM quota_share s JOIN indicator i ON i.id = s.indicator_id WHERE i.plan_id = ?1"
  " ORDER BY 6, 1, 2, 3";
static const char list_unit_sql[] =
  "SELECT q.indicator_id, q.unit_id, q.part, q.value, NULL, i.position FROM quota q"
  " JOIN indicator i ON i.id = q.indicator_id WHERE i.plan_id = ?1 AND q.unit_id = ?2"
  " UNION ALL SELECT s.indicator_id, s.unit_id, -1, s.share, s.base, i.position"
  " FROM quota_share s JOIN indicator i ON i.id = s.indicator_id"
  " WHERE i.plan_id = ?1 AND s.unit_id = ?2"
  " ORDER BY 6, 1, 2, 3";

GPtrArray *
kl_store_list_quotas (KlStore *self, gint64 plan_id, GError **error)
{
  return kl_store_list_unit_quotas (self, plan_id, 0, error);
}

GPtrArray *
kl_store_list_unit_quotas (KlStore *self, gint64 plan_id, gint64 unit_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_quota_entry_free);
  KlQuotaEntry *last = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, unit_id != 0 ? list_unit_sql : list_all_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (unit_id != 0)
    sqlite3_bind_int64 (stmt, 2, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 indicator_id = sqlite3_column_int64 (stmt, 0);
      gint64 row_unit = sqlite3_column_int64 (stmt, 1);
      int part = sqlite3_column_int (stmt, 2);

      if (last == NULL || last->indicator_id != indicator_id || last->unit_id != row_unit)
        g_ptr_array_add (list, last = entry_new (indicator_id, row_unit));
      if (part >= 0)
        entry_add_part (last, part, sqlite3_column_double (stmt, 3));
      else
        {
          last->value.kind = KL_CELL_SHARE;
          last->value.share = sqlite3_column_double (stmt, 3);
          g_free (last->value.share_base);
          last->value.share_base = _kl_column_dup (stmt, 4);
        }
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&list);
}

static gboolean
clear_cell (KlStore *self, gint64 indicator_id, gint64 unit_id, GError **error)
{
  static const char *const sql[] = {
    "DELETE FROM quota WHERE indicator_id = ?1 AND unit_id = ?2",
    "DELETE FROM quota_share WHERE indicator_id = ?1 AND unit_id = ?2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, indicator_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_share (KlStore *self, gint64 indicator_id, gint64 unit_id, const KlCellValue *value,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO quota_share (indicator_id, unit_id, share, base) VALUES (?1, ?2, ?3, ?4)",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_double (stmt, 3, value->share);
  _kl_bind_text (stmt, 4, value->share_base ? value->share_base : "");
  return _kl_store_step_done (self, stmt, error);
}

static gboolean
write_parts (KlStore *self, gint64 indicator_id, gint64 unit_id, const KlCellValue *value,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO quota (indicator_id, unit_id, part, value) VALUES (?1, ?2, ?3, ?4)", error);

  for (guint i = 0; stmt != NULL && i < value->n_parts && i < KL_CELL_MAX_PARTS; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, indicator_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_double (stmt, 4, value->parts[i]);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return stmt != NULL;
}

gboolean
_kl_store_write_quota (KlStore *self, gint64 indicator_id, gint64 unit_id,
                       const KlCellValue *value, GError **error)
{
  if (!clear_cell (self, indicator_id, unit_id, error))
    return FALSE;
  switch (value->kind)
    {
    case KL_CELL_EMPTY:
      return TRUE;
    case KL_CELL_SHARE:
      return write_share (self, indicator_id, unit_id, value, error);
    case KL_CELL_NUMBER:
    case KL_CELL_PARTS:
    default:
      return write_parts (self, indicator_id, unit_id, value, error);
    }
}

/* A cell fits its indicator: no "a/b" in a simple one, no more parts than
 * it has, a share rule only where the indicator is a share.  Progress
 * cells (kl-progress.c) are checked the same way. */
gboolean
_kl_indicator_check_value (const KlIndicatorInfo *info, const KlCellValue *value,
                           GError **error)
{
  guint n_parts = g_strv_length (info->part_names);

  if (value->kind == KL_CELL_PARTS && value->n_parts > MAX (n_parts, 1))
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("“%s” takes one number, not several parts"), info->name);
      return FALSE;
    }
  if (value->kind == KL_CELL_SHARE && info->kind != KL_INDICATOR_SHARE)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("“%s” takes a number, not a share of a base quantity"), info->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
kl_store_set_quota (KlStore *self, gint64 indicator_id, gint64 unit_id,
                    const KlCellValue *value, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  info = kl_store_get_indicator (self, indicator_id, error);
  if (info == NULL || !_kl_indicator_check_value (info, value, error) ||
      !kl_store_begin_action (self, _("Edit quota"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    _kl_store_write_quota (self, indicator_id, unit_id, value, error), error);
}

gboolean
kl_store_set_quota_text (KlStore *self, gint64 indicator_id, gint64 unit_id,
                         const char *text, GError **error)
{
  g_autoptr(KlIndicatorInfo) info = NULL;
  KlCellValue value;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  info = kl_store_get_indicator (self, indicator_id, error);
  if (info == NULL)
    return FALSE;
  kl_cell_value_init (&value);
  ok = kl_cell_value_parse (&value, text, kl_indicator_parse_flags (info), error) &&
       kl_store_set_quota (self, indicator_id, unit_id, &value, error);
  kl_cell_value_clear (&value);
  return ok;
}
