/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-export-dialog-private.h"
#include "widgets/common/kl-file-chooser.h"
#include "model/kl-plan.h"

/* Choosing the file (GtkFileDialog from GTK 4.10, GtkFileChooserNative
 * before) and writing it on a worker thread.  The worker opens its own
 * KlStore on the ledger's file — SQLite connections are not shared between
 * threads — and reports progress through an atomic the main thread polls;
 * the result comes back on the main thread through the GTask. */

#define POLL_MS 100

typedef struct
{
  char           *ledger;
  char           *path;
  KlExportOptions options;
  gint           *permille;  /* in the dialog, which the task keeps alive */
} Job;

static void
job_free (Job *job)
{
  g_free (job->ledger);
  g_free (job->path);
  g_free (job);
}

static void
on_progress (double fraction, gpointer data)
{
  g_atomic_int_set ((gint *) data, (gint) (fraction * 1000));
}

static void
export_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (job->ledger, &error);

  if (store != NULL &&
      kl_export_xlsx (store, &job->options, job->path, on_progress, job->permille,
                      cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static gboolean
poll_progress (gpointer data)
{
  KlExportDialog *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer data)
{
  KlExportDialog *self = KL_EXPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_task_propagate_boolean (G_TASK (result), &error);
  _kl_export_dialog_finish (self, job->path, error);
}

/* A ledger in memory (tests) cannot be opened twice: it is exported on
 * the main thread, with the dialog's own store. */
static gboolean
in_memory (KlStore *store)
{
  const char *path = kl_store_get_path (store);

  return path == NULL || *path == '\0' || g_str_equal (path, ":memory:");
}

void
_kl_export_dialog_run (KlExportDialog *self, const KlExportOptions *options, const char *path)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  if (in_memory (self->store))
    {
      kl_export_xlsx (self->store, options, path, NULL, NULL, self->cancellable, &error);
      _kl_export_dialog_finish (self, path, error);
      return;
    }
  job = g_new0 (Job, 1);
  job->ledger = g_strdup (kl_store_get_path (self->store));
  job->path = g_strdup (path);
  job->options = *options;
  job->permille = &self->permille;
  g_atomic_int_set (&self->permille, 0);
  task = g_task_new (self, self->cancellable, on_exported, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_set_return_on_cancel (task, FALSE);
  self->poll_id = g_timeout_add (POLL_MS, poll_progress, self);
  g_task_run_in_thread (task, export_thread);
}

/* "2021年度扬州市科普工作要点.xlsx", without characters Windows refuses. */
static char *
suggested_name (KlExportDialog *self)
{
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (self->store, self->plan_id, NULL);
  g_autofree char *stem = g_strdup (plan && plan->title && *plan->title ? plan->title
                                    : _("Report"));

  g_strdelimit (stem, "<>:\"/\\|?*", '_');
  return g_strconcat (stem, ".xlsx", NULL);
}

static void
export_path (KlExportDialog *self, const char *path)
{
  g_autofree char *with = NULL;

  if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".XLSX"))
    path = with = g_strconcat (path, ".xlsx", NULL);
  kl_export_dialog_export_to (self, path);
}

static GtkFileFilter *
xlsx_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Excel workbooks (*.xlsx)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  return filter;
}

static GFile *
documents_folder (void)
{
  const char *dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  return g_file_new_for_path (dir ? dir : g_get_home_dir ());
}

static void
on_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  KlExportDialog *self = KL_EXPORT_DIALOG (parent);

  if (!self->disposed)
    export_path (self, path);
}

void
_kl_export_dialog_choose_file (KlExportDialog *self)
{
  g_autoptr(GtkFileFilter) filter = xlsx_filter ();
  g_autoptr(GFile) folder = documents_folder ();
  g_autofree char *name = suggested_name (self);
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_SAVE, .title = _("Export to Excel"),
                                   .accept_label = _("_Export"),
                                   .initial_name = name, .initial_folder = folder,
                                   .filter = filter };

  kl_file_chooser_run (GTK_WINDOW (self), &options, on_chosen, NULL);
}
