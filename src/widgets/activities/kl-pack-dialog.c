/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/activities/kl-pack-dialog.h"
#include "widgets/common/kl-message.h"
#include "kl-resources.h"

/* The window and the worker.  SQLite connections are not shared between
 * threads, so the worker opens its own KlStore on the ledger's file (WAL:
 * it reads what was committed while the app goes on; the pack's blobs go
 * through that connection's page cache, not the app's).  The progress
 * callback runs on the worker; it keeps the newest permille in an atomic
 * and queues one call on the main context at a time to show it. */

struct _KlPackDialog
{
  GtkWindow       parent_instance;
  GtkWindow      *parent;       /* where an error is shown; weak */
  GCancellable   *cancellable;  /* set while the pack is written */
  gboolean        disposed;

  GtkLabel       *scope_label;
  GtkLabel       *file_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *status_label;
  GtkButton      *cancel_button;
};

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_TYPE (KlPackDialog, kl_pack_dialog, GTK_TYPE_WINDOW)

/* What the worker needs; shared with the queued progress calls. */
typedef struct
{
  char                 *ledger;
  char                 *path;
  KlEvidencePackOptions options;
  KlPeriod              period;
  GMainContext         *context;
  GWeakRef              dialog;
  gint                  permille;
  gint                  queued;
} Job;

static void
job_clear (Job *job)
{
  g_free (job->ledger);
  g_free (job->path);
  g_main_context_unref (job->context);
  g_weak_ref_clear (&job->dialog);
}

static Job *
job_ref (Job *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_unref (Job *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

/* Main thread. */
static gboolean
show_progress (gpointer data)
{
  Job *job = data;
  g_autoptr(KlPackDialog) self = g_weak_ref_get (&job->dialog);

  g_atomic_int_set (&job->queued, 0);
  if (self != NULL && !self->disposed && self->cancellable != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&job->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* Worker thread. */
static void
on_progress (double fraction, gpointer data)
{
  Job *job = data;
  gint permille = (gint) (fraction * 1000);

  if (g_atomic_int_get (&job->permille) == permille)
    return;
  g_atomic_int_set (&job->permille, permille);
  if (g_atomic_int_compare_and_exchange (&job->queued, 0, 1))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, show_progress, job_ref (job),
                                (GDestroyNotify) job_unref);
}

static void
pack_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KlStore) store = kl_store_open (job->ledger, &error);

  if (store != NULL &&
      kl_export_evidence_pack (store, &job->options, job->path, on_progress, job, cancellable,
                               &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
finish (KlPackDialog *self, const GError *error)
{
  gboolean ok = error == NULL;

  g_clear_object (&self->cancellable);
  if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    kl_message_error (GTK_WIDGET (self->parent ? self->parent : GTK_WINDOW (self)),
                      _("Cannot write the evidence pack"), error);
  g_signal_emit (self, signals[FINISHED], 0, ok);
  if (!self->disposed)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_packed (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  finish (KL_PACK_DIALOG (source), error);
}

/* A ledger in memory cannot be opened twice: written here, at once. */
static gboolean
in_memory (KlStore *store)
{
  const char *path = kl_store_get_path (store);

  return path == NULL || *path == '\0' || g_str_equal (path, ":memory:");
}

static void
run (KlPackDialog *self, KlStore *store, const KlEvidencePackOptions *options, const char *path)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_atomic_rc_box_new0 (Job);

  job->ledger = g_strdup (kl_store_get_path (store));
  job->path = g_strdup (path);
  job->options = *options;
  if (options->period != NULL)
    {
      job->period = *options->period;
      job->options.period = &job->period;
    }
  job->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->dialog, self);
  task = g_task_new (self, self->cancellable, on_packed, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_unref);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, pack_thread);
}

static void
on_cancel_clicked (KlPackDialog *self)
{
  if (self->cancellable == NULL)
    return;
  gtk_label_set_text (self->status_label, _("Cancelling…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
  g_cancellable_cancel (self->cancellable);
}

/* Closing the window cancels; it goes once the worker has stopped. */
static gboolean
on_close_request (KlPackDialog *self)
{
  on_cancel_clicked (self);
  return self->cancellable != NULL;
}

static void
kl_pack_dialog_dispose (GObject *object)
{
  KlPackDialog *self = KL_PACK_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_PACK_DIALOG);
  G_OBJECT_CLASS (kl_pack_dialog_parent_class)->dispose (object);
}

static void
kl_pack_dialog_finalize (GObject *object)
{
  g_clear_object (&KL_PACK_DIALOG (object)->cancellable);
  G_OBJECT_CLASS (kl_pack_dialog_parent_class)->finalize (object);
}

static void
kl_pack_dialog_class_init (KlPackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_pack_dialog_dispose;
  object_class->finalize = kl_pack_dialog_finalize;
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-pack-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlPackDialog, scope_label);
  gtk_widget_class_bind_template_child (widget_class, KlPackDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, KlPackDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KlPackDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KlPackDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
kl_pack_dialog_init (KlPackDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self, "close-request", G_CALLBACK (on_close_request), self);
}

void
kl_pack_dialog_start (GtkWindow *parent, KlStore *store, const KlEvidencePackOptions *options,
                      const char *scope, const char *path)
{
  KlPackDialog *self;
  g_autofree char *name = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (KL_IS_STORE (store));
  g_return_if_fail (options != NULL && path != NULL);

  self = g_object_new (KL_TYPE_PACK_DIALOG, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->parent, parent);
  name = g_filename_display_basename (path);
  gtk_label_set_text (self->scope_label, scope ? scope : "");
  gtk_label_set_text (self->file_label, name);
  self->cancellable = g_cancellable_new ();
  gtk_window_present (GTK_WINDOW (self));
  if (in_memory (store))
    {
      g_autoptr(GError) error = NULL;

      kl_export_evidence_pack (store, options, path, NULL, NULL, self->cancellable, &error);
      finish (self, error);
      return;
    }
  run (self, store, options, path);
}

gboolean
kl_pack_dialog_is_running (KlPackDialog *self)
{
  g_return_val_if_fail (KL_IS_PACK_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}
