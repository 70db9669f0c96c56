/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kl-app-test.h"
#include "widgets/common/kl-file-chooser.h"

/* kl-file-chooser.h end to end: the dialog a person sees (title, folder,
 * offered name, filter), the answer given in it, the path(s) the caller
 * gets.  Built against GTK 4.10+ this runs the GtkFileDialog path
 * (kl-file-dialog.c); on GTK 4.8 the GtkFileChooserNative one.  Without a
 * portal both show GTK's own GtkFileChooserDialog, which the test answers. */

typedef struct
{
  GtkWidget *parent;
  char      *folder;
  GPtrArray *paths;     /* what the callback got */
  GtkWindow *called_with;
  guint      calls;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->folder = g_dir_make_tmp ("kl-chooser-XXXXXX", &error);
  g_assert_no_error (error);
  f->paths = g_ptr_array_new_with_free_func (g_free);
  f->parent = kl_grid_test_window (gtk_label_new ("parent"), NULL);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_remove (path);
    }
  g_rmdir (folder);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->parent);
  remove_folder (f->folder);
  g_free (f->folder);
  g_ptr_array_unref (f->paths);
}

static char *
touch (Fixture *f, const char *name)
{
  char *path = g_build_filename (f->folder, name, NULL);

  g_assert_true (g_file_set_contents (path, "x", 1, NULL));
  return path;
}

static void
on_chosen (GtkWindow *parent, const char *path, gpointer data)
{
  Fixture *f = data;

  f->calls++;
  f->called_with = parent;
  g_ptr_array_add (f->paths, g_strdup (path));
}

static void
on_many_chosen (GtkWindow *parent, GPtrArray *paths, gpointer data)
{
  Fixture *f = data;

  f->calls++;
  f->called_with = parent;
  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (f->paths, g_strdup (g_ptr_array_index (paths, i)));
}

static gboolean
was_called (gpointer data)
{
  return ((Fixture *) data)->calls > 0;
}

/* The file chooser dialog shown for @f's parent: modal, with @title. */
static GtkFileChooser *
wait_for_dialog (Fixture *f, const char *title)
{
  GtkWindow *dialog = NULL;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = kl_app_test_find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (f->parent));
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->parent));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, title);
  kl_grid_test_pump_for (100);
  return GTK_FILE_CHOOSER (dialog);
}

/* The dialog's current folder is @f's folder. */
static void
assert_in_folder (Fixture *f, GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (chooser);
  g_autofree char *path = folder ? g_file_get_path (folder) : NULL;

  g_assert_cmpstr (path, ==, f->folder);
}

static void
answer (GtkFileChooser *chooser, int response)
{
  gtk_dialog_response (GTK_DIALOG (chooser), response);
}

static void
test_save (Fixture *f, gconstpointer data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (f->folder);
  g_autofree char *want = g_build_filename (f->folder, "2021年度报表.xlsx", NULL);
  KlFileChooserOptions options = { .mode = KL_FILE_CHOOSER_SAVE, .title = "导出到 Excel",
                                   .accept_label = "_Export", .initial_name = "2021年度报表.xlsx",
                                   .initial_folder = folder, .filter = filter };
  GtkFileChooser *chooser;
  GtkFileFilter *shown;

  gtk_file_filter_set_name (filter, "Excel (*.xlsx)");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  kl_file_chooser_run (GTK_WINDOW (f->parent), &options, on_chosen, f);
  chooser = wait_for_dialog (f, "导出到 Excel");
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, "2021年度报表.xlsx");
  assert_in_folder (f, chooser);
  shown = gtk_file_chooser_get_filter (chooser);
  g_assert_nonnull (shown);
  g_assert_cmpstr (gtk_file_filter_get_name (shown), ==, "Excel (*.xlsx)");
  answer (chooser, GTK_RESPONSE_ACCEPT);
  g_assert_true (kl_grid_test_pump_until (was_called, f, 5000));
  g_assert_cmpuint (f->calls, ==, 1);
  g_assert_true (f->called_with == GTK_WINDOW (f->parent));
  g_assert_cmpstr (g_ptr_array_index (f->paths, 0), ==, want);
}

static void
test_open_ledger (Fixture *f, gconstpointer data)
{
  g_autofree char *ledger = touch (f, "台账.kepu");
  g_autoptr(GFile) file = g_file_new_for_path (ledger);
  GtkFileChooser *chooser;

  kl_file_chooser_open (GTK_WINDOW (f->parent), "打开台账", on_chosen, f);
  chooser = wait_for_dialog (f, "打开台账");
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  g_assert_false (gtk_file_chooser_get_select_multiple (chooser));
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  kl_grid_test_pump_for (100);
  answer (chooser, GTK_RESPONSE_ACCEPT);
  g_assert_true (kl_grid_test_pump_until (was_called, f, 5000));
  g_assert_cmpstr (g_ptr_array_index (f->paths, 0), ==, ledger);
}

/* Several at once: the dialog allows a multiple selection and the many-paths
 * callback gets the selected spreadsheet (GTK 4 offers no call that adds
 * a second file to the selection). */
static void
test_open_spreadsheets (Fixture *f, gconstpointer data)
{
  g_autofree char *a = touch (f, "宝应县.xlsx");
  g_autofree char *b = touch (f, "江都区.xls");
  g_autoptr(GFile) folder = g_file_new_for_path (f->folder);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  GtkFileChooser *chooser;

  kl_file_chooser_open_spreadsheets (GTK_WINDOW (f->parent), "收集填报表", on_many_chosen, f);
  chooser = wait_for_dialog (f, "收集填报表");
  g_assert_true (gtk_file_chooser_get_select_multiple (chooser));
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  kl_grid_test_pump_for (200);
  g_assert_true (gtk_file_chooser_set_file (chooser, fb, NULL));
  kl_grid_test_pump_for (100);
  answer (chooser, GTK_RESPONSE_ACCEPT);
  g_assert_true (kl_grid_test_pump_until (was_called, f, 5000));
  g_assert_cmpuint (f->calls, ==, 1);
  g_assert_true (f->called_with == GTK_WINDOW (f->parent));
  g_assert_cmpuint (f->paths->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->paths, 0), ==, b);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  GtkFileChooser *chooser;

  kl_file_chooser_select_folder (GTK_WINDOW (f->parent), "选择文件夹", on_chosen, f);
  chooser = wait_for_dialog (f, "选择文件夹");
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==,
                   GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  answer (chooser, GTK_RESPONSE_CANCEL);
  kl_grid_test_pump_for (300);
  g_assert_cmpuint (f->calls, ==, 0);
  g_assert_null (kl_app_test_find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (f->parent)));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_message ("GTK %u.%u: the GtkFileDialog path", gtk_get_major_version (),
                  gtk_get_minor_version ());
#else
  g_test_message ("GTK %u.%u: the GtkFileChooserNative path", gtk_get_major_version (),
                  gtk_get_minor_version ());
#endif
  g_test_add ("/file-chooser/save", Fixture, NULL, fixture_set_up, test_save, fixture_tear_down);
  g_test_add ("/file-chooser/open-ledger", Fixture, NULL, fixture_set_up, test_open_ledger,
              fixture_tear_down);
  g_test_add ("/file-chooser/open-spreadsheets", Fixture, NULL, fixture_set_up,
              test_open_spreadsheets, fixture_tear_down);
  g_test_add ("/file-chooser/cancel", Fixture, NULL, fixture_set_up, test_cancel,
              fixture_tear_down);
  return g_test_run ();
}
