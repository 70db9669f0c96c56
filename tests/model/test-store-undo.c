/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-unit.h"
#include "model/kl-baseline.h"

/* Undo and redo of every kind of write, through the session changesets. */

static int
count_rows (KlStore *store, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (kl_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
undo_ok (KlStore *store)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (kl_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
redo_ok (KlStore *store)
{
  g_autoptr(GError) error = NULL;
  g_assert_true (kl_store_redo (store, &error));
  g_assert_no_error (error);
}

static void
test_insert_undo_redo (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  g_autofree char *one = NULL, *none = NULL, *again = NULL;

  kl_test_add_section (store, plan, 0, 1, "甲");
  one = kl_test_outline (store, plan);
  g_assert_cmpstr (kl_store_get_undo_label (store), ==, "Add section");
  undo_ok (store);
  none = kl_test_outline (store, plan);
  g_assert_cmpstr (none, ==, "");
  g_assert_true (kl_store_can_redo (store));
  redo_ok (store);
  again = kl_test_outline (store, plan);
  g_assert_cmpstr (again, ==, one);
}

static void
test_delete_cascade (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  gint64 one = kl_test_add_section (store, plan, 0, 1, "甲");
  gint64 a = kl_test_add_section (store, plan, one, 3, "子一");
  gint64 unit;
  g_autofree char *before = NULL, *after = NULL;

  kl_test_add_section (store, plan, a, 4, "孙");
  kl_test_add_section (store, plan, 0, 1, "乙");
  g_assert_true (kl_store_add_unit (store, "县科协", KL_UNIT_DEPARTMENT, 0, &unit, &error));
  g_assert_true (kl_store_set_section_units (store, a, &unit, 1, &error));
  before = kl_test_outline (store, plan);

  g_assert_true (kl_store_delete_section (store, one, &error));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM section_unit"), ==, 0);
  undo_ok (store);
  after = kl_test_outline (store, plan);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM section_unit"), ==, 1);
  /* The whole plan goes with its sections, and comes back with them. */
  g_assert_true (kl_store_delete_plan (store, plan, &error));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM section"), ==, 0);
  undo_ok (store);
  g_clear_pointer (&after, g_free);
  after = kl_test_outline (store, plan);
  g_assert_cmpstr (after, ==, before);
}

static void
on_changed (KlStore *store, const char *table, GPtrArray *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
test_changed_signal (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), seen);
  kl_test_add_section (store, plan, 0, 1, "甲");
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, "section");
  undo_ok (store);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (seen->pdata[1], ==, "section");
}

static void
test_nested_action_is_one_step (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  g_autofree char *outline = NULL;

  g_assert_true (kl_store_begin_action (store, "Paste", &error));
  kl_test_add_section (store, plan, 0, 1, "甲");
  kl_test_add_section (store, plan, 0, 1, "乙");
  g_assert_true (kl_store_commit_action (store, &error));
  g_assert_cmpstr (kl_store_get_undo_label (store), ==, "Paste");
  undo_ok (store);
  outline = kl_test_outline (store, plan);
  g_assert_cmpstr (outline, ==, "");
  /* The plan itself is still there: it was an earlier step. */
  g_assert_cmpstr (kl_store_get_undo_label (store), ==, "New plan");
}

static void
test_failed_write_leaves_nothing (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);

  g_assert_false (kl_store_insert_section (store, plan + 100, 0, -1, 1, "x", "", NULL, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_SQLITE);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM section"), ==, 0);
  g_assert_cmpstr (kl_store_get_undo_label (store), ==, "New plan");
}

static void
test_nothing_to_undo (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (kl_store_can_undo (store));
  g_assert_false (kl_store_undo (store, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_NOTHING_TO_UNDO);
}

/* How many changes of @op on @table the logged changeset of the action
 * labelled @label holds, and whether one of them has @text in a column. */
static guint
logged_changes (KlStore *store, const char *label, const char *table, int op, const char *text,
                gboolean *has_text)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3_changeset_iter *iter = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (kl_store_get_db (store),
                                       "SELECT changeset FROM action WHERE label = ?1", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, label, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3changeset_start (&iter, sqlite3_column_bytes (stmt, 0),
                                           (void *) sqlite3_column_blob (stmt, 0)), ==, SQLITE_OK);
  *has_text = FALSE;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *name;
      int n_cols, row_op, indirect;

      sqlite3changeset_op (iter, &name, &n_cols, &row_op, &indirect);
      if (!g_str_equal (name, table) || row_op != op)
        continue;
      n++;
      for (int c = 0; c < n_cols; c++)
        {
          sqlite3_value *v = NULL;
          if (op == SQLITE_DELETE ? sqlite3changeset_old (iter, c, &v)
                                  : sqlite3changeset_new (iter, c, &v))
            continue;
          if (v != NULL && sqlite3_value_type (v) == SQLITE_TEXT &&
              g_strcmp0 ((const char *) sqlite3_value_text (v), text) == 0)
            *has_text = TRUE;
        }
    }
  sqlite3changeset_finalize (iter);
  return n;
}

/* Every action, undo included, logs what it changed in its row. */
static void
test_change_log (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  gint64 plan = kl_test_add_plan (store, "计划", KL_NUMBERING_RESTART);
  gboolean has_title = FALSE;

  kl_test_add_section (store, plan, 0, 1, "甲");
  undo_ok (store);
  g_assert_cmpuint (logged_changes (store, "Add section", "section", SQLITE_INSERT, "甲",
                                    &has_title), ==, 1);
  g_assert_true (has_title);
  g_assert_cmpuint (logged_changes (store, "undo: Add section", "section", SQLITE_DELETE, "甲",
                                    &has_title), ==, 1);
  g_assert_true (has_title);
  /* The per-row triggers of older versions are gone. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM sqlite_schema"
                                      " WHERE type = 'trigger'"), ==, 0);
}

static double
baseline_value (KlStore *store)
{
  g_autoptr(GPtrArray) list = kl_store_list_baselines (store, NULL);

  g_assert_nonnull (list);
  return list->len == 0 ? -1 : ((KlBaselineInfo *) g_ptr_array_index (list, 0))->value;
}

/* A value written over another (INSERT OR REPLACE: a delete and an insert
 * of the same key in one action) undoes to the old value, not to none. */
static void
test_replace_undo_redo (void)
{
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  gint64 unit = 0;

  g_assert_true (kl_store_add_unit (store, "宝应县", KL_UNIT_REGION, 0, &unit, &error));
  g_assert_true (kl_store_set_baseline (store, unit, "科普中国", "2021-01-01", 10, &error));
  g_assert_true (kl_store_set_baseline (store, unit, "科普中国", "2021-01-01", 20, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (baseline_value (store), ==, 20);
  undo_ok (store);
  g_assert_cmpfloat (baseline_value (store), ==, 10);
  undo_ok (store);
  g_assert_cmpfloat (baseline_value (store), ==, -1);
  redo_ok (store);
  redo_ok (store);
  g_assert_cmpfloat (baseline_value (store), ==, 20);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/undo/insert-undo-redo", test_insert_undo_redo);
  g_test_add_func ("/store/undo/delete-cascade", test_delete_cascade);
  g_test_add_func ("/store/undo/changed-signal", test_changed_signal);
  g_test_add_func ("/store/undo/nested-action", test_nested_action_is_one_step);
  g_test_add_func ("/store/undo/failed-write", test_failed_write_leaves_nothing);
  g_test_add_func ("/store/undo/nothing-to-undo", test_nothing_to_undo);
  g_test_add_func ("/store/undo/change-log", test_change_log);
  g_test_add_func ("/store/undo/replace", test_replace_undo_redo);
  return g_test_run ();
}
