/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kl-test-support.h"
#include "export/kl-evidence-pack.h"
#include "model/kl-activity.h"
#include "model/kl-store-backup.h"
#include "model/kl-unit.h"

/* The evidence pack's progress and cancel (the app writes it on a worker
 * thread): the fraction rises to 1 over the attachments and the index
 * (two threads, one progress); a cancel, at any point, leaves neither
 * the zip nor its temporary file.
 * The zip's contents are checked by tests/cli/test-cli-evidence-pack.py. */

#define N_ACTIVITIES 30

typedef struct
{
  KlTestLedger ledger;
  char        *dir;
  char        *zip;
  GArray      *fractions;
  GCancellable *cancellable;
  guint        cancel_at;   /* cancel on this progress call; 0 never */
} Fixture;

static void
set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *photo = NULL;
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 600 * 1024;
  g_autofree guchar *bytes = g_malloc (size);

  kl_test_ledger_yangzhou (&f->ledger);
  f->dir = kl_test_tmpdir_new ();
  f->zip = g_build_filename (f->dir, "台账资料.zip", NULL);
  f->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  f->cancellable = g_cancellable_new ();
  for (guint i = 0; i < N_ACTIVITIES; i++)
    g_string_append_printf (rows, "2021-07-%02u\t宝应县\t\t第%u场科普讲座\t科技馆\t%u\n",
                            1 + i % 28, i + 1, 10 + i);
  g_assert_true (kl_store_paste_activities (f->ledger.store, f->ledger.plan, rows->str, NULL,
                                            &error));
  g_assert_no_error (error);
  for (gsize i = 0; i < size; i++)
    bytes[i] = (guchar) (i * 7 + 3);
  photo = g_build_filename (f->dir, "现场照片.jpg", NULL);
  g_assert_true (g_file_set_contents (photo, (const char *) bytes, (gssize) size, NULL));
  list = kl_store_list_activities (f->ledger.store, f->ledger.plan, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i += 3)
    {
      KlActivityInfo *a = g_ptr_array_index (list, i);

      g_assert_true (kl_store_attach_file (f->ledger.store, a->id, photo, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  g_remove (photo);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  g_array_unref (f->fractions);
  g_object_unref (f->cancellable);
  g_free (f->zip);
  kl_test_ledger_clear (&f->ledger);
  kl_test_tmpdir_free (f->dir);
}

static void
on_progress (double fraction, gpointer data)
{
  Fixture *f = data;

  g_array_append_val (f->fractions, fraction);
  if (f->fractions->len == f->cancel_at)
    g_cancellable_cancel (f->cancellable);
}

static gboolean
write_pack (Fixture *f, GError **error)
{
  KlEvidencePackOptions options = { f->ledger.plan, NULL, 0 };

  return kl_export_evidence_pack (f->ledger.store, &options, f->zip, on_progress, f,
                                  f->cancellable, error);
}

/* The files left in the folder. */
static guint
n_files (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_progress (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  double last = 0;

  g_assert_true (write_pack (f, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (f->zip, G_FILE_TEST_IS_REGULAR));
  /* 10 attachments of 600 KB in 256 KB pieces, two index files of 30
   * rows: many calls, never backwards, ending at 1. */
  g_assert_cmpuint (f->fractions->len, >=, 30 + 2 * N_ACTIVITIES);
  for (guint i = 0; i < f->fractions->len; i++)
    {
      double x = g_array_index (f->fractions, double, i);

      g_assert_cmpfloat (x, >=, last);
      g_assert_cmpfloat (x, <=, 1.0);
      last = x;
    }
  g_assert_cmpfloat_with_epsilon (last, 1.0, 1e-9);
  /* The index rows weigh about as much as the attachments' 6 MB: after
   * 30 calls (every attachment piece, or fewer and some rows) the bar
   * is far from full. */
  g_assert_cmpfloat (g_array_index (f->fractions, double, 29), <, 0.9);
  g_assert_cmpuint (n_files (f), ==, 1);
}

/* Cancelled at the first progress call and at later ones (the index
 * files are written on a second thread meanwhile, so one call of the
 * other thread may already be on its way). */
static void
test_cancel (Fixture *f, gconstpointer data)
{
  const guint at[] = { 1, 30 + 5, 30 + N_ACTIVITIES + 5 };
  g_autoptr(GError) error = NULL;

  g_assert_true (write_pack (f, &error));
  g_assert_cmpuint (f->fractions->len, >, at[G_N_ELEMENTS (at) - 1]);
  g_remove (f->zip);
  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    {
      g_autoptr(GError) cancelled = NULL;

      g_array_set_size (f->fractions, 0);
      g_cancellable_reset (f->cancellable);
      f->cancel_at = at[i];
      g_assert_false (write_pack (f, &cancelled));
      g_assert_error (cancelled, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (f->fractions->len, >=, at[i]);
      g_assert_cmpuint (f->fractions->len, <=, at[i] + 1);
      g_assert_false (g_file_test (f->zip, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (n_files (f), ==, 0);
    }
}

/* An attachment's bytes missing: the pack fails with that (not with the
 * index thread's "stopped"), and leaves nothing. */
static void
test_missing_bytes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_exec (kl_store_get_db (f->ledger.store),
                                 "DELETE FROM attachment_blob", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (write_pack (f, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_files (f), ==, 0);
}

typedef struct
{
  KlStore *other;
  gboolean deleted;
} Meanwhile;

/* At the first piece, another connection removes every attachment's
 * bytes (as kl_store_collect_blobs in a second app would). */
static void
delete_meanwhile (double fraction, gpointer data)
{
  Meanwhile *m = data;

  if (!m->deleted)
    m->deleted = sqlite3_exec (kl_store_get_db (m->other), "DELETE FROM attachment_blob",
                               NULL, NULL, NULL) == SQLITE_OK;
}

/* The pack reads one view of the ledger: bytes removed by another
 * connection once it has started are still read (a read transaction). */
static void
test_snapshot (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "台账.kepu", NULL);
  KlEvidencePackOptions options = { f->ledger.plan, NULL, 0 };
  g_autoptr(KlStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Meanwhile m = { NULL, FALSE };

  g_assert_true (kl_store_backup (f->ledger.store, path, &error));
  store = kl_store_open (path, &error);
  m.other = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kl_export_evidence_pack (store, &options, f->zip, delete_meanwhile, &m, NULL,
                                          &error));
  g_assert_no_error (error);
  g_assert_true (m.deleted);
  g_assert_true (g_file_test (f->zip, G_FILE_TEST_IS_REGULAR));
  /* Without the view, the bytes are gone now. */
  g_remove (f->zip);
  g_assert_false (kl_export_evidence_pack (store, &options, f->zip, NULL, NULL, NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOT_FOUND);
  g_object_unref (m.other);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/evidence-pack/progress", Fixture, NULL, set_up, test_progress, tear_down);
  g_test_add ("/evidence-pack/cancel", Fixture, NULL, set_up, test_cancel, tear_down);
  g_test_add ("/evidence-pack/snapshot", Fixture, NULL, set_up, test_snapshot, tear_down);
  g_test_add ("/evidence-pack/missing-bytes", Fixture, NULL, set_up, test_missing_bytes,
              tear_down);
  return g_test_run ();
}
