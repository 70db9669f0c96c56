/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "model/kl-unit.h"
#include "widgets/plan/kl-plan-page.h"

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

KlWindow *
kl_app_test_window (KlStore *store)
{
  KlWindow *window = kl_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kl_grid_test_pump_until (is_mapped, window, 5000));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kl_grid_test_pump_for (50);
  return window;
}

KlPlanTree *
kl_app_test_tree (KlWindow *window)
{
  return kl_plan_page_get_tree (KL_PLAN_PAGE (kl_window_get_page (window, "plan")));
}

typedef struct
{
  double  y;
  char   *text;
} ShownRow;

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const ShownRow *x = a, *y = b;
  return (x->y > y->y) - (x->y < y->y);
}

static const char *
title_of_row (GtkWidget *row)
{
  GtkWidget *cell = gtk_widget_get_first_child (row);

  cell = cell ? gtk_widget_get_next_sibling (cell) : NULL;
  cell = cell ? gtk_widget_get_first_child (cell) : NULL;
  return GTK_IS_LABEL (cell) ? gtk_label_get_text (GTK_LABEL (cell)) : "";
}

static void
collect_rows (GtkWidget *widget, GtkWidget *view, GArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TREE_EXPANDER (child) && gtk_widget_get_mapped (child) &&
          gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (child)) != NULL)
        {
          GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (child));
          GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
          graphene_point_t point;
          ShownRow shown;

          if (!gtk_widget_compute_point (row, view, &GRAPHENE_POINT_INIT (0, 0), &point))
            continue;
          shown.y = point.y;
          shown.text = g_strconcat (gtk_label_get_text (GTK_LABEL (label)), title_of_row (row), NULL);
          g_array_append_val (rows, shown);
        }
      else
        collect_rows (child, view, rows);
    }
}

char *
kl_app_test_shown_rows (KlPlanTree *tree)
{
  GtkWidget *view = GTK_WIDGET (kl_plan_tree_get_view (tree));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ShownRow));
  GString *out = g_string_new (NULL);

  collect_rows (view, view, rows);
  g_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      ShownRow *row = &g_array_index (rows, ShownRow, i);
      g_string_append_printf (out, "%s%s", i ? "|" : "", row->text);
      g_free (row->text);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
find_row_widget (GtkWidget *widget, const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = NULL;

      if (GTK_IS_TREE_EXPANDER (child) && gtk_widget_get_mapped (child) &&
          g_str_equal (gtk_label_get_text (GTK_LABEL (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child)))), label))
        return gtk_widget_get_parent (gtk_widget_get_parent (child));
      if ((found = find_row_widget (child, label)) != NULL)
        return found;
    }
  return NULL;
}

char *
kl_app_test_cell_text (KlPlanTree *tree, const char *label, guint column)
{
  GtkWidget *row = find_row_widget (GTK_WIDGET (kl_plan_tree_get_view (tree)), label);
  GtkWidget *cell = row ? gtk_widget_get_first_child (row) : NULL;
  GtkWidget *child;

  for (guint i = 0; cell != NULL && i < column; i++)
    cell = gtk_widget_get_next_sibling (cell);
  child = cell ? gtk_widget_get_first_child (cell) : NULL;
  if (GTK_IS_TREE_EXPANDER (child))
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return GTK_IS_LABEL (child) ? g_strdup (gtk_label_get_text (GTK_LABEL (child))) : NULL;
}

typedef struct
{
  KlPlanTree *tree;
  const char *expected;
} ShownWait;

static gboolean
shown_matches (gpointer data)
{
  ShownWait *wait = data;
  g_autofree char *shown = kl_app_test_shown_rows (wait->tree);

  return g_strcmp0 (shown, wait->expected) == 0;
}

void
kl_app_test_assert_shown (KlPlanTree *tree, const char *expected)
{
  ShownWait wait = { tree, expected };
  g_autofree char *shown = NULL;

  if (kl_grid_test_pump_until (shown_matches, &wait, 3000))
    return;
  shown = kl_app_test_shown_rows (tree);
  g_assert_cmpstr (shown, ==, expected);
}

typedef struct
{
  KlStore    *store;
  gint64      plan;
  const char *expected;
} DbWait;

static gboolean
db_matches (gpointer data)
{
  DbWait *wait = data;
  g_autofree char *outline = kl_test_outline (wait->store, wait->plan);

  return g_strcmp0 (outline, wait->expected) == 0;
}

void
kl_app_test_assert_db (KlStore *store, gint64 plan_id, const char *expected)
{
  DbWait wait = { store, plan_id, expected };
  g_autofree char *outline = NULL;

  if (kl_grid_test_pump_until (db_matches, &wait, 3000))
    return;
  outline = kl_test_outline (store, plan_id);
  g_assert_cmpstr (outline, ==, expected);
}

gboolean
kl_app_test_keys (GtkWidget *window, const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_autofree char *program = g_find_program_in_path ("xdotool");
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (program == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { "timeout", "10", program, "windowfocus", "--sync", xid,
                           "key", "--clearmodifiers", keys, NULL };
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  kl_grid_test_pump_for (100);
  return TRUE;
}

GtkWindow *
kl_app_test_find_dialog (GType type, GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (window != except && G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        found = window;
    }
  return found;
}

gboolean
kl_app_test_holds_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

void
kl_app_test_plan_set_up (KlPlanTestFixture *f)
{
  kl_test_ledger_small (&f->ledger);
  f->window = kl_app_test_window (f->ledger.store);
  f->page = KL_PLAN_PAGE (kl_window_get_page (f->window, "plan"));
  f->tree = kl_plan_page_get_tree (f->page);
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.子二|二、乙");
}

void
kl_app_test_plan_tear_down (KlPlanTestFixture *f)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}
