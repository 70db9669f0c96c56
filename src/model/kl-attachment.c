/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "kl-activity-private.h"
#include "kl-store-private.h"

/* Attachments live inside the ledger file.  The bytes of each distinct
 * content are one attachment_blob row (keyed by SHA-256), written and read
 * in CHUNK pieces with sqlite3_blob_*, so a 50 MB file never sits whole in
 * memory.  An attachment row links an activity to a blob by hash; only
 * those small rows are under undo and in the change log.  Attaching a
 * file reads it twice: once to hash it (a known hash stores nothing new),
 * once to copy it, hashing again to catch a file changed in between.
 * Blobs no row links to stay until kl_store_collect_blobs (src/DESIGN.md). */

#define CHUNK (256 * 1024)

void
kl_attachment_info_free (KlAttachmentInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->uuid);
  g_free (info->file_name);
  g_free (info->mime);
  g_free (info->sha256);
  g_free (info);
}

static gboolean
file_error (GError **error, const char *path, int saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
               _("Cannot read the attachment “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

gboolean
_kl_attachment_check_file (const char *path, gint64 *size, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return file_error (error, path, errno);
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("The attachment “%s” is not a file"), name);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    return file_error (error, path, errno);
  if ((gint64) st.st_size > KL_ATTACHMENT_MAX_SIZE)
    {
      /* In MB of 1024 × 1024 bytes, rounded up: never "50.0 MB" over a cap of 50. */
      g_autofree char *have = g_strdup_printf ("%.1f", ceil (st.st_size / 104857.6) / 10);
      g_autofree char *most = g_strdup_printf ("%d", (int) (KL_ATTACHMENT_MAX_SIZE >> 20));
      g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
                   _("The attachment “%s” is too large (%s MB; at most %s MB each)"),
                   name, have, most);
      return FALSE;
    }
  if (size != NULL)
    *size = (gint64) st.st_size;
  return TRUE;
}

/* Reads @fp from the start through @checksum, copying each piece into
 * @blob when given; the number of bytes in @n_read. */
static gboolean
pass_over (KlStore *self, FILE *fp, const char *path, sqlite3_blob *blob, gint64 size,
           GChecksum *checksum, gint64 *n_read, GError **error)
{
  g_autofree guchar *buffer = g_malloc (CHUNK);
  size_t n;

  *n_read = 0;
  rewind (fp);
  while ((n = fread (buffer, 1, CHUNK, fp)) > 0)
    {
      if (blob != NULL && (*n_read + (gint64) n > size ||
          sqlite3_blob_write (blob, buffer, (int) n, (int) *n_read) != SQLITE_OK))
        break;
      g_checksum_update (checksum, buffer, n);
      *n_read += (gint64) n;
    }
  if (ferror (fp))
    return file_error (error, path, errno);
  if (n > 0)
    return blob != NULL && *n_read + (gint64) n > size ? TRUE : _kl_store_fail (self, error);
  return TRUE;
}

static gboolean
changed_error (const char *path, GError **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID,
               _("The attachment “%s” changed while it was being read; try again"), name);
  return FALSE;
}

static gboolean
blob_exists (KlStore *self, const char *sha256, gboolean *exists, GError **error)
{
  sqlite3_stmt *stmt = _kl_store_cached (self,
    "SELECT 1 FROM attachment_blob WHERE sha256 = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _kl_store_fail (self, error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* Copies @fp into a new blob row of @size bytes that must hash to @sha256. */
static gboolean
write_blob (KlStore *self, FILE *fp, const char *path, gint64 size, const char *sha256,
            GError **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = _kl_store_cached (self,
    "INSERT INTO attachment_blob (sha256, size, data) VALUES (?1, ?2, zeroblob (?2))", error);
  sqlite3_blob *blob = NULL;
  gint64 n_read = 0;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, sha256);
  sqlite3_bind_int64 (stmt, 2, size);
  ok = _kl_store_step_done (self, stmt, error);
  sqlite3_reset (stmt);
  if (!ok)
    return FALSE;
  if (sqlite3_blob_open (kl_store_get_db (self), "main", "attachment_blob", "data",
                         _kl_store_last_id (self), 1, &blob) != SQLITE_OK)
    return _kl_store_fail (self, error);
  ok = pass_over (self, fp, path, blob, size, checksum, &n_read, error);
  sqlite3_blob_close (blob);
  if (ok && (n_read != size || !g_str_equal (g_checksum_get_string (checksum), sha256)))
    return changed_error (path, error);
  return ok;
}

/* Hashes the file and stores its bytes unless the ledger has them. */
static gboolean
store_bytes (KlStore *self, const char *path, char **sha256, gint64 *size, GError **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gboolean exists = FALSE, ok;
  gint64 n_read = 0;
  FILE *fp;

  if (!_kl_attachment_check_file (path, size, error))
    return FALSE;
  if ((fp = g_fopen (path, "rb")) == NULL)
    return file_error (error, path, errno);
  ok = pass_over (self, fp, path, NULL, 0, checksum, &n_read, error);
  if (ok && n_read != *size)
    ok = changed_error (path, error);
  if (ok)
    {
      *sha256 = g_strdup (g_checksum_get_string (checksum));
      ok = blob_exists (self, *sha256, &exists, error) &&
           (exists || write_blob (self, fp, path, *size, *sha256, error));
    }
  fclose (fp);
  return ok;
}

static char *
guess_mime (const char *name)
{
  g_autofree char *type = g_content_type_guess (name, NULL, 0, NULL);
  g_autofree char *mime = g_content_type_get_mime_type (type);

  return g_strdup (mime && !g_str_equal (mime, "application/octet-stream") ? mime : "");
}

static gboolean
insert_link (KlStore *self, gint64 activity_id, const char *name, gint64 size,
             const char *sha256, gint64 *attachment_id, GError **error)
{
  g_autofree char *uuid = kl_uuid_new ();
  g_autofree char *mime = guess_mime (name);
  g_autoptr(sqlite3_stmt) stmt = _kl_store_prepare (self,
    "INSERT INTO attachment (uuid, activity_id, position, file_name, mime, size, sha256,"
    " added_at) VALUES (?1, ?2, (SELECT count(*) FROM attachment WHERE activity_id = ?2),"
    " ?3, ?4, ?5, ?6, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);

  if (stmt == NULL)
    return FALSE;
  _kl_bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, activity_id);
  _kl_bind_text (stmt, 3, name);
  _kl_bind_text (stmt, 4, mime);
  sqlite3_bind_int64 (stmt, 5, size);
  _kl_bind_text (stmt, 6, sha256);
  if (!_kl_store_step_done (self, stmt, error))
    return FALSE;
  if (attachment_id != NULL)
    *attachment_id = _kl_store_last_id (self);
  return TRUE;
}

gboolean
kl_store_attach_file (KlStore *self, gint64 activity_id, const char *path, const char *name,
                      gint64 *attachment_id, GError **error)
{
  g_autofree char *base = NULL, *sha256 = NULL;
  gint64 size = 0;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  base = name ? g_strdup (name) : g_filename_display_basename (path);
  if (!_kl_attachment_check_file (path, NULL, error) ||
      !kl_store_begin_action (self, _("Attach file"), error))
    return FALSE;
  ok = store_bytes (self, path, &sha256, &size, error) &&
       insert_link (self, activity_id, base, size, sha256, attachment_id, error);
  return _kl_store_finish_action (self, ok, error);
}

gboolean
kl_store_remove_attachment (KlStore *self, gint64 attachment_id, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!kl_store_begin_action (self, _("Remove attachment"), error))
    return FALSE;
  stmt = _kl_store_prepare (self, "DELETE FROM attachment WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, attachment_id);
      ok = _kl_store_step_done (self, stmt, error);
    }
  return _kl_store_finish_action (self, ok, error);
}

gboolean
kl_store_collect_blobs (KlStore *self, guint *n_removed, GError **error)
{
  g_return_val_if_fail (KL_IS_STORE (self), FALSE);

  if (!_kl_store_exec (self, "DELETE FROM attachment_blob WHERE sha256 NOT IN"
                             " (SELECT sha256 FROM attachment)", error))
    return FALSE;
  if (n_removed != NULL)
    *n_removed = (guint) sqlite3_changes (kl_store_get_db (self));
  return TRUE;
}
