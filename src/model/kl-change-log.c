/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"

/* The change log: every action's row in `action` keeps the changeset of
 * what it changed (SQLite's session format: the table, the operation,
 * the old and new values of every changed row), undo and redo included,
 * written in the action's own transaction.  Up to schema v5 this was a
 * JSON row per changed row in `change_log`, written by triggers; those
 * rows stay, but the triggers are dropped: at 30,000 figures an action
 * they cost more than the figures themselves. */

static const char *const ops[] = { "INSERT", "UPDATE", "DELETE" };

gboolean
_kl_change_log_install (sqlite3 *db, GError **error)
{
  for (guint t = 0; _kl_user_tables[t] != NULL; t++)
    for (guint o = 0; o < G_N_ELEMENTS (ops); o++)
      {
        g_autofree char *sql = g_strdup_printf ("DROP TRIGGER IF EXISTS log_%s_%s",
                                                _kl_user_tables[t], ops[o]);

        if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
          {
            g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
                         _("Database error: %s"), sqlite3_errmsg (db));
            return FALSE;
          }
      }
  return TRUE;
}

gboolean
_kl_change_log_write (sqlite3 *db, const void *changeset, int size, GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "UPDATE action SET changeset = ?1 WHERE id ="
                          " (SELECT max (id) FROM action)", -1, &stmt, NULL) != SQLITE_OK)
    rc = SQLITE_ERROR;
  else
    {
      sqlite3_bind_blob (stmt, 1, changeset, size, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE, _("Database error: %s"),
               sqlite3_errmsg (db));
  return FALSE;
}
