/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-store-private.h"
#include "model/kl-pack.h"

/* The exchange log: what was sent and received, when, for and from whom. */

void
kl_exchange_info_free (KlExchangeInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->unit_name);
  g_free (info->period);
  g_free (info->file_name);
  g_free (info->at);
  g_free (info);
}

GPtrArray *
kl_store_list_exchange (KlStore *self, gint64 plan_id, GError **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_exchange_info_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self,
    "SELECT e.sent, e.kind, coalesce (u.name, ''), e.period, e.file_name, e.at FROM exchange e"
    " LEFT JOIN unit u ON u.id = e.unit_id WHERE e.plan_id = ?1 ORDER BY e.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KlExchangeInfo *info = g_new0 (KlExchangeInfo, 1);

      info->sent = sqlite3_column_int (stmt, 0) != 0;
      info->kind = sqlite3_column_int (stmt, 1) ? KL_PACK_REPORT : KL_PACK_PLAN;
      info->unit_name = _kl_column_dup (stmt, 2);
      info->period = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NULL : _kl_column_dup (stmt, 3);
      info->file_name = _kl_column_dup (stmt, 4);
      info->at = _kl_column_dup (stmt, 5);
      g_ptr_array_add (list, info);
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error), NULL;
  return g_steal_pointer (&list);
}

char *
kl_store_dup_home_unit_name (KlStore *self, gint64 plan_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);
  stmt = _kl_store_prepare (self, "SELECT u.name FROM plan p JOIN unit u"
                                  " ON u.id = p.home_unit_id WHERE p.id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? _kl_column_dup (stmt, 0) : NULL;
}
