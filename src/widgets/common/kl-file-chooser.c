/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/common/kl-file-chooser-private.h"

/* One request to the file chooser, whatever it asks for: a ledger to open
 * or save, several spreadsheets, a folder, or a file of the caller's kind.
 * The GTK 4.8 path is here; the GTK 4.10+ one in kl-file-dialog.c. */

void
_kl_file_request_finish (KlFileRequest *request, GListModel *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n = files != NULL ? g_list_model_get_n_items (files) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  if (request->many_func != NULL && paths->len > 0)
    request->many_func (request->parent, paths, request->data);
  else if (request->func != NULL && paths->len > 0)
    request->func (request->parent, g_ptr_array_index (paths, 0), request->data);
  g_clear_object (&request->parent);
  g_clear_object (&files);
  g_free (request);
}

#if !GTK_CHECK_VERSION (4, 10, 0)

static void
on_native_response (GtkNativeDialog *native, int response, KlFileRequest *request)
{
  GListModel *files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
  _kl_file_request_finish (request, files);
  g_object_unref (native);
}

static GtkFileChooserAction
chooser_action (KlFileChooserMode mode)
{
  switch (mode)
    {
    case KL_FILE_CHOOSER_SAVE:
      return GTK_FILE_CHOOSER_ACTION_SAVE;
    case KL_FILE_CHOOSER_FOLDER:
      return GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
    case KL_FILE_CHOOSER_OPEN:
    case KL_FILE_CHOOSER_OPEN_MANY:
    default:
      return GTK_FILE_CHOOSER_ACTION_OPEN;
    }
}

void
_kl_file_request_show (KlFileRequest *request, const KlFileChooserOptions *options)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (options->title, request->parent,
                                 chooser_action (request->mode), options->accept_label, NULL);
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (chooser, request->mode == KL_FILE_CHOOSER_OPEN_MANY);
  if (options->filter != NULL)
    gtk_file_chooser_add_filter (chooser, options->filter);
  if (options->initial_folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, options->initial_folder, NULL);
  if (options->initial_name != NULL)
    gtk_file_chooser_set_current_name (chooser, options->initial_name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

static void
start (GtkWindow *parent, const KlFileChooserOptions *options, KlFileChosenFunc func,
       KlFilesChosenFunc many_func, gpointer data)
{
  KlFileRequest *request = g_new0 (KlFileRequest, 1);

  request->parent = parent ? g_object_ref (parent) : NULL;
  request->mode = options->mode;
  request->func = func;
  request->many_func = many_func;
  request->data = data;
  _kl_file_request_show (request, options);
}

void
kl_file_chooser_run (GtkWindow *parent, const KlFileChooserOptions *options,
                     KlFileChosenFunc func, gpointer data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (options != NULL && options->title != NULL);
  g_return_if_fail (options->mode != KL_FILE_CHOOSER_OPEN_MANY);
  g_return_if_fail (func != NULL);
  start (parent, options, func, NULL, data);
}

static GtkFileFilter *
ledger_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kepu Ledger files"));
  gtk_file_filter_add_pattern (filter, "*.kepu");
  return filter;
}

void
kl_file_chooser_open (GtkWindow *parent, const char *title, KlFileChosenFunc func,
                      gpointer data)
{
  g_autoptr(GtkFileFilter) filter = ledger_filter ();
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_OPEN, .title = title,
                                   .accept_label = _("_Open"), .filter = filter };

  kl_file_chooser_run (parent, &options, func, data);
}

void
kl_file_chooser_save (GtkWindow *parent, const char *title, const char *accept_label,
                      const char *suggested_name, KlFileChosenFunc func, gpointer data)
{
  g_autoptr(GtkFileFilter) filter = ledger_filter ();
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_SAVE, .title = title,
                                   .accept_label = accept_label,
                                   .initial_name = suggested_name, .filter = filter };

  kl_file_chooser_run (parent, &options, func, data);
}

void
kl_file_chooser_open_spreadsheets (GtkWindow *parent, const char *title,
                                   KlFilesChosenFunc func, gpointer data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_OPEN_MANY, .title = title,
                                   .accept_label = _("_Open"), .filter = filter };

  g_return_if_fail (func != NULL);
  gtk_file_filter_set_name (filter, _("Spreadsheets (.xlsx, .xls)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "xls");
  start (parent, &options, NULL, func, data);
}

void
kl_file_chooser_select_folder (GtkWindow *parent, const char *title, KlFileChosenFunc func,
                               gpointer data)
{
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_FOLDER, .title = title,
                                   .accept_label = _("_Select") };

  kl_file_chooser_run (parent, &options, func, data);
}

static GtkFileFilter *
pattern_filter (const char *name, const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

void
kl_file_chooser_open_pattern (GtkWindow *parent, const char *title, const char *filter_name,
                              const char *pattern, KlFileChosenFunc func, gpointer data)
{
  g_autoptr(GtkFileFilter) filter = pattern_filter (filter_name, pattern);
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_OPEN, .title = title,
                                   .accept_label = _("_Open"), .filter = filter };

  kl_file_chooser_run (parent, &options, func, data);
}

void
kl_file_chooser_save_pattern (GtkWindow *parent, const char *title, const char *accept_label,
                              const char *suggested_name, const char *filter_name,
                              const char *pattern, KlFileChosenFunc func, gpointer data)
{
  g_autoptr(GtkFileFilter) filter = pattern_filter (filter_name, pattern);
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_SAVE, .title = title,
                                   .accept_label = accept_label,
                                   .initial_name = suggested_name, .filter = filter };

  kl_file_chooser_run (parent, &options, func, data);
}

void
kl_file_chooser_open_files (GtkWindow *parent, const char *title, KlFilesChosenFunc func,
                            gpointer data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_OPEN_MANY, .title = title,
                                   .accept_label = _("_Open"), .filter = filter };

  g_return_if_fail (func != NULL);
  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  start (parent, &options, NULL, func, data);
}
