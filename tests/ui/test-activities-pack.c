/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-activity.h"
#include "model/kl-store-backup.h"
#include "widgets/activities/kl-activities-page.h"
#include "widgets/activities/kl-pack-dialog.h"

/* 导出台账包… on the 台账 page, as a person does it: the action, the file
 * chooser answered, the progress window until it closes; the zip read
 * by Python's zipfile (names, UTF-8 flag, bytes by SHA-256).  Then a
 * pack of 320 MB cancelled once its progress shows: no zip and no
 * temporary file left; and a period without activities: a message.  The ledger is a file, so the pack is written on
 * the worker thread with its own connection. */

typedef struct
{
  char             *dir;
  KlStore          *store;
  gint64            plan;
  KlWindow         *window;
  KlActivitiesPage *page;
  char             *photo, *sheet;
  int               finished;   /* 0 running, 1 written, 2 not */
} Fixture;

static const char rows[] =
  "2021-07-01\t宝应县\t科普中国新推广人数\t暑期科普讲座\t宝应县科技馆\t200\n"
  "2021-08-15\t高邮市\t\t科普展览进社区\t高邮市文化广场\t120\n"
  "2021-03-12\t宝应县\t\t植树节科普活动\t安宜镇\t60\n";

static char *
write_file (Fixture *f, const char *name, gsize size, guchar seed)
{
  g_autofree guchar *bytes = g_malloc (size);
  char *path = g_build_filename (f->dir, name, NULL);

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guchar) (i * 13 + seed);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, (gssize) size, NULL));
  return path;
}

static gint64
find_activity (Fixture *f, const char *title)
{
  g_autoptr(GPtrArray) list = kl_store_list_activities (f->store, f->plan, NULL, NULL);

  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (((KlActivityInfo *) list->pdata[i])->title, title))
      return ((KlActivityInfo *) list->pdata[i])->id;
  g_assert_not_reached ();
}

/* The Yangzhou ledger with three activities, saved as a file and opened. */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  KlTestLedger ledger;

  kl_test_ledger_yangzhou (&ledger);
  f->dir = kl_test_tmpdir_new ();
  f->plan = ledger.plan;
  g_assert_true (kl_store_paste_activities (ledger.store, f->plan, rows, NULL, &error));
  f->photo = write_file (f, "现场照片.jpg", 300 * 1024, 1);
  f->sheet = write_file (f, "签到表.pdf", 5000, 2);
  path = g_build_filename (f->dir, "台账.kepu", NULL);
  g_assert_true (kl_store_backup (ledger.store, path, &error));
  g_assert_no_error (error);
  kl_test_ledger_clear (&ledger);
  f->store = kl_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kl_store_attach_file (f->store, find_activity (f, "暑期科普讲座"), f->photo,
                                       NULL, NULL, &error));
  g_assert_true (kl_store_attach_file (f->store, find_activity (f, "科普展览进社区"), f->sheet,
                                       NULL, NULL, &error));
  g_assert_no_error (error);
  f->window = kl_app_test_window (f->store);
  kl_window_set_page (f->window, "activities");
  f->page = KL_ACTIVITIES_PAGE (kl_window_get_page (f->window, "activities"));
  kl_grid_test_pump_for (50);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  g_clear_object (&f->store);
  kl_test_tmpdir_free (f->dir);
  g_free (f->photo);
  g_free (f->sheet);
}

static gboolean
has_chooser (gpointer data)
{
  return kl_app_test_find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL;
}

/* Activates 导出台账包… and answers the chooser with @name in the folder. */
static void
choose (Fixture *f, const char *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autofree char *offered = NULL;
  GtkFileChooser *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "activities.export-pack",
                                             NULL));
  g_assert_true (kl_grid_test_pump_until (has_chooser, f, 5000));
  chooser = GTK_FILE_CHOOSER (kl_app_test_find_dialog (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  offered = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_prefix (offered, "2021年度扬州市科普工作要点"));
  g_assert_true (g_str_has_suffix (offered, ".zip"));
  kl_grid_test_pump_for (100);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, name);
  kl_grid_test_pump_for (100);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
on_finished (KlPackDialog *dialog, gboolean ok, Fixture *f)
{
  f->finished = ok ? 1 : 2;
}

static gboolean
has_pack_dialog (gpointer data)
{
  Fixture *f = data;
  GtkWindow *dialog = kl_app_test_find_dialog (KL_TYPE_PACK_DIALOG, NULL);

  if (dialog != NULL && !g_object_get_data (G_OBJECT (dialog), "test"))
    {
      g_object_set_data (G_OBJECT (dialog), "test", f);
      g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), f);
    }
  return dialog != NULL || f->finished != 0;
}

static gboolean
is_finished (gpointer data)
{
  return ((Fixture *) data)->finished != 0 &&
         kl_app_test_find_dialog (KL_TYPE_PACK_DIALOG, NULL) == NULL;
}

/* Each entry of the zip as "name sha256 utf8-flag", sorted. */
static char *
read_zip (const char *path)
{
  const char *script =
    "import hashlib, sys, zipfile\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "for i in sorted(z.infolist(), key=lambda i: i.filename):\n"
    "    print(i.filename, hashlib.sha256(z.read(i)).hexdigest(), i.flag_bits >> 11 & 1)\n";
  char *argv[] = { "/usr/bin/python3", "-c", (char *) script, (char *) path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
sha_of (const char *path)
{
  g_autofree char *bytes = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (path, &bytes, &size, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) bytes, size);
}

static void
test_write (Fixture *f, gconstpointer data)
{
  g_autofree char *zip = g_build_filename (f->dir, "台账资料.zip", NULL);
  g_autofree char *listing = NULL, *photo_sha = sha_of (f->photo), *sheet_sha = sha_of (f->sheet);
  g_autofree char *photo_line = NULL, *sheet_line = NULL;
  g_auto(GStrv) lines = NULL;

  /* 2021-Q3: the lecture and the exhibition, not the March activity. */
  kl_activities_page_set_filter (f->page, "2021-Q3", 0, NULL);
  choose (f, "台账资料");
  g_assert_true (kl_grid_test_pump_until (has_pack_dialog, f, 5000));
  g_assert_true (kl_grid_test_pump_until (is_finished, f, 20000));
  g_assert_cmpint (f->finished, ==, 1);
  listing = read_zip (zip);
  photo_line = g_strdup_printf ("科普中国新推广人数/宝应县/2021-07-01-暑期科普讲座/现场照片.jpg %s 1\n",
                                photo_sha);
  sheet_line = g_strdup_printf ("未关联指标/高邮市/2021-08-15-科普展览进社区/签到表.pdf %s 1\n",
                                sheet_sha);
  g_assert_nonnull (strstr (listing, photo_line));
  g_assert_nonnull (strstr (listing, sheet_line));
  g_assert_nonnull (strstr (listing, "台账目录.pdf "));
  g_assert_nonnull (strstr (listing, "台账目录.xlsx "));
  g_assert_null (strstr (listing, "植树节"));
  lines = g_strsplit (listing, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4 + 1);
}

/* 40 activities sharing one 8 MB attachment: 320 MB to write. */
static void
make_big (Fixture *f)
{
  g_autoptr(GString) more = g_string_new (NULL);
  g_autofree char *big = write_file (f, "录像.mp4", 8 * 1024 * 1024, 3);
  g_autoptr(GError) error = NULL;
  char *message = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (more, "2021-09-%02u\t江都区\t\t第%u场讲座\t礼堂\t50\n", 1 + i % 28, i);
  g_assert_true (kl_store_paste_activities (f->store, f->plan, more->str, NULL, &error));
  g_assert_true (kl_store_attach_file (f->store, find_activity (f, "第0场讲座"), big, NULL, NULL,
                                       &error));
  g_assert_no_error (error);
  sqlite3_exec (kl_store_get_db (f->store),
                "INSERT INTO attachment (uuid, activity_id, position, file_name, mime, size,"
                " sha256, added_at) SELECT lower(hex(randomblob(16))), a.id, 0, t.file_name,"
                " t.mime, t.size, t.sha256, t.added_at FROM activity a, attachment t"
                " WHERE a.title LIKE '第%场讲座' AND a.title <> '第0场讲座'"
                " AND t.file_name = '录像.mp4'", NULL, NULL, &message);
  g_assert_null (message);
  g_remove (big);
}

static GtkWidget *
find_child (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_progress (gpointer data)
{
  GtkWindow *dialog = kl_app_test_find_dialog (KL_TYPE_PACK_DIALOG, NULL);
  GtkWidget *bar = dialog ? find_child (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR) : NULL;

  return bar == NULL || gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)) > 0;
}

/* Only the ledger and its WAL files remain in the folder. */
static void
assert_no_pack (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "台账.kepu") && !g_str_equal (name, "现场照片.jpg") &&
        !g_str_equal (name, "签到表.pdf"))
      g_error ("left in the folder: %s", name);
}

static void
test_cancel (Fixture *f, gconstpointer data)
{
  GtkWindow *dialog;

  make_big (f);
  choose (f, "大台账.zip");
  g_assert_true (kl_grid_test_pump_until (has_pack_dialog, f, 5000));
  g_assert_true (kl_grid_test_pump_until (shows_progress, f, 10000));
  dialog = kl_app_test_find_dialog (KL_TYPE_PACK_DIALOG, NULL);
  g_assert_nonnull (dialog);   /* still writing: 320 MB */
  g_assert_true (kl_pack_dialog_is_running (KL_PACK_DIALOG (dialog)));
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  g_assert_true (kl_grid_test_pump_until (is_finished, f, 20000));
  g_assert_cmpint (f->finished, ==, 2);
  assert_no_pack (f);
  /* No message: a cancel is not an error. */
  g_assert_null (kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL));
}

static gboolean
has_message (gpointer data)
{
  return kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL) != NULL;
}

/* Nothing in 2021-Q4: the message says so, over the window, and no zip. */
static void
test_nothing_to_pack (Fixture *f, gconstpointer data)
{
  g_autofree char *zip = g_build_filename (f->dir, "空.zip", NULL);
  g_autofree char *text = NULL;
  GtkWindow *message;

  kl_activities_page_set_filter (f->page, "2021-Q4", 0, NULL);
  choose (f, "空.zip");
  g_assert_true (kl_grid_test_pump_until (has_pack_dialog, f, 5000));
  g_assert_true (kl_grid_test_pump_until (is_finished, f, 20000));
  g_assert_cmpint (f->finished, ==, 2);
  g_assert_true (kl_grid_test_pump_until (has_message, f, 3000));
  message = kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (f->window));
  g_object_get (message, "secondary-text", &text, NULL);
  g_assert_nonnull (strstr (text, "no activities"));
  gtk_window_destroy (message);
  g_assert_false (g_file_test (zip, G_FILE_TEST_EXISTS));
  assert_no_pack (f);
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/activities-pack/write", test_write);
  ADD ("/activities-pack/cancel", test_cancel);
  ADD ("/activities-pack/nothing-to-pack", test_nothing_to_pack);
  return g_test_run ();
}
