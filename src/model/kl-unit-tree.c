/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-unit-tree.h"
#include "kl-store-private.h"

static gboolean
unit_parent (KlStore *self, gint64 unit_id, gint64 *parent_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT coalesce (parent_id, 0) FROM unit WHERE id = ?1", error);

  *parent_id = 0;  /* on every path, as lookup_section () in kl-section.c */
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_not_found (error, "unit", unit_id);
  *parent_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Is @unit_id @candidate_id itself or one of its ancestors? */
static gboolean
check_not_within (KlStore *self, gint64 candidate_id, gint64 unit_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "WITH RECURSIVE up (id) AS (SELECT ?1 UNION ALL"
    " SELECT u.parent_id FROM unit u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL)"
    " SELECT count(*) FROM up WHERE id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _kl_store_fail (self, error);
  if (sqlite3_column_int (stmt, 0) == 0)
    return TRUE;
  g_set_error_literal (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                       _("A unit cannot be placed under itself"));
  return FALSE;
}

static gboolean
set_parent (KlStore *self, gint64 unit_id, gint64 parent_id, int position, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 old_parent, grandparent;

  if (!unit_parent (self, unit_id, &old_parent, error) ||
      (parent_id != 0 && (!unit_parent (self, parent_id, &grandparent, error) ||
                          !check_not_within (self, parent_id, unit_id, error))))
    return FALSE;
  stmt = _kl_store_prepare (self, "UPDATE unit SET parent_id = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  return _kl_store_step_done (self, stmt, error) &&
         (old_parent == parent_id || _kl_store_compact (self, "unit", 0, old_parent, error)) &&
         _kl_store_place (self, "unit", 0, parent_id, unit_id, position, error);
}

gboolean
kl_store_set_unit_parent (KlStore *self, gint64 unit_id, gint64 parent_id, int position,
                          GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Move unit"), error))
    return FALSE;
  return _kl_store_finish_action (self,
    set_parent (self, unit_id, parent_id, position, error), error);
}
