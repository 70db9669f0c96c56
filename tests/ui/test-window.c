/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-section-detail.h"
#include "widgets/app/kl-settings.h"

/* The main window: pages and the page contract, undo/redo buttons,
 * remembered size and page, the plan switcher, closing mid-edit. */

typedef struct
{
  KlTestLedger    ledger;
  KlWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_small (&f->ledger);
  f->window = kl_app_test_window (f->ledger.store);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  if (f->window)
    kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}

static GtkWidget *
window_child (KlWindow *window, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), KL_TYPE_WINDOW, name));
}

static void
test_pages (Fixture *f, gconstpointer data)
{
  static const char *const names[] = { "plan", "quota", "progress", "charts", "units" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *page = kl_window_get_page (f->window, names[i]);
      GObjectClass *klass;

      g_assert_nonnull (page);
      klass = G_OBJECT_GET_CLASS (page);
      /* A page not built yet says so (icon, title, words), never a blank. */
      if (GTK_IS_BOX (page))
        {
          g_assert_true (gtk_widget_has_css_class (page, "kl-empty-state"));
          g_assert_true (GTK_IS_IMAGE (gtk_widget_get_first_child (page)));
        }
      /* The page contract: the window hands every page the ledger and plan. */
      if (g_object_class_find_property (klass, "store"))
        {
          g_autoptr(KlStore) store = NULL;
          g_object_get (page, "store", &store, NULL);
          g_assert_true (store == f->ledger.store);
        }
      if (g_object_class_find_property (klass, "plan-id"))
        {
          gint64 plan_id = 0;
          g_object_get (page, "plan-id", &plan_id, NULL);
          g_assert_cmpint (plan_id, ==, f->ledger.plan);
        }
      kl_window_set_page (f->window, names[i]);
      kl_grid_test_pump_for (20);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "units"));
  g_assert_true (gtk_widget_get_mapped (kl_window_get_page (f->window, "units")));
}

static void
test_undo_buttons (Fixture *f, gconstpointer data)
{
  GtkWidget *undo = window_child (f->window, "undo_button");
  GtkWidget *redo = window_child (f->window, "redo_button");
  g_autoptr(GError) error = NULL;

  /* The ledger was built by actions: the last one was adding a unit. */
  g_assert_true (gtk_widget_get_sensitive (undo));
  g_assert_false (gtk_widget_get_sensitive (redo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Undo “Add unit” (Ctrl+Z)");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo), ==, "Nothing to redo");
  g_assert_true (kl_store_delete_section (f->ledger.store, f->ledger.two, &error));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Undo “Delete section” (Ctrl+Z)");
  g_signal_emit_by_name (undo, "clicked");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二|二、乙");
  g_assert_true (gtk_widget_get_sensitive (redo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (redo), ==, "Redo “Delete section” (Ctrl+Shift+Z)");
  g_signal_emit_by_name (redo, "clicked");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二");
  while (kl_store_can_undo (f->ledger.store))
    g_signal_emit_by_name (undo, "clicked");
  g_assert_false (gtk_widget_get_sensitive (undo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Nothing to undo");
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing waits for GTK 4.8's focus timer (see kl-window.c). */
static void
close_window (Fixture *f)
{
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_true (kl_grid_test_pump_until (is_gone, &f->window, 3000));
}

static void
test_remembers (Fixture *f, gconstpointer data)
{
  g_autoptr(GSettings) settings = kl_settings_new ();

  g_assert_nonnull (settings);
  /* The person took the window out of maximized last time, so it opens
   * unmaximized.  (Without that, the first start's maximize request stays
   * the window's state on GTK 4.18 when no window manager answers it, as
   * under Xvfb, and a maximized window stores no size; GTK 4.8 drops it.) */
  close_window (f);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  f->window = kl_app_test_window (f->ledger.store);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (f->window)));
  kl_window_set_page (f->window, "units");
  g_assert_cmpstr (g_settings_get_string (settings, "last-page"), ==, "units");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1111, 777);
  close_window (f);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 777);
  f->window = kl_app_test_window (f->ledger.store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (window_child (f->window, "stack"))),
                   ==, "units");
  g_settings_set_string (settings, "last-page", "plan");
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
show_window (Fixture *f)
{
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (kl_grid_test_pump_until (is_mapped, f->window, 5000));
}

static void
screen_size (int *width, int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle area;

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &area);
  *width = area.width;
  *height = area.height;
}

/* A window nobody resized yet opens sized to the screen (the test's X
 * server has no panels: its work area is the whole screen), and closing
 * it stores no size, so it keeps following the screen. */
static void
test_sized_to_screen (Fixture *f, gconstpointer data)
{
  g_autoptr(GSettings) settings = kl_settings_new ();
  int width, height, screen_width, screen_height;

  close_window (f);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  f->window = kl_window_new (NULL, f->ledger.store);
  screen_size (&screen_width, &screen_height);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, screen_width);
  g_assert_cmpint (height, ==, screen_height);
  show_window (f);
  close_window (f);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 0);
  /* A size chosen on a bigger screen shrinks to this one. */
  g_settings_set_int (settings, "window-width", screen_width + 500);
  g_settings_set_int (settings, "window-height", 700);
  f->window = kl_window_new (NULL, f->ledger.store);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, screen_width);
  g_assert_cmpint (height, ==, 700);
  show_window (f);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_close_while_typing (Fixture *f, gconstpointer data)
{
  KlPlanPage *page = KL_PLAN_PAGE (kl_window_get_page (f->window, "plan"));
  GObject *detail = gtk_widget_get_template_child (GTK_WIDGET (page), KL_TYPE_PLAN_PAGE, "detail");
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (detail), KL_TYPE_SECTION_DETAIL, "title");

  g_assert_true (kl_plan_tree_select (kl_plan_page_get_tree (page), f->ledger.a));
  gtk_widget_grab_focus (GTK_WIDGET (title));
  gtk_editable_set_text (GTK_EDITABLE (title), "关窗前打的字");
  /* Closed at once, focus still in the field: the text is kept, and the
   * window goes without a critical (the test would abort on one). */
  close_window (f);
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.关窗前打的字|  2.子二|二、乙");
}

static void
test_plan_switcher (Fixture *f, gconstpointer data)
{
  GtkDropDown *switcher = GTK_DROP_DOWN (window_child (f->window, "plan_switcher"));
  KlPlanTree *tree = kl_app_test_tree (f->window);
  gint64 other = kl_test_add_plan (f->ledger.store, "另一个计划", KL_NUMBERING_RESTART);

  kl_test_add_section (f->ledger.store, other, 0, 1, "丙");
  kl_grid_test_pump_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (switcher)), ==, 2);
  /* Still on the plan shown; the other one a click away. */
  g_assert_cmpint (kl_window_get_plan_id (f->window), ==, f->ledger.plan);
  gtk_drop_down_set_selected (switcher, 1);
  g_assert_cmpint (kl_window_get_plan_id (f->window), ==, other);
  kl_app_test_assert_shown (tree, "一、丙");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "另一个计划 — Kepu Ledger");
  /* The plan shown is deleted: the window falls back to another. */
  g_assert_true (kl_store_delete_plan (f->ledger.store, other, NULL));
  g_assert_cmpint (kl_window_get_plan_id (f->window), ==, f->ledger.plan);
  kl_app_test_assert_shown (tree, "一、甲|1.子一|2.子二|二、乙");
}

static void
test_empty_ledger (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  KlWindow *window = kl_app_test_window (store);
  KlPlanPage *page = KL_PLAN_PAGE (kl_window_get_page (window, "plan"));
  GObject *content = gtk_widget_get_template_child (GTK_WIDGET (page), KL_TYPE_PLAN_PAGE, "content");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (content)), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Kepu Ledger");
  kl_test_add_plan (store, "新计划", KL_NUMBERING_RESTART);
  kl_grid_test_pump_for (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (content)), ==, "tree");
  kl_grid_test_window_close (GTK_WIDGET (window));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/window/pages", test_pages);
  ADD ("/window/undo-buttons", test_undo_buttons);
  ADD ("/window/remembers", test_remembers);
  ADD ("/window/sized-to-screen", test_sized_to_screen);
  ADD ("/window/close-while-typing", test_close_while_typing);
  ADD ("/window/plan-switcher", test_plan_switcher);
  g_test_add_func ("/window/empty-ledger", test_empty_ledger);
  return g_test_run ();
}
