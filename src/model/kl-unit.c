/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-unit.h"
#include "kl-store-private.h"

void
kl_unit_info_free (KlUnitInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->name);
  g_free (info);
}

static KlUnitInfo *
unit_from_row (sqlite3_stmt *stmt)
{
  KlUnitInfo *info = g_new0 (KlUnitInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->uuid = _kl_column_dup (stmt, 1);
  info->name = _kl_column_dup (stmt, 2);
  info->kind = sqlite3_column_int (stmt, 3);
  info->parent_id = sqlite3_column_int64 (stmt, 4);
  info->position = sqlite3_column_int (stmt, 5);
  info->retired = sqlite3_column_int (stmt, 6);
  return info;
}

/* Directory order: a recursive walk so that children follow their parent. */
GPtrArray *
kl_store_list_units (KlStore *self, gboolean include_retired, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_unit_info_free);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self,
    "WITH RECURSIVE walk (id, path) AS ("
    "  SELECT id, printf ('%08d', position) FROM unit WHERE parent_id IS NULL"
    "  UNION ALL SELECT u.id, walk.path || '/' || printf ('%08d', u.position)"
    "  FROM unit u JOIN walk ON u.parent_id = walk.id)"
    "SELECT u.id, u.uuid, u.name, u.kind, u.parent_id, u.position, u.retired"
    " FROM unit u JOIN walk USING (id) WHERE ?1 OR NOT u.retired"
    " ORDER BY walk.path, u.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_retired);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (units, unit_from_row (stmt));
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&units);
}

gint64
kl_store_find_unit (KlStore *self, const char *name, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), 0);
  stmt = _kl_store_prepare (self, "SELECT id FROM unit WHERE name = ?1", error);
  if (stmt == NULL)
    return 0;
  _kl_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    _kl_store_fail (self, error);
  return 0;
}

static gboolean
check_name (const char *name, GError **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (name ? name : ""));

  if (*copy == '\0')
    {
      g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                           _("A unit needs a name"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_unique (KlStore *self, const char *name, gint64 except_id, GError **error)
{
  g_autoptr(GError) local = NULL;
  gint64 existing = kl_store_find_unit (self, name, &local);

  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (existing != 0 && existing != except_id)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("There is already a unit called “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_unit (KlStore *self, const char *name, KlUnitKind kind, gint64 parent_id,
             gint64 *unit_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = kl_uuid_new ();

  stmt = _kl_store_prepare (self,
    "INSERT INTO unit (uuid, name, kind, parent_id, position) VALUES (?1, ?2, ?3, ?4,"
    " (SELECT count(*) FROM unit WHERE parent_id IS ?4))", error);
  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  _kl_bind_text (stmt, 2, name);
  sqlite3_bind_int (stmt, 3, kind);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 4, parent_id);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (unit_id)
    *unit_id = _kl_store_last_id (self);
  return TRUE;
}

gboolean
kl_store_add_unit (KlStore *self, const char *name, KlUnitKind kind,
                   gint64 parent_id, gint64 *unit_id, GError **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  if (!check_name (name, error))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  if (!check_unique (self, clean, 0, error) ||
      !kl_store_begin_action (self, _("Add unit"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    insert_unit (self, clean, kind, parent_id, unit_id, error), error);
}

/* Runs "UPDATE unit SET … WHERE id = ?1" with ?2 bound to @text or @number. */
static gboolean
update_unit (KlStore *self, const char *label, const char *sql, gint64 unit_id,
             const char *text, gint64 number, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if (!kl_store_begin_action (self, label, error))
    return FALSE;
  stmt = _kl_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      if (text)
        _kl_bind_text (stmt, 2, text);
      else
        sqlite3_bind_int64 (stmt, 2, number);
      ok = _kl_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (kl_store_get_db (self)) == 0)
    ok = _kl_store_not_found (error, "unit", unit_id);
  return _kl_store_finish_action (self, ok, error);
}

gboolean
kl_store_rename_unit (KlStore *self, gint64 unit_id, const char *name, GError **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  if (!check_name (name, error))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  if (!check_unique (self, clean, unit_id, error))
    return FALSE;
  return update_unit (self, _("Rename unit"), "UPDATE unit SET name = ?2 WHERE id = ?1",
                      unit_id, clean, 0, error);
}

gboolean
kl_store_set_unit_retired (KlStore *self, gint64 unit_id, gboolean retired, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  return update_unit (self, retired ? _("Retire unit") : _("Restore unit"),
                      "UPDATE unit SET retired = ?2 WHERE id = ?1",
                      unit_id, NULL, retired ? 1 : 0, error);
}

KlUnitKind
kl_unit_kind_guess (const char *name)
{
  static const char *const region_endings[] = {
    "县", "市", "区", "镇", "乡", "街道", "开发区", "新城", "园区", "管委会", NULL
  };

  g_return_val_if_fail (name != NULL, KL_UNIT_DEPARTMENT);
  for (guint i = 0; region_endings[i] != NULL; i++)
    if (g_str_has_suffix (name, region_endings[i]))
      return KL_UNIT_REGION;
  return KL_UNIT_DEPARTMENT;
}

static gboolean
move_unit (KlStore *self, gint64 unit_id, int position, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT parent_id FROM unit WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "unit", unit_id);
  return _kl_store_place (self, "unit", 0, sqlite3_column_int64 (stmt, 0),
                          unit_id, position, error);
}

gboolean
kl_store_move_unit (KlStore *self, gint64 unit_id, int position, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Move unit"), error))
    return FALSE;
  return _kl_store_finish_action (self, move_unit (self, unit_id, position, error), error);
}
