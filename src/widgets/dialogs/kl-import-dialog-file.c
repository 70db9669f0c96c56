/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "widgets/dialogs/kl-import-dialog-private.h"
#include "widgets/common/kl-file-chooser.h"
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
on_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  kl_import_dialog_open_path (KL_IMPORT_DIALOG (parent), path);
}

void
_kl_import_dialog_open (GtkWidget *widget, const char *action, GVariant *parameter)
{
  g_autoptr(GtkFileFilter) filter = plan_filter ();
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_OPEN, .title = _("Open a Plan"),
                                   .accept_label = _("_Open"), .filter = filter };

  kl_file_chooser_run (GTK_WINDOW (widget), &options, on_chosen, NULL);
}
