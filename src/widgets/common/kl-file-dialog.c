/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The GTK 4.10+ path of kl-file-chooser.c: this file only holds code behind
 * GTK_CHECK_VERSION (4, 10, 0), so the version guard allows the 4.10 API
 * here and nowhere else (HACKING.md, "Version guard"). */
#undef GDK_VERSION_MAX_ALLOWED
#define GDK_VERSION_MAX_ALLOWED G_ENCODE_VERSION (4, 10)
#include "config.h"

#include "widgets/common/kl-file-chooser-private.h"

#if GTK_CHECK_VERSION (4, 10, 0)

static GListModel *
one_file (GFile *file)
{
  GListStore *store = g_list_store_new (G_TYPE_FILE);

  if (file == NULL)
    return G_LIST_MODEL (store);
  g_list_store_append (store, file);
  g_object_unref (file);
  return G_LIST_MODEL (store);
}

static void
on_dialog_done (GObject *source, GAsyncResult *result, gpointer data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  KlFileRequest *request = data;
  GListModel *files = NULL;

  switch (request->mode)
    {
    case KL_FILE_CHOOSER_SAVE:
      files = one_file (gtk_file_dialog_save_finish (dialog, result, NULL));
      break;
    case KL_FILE_CHOOSER_OPEN:
      files = one_file (gtk_file_dialog_open_finish (dialog, result, NULL));
      break;
    case KL_FILE_CHOOSER_OPEN_MANY:
      files = gtk_file_dialog_open_multiple_finish (dialog, result, NULL);
      break;
    case KL_FILE_CHOOSER_FOLDER:
      files = one_file (gtk_file_dialog_select_folder_finish (dialog, result, NULL));
      break;
    }
  _kl_file_request_finish (request, files);
}

void
_kl_file_request_show (KlFileRequest *request, const KlFileChooserOptions *options)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkWindow *parent = request->parent;

  gtk_file_dialog_set_title (dialog, options->title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (options->filter != NULL)
    gtk_file_dialog_set_default_filter (dialog, options->filter);
  if (options->accept_label != NULL)
    gtk_file_dialog_set_accept_label (dialog, options->accept_label);
  if (options->initial_folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, options->initial_folder);
  if (options->initial_name != NULL)
    gtk_file_dialog_set_initial_name (dialog, options->initial_name);
  switch (request->mode)
    {
    case KL_FILE_CHOOSER_SAVE:
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, request);
      break;
    case KL_FILE_CHOOSER_OPEN:
      gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, request);
      break;
    case KL_FILE_CHOOSER_OPEN_MANY:
      gtk_file_dialog_open_multiple (dialog, parent, NULL, on_dialog_done, request);
      break;
    case KL_FILE_CHOOSER_FOLDER:
      gtk_file_dialog_select_folder (dialog, parent, NULL, on_dialog_done, request);
      break;
    }
}

#endif
