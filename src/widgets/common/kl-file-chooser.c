/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/common/kl-file-chooser.h"

/* One request to the file chooser, whatever it asks for: a ledger to open
 * or save, several spreadsheets, or a folder.  The chosen paths go to
 * one callback; a single path to the other. */

typedef enum { MODE_OPEN, MODE_SAVE, MODE_OPEN_MANY, MODE_FOLDER, MODE_OPEN_ANY } Mode;

typedef struct
{
  GtkWindow         *parent;
  Mode               mode;
  KlFileChosenFunc   func;
  KlFilesChosenFunc  many_func;
  gpointer           data;
  const char        *filter_name;   /* NULL: the mode's own filter */
  const char        *pattern;
} Request;

static Request *
request_new (GtkWindow *parent, Mode mode, gpointer data)
{
  Request *request = g_new0 (Request, 1);

  request->parent = parent ? g_object_ref (parent) : NULL;
  request->mode = mode;
  request->data = data;
  return request;
}

/* Takes @files (GFile items, or NULL when the person cancelled). */
static void
request_finish (Request *request, GListModel *files)
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

static GtkFileFilter *
make_filter (const Request *request)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  Mode mode = request->mode;

  if (request->pattern != NULL)
    {
      gtk_file_filter_set_name (filter, request->filter_name);
      gtk_file_filter_add_pattern (filter, request->pattern);
    }
  else if (mode == MODE_OPEN_ANY)
    {
      gtk_file_filter_set_name (filter, _("All files"));
      gtk_file_filter_add_pattern (filter, "*");
    }
  else if (mode == MODE_OPEN_MANY)
    {
      gtk_file_filter_set_name (filter, _("Spreadsheets (.xlsx, .xls)"));
      gtk_file_filter_add_suffix (filter, "xlsx");
      gtk_file_filter_add_suffix (filter, "xls");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Kepu Ledger files"));
      gtk_file_filter_add_pattern (filter, "*.kepu");
    }
  return filter;
}

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
  Request *request = data;
  GListModel *files = NULL;

  switch (request->mode)
    {
    case MODE_SAVE:
      files = one_file (gtk_file_dialog_save_finish (dialog, result, NULL));
      break;
    case MODE_OPEN:
      files = one_file (gtk_file_dialog_open_finish (dialog, result, NULL));
      break;
    case MODE_OPEN_MANY:
    case MODE_OPEN_ANY:
      files = gtk_file_dialog_open_multiple_finish (dialog, result, NULL);
      break;
    case MODE_FOLDER:
      files = one_file (gtk_file_dialog_select_folder_finish (dialog, result, NULL));
      break;
    }
  request_finish (request, files);
}

static void
run (Request *request, const char *title, const char *accept_label, const char *name)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = make_filter (request);
  GtkWindow *parent = request->parent;

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (request->mode != MODE_FOLDER)
    gtk_file_dialog_set_default_filter (dialog, filter);
  if (accept_label)
    gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (name)
    gtk_file_dialog_set_initial_name (dialog, name);
  switch (request->mode)
    {
    case MODE_SAVE:
      gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, request);
      break;
    case MODE_OPEN:
      gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, request);
      break;
    case MODE_OPEN_MANY:
    case MODE_OPEN_ANY:
      gtk_file_dialog_open_multiple (dialog, parent, NULL, on_dialog_done, request);
      break;
    case MODE_FOLDER:
      gtk_file_dialog_select_folder (dialog, parent, NULL, on_dialog_done, request);
      break;
    }
}

#else

static void
on_native_response (GtkNativeDialog *native, int response, Request *request)
{
  GListModel *files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
  request_finish (request, files);
  g_object_unref (native);
}

static GtkFileChooserAction
chooser_action (Mode mode)
{
  switch (mode)
    {
    case MODE_SAVE:
      return GTK_FILE_CHOOSER_ACTION_SAVE;
    case MODE_FOLDER:
      return GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;
    case MODE_OPEN:
    case MODE_OPEN_MANY:
    case MODE_OPEN_ANY:
    default:
      return GTK_FILE_CHOOSER_ACTION_OPEN;
    }
}

static void
run (Request *request, const char *title, const char *accept_label, const char *name)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, request->parent, chooser_action (request->mode),
                                 accept_label, NULL);
  g_autoptr(GtkFileFilter) filter = make_filter (request);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native),
                                        request->mode == MODE_OPEN_MANY ||
                                        request->mode == MODE_OPEN_ANY);
  if (request->mode != MODE_FOLDER)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (name)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
kl_file_chooser_open (GtkWindow *parent, const char *title, KlFileChosenFunc func,
                      gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL);
  request = request_new (parent, MODE_OPEN, data);
  request->func = func;
  run (request, title, _("_Open"), NULL);
}

void
kl_file_chooser_save (GtkWindow *parent, const char *title, const char *accept_label,
                      const char *suggested_name, KlFileChosenFunc func, gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL);
  request = request_new (parent, MODE_SAVE, data);
  request->func = func;
  run (request, title, accept_label, suggested_name);
}

void
kl_file_chooser_open_spreadsheets (GtkWindow *parent, const char *title,
                                   KlFilesChosenFunc func, gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL);
  request = request_new (parent, MODE_OPEN_MANY, data);
  request->many_func = func;
  run (request, title, _("_Open"), NULL);
}

void
kl_file_chooser_select_folder (GtkWindow *parent, const char *title, KlFileChosenFunc func,
                               gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL);
  request = request_new (parent, MODE_FOLDER, data);
  request->func = func;
  run (request, title, _("_Select"), NULL);
}

void
kl_file_chooser_open_pattern (GtkWindow *parent, const char *title, const char *filter_name,
                              const char *pattern, KlFileChosenFunc func, gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL && filter_name != NULL && pattern != NULL);
  request = request_new (parent, MODE_OPEN, data);
  request->func = func;
  request->filter_name = filter_name;
  request->pattern = pattern;
  run (request, title, _("_Open"), NULL);
}

void
kl_file_chooser_save_pattern (GtkWindow *parent, const char *title, const char *accept_label,
                              const char *suggested_name, const char *filter_name,
                              const char *pattern, KlFileChosenFunc func, gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL && filter_name != NULL && pattern != NULL);
  request = request_new (parent, MODE_SAVE, data);
  request->func = func;
  request->filter_name = filter_name;
  request->pattern = pattern;
  run (request, title, accept_label, suggested_name);
}

void
kl_file_chooser_open_files (GtkWindow *parent, const char *title, KlFilesChosenFunc func,
                            gpointer data)
{
  Request *request;

  g_return_if_fail (func != NULL);
  request = request_new (parent, MODE_OPEN_ANY, data);
  request->many_func = func;
  run (request, title, _("_Open"), NULL);
}
