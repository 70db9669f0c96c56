/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-activity.h"
#include "model/kl-unit.h"
#include "widgets/activities/kl-activities-page.h"

/* The 台账 page in the main window: activities listed and filtered,
 * rows pasted from a spreadsheet as one undo step, a photo attached and
 * shown as a thumbnail. */

typedef struct
{
  KlTestLedger      ledger;   /* Yangzhou */
  KlWindow         *window;
  KlActivitiesPage *page;
  char             *dir;
} Fixture;

static const char rows[] =
  "日期\t单位\t指标\t活动名称\t地点\t数量\n"
  "2021-07-01\t宝应县\t科普中国新推广人数\t暑期科普讲座\t宝应县科技馆\t200\n"
  "2021-08-15\t高邮市\t\t科普展览进社区\t高邮市文化广场\t120\n"
  "2021-03-12\t宝应县\t\t植树节科普活动\t安宜镇\t60\n";

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  f->dir = kl_test_tmpdir_new ();
  f->window = kl_app_test_window (f->ledger.store);
  kl_window_set_page (f->window, "activities");
  f->page = KL_ACTIVITIES_PAGE (kl_window_get_page (f->window, "activities"));
  kl_grid_test_pump_for (50);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
  kl_test_tmpdir_free (f->dir);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (kl_activities_page_get_model (f->page));
}

static gboolean
shows_three (gpointer data)
{
  return n_shown (data) == 3;
}

static gboolean
shows_none (gpointer data)
{
  return n_shown (data) == 0;
}

static void
test_paste_filter_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 baoying = kl_store_find_unit (f->ledger.store, "宝应县", NULL);

  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_true (kl_activities_page_paste_text (f->page, rows));
  g_assert_true (kl_grid_test_pump_until (shows_three, f, 3000));
  kl_activities_page_set_filter (f->page, "2021-Q3", 0, NULL);
  g_assert_cmpuint (n_shown (f), ==, 2);
  kl_activities_page_set_filter (f->page, NULL, baoying, NULL);
  g_assert_cmpuint (n_shown (f), ==, 2);
  kl_activities_page_set_filter (f->page, NULL, 0, "展览");
  g_assert_cmpuint (n_shown (f), ==, 1);
  kl_activities_page_set_filter (f->page, NULL, 0, NULL);
  g_assert_cmpuint (n_shown (f), ==, 3);
  /* The paste was one step. */
  g_assert_true (kl_store_undo (f->ledger.store, &error));
  g_assert_no_error (error);
  g_assert_true (kl_grid_test_pump_until (shows_none, f, 3000));
}

static gboolean
has_thumbnail (gpointer data)
{
  Fixture *f = data;
  GtkWidget *files = kl_activities_page_get_files (f->page);
  GtkWidget *child = gtk_widget_get_first_child (files);

  for (GtkWidget *w = child; w != NULL; w = gtk_widget_get_first_child (w))
    if (GTK_IS_PICTURE (w))
      return gtk_picture_get_paintable (GTK_PICTURE (w)) != NULL;
  return FALSE;
}

static void
test_attach_thumbnail (Fixture *f, gconstpointer data)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 640, 480);
  g_autofree char *photo = g_build_filename (f->dir, "现场照片.png", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  gdk_pixbuf_fill (pixbuf, 0x3584e4ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, photo, "png", &error, NULL));
  g_assert_true (kl_activities_page_paste_text (f->page, rows));
  g_assert_true (kl_grid_test_pump_until (shows_three, f, 3000));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kl_activities_page_get_model (f->page)),
                                     GTK_INVALID_LIST_POSITION);
  g_assert_false (kl_activities_page_attach (f->page, paths));   /* nothing selected */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (kl_activities_page_get_model (f->page)), 0);
  id = kl_activities_page_get_selected (f->page);
  g_assert_cmpint (id, !=, 0);
  g_ptr_array_add (paths, photo);
  g_assert_true (kl_activities_page_attach (f->page, paths));
  g_assert_true (kl_grid_test_pump_until (has_thumbnail, f, 3000));
  stored = kl_store_list_attachments (f->ledger.store, 0, id, &error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (((KlAttachmentInfo *) stored->pdata[0])->file_name, ==, "现场照片.png");
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Attach files");
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/activities/paste-filter-undo", test_paste_filter_undo);
  ADD ("/activities/attach-thumbnail", test_attach_thumbnail);
  return g_test_run ();
}
