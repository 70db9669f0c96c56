/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-collect-dialog-private.h"
#include "widgets/common/kl-message.h"
#include "kl-resources.h"

/* The list is rebuilt once a round of checking ends (conflicts are only
 * known then; the checking itself is kl-collect-dialog-add.c).  Storing is
 * one kl_collect_store(), on the window's own store, so it is one undo
 * step of that window. */

enum { COLLECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_TYPE (KlCollectDialog, kl_collect_dialog, GTK_TYPE_WINDOW)

void
_kl_collect_dialog_set_status (KlCollectDialog *self, char *status)
{
  g_free (self->status);
  self->status = status;
  gtk_label_set_text (self->status_label, status);
}

/* What storing now would do, in one line. */
static char *
plan_text (KlCollectDialog *self, guint *n_applies)
{
  guint applies = 0, refused = 0, confirm = 0, before = 0;

  for (guint i = 0; i < self->files->len; i++)
    {
      const KlCollectFile *file = g_ptr_array_index (self->files, i);

      applies += kl_collect_file_applies (file);
      refused += file->refusal != NULL;
      before += file->refusal == NULL && file->already;
      confirm += file->refusal == NULL && !file->already && !file->chosen;
    }
  *n_applies = applies;
  /* TRANSLATORS: the line under the list of returned files. */
  return g_strdup_printf (_("%u files: %u to store, %u refused, %u to confirm, "
                            "%u imported before"),
                          self->files->len, applies, refused, confirm, before);
}

static gboolean
has_refusal_to_record (KlCollectDialog *self)
{
  for (guint i = 0; i < self->files->len; i++)
    {
      const KlCollectFile *file = g_ptr_array_index (self->files, i);
      if (file->refusal != NULL && file->plan_id != 0 && file->has_period)
        return TRUE;
    }
  return FALSE;
}

void
_kl_collect_dialog_changed (KlCollectDialog *self)
{
  guint applies = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->file_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    _kl_collect_row_refresh (row);
  _kl_collect_dialog_set_status (self, plan_text (self, &applies));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.store",
                                 self->check_id == 0 &&
                                 (applies > 0 || has_refusal_to_record (self)));
}

/* Files of one unit and period stand together, so a conflict is seen as
 * a pair; then by file name. */
static int
compare_files (gconstpointer pa, gconstpointer pb)
{
  const KlCollectFile *a = *(KlCollectFile *const *) pa, *b = *(KlCollectFile *const *) pb;
  int c;

  if ((c = (a->plan_id > b->plan_id) - (a->plan_id < b->plan_id)) != 0)
    return c;
  if (a->has_period && b->has_period && (c = kl_period_compare (&a->period, &b->period)) != 0)
    return c;
  if ((c = g_strcmp0 (a->unit_names, b->unit_names)) != 0)
    return c;
  return g_strcmp0 (a->file_name, b->file_name);
}

static void
show_files (KlCollectDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->file_list))) != NULL)
    gtk_list_box_remove (self->file_list, child);
  g_ptr_array_sort (self->files, compare_files);
  for (guint i = 0; i < self->files->len; i++)
    gtk_list_box_append (self->file_list,
                         _kl_collect_row_new (self, g_ptr_array_index (self->files, i)));
}

void
_kl_collect_dialog_finish_round (KlCollectDialog *self)
{
  self->check_id = 0;
  self->n_queued = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  for (guint i = 0; i < self->files->len; i++)
    g_clear_pointer (&((KlCollectFile *) g_ptr_array_index (self->files, i))->superseded_by,
                     g_free);
  kl_collect_find_conflicts (self->files);
  show_files (self);
  _kl_collect_dialog_changed (self);
}

static void
store_files (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KlCollectDialog *self = KL_COLLECT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint stored = 0;

  if (self->check_id != 0)
    return;
  if (!kl_collect_store (self->store, self->files, &stored, &error))
    {
      kl_message_error (widget, _("The figures could not be stored"), error);
      return;
    }
  g_signal_emit (self, signals[COLLECTED], 0, stored);
  gtk_window_destroy (GTK_WINDOW (self));
}

gboolean
kl_collect_dialog_is_busy (KlCollectDialog *self)
{
  g_return_val_if_fail (KL_IS_COLLECT_DIALOG (self), FALSE);
  return self->check_id != 0;
}

GPtrArray *
kl_collect_dialog_get_files (KlCollectDialog *self)
{
  g_return_val_if_fail (KL_IS_COLLECT_DIALOG (self), NULL);
  return self->files;
}

const char *
kl_collect_dialog_get_status (KlCollectDialog *self)
{
  g_return_val_if_fail (KL_IS_COLLECT_DIALOG (self), NULL);
  return self->status != NULL ? self->status : "";
}

static void
kl_collect_dialog_dispose (GObject *object)
{
  KlCollectDialog *self = KL_COLLECT_DIALOG (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_queue_clear_full (&self->pending, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KL_TYPE_COLLECT_DIALOG);
  G_OBJECT_CLASS (kl_collect_dialog_parent_class)->dispose (object);
}

static void
kl_collect_dialog_finalize (GObject *object)
{
  KlCollectDialog *self = KL_COLLECT_DIALOG (object);

  g_clear_object (&self->store);
  g_ptr_array_unref (self->files);
  g_hash_table_unref (self->paths);
  g_free (self->status);
  G_OBJECT_CLASS (kl_collect_dialog_parent_class)->finalize (object);
}

static void
kl_collect_dialog_class_init (KlCollectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referencing the resources keeps them linked from the static library. */
  g_return_if_fail (kl_get_resource () != NULL);
  object_class->dispose = kl_collect_dialog_dispose;
  object_class->finalize = kl_collect_dialog_finalize;
  signals[COLLECTED] = g_signal_new ("collected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/kepuledger/KepuLedger/kl-collect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KlCollectDialog, file_list);
  gtk_widget_class_bind_template_child (widget_class, KlCollectDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KlCollectDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, KlCollectDialog, store_button);
  gtk_widget_class_install_action (widget_class, "collect.add-files", NULL,
                                   _kl_collect_dialog_add_files);
  gtk_widget_class_install_action (widget_class, "collect.add-folder", NULL,
                                   _kl_collect_dialog_add_folder);
  gtk_widget_class_install_action (widget_class, "collect.store", NULL, store_files);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "collect.add-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "collect.add-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_O, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "collect.add-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "collect.store", NULL);
}

static void
kl_collect_dialog_init (KlCollectDialog *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collect_file_free);
  self->paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->pending);
  g_signal_connect (drop, "drop", G_CALLBACK (_kl_collect_dialog_on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self->file_list), GTK_EVENT_CONTROLLER (drop));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.store", FALSE);
}

KlCollectDialog *
kl_collect_dialog_new (GtkWindow *parent, KlStore *store)
{
  KlCollectDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KL_IS_STORE (store), NULL);

  self = g_object_new (KL_TYPE_COLLECT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}
