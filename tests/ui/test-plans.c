/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-test-plan.h"
#include "model/kl-plan.h"
#include "widgets/dialogs/kl-plans-dialog.h"
#include "widgets/dialogs/kl-plan-editor.h"

/* The plans dialog and the plan editor: create, edit, duplicate, roll
 * over, delete (confirmed, undoable), show in the window. */

typedef struct
{
  KlTestLedger    ledger;
  KlWindow       *window;
  KlPlansDialog  *dialog;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_small (&f->ledger);
  f->window = kl_app_test_window (f->ledger.store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.manage-plans", NULL));
  kl_grid_test_pump_for (50);
  f->dialog = KL_PLANS_DIALOG (kl_app_test_find_dialog (KL_TYPE_PLANS_DIALOG, NULL));
  g_assert_nonnull (f->dialog);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  GtkWindow *editor = kl_app_test_find_dialog (KL_TYPE_PLAN_EDITOR, NULL);

  if (editor)
    kl_grid_test_window_close (GTK_WIDGET (editor));
  if (kl_app_test_find_dialog (KL_TYPE_PLANS_DIALOG, NULL))
    kl_grid_test_window_close (GTK_WIDGET (f->dialog));
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}

static GtkWidget *
editor_child (KlPlanEditor *editor, const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), KL_TYPE_PLAN_EDITOR, name));
}

static void
test_new_and_edit (Fixture *f, gconstpointer data)
{
  KlPlanEditor *editor;
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanInfo) info = NULL;
  GtkWidget *message;
  gint64 id;

  kl_plans_dialog_activate (f->dialog, "new");
  editor = KL_PLAN_EDITOR (kl_app_test_find_dialog (KL_TYPE_PLAN_EDITOR, NULL));
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "title")), "2021年度宝应县科普工作要点");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "issuer")), "宝应县科学技术协会");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "doc_number")), "宝科协〔2021〕3号");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "issued_on")), "2021年4月2日");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (editor, "year_start")), 2021);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor_child (editor, "year_end")), 2021);
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "level")), "县级");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (editor_child (editor, "parent_plan")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (editor_child (editor, "numbering")), 1);
  g_signal_emit_by_name (editor_child (editor, "save_button"), "clicked");
  kl_grid_test_pump_for (50);
  g_assert_null (kl_app_test_find_dialog (KL_TYPE_PLAN_EDITOR, NULL));
  /* Created, listed, and shown in the window. */
  id = kl_window_get_plan_id (f->window);
  g_assert_cmpint (id, !=, f->ledger.plan);
  info = kl_store_get_plan (f->ledger.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (info->title, ==, "2021年度宝应县科普工作要点");
  g_assert_cmpstr (info->issuer, ==, "宝应县科学技术协会");
  g_assert_cmpstr (info->doc_number, ==, "宝科协〔2021〕3号");
  g_assert_cmpstr (info->issued_on, ==, "2021-04-02");
  g_assert_cmpint (info->year_start, ==, 2021);
  g_assert_cmpstr (info->level, ==, "县级");
  g_assert_cmpint (info->parent_id, ==, f->ledger.plan);
  g_assert_cmpint (info->numbering, ==, KL_NUMBERING_CONTINUOUS);
  g_assert_cmpuint (kl_plans_dialog_get_ids (f->dialog)->len, ==, 2);

  /* Edit: a wrong date is refused with a message, nothing written. */
  kl_plans_dialog_select (f->dialog, f->ledger.plan);
  kl_plans_dialog_activate (f->dialog, "edit");
  editor = KL_PLAN_EDITOR (kl_app_test_find_dialog (KL_TYPE_PLAN_EDITOR, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "title"))), ==, "测试计划");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "title")), "改名的计划");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "issued_on")), "三月");
  g_signal_emit_by_name (editor_child (editor, "save_button"), "clicked");
  message = editor_child (editor, "message");
  g_assert_true (gtk_widget_get_visible (message));
  g_clear_pointer (&info, kl_plan_info_free);
  info = kl_store_get_plan (f->ledger.store, f->ledger.plan, NULL);
  g_assert_cmpstr (info->title, ==, "测试计划");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "issued_on")), "");
  g_signal_emit_by_name (editor_child (editor, "save_button"), "clicked");
  kl_grid_test_pump_for (50);
  g_clear_pointer (&info, kl_plan_info_free);
  info = kl_store_get_plan (f->ledger.store, f->ledger.plan, NULL);
  g_assert_cmpstr (info->title, ==, "改名的计划");
}

static void
test_copies_and_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(KlPlanInfo) info = NULL;
  GtkWindow *confirm;
  gint64 copy;

  kl_plans_dialog_select (f->dialog, f->ledger.plan);
  kl_plans_dialog_activate (f->dialog, "duplicate");
  g_assert_cmpuint (kl_plans_dialog_get_ids (f->dialog)->len, ==, 2);
  copy = kl_window_get_plan_id (f->window);
  g_assert_cmpint (copy, !=, f->ledger.plan);
  kl_app_test_assert_db (f->ledger.store, copy, "一、甲|  1.子一|  2.子二|二、乙");
  kl_app_test_assert_shown (kl_app_test_tree (f->window), "一、甲|1.子一|2.子二|二、乙");
  info = kl_store_get_plan (f->ledger.store, copy, NULL);
  g_assert_cmpstr (info->title, ==, "测试计划 (copy)");

  kl_plans_dialog_activate (f->dialog, "roll-over");
  g_assert_cmpuint (kl_plans_dialog_get_ids (f->dialog)->len, ==, 3);

  /* Delete the plan shown: asked first, then gone; undo brings it back. */
  kl_plans_dialog_activate (f->dialog, "delete");
  kl_grid_test_pump_for (50);
  confirm = kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (confirm);
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  kl_grid_test_pump_for (50);
  g_assert_cmpuint (kl_plans_dialog_get_ids (f->dialog)->len, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kl_grid_test_pump_for (50);
  g_assert_cmpuint (kl_plans_dialog_get_ids (f->dialog)->len, ==, 3);

  /* Show: the window switches and the dialog closes. */
  kl_plans_dialog_select (f->dialog, f->ledger.plan);
  kl_plans_dialog_activate (f->dialog, "show");
  kl_grid_test_pump_for (50);
  g_assert_cmpint (kl_window_get_plan_id (f->window), ==, f->ledger.plan);
  g_assert_null (kl_app_test_find_dialog (KL_TYPE_PLANS_DIALOG, NULL));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plans/new-and-edit", test_new_and_edit);
  ADD ("/plans/copies-and-delete", test_copies_and_delete);
  return g_test_run ();
}
