/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <stdio.h>

#include "kl-activity-private.h"
#include "kl-store-private.h"

/* Reading attachments back: the rows, and their bytes in pieces. */

#define CHUNK (256 * 1024)

GPtrArray *
kl_store_list_attachments (KlStore *self, gint64 plan_id, gint64 activity_id, GError **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_attachment_info_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KL_IS_STORE (self), NULL);

  stmt = _kl_store_prepare (self,
    "SELECT t.id, t.uuid, t.activity_id, t.position, t.file_name, t.mime, t.size, t.sha256"
    " FROM attachment t JOIN activity a ON a.id = t.activity_id"
    " WHERE (?1 = 0 OR a.plan_id = ?1) AND (?2 = 0 OR t.activity_id = ?2)"
    " ORDER BY a.held_on, a.id, t.position, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, activity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KlAttachmentInfo *info = g_new0 (KlAttachmentInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->uuid = _kl_column_dup (stmt, 1);
      info->activity_id = sqlite3_column_int64 (stmt, 2);
      info->position = sqlite3_column_int (stmt, 3);
      info->file_name = _kl_column_dup (stmt, 4);
      info->mime = _kl_column_dup (stmt, 5);
      info->size = sqlite3_column_int64 (stmt, 6);
      info->sha256 = _kl_column_dup (stmt, 7);
      g_ptr_array_add (rows, info);
    }
  if (rc != SQLITE_DONE)
    {
      _kl_store_fail (self, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
find_blob (KlStore *self, const char *sha256, gint64 *rowid, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "SELECT id FROM attachment_blob WHERE sha256 = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *rowid = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND,
               _("The contents of this attachment are missing from the ledger"));
  return FALSE;
}

gboolean
kl_store_read_blob (KlStore *self, const char *sha256, KlBlobWriteFunc write,
                    gpointer user_data, GError **error)
{
  g_autofree guchar *buffer = NULL;
  sqlite3_blob *blob = NULL;
  gint64 rowid = 0;
  int size, offset = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (sha256 != NULL && write != NULL, FALSE);

  if (!find_blob (self, sha256, &rowid, error))
    return FALSE;
  if (sqlite3_blob_open (kl_store_get_db (self), "main", "attachment_blob", "data",
                         rowid, 0, &blob) != SQLITE_OK)
    return _kl_store_fail (self, error);
  size = sqlite3_blob_bytes (blob);
  buffer = g_malloc (CHUNK);
  while (ok && offset < size)
    {
      int n = MIN (CHUNK, size - offset);

      if (sqlite3_blob_read (blob, buffer, n, offset) != SQLITE_OK)
        ok = _kl_store_fail (self, error);
      else
        ok = write (buffer, (gsize) n, user_data, error);
      offset += n;
    }
  sqlite3_blob_close (blob);
  return ok;
}

gboolean
kl_store_begin_read (KlStore *self, gboolean *begun, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (begun != NULL, FALSE);

  *begun = FALSE;
  if (!sqlite3_get_autocommit (kl_store_get_db (self)))
    return TRUE;   /* inside an action: its transaction is the view */
  /* A deferred BEGIN takes its snapshot at the first read; one is done
   * here so that the view starts now. */
  if (!_kl_store_exec (self, "BEGIN; SELECT count(*) FROM sqlite_schema", error))
    return FALSE;
  *begun = TRUE;
  return TRUE;
}

void
kl_store_end_read (KlStore *self, gboolean begun)
{
  g_return_if_fail (KL_IS_STORE (self));

  if (begun)
    _kl_store_exec (self, "COMMIT", NULL);
}

static int
pragma_int (KlStore *self, const char *sql, int fallback)
{
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self, sql, NULL);

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0);
  return fallback;
}

int
kl_store_set_cache_kib (KlStore *self, int kib)
{
  g_autofree char *sql = NULL;
  int before;

  g_return_val_if_fail (KL_IS_STORE (self), 0);
  g_return_val_if_fail (kib > 0, 0);

  /* Negative: KiB; positive: pages. */
  before = pragma_int (self, "PRAGMA cache_size", -2000);
  if (before > 0)
    before = -(int) ((gint64) before * pragma_int (self, "PRAGMA page_size", 4096) / 1024);
  sql = g_strdup_printf ("PRAGMA cache_size=-%d", kib);
  /* Shrinking the cache frees the pages above the new size at once. */
  _kl_store_exec (self, sql, NULL);
  return -before;
}

static gboolean
write_failed (GError **error)
{
  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE,
               _("Cannot write the file: %s"), g_strerror (errno));
  return FALSE;
}

static gboolean
write_to_file (const void *data, gsize size, gpointer user_data, GError **error)
{
  FILE *fp = user_data;

  if (fwrite (data, 1, size, fp) != size)
    return write_failed (error);
  return TRUE;
}

gboolean
kl_store_save_attachment (KlStore *self, const KlAttachmentInfo *info, const char *path,
                          GError **error)
{
  g_autofree char *temp = g_strconcat (path, ".part", NULL);
  gboolean ok;
  FILE *fp;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL && path != NULL, FALSE);

  if ((fp = g_fopen (temp, "wb")) == NULL)
    return write_failed (error);
  ok = kl_store_read_blob (self, info->sha256, write_to_file, fp, error);
  if (fclose (fp) != 0 && ok)
    ok = write_failed (error);
  if (ok && g_rename (temp, path) != 0)
    ok = write_failed (error);
  if (!ok)
    g_unlink (temp);
  return ok;
}
