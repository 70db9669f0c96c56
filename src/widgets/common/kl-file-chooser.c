/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "widgets/common/kl-file-chooser.h"

typedef struct
{
  GtkWindow        *parent;
  KlFileChosenFunc  func;
  gpointer          data;
} Request;

static Request *
request_new (GtkWindow *parent, KlFileChosenFunc func, gpointer data)
{
  Request *request = g_new0 (Request, 1);

  request->parent = parent ? g_object_ref (parent) : NULL;
  request->func = func;
  request->data = data;
  return request;
}

static void
request_finish (Request *request, GFile *file)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (path != NULL)
    request->func (request->parent, path, request->data);
  g_clear_object (&request->parent);
  g_free (request);
}

static GtkFileFilter *
ledger_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Kepu Ledger files"));
  gtk_file_filter_add_pattern (filter, "*.kepu");
  return filter;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject *source, GAsyncResult *result, gpointer data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  Request *request = data;
  g_autoptr(GFile) file = NULL;

  if (g_object_get_data (source, "kl-save"))
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  request_finish (request, file);
}

static void
run (GtkWindow *parent, const char *title, const char *accept_label, const char *name,
     gboolean save, KlFileChosenFunc func, gpointer data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = ledger_filter ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_default_filter (dialog, filter);
  if (accept_label)
    gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (name)
    gtk_file_dialog_set_initial_name (dialog, name);
  g_object_set_data (G_OBJECT (dialog), "kl-save", GINT_TO_POINTER (save));
  if (save)
    gtk_file_dialog_save (dialog, parent, NULL, on_dialog_done, request_new (parent, func, data));
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_dialog_done, request_new (parent, func, data));
}

#else

static void
on_native_response (GtkNativeDialog *native, int response, Request *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  request_finish (request, file);
  g_object_unref (native);
}

static void
run (GtkWindow *parent, const char *title, const char *accept_label, const char *name,
     gboolean save, KlFileChosenFunc func, gpointer data)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, parent,
                                 save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                 accept_label, NULL);
  g_autoptr(GtkFileFilter) filter = ledger_filter ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (name)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response),
                    request_new (parent, func, data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
kl_file_chooser_open (GtkWindow *parent, const char *title, KlFileChosenFunc func,
                      gpointer data)
{
  g_return_if_fail (func != NULL);
  run (parent, title, _("_Open"), NULL, FALSE, func, data);
}

void
kl_file_chooser_save (GtkWindow *parent, const char *title, const char *accept_label,
                      const char *suggested_name, KlFileChosenFunc func, gpointer data)
{
  g_return_if_fail (func != NULL);
  run (parent, title, accept_label, suggested_name, TRUE, func, data);
}
