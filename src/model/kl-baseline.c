/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-baseline.h"
#include "kl-store-private.h"

void
kl_baseline_info_free (KlBaselineInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->unit_name);
  g_free (info->metric);
  g_free (info->as_of);
  g_free (info);
}

GPtrArray *
kl_store_list_baselines (KlStore *self, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_baseline_info_free);
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self,
    "SELECT b.unit_id, u.name, b.metric, b.as_of, b.value FROM baseline b"
    " JOIN unit u ON u.id = b.unit_id"
    " ORDER BY b.position, b.as_of, u.position, u.id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KlBaselineInfo *info = g_new0 (KlBaselineInfo, 1);

      info->unit_id = sqlite3_column_int64 (stmt, 0);
      info->unit_name = _kl_column_dup (stmt, 1);
      info->metric = _kl_column_dup (stmt, 2);
      info->as_of = _kl_column_dup (stmt, 3);
      info->value = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (list, info);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&list);
}

/* A metric keeps the position it got when first written, so tables list
 * metrics in the order of the document they came from. */
gboolean
_kl_store_write_baseline (KlStore *self, gint64 unit_id, const char *metric,
                          const char *as_of, double value, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT OR REPLACE INTO baseline (unit_id, metric, as_of, value, position)"
    " VALUES (?1, ?2, ?3, ?4, coalesce ((SELECT position FROM baseline WHERE metric = ?2),"
    " (SELECT count (DISTINCT metric) FROM baseline)))", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  _kl_bind_text (stmt, 2, metric);
  _kl_bind_text (stmt, 3, as_of);
  sqlite3_bind_double (stmt, 4, value);
  return _kl_store_step_done (self, stmt, error);
}

static gboolean
delete_baseline (KlStore *self, gint64 unit_id, const char *metric, const char *as_of,
                 GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "DELETE FROM baseline WHERE unit_id = ?1 AND metric = ?2 AND as_of = ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  _kl_bind_text (stmt, 2, metric);
  _kl_bind_text (stmt, 3, as_of);
  return _kl_store_step_done (self, stmt, error);
}

gboolean
kl_store_set_baseline (KlStore *self, gint64 unit_id, const char *metric,
                       const char *as_of, double value, GError **error)
{
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (metric != NULL && as_of != NULL, FALSE);

  if (!kl_store_begin_action (self, _("Edit base data"), error))
    return FALSE;
  ok = value < 0 ? delete_baseline (self, unit_id, metric, as_of, error)
                 : _kl_store_write_baseline (self, unit_id, metric, as_of, value, error);
  return _kl_store_finish_action (self, ok, error);
}
