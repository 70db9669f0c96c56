/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-import-dialog-private.h"
#include "import/kl-docx.h"
#include "import/kl-plan-text-parser.h"

/* Opening a plan file in the import dialog.  The file is read by the same
 * kl_plan_import_file() as the command line; the text area shows its text
 * so the person can correct it (a .docx shows the text it was read as). */

static char *
display_text (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return g_strdup ("");
  if (len >= 4 && memcmp (contents, "PK\003\004", 4) == 0)
    {
      char *text = kl_plan_docx_dup_text (contents, len, NULL);
      return text != NULL ? text : g_strdup ("");
    }
  if (g_utf8_validate (contents, (gssize) len, NULL))
    return g_steal_pointer (&contents);
  /* Chinese text not in UTF-8 is almost always GBK/GB18030. */
  return g_convert (contents, (gssize) len, "UTF-8", "GB18030", NULL, NULL, NULL);
}

void
kl_import_dialog_open_path (KlImportDialog *self, const char *path)
{
  g_autoptr(GError) error = NULL;
  KlPlanDraft *draft;
  g_autofree char *text = NULL;

  g_return_if_fail (KL_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  draft = kl_plan_import_file (path, &error);
  text = draft != NULL ? display_text (path) : NULL;
  _kl_import_dialog_show_text (self, text != NULL ? text : "");
  _kl_import_dialog_take_draft (self, draft, error);
}

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plans (.docx, .txt, .md)"));
  gtk_file_filter_add_pattern (filter, "*.docx");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_mime_type (filter, "text/plain");
  return filter;
}

static void
open_file (KlImportDialog *self, GFile *file)
{
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    kl_import_dialog_open_path (self, path);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(KlImportDialog) self = data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  open_file (self, file);
}

void
_kl_import_dialog_open (GtkWidget *widget, const char *action, GVariant *parameter)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = plan_filter ();

  gtk_file_dialog_set_title (dialog, _("Open a Plan"));
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (widget), NULL, on_dialog_done, g_object_ref (widget));
}

#else

static void
on_native_response (GtkNativeDialog *native, int response, gpointer data)
{
  g_autoptr(KlImportDialog) self = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  open_file (self, file);
  g_object_unref (native);
}

void
_kl_import_dialog_open (GtkWidget *widget, const char *action, GVariant *parameter)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (_("Open a Plan"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  g_autoptr(GtkFileFilter) filter = plan_filter ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif
