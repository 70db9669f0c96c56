/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export dialog, real widgets under a virtual X server: the latest
 * period with figures is preselected; an export runs on the worker thread
 * and writes the workbook; Cancel stops a running export and leaves no
 * file; a bad folder shows the error and keeps the dialog open. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "kl-test-support.h"
#include "kl-export-draft.h"
#include "widgets/dialogs/kl-export-dialog-private.h"

typedef struct
{
  char           *dir;
  char           *ledger;
  KlStore        *store;
  gint64          plan_id;
  KlExportDialog *dialog;
  int             finished;  /* -1 running, 0 failed, 1 done */
} Fixture;

static gboolean
pump_until (gboolean (*cond) (gpointer), gpointer data, guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      if (cond != NULL && cond (data))
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return cond != NULL && cond (data);
}

static gboolean
is_finished (gpointer data)
{
  return ((Fixture *) data)->finished >= 0;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
on_finished (KlExportDialog *dialog, gboolean ok, Fixture *f)
{
  f->finished = ok;
}

static void
open_dialog (Fixture *f)
{
  f->dialog = g_object_ref_sink (kl_export_dialog_new (NULL, f->store, f->plan_id));
  g_signal_connect (f->dialog, "finished", G_CALLBACK (on_finished), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (pump_until (is_mapped, f->dialog, 5000));
  f->finished = -1;
}

static void
set_up (Fixture *f, gconstpointer big)
{
  g_autoptr(GError) error = NULL;

  f->dir = kl_test_tmpdir_new ();
  f->ledger = g_build_filename (f->dir, "ledger.kepu", NULL);
  f->store = kl_store_open (f->ledger, &error);
  g_assert_no_error (error);
  if (big != NULL)
    kl_export_test_big_plan (f->store, 80, 60, &f->plan_id, &error);
  else
    kl_export_test_plan (f->store, &f->plan_id, &error);
  g_assert_no_error (error);
  open_dialog (f);
}

static void
tear_down (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  pump_until (NULL, NULL, 50);
  g_clear_object (&f->dialog);
  g_clear_object (&f->store);
  kl_test_tmpdir_free (f->dir);
  g_free (f->ledger);
}

static void
test_export (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "报表.xlsx", NULL);
  KlPeriod *chosen;

  /* 2021-Q2 holds the latest figures of the test plan. */
  chosen = &g_array_index (f->dialog->periods, KlPeriod,
                           gtk_drop_down_get_selected (f->dialog->period_dropdown));
  g_assert_cmpint (chosen->cycle, ==, KL_CYCLE_QUARTER);
  g_assert_cmpint (chosen->index, ==, 2);
  gtk_check_button_set_active (f->dialog->template_check, TRUE);
  kl_export_dialog_export_to (f->dialog, path);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->export_button)));
  g_assert_true (pump_until (is_finished, f, 20000));
  g_assert_cmpint (f->finished, ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
}

static void
test_nothing_chosen (Fixture *f, gconstpointer data)
{
  gtk_check_button_set_active (f->dialog->quota_check, FALSE);
  gtk_check_button_set_active (f->dialog->progress_check, FALSE);
  gtk_check_button_set_active (f->dialog->tasks_check, FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->export_button)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->period_dropdown)));
  gtk_check_button_set_active (f->dialog->template_check, TRUE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->export_button)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->period_dropdown)));
}

static void
test_bad_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "no such folder", "x.xlsx", NULL);

  kl_export_dialog_export_to (f->dialog, path);
  g_assert_true (pump_until (is_finished, f, 20000));
  g_assert_cmpint (f->finished, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog->status_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (f->dialog->status_label), "does not exist"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->dialog->export_button)));
}

/* 80 × 60 cells in every report take long enough to be cancelled. */
static void
test_cancel (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "cancelled.xlsx", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_check_button_set_active (f->dialog->template_check, TRUE);
  kl_export_dialog_export_to (f->dialog, path);
  g_signal_emit_by_name (f->dialog->cancel_button, "clicked");
  g_assert_true (pump_until (is_finished, f, 30000));
  g_assert_cmpint (f->finished, ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
}

int
main (int argc, char **argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("no display: skipped\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add ("/export-dialog/export", Fixture, NULL, set_up, test_export, tear_down);
  g_test_add ("/export-dialog/nothing-chosen", Fixture, NULL, set_up, test_nothing_chosen, tear_down);
  g_test_add ("/export-dialog/bad-folder", Fixture, NULL, set_up, test_bad_folder, tear_down);
  g_test_add ("/export-dialog/cancel", Fixture, "big", set_up, test_cancel, tear_down);
  return g_test_run ();
}
