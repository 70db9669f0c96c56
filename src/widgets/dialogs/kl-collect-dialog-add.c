/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-collect-dialog-private.h"
#include "widgets/common/kl-file-chooser.h"

/* Adding files to the collection dialog — chosen, a folder, dropped — and
 * checking them one per main-loop turn, so the window stays responsive
 * and the bar moves. */

static void
show_progress (KlCollectDialog *self, const char *path)
{
  guint done = self->n_queued - g_queue_get_length (&self->pending);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = g_strdup_printf (_("Checking %s (%u of %u)"), name, done,
                                           self->n_queued);

  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / self->n_queued);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static gboolean
check_next (gpointer data)
{
  KlCollectDialog *self = data;
  g_autofree char *path = g_queue_pop_head (&self->pending);
  g_autoptr(GError) error = NULL;
  KlCollectFile *file;

  if (path == NULL)
    {
      _kl_collect_dialog_finish_round (self);
      return G_SOURCE_REMOVE;
    }
  show_progress (self, path);
  if ((file = kl_collect_check_file (self->store, path, &error)) == NULL)
    {
      g_queue_clear_full (&self->pending, g_free);
      _kl_collect_dialog_finish_round (self);
      _kl_collect_dialog_set_status (self, g_strdup (error->message));
      return G_SOURCE_REMOVE;
    }
  g_ptr_array_add (self->files, file);
  return G_SOURCE_CONTINUE;
}

void
kl_collect_dialog_add_paths (KlCollectDialog *self, GPtrArray *paths)
{
  g_return_if_fail (KL_IS_COLLECT_DIALOG (self));
  g_return_if_fail (paths != NULL);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);

      if (g_hash_table_contains (self->paths, path))
        continue;
      g_hash_table_add (self->paths, g_strdup (path));
      g_queue_push_tail (&self->pending, g_strdup (path));
      self->n_queued++;
    }
  if (self->check_id != 0 || g_queue_is_empty (&self->pending))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collect.store", FALSE);
  self->check_id = g_idle_add (check_next, self);
}

void
kl_collect_dialog_add_folder (KlCollectDialog *self, const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;

  g_return_if_fail (KL_IS_COLLECT_DIALOG (self));
  g_return_if_fail (folder != NULL);

  if ((paths = kl_collect_list_folder (folder, &error)) == NULL)
    _kl_collect_dialog_set_status (self, g_strdup (error->message));
  else if (paths->len == 0)
    _kl_collect_dialog_set_status (self, g_strdup (_("The folder holds no .xlsx or .xls files")));
  else
    kl_collect_dialog_add_paths (self, paths);
}

static void
on_files_chosen (GtkWindow *parent, GPtrArray *paths, gpointer data)
{
  kl_collect_dialog_add_paths (KL_COLLECT_DIALOG (parent), paths);
}

static void
on_folder_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  kl_collect_dialog_add_folder (KL_COLLECT_DIALOG (parent), path);
}

void
_kl_collect_dialog_add_files (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kl_file_chooser_open_spreadsheets (GTK_WINDOW (widget), _("Choose Returned Templates"),
                                     on_files_chosen, NULL);
}

void
_kl_collect_dialog_add_folder (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kl_file_chooser_select_folder (GTK_WINDOW (widget), _("Choose a Folder of Returned Templates"),
                                 on_folder_chosen, NULL);
}

gboolean
_kl_collect_dialog_on_drop (GtkDropTarget *target, const GValue *value, double x, double y,
                            gpointer data)
{
  KlCollectDialog *self = data;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL && g_file_test (path, G_FILE_TEST_IS_DIR))
        kl_collect_dialog_add_folder (self, path);
      if (path != NULL && !g_file_test (path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (paths, path);
      else
        g_free (path);
    }
  kl_collect_dialog_add_paths (self, paths);
  return TRUE;
}

