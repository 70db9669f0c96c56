/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kl-indicator.h"
#include "kl-store-private.h"

#define INDICATOR_COLUMNS \
  "id, uuid, plan_id, coalesce (section_id, 0), position, group_name, name, measure," \
  " kind, comparator, period, part_names, total"

KlIndicatorInfo *
kl_indicator_info_new (void)
{
  KlIndicatorInfo *info = g_new0 (KlIndicatorInfo, 1);

  info->name = g_strdup ("");
  info->measure = g_strdup ("");
  info->part_names = g_new0 (char *, 1);
  return info;
}

void
kl_indicator_info_free (KlIndicatorInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->group_name);
  g_free (info->name);
  g_free (info->measure);
  g_strfreev (info->part_names);
  g_free (info);
}

KlCellParseFlags
kl_indicator_parse_flags (const KlIndicatorInfo *info)
{
  KlCellParseFlags flags = KL_CELL_PARSE_ALLOW_EMPTY;

  if (info->kind == KL_INDICATOR_PERCENT)
    flags |= KL_CELL_PARSE_RATE;
  if (info->kind == KL_INDICATOR_SHARE)
    flags |= KL_CELL_PARSE_ALLOW_SHARE;
  return flags;
}

/* Composite part names are stored joined by '/', which no part name holds. */
static GStrv
split_parts (const char *joined)
{
  if (joined == NULL || *joined == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (joined, "/", -1);
}

static KlIndicatorInfo *
indicator_from_row (sqlite3_stmt *stmt)
{
  KlIndicatorInfo *info = g_new0 (KlIndicatorInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->plan_id = sqlite3_column_int64 (stmt, 2);
  info->section_id = sqlite3_column_int64 (stmt, 3);
  info->position = sqlite3_column_int (stmt, 4);
  info->group_name = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  info->name = _kl_column_dup (stmt, 6);
  info->measure = _kl_column_dup (stmt, 7);
  info->kind = sqlite3_column_int (stmt, 8);
  info->comparator = sqlite3_column_int (stmt, 9);
  info->period = sqlite3_column_int (stmt, 10);
  info->part_names = split_parts ((const char *) sqlite3_column_text (stmt, 11));
  info->has_total = sqlite3_column_type (stmt, 12) != SQLITE_NULL;
  info->total = sqlite3_column_double (stmt, 12);
  return info;
}

GPtrArray *
kl_store_list_indicators (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_indicator_info_free);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, "SELECT " INDICATOR_COLUMNS " FROM indicator"
                            " WHERE plan_id = ?1 ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, indicator_from_row (stmt));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&list);
}

KlIndicatorInfo *
kl_store_get_indicator (KlStore *self, gint64 indicator_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, "SELECT " INDICATOR_COLUMNS " FROM indicator WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return indicator_from_row (stmt);
  if (rc == SQLITE_DONE)
    _kl_store_not_found (error, "indicator", indicator_id);
  else
    _kl_store_fail (self, error);
  return NULL;
}

static gboolean
validate (const KlIndicatorInfo *info, GError **error)
{
  guint n_parts = info->part_names ? g_strv_length (info->part_names) : 0;

  if (info->name == NULL || *info->name == '\0')
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("An indicator needs a name"));
      return FALSE;
    }
  if (n_parts == 1 || n_parts > KL_CELL_MAX_PARTS)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("A composite indicator has 2 to %d parts"), KL_CELL_MAX_PARTS);
      return FALSE;
    }
  for (guint i = 0; i < n_parts; i++)
    if (strchr (info->part_names[i], '/') != NULL || *info->part_names[i] == '\0')
      {
        g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                             _("Part names must not be empty or contain “/”"));
        return FALSE;
      }
  return TRUE;
}

/* Binds ?2 … ?12 in column order after id and uuid (?13 = uuid). */
static void
bind_indicator (sqlite3_stmt *stmt, const KlIndicatorInfo *info)
{
  g_autofree char *parts = g_strjoinv ("/", info->part_names ? info->part_names : (GStrv) (const char *[]) { NULL });

  sqlite3_bind_int64 (stmt, 2, info->plan_id);
  if (info->section_id)
    sqlite3_bind_int64 (stmt, 3, info->section_id);
  _kl_bind_text (stmt, 4, info->group_name && *info->group_name ? info->group_name : NULL);
  _kl_bind_text (stmt, 5, info->name);
  _kl_bind_text (stmt, 6, info->measure ? info->measure : "");
  sqlite3_bind_int (stmt, 7, info->kind);
  sqlite3_bind_int (stmt, 8, info->comparator);
  sqlite3_bind_int (stmt, 9, info->period);
  _kl_bind_text (stmt, 10, parts);
  if (info->has_total)
    sqlite3_bind_double (stmt, 11, info->total);
}

gboolean
_kl_store_insert_indicator (KlStore *self, const KlIndicatorInfo *info, gint64 *indicator_id,
                            GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = info->uuid ? g_strdup (info->uuid) : kl_uuid_new ();

  if (!validate (info, error))
    return FALSE;
  stmt = _kl_store_prepare (self,
    "INSERT INTO indicator (uuid, plan_id, section_id, group_name, name, measure, kind,"
    " comparator, period, part_names, total, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
    " ?7, ?8, ?9, ?10, ?11, (SELECT count(*) FROM indicator WHERE plan_id = ?2))", error);
  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  bind_indicator (stmt, info);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (indicator_id)
    *indicator_id = _kl_store_last_id (self);
  return TRUE;
}

gboolean
kl_store_add_indicator (KlStore *self, const KlIndicatorInfo *info, gint64 *indicator_id,
                        GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Add indicator"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    _kl_store_insert_indicator (self, info, indicator_id, error), error);
}

static gboolean
update_indicator (KlStore *self, const KlIndicatorInfo *info, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!validate (info, error))
    return FALSE;
  stmt = _kl_store_prepare (self,
    "UPDATE indicator SET plan_id = ?2, section_id = ?3, group_name = ?4, name = ?5,"
    " measure = ?6, kind = ?7, comparator = ?8, period = ?9, part_names = ?10, total = ?11"
    " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, info->id);
  bind_indicator (stmt, info);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kl_store_get_db (self)) == 0)
    return _kl_store_not_found (error, "indicator", info->id);
  return TRUE;
}

gboolean
kl_store_update_indicator (KlStore *self, const KlIndicatorInfo *info, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Edit indicator"), error))
    return FALSE;
  return _kl_store_finish_action (self, update_indicator (self, info, error), error);
}

static gboolean
delete_indicator (KlStore *self, gint64 indicator_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "DELETE FROM indicator WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (kl_store_get_db (self)) == 0)
    return _kl_store_not_found (error, "indicator", indicator_id);
  return TRUE;
}

gboolean
kl_store_delete_indicator (KlStore *self, gint64 indicator_id, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Delete indicator"), error))
    return FALSE;
  return _kl_store_finish_action (self, delete_indicator (self, indicator_id, error), error);
}
