/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "model/kl-unit.h"
#include "widgets/units/kl-units-page.h"
#include "widgets/units/kl-unit-item.h"

/* The units directory page: add, rename in place, reorder, move under
 * another unit, retire; checked in the database and in the rows shown. */

typedef struct
{
  KlTestLedger    ledger;
  KlWindow       *window;
  KlUnitsPage    *page;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_small (&f->ledger);
  f->window = kl_app_test_window (f->ledger.store);
  kl_window_set_page (f->window, "units");
  f->page = KL_UNITS_PAGE (kl_window_get_page (f->window, "units"));
  kl_grid_test_pump_for (50);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}

/* The rows as shown: names indented by depth, "(retired)" marked. */
static char *
shown (Fixture *f)
{
  GListModel *rows = kl_units_page_get_model (f->page);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(KlUnitItem) item = gtk_tree_list_row_get_item (row);
      const KlUnitInfo *info = kl_unit_item_get_info (item);

      g_string_append_printf (out, "%s%*s%s%s", i ? "|" : "",
                              (int) gtk_tree_list_row_get_depth (row) * 2, "", info->name,
                              info->retired ? "(retired)" : "");
    }
  return g_string_free (out, FALSE);
}

/* The directory as stored, in the same form. */
static char *
stored (Fixture *f)
{
  g_autoptr(GPtrArray) units = kl_store_list_units (f->ledger.store, TRUE, NULL);
  g_autoptr(GHashTable) depth = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      KlUnitInfo *u = units->pdata[i];
      int *parent = g_hash_table_lookup (depth, &u->parent_id);
      int d = parent ? *parent + 1 : 0;

      g_hash_table_insert (depth, &u->id, g_memdup2 (&d, sizeof d));
      g_string_append_printf (out, "%s%*s%s%s", i ? "|" : "", d * 2, "", u->name,
                              u->retired ? "(retired)" : "");
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  Fixture    *f;
  const char *in_db;
  const char *on_screen;
} Expect;

static gboolean
units_match (gpointer data)
{
  Expect *e = data;
  g_autofree char *db = stored (e->f);
  g_autofree char *rows = shown (e->f);

  return g_str_equal (db, e->in_db) && g_str_equal (rows, e->on_screen);
}

/* The rows may be rebuilt a moment later (see kl-units-page.c). */
static void
assert_units (Fixture *f, const char *in_db, const char *on_screen)
{
  Expect e = { f, in_db, on_screen };
  g_autofree char *db = NULL;
  g_autofree char *rows = NULL;

  if (kl_grid_test_pump_until (units_match, &e, 3000))
    return;
  db = stored (f);
  rows = shown (f);
  g_assert_cmpstr (db, ==, in_db);
  g_assert_cmpstr (rows, ==, on_screen);
}

static void
act (Fixture *f, const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  kl_grid_test_pump_for (20);
}

static gint64
unit_id (Fixture *f, const char *name)
{
  return kl_store_find_unit (f->ledger.store, name, NULL);
}

static void
test_add_and_move (Fixture *f, gconstpointer data)
{
  assert_units (f, "市教育局|团市委", "市教育局|团市委");
  g_assert_true (kl_units_page_add (f->page, "宝应县", KL_UNIT_REGION, FALSE));
  g_assert_cmpint (kl_units_page_get_selected (f->page), ==, unit_id (f, "宝应县"));
  g_assert_true (kl_units_page_add (f->page, "安宜镇", KL_UNIT_REGION, TRUE));
  g_assert_true (kl_units_page_add (f->page, "氾水镇", KL_UNIT_REGION, FALSE));
  assert_units (f, "市教育局|团市委|宝应县|  安宜镇|氾水镇", "市教育局|团市委|宝应县|  安宜镇|氾水镇");
  /* 氾水镇 under 宝应县 (the unit above it), then first among the towns. */
  act (f, "units.indent");
  assert_units (f, "市教育局|团市委|宝应县|  安宜镇|  氾水镇", "市教育局|团市委|宝应县|  安宜镇|  氾水镇");
  act (f, "units.move-up");
  assert_units (f, "市教育局|团市委|宝应县|  氾水镇|  安宜镇", "市教育局|团市委|宝应县|  氾水镇|  安宜镇");
  act (f, "units.outdent");
  assert_units (f, "市教育局|团市委|宝应县|  安宜镇|氾水镇", "市教育局|团市委|宝应县|  安宜镇|氾水镇");
  g_assert_cmpint (kl_units_page_get_selected (f->page), ==, unit_id (f, "氾水镇"));
  /* A name already in the directory is refused, with a message. */
  g_assert_false (kl_units_page_add (f->page, "团市委", KL_UNIT_DEPARTMENT, FALSE));
  g_assert_nonnull (kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL));
  gtk_window_destroy (kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  kl_grid_test_pump_for (20);
  assert_units (f, "市教育局|团市委|宝应县|  氾水镇|  安宜镇", "市教育局|团市委|宝应县|  氾水镇|  安宜镇");
}

static void
test_add_popover (Fixture *f, gconstpointer data)
{
  GObject *name = gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_UNITS_PAGE, "add_name");
  GObject *kind = gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_UNITS_PAGE, "add_kind");
  GObject *confirm = gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_UNITS_PAGE, "add_confirm");
  g_autoptr(GPtrArray) units = NULL;

  /* The kind follows the name typed: a 局 is a department, a 街道 a region. */
  gtk_editable_set_text (GTK_EDITABLE (name), "县科技局");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (name), "东园街道");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, 0);
  g_signal_emit_by_name (confirm, "clicked");
  kl_grid_test_pump_for (20);
  units = kl_store_list_units (f->ledger.store, TRUE, NULL);
  g_assert_cmpuint (units->len, ==, 3);
  g_assert_cmpstr (((KlUnitInfo *) units->pdata[2])->name, ==, "东园街道");
  g_assert_cmpint (((KlUnitInfo *) units->pdata[2])->kind, ==, KL_UNIT_REGION);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
}

static GtkEditableLabel *
find_name_label (Fixture *f, const char *name)
{
  GQueue queue = G_QUEUE_INIT;
  GtkEditableLabel *found = NULL;

  g_queue_push_tail (&queue, f->page);
  while (!g_queue_is_empty (&queue))
    {
      GtkWidget *w = g_queue_pop_head (&queue);
      if (GTK_IS_EDITABLE_LABEL (w) && gtk_widget_get_mapped (w) && found == NULL &&
          g_str_equal (gtk_editable_get_text (GTK_EDITABLE (w)), name))
        found = GTK_EDITABLE_LABEL (w);
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_queue_push_tail (&queue, c);
    }
  g_assert_nonnull (found);
  return found;
}

static void
test_rename_in_place (Fixture *f, gconstpointer data)
{
  GtkEditableLabel *label;

  kl_units_page_select (f->page, f->ledger.youth);
  act (f, "units.rename");
  label = find_name_label (f, "团市委");
  g_assert_true (gtk_editable_label_get_editing (label));
  gtk_editable_set_text (GTK_EDITABLE (label), "共青团扬州市委");
  gtk_editable_label_stop_editing (label, TRUE);   /* Enter */
  kl_grid_test_pump_for (20);
  assert_units (f, "市教育局|共青团扬州市委", "市教育局|共青团扬州市委");
  /* Renaming onto another unit's name: refused and put back. */
  label = find_name_label (f, "共青团扬州市委");
  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), "市教育局");
  gtk_editable_label_stop_editing (label, TRUE);
  kl_grid_test_pump_for (20);
  g_assert_nonnull (kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL));
  gtk_window_destroy (kl_app_test_find_dialog (GTK_TYPE_MESSAGE_DIALOG, NULL));
  assert_units (f, "市教育局|共青团扬州市委", "市教育局|共青团扬州市委");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "共青团扬州市委");
}

static void
test_retire (Fixture *f, gconstpointer data)
{
  GObject *show = gtk_widget_get_template_child (GTK_WIDGET (f->page), KL_TYPE_UNITS_PAGE, "show_retired");

  kl_units_page_select (f->page, f->ledger.education);
  act (f, "units.retire");
  /* Kept in the ledger, gone from the list until asked for. */
  assert_units (f, "市教育局(retired)|团市委", "团市委");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (show), TRUE);
  assert_units (f, "市教育局(retired)|团市委", "市教育局(retired)|团市委");
  kl_units_page_select (f->page, f->ledger.education);
  act (f, "units.retire");   /* now "Restore" */
  assert_units (f, "市教育局|团市委", "市教育局|团市委");
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/units/add-and-move", test_add_and_move);
  ADD ("/units/add-popover", test_add_popover);
  ADD ("/units/rename-in-place", test_rename_in_place);
  ADD ("/units/retire", test_retire);
  return g_test_run ();
}
