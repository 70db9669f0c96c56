/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "kl-store-private.h"

/* Opening never modifies a file that is not (yet) a ledger we can write:
 * the header is checked before SQLite sees the file, the schema before
 * any pragma that writes (WAL), and migrations run in one transaction. */

static gboolean
check_header (const char *path, GError **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GError) local = NULL;
  g_autofree char *head = NULL;
  gsize len = 0;
  FILE *fp;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
                   _("“%s” is a folder, not a ledger file"), path);
      return FALSE;
    }
  fp = g_fopen (path, "rb");
  if (fp == NULL)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
                   _("Cannot read “%s”: %s"), path, g_strerror (errno));
      return FALSE;
    }
  head = g_malloc0 (sizeof magic);
  len = fread (head, 1, sizeof magic, fp);
  fclose (fp);
  if (len == 0 || memcmp (head, magic, sizeof magic) == 0)
    return TRUE;
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
               _("“%s” is not a Kepu Ledger file"), path);
  return FALSE;
}

static gboolean
set_pragmas (sqlite3 *db, gboolean in_memory, GError **error)
{
  const char *sql = in_memory
    ? "PRAGMA foreign_keys=ON;"
    : "PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
      /* A city's ledger (300 indicators × 100 units, a year of figures) is
       * tens of MB: 16 MB of page cache keeps its indexes in memory. */
      "PRAGMA cache_size=-16384;";

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
                   _("Database error: %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_db (const char *path, sqlite3 **db, GError **error)
{
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;

  if (sqlite3_open_v2 (path, db, flags, NULL) != SQLITE_OK)
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_LEDGER,
                   _("Cannot open “%s”: %s"), path,
                   *db ? sqlite3_errmsg (*db) : g_strerror (ENOMEM));
      g_clear_pointer (db, sqlite3_close_v2);
      return FALSE;
    }
  sqlite3_busy_timeout (*db, 5000);
  sqlite3_extended_result_codes (*db, TRUE);
  return TRUE;
}

KlStore *
kl_store_open (const char *path, GError **error)
{
  g_autoptr(KlStore) self = NULL;
  gboolean in_memory;
  sqlite3 *db = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  in_memory = g_str_equal (path, ":memory:");
  if (!in_memory && !check_header (path, error))
    return NULL;
  if (!open_db (path, &db, error))
    return NULL;
  self = g_object_new (KL_TYPE_STORE, NULL);
  _kl_store_adopt_db (self, db, path);
  if (!_kl_migrations_check (db, &version, error))
    return NULL;
  if (!set_pragmas (db, in_memory, error))
    return NULL;
  if (!_kl_migrations_run (db, _kl_migrations_latest (), error))
    return NULL;
  _kl_store_set_schema_version (self, _kl_migrations_latest ());
  return g_steal_pointer (&self);
}
