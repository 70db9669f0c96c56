/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-store-private.h"

/* Sibling order for the tree tables (section, unit): positions are kept
 * dense, 0 … n-1, so a label can be computed from them. */

static GArray *
sibling_ids (KlStore *self, const char *table, gint64 plan_id, gint64 parent_id,
             gint64 except_id, GError **error)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT id FROM %s WHERE parent_id IS ?1 AND id <> ?2 %s ORDER BY position, id",
    table, plan_id ? "AND plan_id = ?3" : "");
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  if (parent_id)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if (plan_id)
    sqlite3_bind_int64 (stmt, 3, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&ids);
}

static gboolean
write_positions (KlStore *self, const char *table, GArray *ids, GError **error)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE %s SET position = ?2 WHERE id = ?1 AND position IS NOT ?2", table);
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, (int) i);
      if (!_kl_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Puts row @id at @position (clamped; -1 = last) among the rows of @table
 * with the same parent (and plan, when @plan_id is not 0), renumbering the
 * others.  The row's parent must already be set. */
gboolean
_kl_store_place (KlStore *self, const char *table, gint64 plan_id, gint64 parent_id,
                 gint64 id, int position, GError **error)
{
  g_autoptr(GArray) ids = sibling_ids (self, table, plan_id, parent_id, id, error);

  if (ids == NULL)
    return FALSE;
  if (position < 0 || (guint) position > ids->len)
    position = ids->len;
  g_array_insert_val (ids, position, id);
  return write_positions (self, table, ids, error);
}

/* Closes the gap a removed or moved-away row left among its old siblings. */
gboolean
_kl_store_compact (KlStore *self, const char *table, gint64 plan_id, gint64 parent_id,
                   GError **error)
{
  g_autoptr(GArray) ids = sibling_ids (self, table, plan_id, parent_id, 0, error);

  return ids != NULL && write_positions (self, table, ids, error);
}
