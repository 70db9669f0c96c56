/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "widgets/plan/kl-plan-page.h"
#include "widgets/plan/kl-section-detail.h"

/* The plan tree driven as a person drives it: keys, buttons, the actions
 * behind them; every step checked in the database and on screen. */

typedef KlPlanTestFixture Fixture;

#define ALL "一、甲|1.子一|2.子二|二、乙"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_app_test_plan_set_up (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_app_test_plan_tear_down (f);
}

static void
act (Fixture *f, const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
}

static void
select_section (Fixture *f, gint64 id)
{
  g_assert_true (kl_plan_tree_select (f->tree, id));
  gtk_widget_grab_focus (GTK_WIDGET (kl_plan_tree_get_view (f->tree)));
  kl_grid_test_pump_for (20);
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, id);
}

static GtkWidget *
detail_child (Fixture *f, const char *name)
{
  GObject *detail = gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_PLAN_PAGE, "detail");

  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (detail), KL_TYPE_SECTION_DETAIL, name));
}

static void
test_add_and_title (Fixture *f, gconstpointer data)
{
  GtkWidget *title = detail_child (f, "title");

  select_section (f, f->ledger.a);
  act (f, "plan.add-sibling");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan,
                         "一、甲|  1.子一|  2.New section|  3.子二|二、乙");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.New section|3.子二|二、乙");
  /* The new section is selected, its title ready to type over. */
  g_assert_true (kl_app_test_holds_focus (title));
  gtk_editable_set_text (GTK_EDITABLE (title), "新任务");
  /* Saved when typing pauses, without leaving the field. */
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan,
                         "一、甲|  1.子一|  2.新任务|  3.子二|二、乙");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.新任务|3.子二|二、乙");
  act (f, "plan.add-child");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan,
                         "一、甲|  1.子一|  2.新任务|    （1）New section|  3.子二|二、乙");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.新任务|（1）New section|3.子二|二、乙");
  /* Undo, step by step: the child, the title, the section. */
  undo (f);
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.新任务|3.子二|二、乙");
  undo (f);
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.New section|3.子二|二、乙");
  undo (f);
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二|二、乙");
  kl_app_test_assert_shown (f->tree, ALL);
}

static void
test_keys (Fixture *f, gconstpointer data)
{
  select_section (f, f->ledger.two);
  if (!kl_app_test_keys (GTK_WIDGET (f->window), "alt+Right"))
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  /* Indent: 乙 goes under 甲 and takes its children's numbering. */
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二|  3.乙");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.子二|3.乙");
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, f->ledger.two);
  kl_app_test_keys (GTK_WIDGET (f->window), "alt+Up");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.乙|3.子二");
  kl_app_test_keys (GTK_WIDGET (f->window), "alt+Left");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.子二|二、乙");
  kl_app_test_keys (GTK_WIDGET (f->window), "ctrl+Return");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan,
                         "一、甲|  1.子一|  2.子二|二、乙|三、New section");
  /* The title field has the cursor now: Ctrl+Z there is the text's own
   * undo; from the tree it undoes the last edit. */
  gtk_widget_grab_focus (GTK_WIDGET (kl_plan_tree_get_view (f->tree)));
  kl_app_test_keys (GTK_WIDGET (f->window), "ctrl+z");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二|二、乙");
  kl_app_test_keys (GTK_WIDGET (f->window), "ctrl+shift+z");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan,
                         "一、甲|  1.子一|  2.子二|二、乙|三、New section");
  /* Left and Right close and open rows; Left on a closed row goes up. */
  select_section (f, f->ledger.a);
  kl_app_test_keys (GTK_WIDGET (f->window), "Left");
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, f->ledger.one);
  kl_app_test_keys (GTK_WIDGET (f->window), "Left");
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙|三、New section");
  kl_app_test_keys (GTK_WIDGET (f->window), "Right");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子一|2.子二|二、乙|三、New section");
  /* The keyboard goes on from the row selected by Left. */
  kl_app_test_keys (GTK_WIDGET (f->window), "Down");
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, f->ledger.a);
}

static gboolean
action_enabled (Fixture *f, const char *name)
{
  GtkWidget *toolbar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->page),
                                                                  KL_TYPE_PLAN_PAGE, "toolbar"));

  /* The toolbar's button for the action is sensitive exactly when it is on. */
  for (GtkWidget *b = gtk_widget_get_first_child (toolbar); b; b = gtk_widget_get_next_sibling (b))
    if (GTK_IS_ACTIONABLE (b) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (b)), name) == 0)
      return gtk_widget_get_sensitive (b);
  g_assert_not_reached ();
}

static void
test_move_keeps_state (Fixture *f, gconstpointer data)
{
  select_section (f, f->ledger.a);
  g_assert_false (action_enabled (f, "plan.move-up"));
  g_assert_true (action_enabled (f, "plan.outdent"));
  g_assert_true (action_enabled (f, "plan.indent") == FALSE);
  g_assert_true (action_enabled (f, "plan.move-down"));
  act (f, "plan.move-down");
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子二|  2.子一|二、乙");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子二|2.子一|二、乙");
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, f->ledger.a);
  /* At the bottom of its level now. */
  g_assert_false (action_enabled (f, "plan.move-down"));
  g_assert_true (action_enabled (f, "plan.move-up"));
  /* A collapsed row stays collapsed across edits elsewhere. */
  kl_plan_tree_collapse_all (f->tree);
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙");
  select_section (f, f->ledger.two);
  act (f, "plan.add-sibling");
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙|三、New section");
  undo (f);
  kl_app_test_assert_shown (f->tree, "一、甲|二、乙");
}

static void
respond_to_confirmation (int response)
{
  GtkWindow *dialog = NULL;

  for (int i = 0; i < 100 && dialog == NULL; i++)
    {
      dialog = kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL);
      if (dialog == NULL)
        kl_grid_test_pump_for (20);
    }
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  kl_grid_test_pump_for (20);
}

static void
test_delete_and_undo (Fixture *f, gconstpointer data)
{
  select_section (f, f->ledger.one);
  act (f, "plan.delete");
  respond_to_confirmation (GTK_RESPONSE_CANCEL);
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子一|  2.子二|二、乙");
  act (f, "plan.delete");
  respond_to_confirmation (GTK_RESPONSE_ACCEPT);
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、乙");
  kl_app_test_assert_shown (f->tree, "一、乙");
  /* The row now where the deleted one was is selected. */
  g_assert_cmpint (kl_plan_tree_get_selected_id (f->tree), ==, f->ledger.two);
  undo (f);
  /* Back with its children, open as it was. */
  kl_app_test_assert_shown (f->tree, ALL);
}

/* The label cell (tree expander) of the row numbered @label. */
static GtkWidget *
find_row_cell (Fixture *f, const char *label)
{
  GQueue queue = G_QUEUE_INIT;
  GtkWidget *found = NULL;

  g_queue_push_tail (&queue, kl_plan_tree_get_view (f->tree));
  while (!g_queue_is_empty (&queue))
    {
      GtkWidget *w = g_queue_pop_head (&queue);
      GtkWidget *child = GTK_IS_TREE_EXPANDER (w) ? gtk_tree_expander_get_child (GTK_TREE_EXPANDER (w)) : NULL;

      if (child && gtk_widget_get_mapped (w) && found == NULL &&
          g_str_equal (gtk_label_get_text (GTK_LABEL (child)), label))
        found = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_queue_push_tail (&queue, c);
    }
  g_assert_nonnull (found);
  return found;
}

/* Drops section @id on the middle (into) of @cell, through its drop target. */
static gboolean
drop_on (GtkWidget *cell, gint64 id, double y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (cell);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, id);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 5.0, y, &dropped);
    }
  return dropped;
}

static void
test_drop (Fixture *f, gconstpointer data)
{
  GtkWidget *cell = find_row_cell (f, "二、");

  /* The middle of a row: into it. */
  g_assert_true (drop_on (cell, f->ledger.a, gtk_widget_get_height (cell) / 2.0));
  kl_app_test_assert_db (f->ledger.store, f->ledger.plan, "一、甲|  1.子二|二、乙|  （一）子一");
  kl_app_test_assert_shown (f->tree, "一、甲|1.子二|二、乙|（一）子一");
  /* Its top edge: before it. */
  cell = find_row_cell (f, "一、");
  g_assert_true (drop_on (cell, f->ledger.two, 1.0));
  kl_app_test_assert_shown (f->tree, "一、乙|（一）子一|二、甲|1.子二");
  undo (f);
  undo (f);
  kl_app_test_assert_shown (f->tree, ALL);
}

static void
test_accessible_name (Fixture *f, gconstpointer data)
{
  GtkWidget *cell = find_row_cell (f, "一、");
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (cell));
  g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (label),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 "一、甲");

  g_assert_null (problem);
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-tree/add-and-title", test_add_and_title);
  ADD ("/plan-tree/keys", test_keys);
  ADD ("/plan-tree/move-keeps-state", test_move_keeps_state);
  ADD ("/plan-tree/delete-and-undo", test_delete_and_undo);
  ADD ("/plan-tree/drop", test_drop);
  ADD ("/plan-tree/accessible-name", test_accessible_name);
  return g_test_run ();
}
