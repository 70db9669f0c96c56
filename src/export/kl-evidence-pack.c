/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "export/kl-evidence-private.h"
#include "export/kl-export-private.h"

/* The evidence pack: the zip itself (kl-evidence-pack.h).  The data are
 * loaded in kl-evidence-data.c; the index files are written to a private
 * temporary folder on a second thread while the attachments go in, and
 * copied in at the end. */

#define PACK_CACHE_KIB 1024

typedef struct
{
  struct archive *zip;
  KlEvidenceData *d;
} Writer;

static gboolean
zip_fail (struct archive *zip, GError **error)
{
  int saved = archive_errno (zip);

  if (saved == ENOSPC || saved == EFBIG || saved == EACCES)
    return _kl_export_fail_errno (saved, "", error);
  g_set_error (error, KL_EXPORT_ERROR, KL_EXPORT_ERROR_FAILED,
               _("Cannot write the evidence pack: %s"),
               archive_error_string (zip) ? archive_error_string (zip) : g_strerror (saved));
  return FALSE;
}

gboolean
_kl_evidence_advance (KlEvidenceData *d, gint64 work, GError **error)
{
  if (g_cancellable_set_error_if_cancelled (d->cancellable, error))
    return FALSE;
  if (g_atomic_int_get (&d->stop))
    {
      /* The other part failed: its error is the one reported. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped");
      return FALSE;
    }
  g_mutex_lock (&d->lock);
  d->done += work;
  if (d->progress != NULL && d->total > 0)
    d->progress (MIN (1.0, (double) d->done / (double) d->total), d->progress_data);
  g_mutex_unlock (&d->lock);
  return TRUE;
}

static gboolean
write_bytes (Writer *w, const void *data, gsize size, GError **error)
{
  if (g_cancellable_set_error_if_cancelled (w->d->cancellable, error))
    return FALSE;
  if (archive_write_data (w->zip, data, size) != (la_ssize_t) size)
    return zip_fail (w->zip, error);
  return TRUE;
}

/* A piece of an attachment: counts towards the progress. */
static gboolean
write_piece (const void *data, gsize size, gpointer user_data, GError **error)
{
  Writer *w = user_data;

  return write_bytes (w, data, size, error) &&
         _kl_evidence_advance (w->d, (gint64) size, error);
}

static gboolean
begin_entry (Writer *w, const char *name, gint64 size, GError **error)
{
  struct archive_entry *entry = archive_entry_new ();
  int rc;

  archive_entry_set_pathname_utf8 (entry, name);
  archive_entry_set_size (entry, size);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, g_get_real_time () / G_USEC_PER_SEC, 0);
  rc = archive_write_header (w->zip, entry);
  archive_entry_free (entry);
  if (rc != ARCHIVE_OK)
    return zip_fail (w->zip, error);
  return TRUE;
}

/* A file of ours (the index) into the zip, in pieces. */
static gboolean
add_file (Writer *w, const char *name, const char *path, GError **error)
{
  g_autofree char *buffer = g_malloc (64 * 1024);
  GStatBuf st;
  gboolean ok = TRUE;
  size_t n;
  FILE *fp;

  if (g_stat (path, &st) != 0 || (fp = g_fopen (path, "rb")) == NULL)
    return _kl_export_fail_errno (errno, path, error);
  ok = begin_entry (w, name, (gint64) st.st_size, error);
  while (ok && (n = fread (buffer, 1, 64 * 1024, fp)) > 0)
    ok = write_bytes (w, buffer, n, error);
  fclose (fp);
  return ok;
}

static gboolean
write_attachments (Writer *w, KlEvidenceData *d, GError **error)
{
  for (guint i = 0; i < d->attachments->len; i++)
    {
      KlAttachmentInfo *a = g_ptr_array_index (d->attachments, i);

      if (!begin_entry (w, g_ptr_array_index (d->entry_names, i), a->size, error) ||
          !kl_store_read_blob (d->store, a->sha256, write_piece, w, error))
        return FALSE;
    }
  return TRUE;
}

/* The index files, written to a private folder while the attachments
 * go into the zip: the PDF of 10,000 activities takes longer than 1 GB
 * of attachments, and the two share nothing but the loaded data (read
 * only) and the progress. */
typedef struct
{
  KlEvidenceData *d;
  char           *dir, *xlsx, *pdf;
  GError         *error;
} Index;

static gpointer
index_thread (gpointer data)
{
  Index *x = data;

  if (!_kl_evidence_write_xlsx (x->d, x->xlsx, &x->error) ||
      !_kl_evidence_write_pdf (x->d, x->pdf, &x->error))
    g_atomic_int_set (&x->d->stop, 1);
  return NULL;
}

/* Of the two parts' errors, the one that is not only "stopped". */
static gboolean
pick_error (GError *attachments, GError *index, GError **error)
{
  GError *first = attachments ? attachments : index;

  if (attachments && index && g_error_matches (attachments, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    first = index;
  g_propagate_error (error, g_error_copy (first));
  return FALSE;
}

static gboolean
write_contents (Writer *w, KlEvidenceData *d, GError **error)
{
  Index x = { d, g_dir_make_tmp ("kepu-pack-XXXXXX", NULL), NULL, NULL, NULL };
  g_autoptr(GError) local = NULL;
  GThread *thread;
  gboolean ok;

  if (x.dir == NULL)
    return _kl_export_fail_errno (errno, g_get_tmp_dir (), error);
  x.xlsx = g_build_filename (x.dir, KL_W_INDEX_NAME ".xlsx", NULL);
  x.pdf = g_build_filename (x.dir, KL_W_INDEX_NAME ".pdf", NULL);
  thread = g_thread_try_new ("kl-evidence-index", index_thread, &x, NULL);
  if (thread == NULL)
    index_thread (&x);
  ok = write_attachments (w, d, &local);
  if (!ok)
    g_atomic_int_set (&d->stop, 1);
  if (thread != NULL)
    g_thread_join (thread);
  if (!ok || x.error != NULL)
    ok = pick_error (local, x.error, error);
  else
    ok = add_file (w, KL_W_INDEX_NAME ".xlsx", x.xlsx, error) &&
         add_file (w, KL_W_INDEX_NAME ".pdf", x.pdf, error);
  g_unlink (x.xlsx);
  g_unlink (x.pdf);
  g_rmdir (x.dir);
  g_clear_error (&x.error);
  g_free (x.xlsx);
  g_free (x.pdf);
  g_free (x.dir);
  return ok;
}

static gboolean
write_zip (KlEvidenceData *d, const char *temp, Writer *w, GError **error)
{
  gboolean ok;

  w->zip = archive_write_new ();
  d->total = d->total_bytes + 2 * KL_W_ROW_WORK * (gint64) d->activities->len;
  if (archive_write_set_format_zip (w->zip) != ARCHIVE_OK ||
      archive_write_set_options (w->zip, "zip:compression=store,zip:hdrcharset=UTF-8") != ARCHIVE_OK ||
      archive_write_open_filename (w->zip, temp) != ARCHIVE_OK)
    ok = zip_fail (w->zip, error);
  else
    ok = write_contents (w, d, error);
  if (archive_write_close (w->zip) != ARCHIVE_OK && ok)
    ok = zip_fail (w->zip, error);
  archive_write_free (w->zip);
  return ok;
}

gboolean
kl_export_evidence_pack (KlStore *store, const KlEvidencePackOptions *options,
                         const char *path, KlExportProgressFunc progress, gpointer user_data,
                         GCancellable *cancellable, GError **error)
{
  KlEvidenceData d = { .progress = progress, .progress_data = user_data,
                       .cancellable = cancellable };
  Writer w = { NULL, &d };
  g_autofree char *temp = NULL;
  gboolean snapshot, ok;
  int cache_kib;

  g_return_val_if_fail (KL_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL && path != NULL, FALSE);

  /* One view of the ledger from the list of activities to the last
   * attachment (the app may write meanwhile).  Every attachment page is
   * read once: a small cache keeps the pack's memory flat (the
   * connection's 16 MB would fill with them). */
  if (!kl_store_begin_read (store, &snapshot, error))
    return FALSE;
  cache_kib = kl_store_set_cache_kib (store, PACK_CACHE_KIB);
  g_mutex_init (&d.lock);
  ok = _kl_evidence_load (&d, store, options, error) &&
       (temp = _kl_export_temp_new (path, error)) != NULL;
  if (ok && !write_zip (&d, temp, &w, error))
    {
      g_unlink (temp);
      ok = FALSE;
    }
  _kl_evidence_clear (&d);
  g_mutex_clear (&d.lock);
  kl_store_set_cache_kib (store, cache_kib);
  kl_store_end_read (store, snapshot);
  return ok && _kl_export_replace (temp, path, error);
}
