/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kl-grid-test.h"
#include "kl-test-support.h"
#include "model/kl-plan.h"
#include "model/kl-section.h"
#include "widgets/dialogs/kl-import-dialog.h"

/* The import dialog: the Changzhou sample pasted through the clipboard
 * into the text area, its preview (counts, rows), a level changed and
 * changed back, then imported as one undo step. */

typedef struct
{
  KlStore        *store;
  KlImportDialog *dialog;
  gint64          plan_id;
} Fixture;

static gboolean
has_draft (gpointer data)
{
  return kl_import_dialog_get_draft (data) != NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
on_imported (KlImportDialog *dialog, gint64 plan_id, Fixture *f)
{
  f->plan_id = plan_id;
}

static guint
count_rows (KlImportDialog *dialog)
{
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                KL_TYPE_IMPORT_DIALOG, "preview_list"));
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
paste (KlImportDialog *dialog, const char *text)
{
  GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                KL_TYPE_IMPORT_DIALOG, "text_view"));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (view), text);
  gtk_widget_grab_focus (view);
  g_signal_emit_by_name (view, "paste-clipboard");
  g_assert_true (kl_grid_test_pump_until (has_draft, dialog, 10000));
}

static void
check_preview (KlImportDialog *dialog)
{
  const KlPlanDraft *d = kl_import_dialog_get_draft (dialog);
  GtkLabel *summary = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                KL_TYPE_IMPORT_DIALOG, "summary_label"));

  g_assert_cmpuint (d->sections->len, ==, 4);
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 23);
  g_assert_cmpuint (count_rows (dialog), ==, 23);
  g_assert_true (g_str_has_prefix (kl_import_dialog_get_summary (dialog), "4 parts · 23 sections · "));
  g_assert_cmpstr (gtk_label_get_text (summary), ==, kl_import_dialog_get_summary (dialog));
}

static void
change_levels (KlImportDialog *dialog)
{
  const KlPlanDraft *d = kl_import_dialog_get_draft (dialog);
  KlDraftSection *part = g_ptr_array_index (d->sections, 0);
  guint tasks = part->children->len;

  /* Row 2 is the part's second task: under the first task, and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.indent", "u", 2));
  g_assert_cmpuint (part->children->len, ==, tasks - 1);
  g_assert_cmpuint (((KlDraftSection *) g_ptr_array_index (part->children, 0))->children->len, ==, 1);
  g_assert_cmpuint (count_rows (dialog), ==, 23);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.outdent", "u", 2));
  g_assert_cmpuint (part->children->len, ==, tasks);
  /* The first part cannot go down a level: nothing above it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.indent", "u", 0));
  g_assert_cmpuint (d->sections->len, ==, 4);
}

static void
check_ledger (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = kl_store_list_sections (f->store, f->plan_id, &error);
  g_autoptr(GPtrArray) plans = NULL;
  guint parts = 0, tasks = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    {
      KlSectionInfo *s = g_ptr_array_index (sections, i);
      parts += s->depth == 1;
      tasks += s->depth == 2;
    }
  g_assert_cmpuint (parts, ==, 4);
  g_assert_cmpuint (tasks, ==, 19);
  /* One undo step takes the whole plan away. */
  g_assert_true (kl_store_undo (f->store, &error));
  plans = kl_store_list_plans (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 0);
}

/* The preview for people to look at: $KL_SCREENSHOT_DIR/import-dialog.png. */
static void
maybe_screenshot (KlImportDialog *dialog)
{
  const char *dir = g_getenv ("KL_SCREENSHOT_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "import-dialog.png", NULL) : NULL;

  if (path == NULL)
    return;
  kl_grid_test_pump_for (200);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  kl_grid_test_save_png (GTK_WIDGET (dialog), path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_paste_and_import (void)
{
  Fixture f = { kl_test_store_new (), NULL, 0 };
  g_autofree char *path = kl_test_root_path ("tests", "data", "samples",
                                             "changzhou-2019-work-points.txt", NULL);
  g_autofree char *text = kl_test_read_file (path, NULL);
  gpointer alive;

  f.dialog = kl_import_dialog_new (NULL, f.store);
  g_signal_connect (f.dialog, "imported", G_CALLBACK (on_imported), &f);
  gtk_window_present (GTK_WINDOW (f.dialog));
  kl_grid_test_pump_for (50);
  paste (f.dialog, text);
  check_preview (f.dialog);
  maybe_screenshot (f.dialog);
  change_levels (f.dialog);
  alive = f.dialog;
  g_object_add_weak_pointer (G_OBJECT (f.dialog), &alive);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.dialog), "import.commit", NULL));
  g_assert_true (kl_grid_test_pump_until (is_gone, &alive, 5000));
  g_assert_cmpint (f.plan_id, >, 0);
  check_ledger (&f);
  g_object_unref (f.store);
}

/* Text that is no plan: the reason shows, and nothing can be imported. */
static void
test_not_a_plan (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  KlImportDialog *dialog = kl_import_dialog_new (NULL, store);

  gtk_window_present (GTK_WINDOW (dialog));
  kl_import_dialog_set_text (dialog, "这只是一段话，没有编号的章节。");
  g_assert_null (kl_import_dialog_get_draft (dialog));
  g_assert_cmpstr (kl_import_dialog_get_summary (dialog), !=, "");
  g_assert_cmpuint (count_rows (dialog), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (dialog), KL_TYPE_IMPORT_DIALOG, "import_button"))));
  kl_grid_test_window_close (GTK_WIDGET (dialog));
}

/* A text numbered only 一是、二是: its points are the tasks, and the
 * summary says where the structure came from. */
static void
test_points_note (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  KlImportDialog *dialog = kl_import_dialog_new (NULL, store);

  gtk_window_present (GTK_WINDOW (dialog));
  kl_import_dialog_set_text (dialog, "东湖村科普工作计划\n"
                                     "一是开办农民夜校12期；二是组织科普赶集4场；三是评选科普示范户8户。\n");
  g_assert_nonnull (kl_import_dialog_get_draft (dialog));
  g_assert_cmpuint (count_rows (dialog), ==, 3);
  g_assert_nonnull (strstr (kl_import_dialog_get_summary (dialog), "一是、二是"));
  kl_grid_test_window_close (GTK_WIDGET (dialog));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add_func ("/import-dialog/paste-and-import", test_paste_and_import);
  g_test_add_func ("/import-dialog/not-a-plan", test_not_a_plan);
  g_test_add_func ("/import-dialog/points-note", test_points_note);
  return g_test_run ();
}
