/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-grid-test.h"
#include "kl-test-support.h"

#include <string.h>
#include <sys/wait.h>
#include "export/kl-export.h"
#include "import/kl-collect.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"
#include "widgets/dialogs/kl-collect-dialog.h"

/* The collection dialog: three templates exported by the app and filled
 * by openpyxl (one of them with "约200" in a figure cell) are added as the
 * file chooser adds them, checked with the bar moving, shown one row each
 * (the bad one refused with its cell named), stored with the dialog's
 * button as one undo step, and the same files again change nothing. */

#define PEOPLE "科普中国新推广人数"

typedef struct
{
  KlTestLedger     ledger;
  char            *dir;
  GPtrArray       *paths;
  KlCollectDialog *dialog;
  guint            collected;
  gboolean         collected_seen;
} Fixture;

static char *
export_template (Fixture *f, const char *unit)
{
  KlExportOptions options;
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/%s.xlsx", f->dir, unit);

  kl_export_options_init (&options);
  options.plan_id = f->ledger.plan;
  options.reports = KL_REPORT_TEMPLATE;
  options.has_period = TRUE;
  g_assert_true (kl_period_parse ("2021-Q2", &options.period, NULL));
  options.unit_id = kl_store_find_unit (f->ledger.store, unit, &error);
  g_assert_no_error (error);
  g_assert_true (kl_export_xlsx (f->ledger.store, &options, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Fills @unit's template with openpyxl; FALSE when openpyxl is missing. */
static gboolean
fill (Fixture *f, const char *unit, const char *figure)
{
  g_autofree char *in = export_template (f, unit);
  g_autofree char *out = g_strdup_printf ("%s/%s-填好.xlsx", f->dir, unit);
  g_autofree char *script = kl_test_source_path ("cli", "templatefill.py", NULL);
  g_autofree char *values = g_strdup_printf ("{\"%s|%s\": [%s, \"线上\"]}", PEOPLE, unit, figure);
  const char *argv[] = { "/usr/bin/python3", script, in, out, values, NULL };
  g_autofree char *err = NULL;
  int status = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (g_spawn_check_wait_status (status, NULL) == FALSE && WIFEXITED (status) &&
      WEXITSTATUS (status) == 77)
    return FALSE;
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_ptr_array_add (f->paths, g_steal_pointer (&out));
  return TRUE;
}

static void
on_collected (KlCollectDialog *dialog, guint n, Fixture *f)
{
  f->collected = n;
  f->collected_seen = TRUE;
}

static gboolean
is_idle (gpointer data)
{
  return !kl_collect_dialog_is_busy (data);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
open_dialog (Fixture *f)
{
  f->dialog = kl_collect_dialog_new (NULL, f->ledger.store);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_signal_connect (f->dialog, "collected", G_CALLBACK (on_collected), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (kl_grid_test_pump_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped,
                                          f->dialog, 5000));
  kl_collect_dialog_add_paths (f->dialog, f->paths);
  g_assert_true (kl_collect_dialog_is_busy (f->dialog));
  g_assert_true (kl_grid_test_pump_until (is_idle, f->dialog, 20000));
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  f->dir = kl_test_tmpdir_new ();
  f->paths = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->dialog != NULL)
    kl_grid_test_window_close (GTK_WIDGET (f->dialog));
  g_ptr_array_unref (f->paths);
  kl_test_tmpdir_free (f->dir);
  kl_test_ledger_clear (&f->ledger);
}

/* The figure stored for @unit in 2021-Q2, or -1. */
static double
figure_of (Fixture *f, const char *unit)
{
  KlPeriod period;
  gint64 unit_id = kl_store_find_unit (f->ledger.store, unit, NULL);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (kl_period_parse ("2021-Q2", &period, NULL));
  list = kl_store_list_progress (f->ledger.store, f->ledger.plan, &period, NULL);
  g_assert_nonnull (list);
  for (guint i = 0; i < list->len; i++)
    {
      const KlProgressEntry *e = g_ptr_array_index (list, i);
      if (e->unit_id == unit_id && e->value.kind == KL_CELL_NUMBER)
        return e->value.parts[0];
    }
  return -1;
}

static GtkWidget *
template_child (KlCollectDialog *dialog, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), KL_TYPE_COLLECT_DIALOG,
                                                    name));
}

/* Every label's text under @widget, one per line. */
static void
collect_text (GtkWidget *widget, GString *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, out);
}

static void
test_preview_and_store (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  GtkWidget *list;
  guint rows = 0;

  if (!fill (f, "宝应县", "180") || !fill (f, "高邮市", "95") || !fill (f, "江都区", "\"约200\""))
    {
      g_test_skip ("openpyxl is missing");
      return;
    }
  open_dialog (f);
  list = template_child (f->dialog, "file_list");
  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    rows++;
  g_assert_cmpuint (rows, ==, 3);
  collect_text (list, shown);
  g_assert_nonnull (strstr (shown->str, "江都区-填好.xlsx"));
  g_assert_nonnull (strstr (shown->str, "约200"));
  g_test_message ("%s", shown->str);
  g_assert_nonnull (strstr (shown->str, "高邮市 · "));
  g_assert_cmpstr (kl_collect_dialog_get_status (f->dialog), ==,
                   "3 files: 2 to store, 1 refused, 0 to confirm, 0 imported before");

  g_assert_cmpfloat (figure_of (f, "宝应县"), ==, -1);

  /* The coordinator clicks 存入: one undo step, the bad file stores nothing. */
  g_signal_emit_by_name (template_child (f->dialog, "store_button"), "clicked");
  g_assert_true (kl_grid_test_pump_until (is_gone, &f->dialog, 5000));
  g_assert_true (f->collected_seen);
  g_assert_cmpuint (f->collected, ==, 2);
  g_assert_cmpfloat (figure_of (f, "宝应县"), ==, 180);
  g_assert_cmpfloat (figure_of (f, "高邮市"), ==, 95);
  g_assert_cmpfloat (figure_of (f, "江都区"), ==, -1);
  g_assert_true (kl_store_undo (f->ledger.store, NULL));
  g_assert_cmpfloat (figure_of (f, "宝应县"), ==, -1);
  g_assert_cmpfloat (figure_of (f, "高邮市"), ==, -1);
  g_assert_true (kl_store_redo (f->ledger.store, NULL));
  g_assert_cmpfloat (figure_of (f, "高邮市"), ==, 95);

  /* The same files again: the good ones were imported before. */
  open_dialog (f);
  g_assert_cmpstr (kl_collect_dialog_get_status (f->dialog), ==,
                   "3 files: 0 to store, 1 refused, 0 to confirm, 2 imported before");
}

/* Two files for one unit and period: the newer is proposed; ticking the
 * older one makes it the one stored. */
static void
test_conflict (Fixture *f, gconstpointer data)
{
  GPtrArray *files;
  KlCollectFile *older = NULL;
  GtkWidget *list;

  if (!fill (f, "宝应县", "180"))
    {
      g_test_skip ("openpyxl is missing");
      return;
    }
  /* A second, later copy with another figure. */
  g_usleep (1100 * 1000);
  {
    g_autofree char *out = g_strdup_printf ("%s/宝应县-改.xlsx", f->dir);
    g_autofree char *in = g_strdup (g_ptr_array_index (f->paths, 0));
    g_autofree char *script = kl_test_source_path ("cli", "templatefill.py", NULL);
    const char *argv[] = { "/usr/bin/python3", script, in, out,
                           "{\"" PEOPLE "|宝应县\": [210, \"\"]}", NULL };
    int status = 0;
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, NULL, NULL,
                                 &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_ptr_array_add (f->paths, g_steal_pointer (&out));
  }
  open_dialog (f);
  files = kl_collect_dialog_get_files (f->dialog);
  for (guint i = 0; i < files->len; i++)
    if (((KlCollectFile *) g_ptr_array_index (files, i))->superseded_by != NULL)
      older = g_ptr_array_index (files, i);
  g_assert_nonnull (older);
  g_assert_cmpstr (older->file_name, ==, "宝应县-填好.xlsx");
  g_assert_cmpstr (kl_collect_dialog_get_status (f->dialog), ==,
                   "2 files: 1 to store, 0 refused, 0 to confirm, 0 imported before");

  /* Tick the older file's box, as a click would. */
  list = template_child (f->dialog, "file_list");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          break;
        }
    }
  g_assert_null (older->superseded_by);
  g_signal_emit_by_name (template_child (f->dialog, "store_button"), "clicked");
  g_assert_true (kl_grid_test_pump_until (is_gone, &f->dialog, 5000));
  g_assert_cmpfloat (figure_of (f, "宝应县"), ==, 180);
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
  g_test_add ("/ui/collect-dialog/preview-and-store", Fixture, NULL, fixture_set_up,
              test_preview_and_store, fixture_tear_down);
  g_test_add ("/ui/collect-dialog/conflict", Fixture, NULL, fixture_set_up,
              test_conflict, fixture_tear_down);
  return g_test_run ();
}
