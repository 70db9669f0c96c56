/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "kl-store-private.h"

/* Who changed what: a trigger per table and operation writes the old and
 * the new row as JSON into change_log, tagged with the newest `action`.
 * The triggers are generated from the live column lists, so a migration
 * that adds a column only has to call this again. */

static char *
json_of_row (sqlite3 *db, const char *table, const char *alias)
{
  g_autoptr(GString) sql = g_string_new ("json_object(");
  g_autofree char *query = g_strdup_printf ("PRAGMA table_info(%s)", table);
  sqlite3_stmt *stmt = NULL;
  gboolean first = TRUE;

  if (sqlite3_prepare_v2 (db, query, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      g_string_append_printf (sql, "%s'%s', %s.%s", first ? "" : ", ",
                              column, alias, column);
      first = FALSE;
    }
  sqlite3_finalize (stmt);
  if (first)
    return NULL;   /* no such table (yet): an older schema step */
  g_string_append_c (sql, ')');
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static char *
trigger_sql (sqlite3 *db, const char *table, const char *op)
{
  g_autofree char *old_row = json_of_row (db, table, "OLD");
  g_autofree char *new_row = json_of_row (db, table, "NEW");
  gboolean has_old = !g_str_equal (op, "INSERT");
  gboolean has_new = !g_str_equal (op, "DELETE");

  if (old_row == NULL)
    return NULL;
  return g_strdup_printf (
    "DROP TRIGGER IF EXISTS log_%s_%s;"
    "CREATE TRIGGER log_%s_%s AFTER %s ON %s BEGIN "
    "INSERT INTO change_log (action_id, tbl, op, old, new) VALUES ("
    "(SELECT max(id) FROM action), '%s', '%s', %s, %s); END;",
    table, op, table, op, op, table, table, op,
    has_old ? old_row : "NULL", has_new ? new_row : "NULL");
}

gboolean
_kl_change_log_install (sqlite3 *db, GError **error)
{
  static const char *const ops[] = { "INSERT", "UPDATE", "DELETE" };

  for (guint t = 0; _kl_user_tables[t] != NULL; t++)
    for (guint o = 0; o < G_N_ELEMENTS (ops); o++)
      {
        g_autofree char *sql = trigger_sql (db, _kl_user_tables[t], ops[o]);

        if (sql != NULL && sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
          {
            g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
                         _("Database error: %s"), sqlite3_errmsg (db));
            return FALSE;
          }
      }
  return TRUE;
}
