/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "kl-grid-test.h"
#include "model/kl-baseline.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"
#include "widgets/quota/kl-quota-page.h"
#include "widgets/quota/kl-indicator-editor.h"
#include "widgets/grid/kl-grid-cell.h"

/* The quota page around its grid: the indicator dialog, deleting and
 * undoing, the base data tab, and a plan wider than the window (column
 * slots scrolled by the keyboard). */

typedef struct
{
  KlTestLedger    ledger;
  GtkWidget   *window;
  KlQuotaPage *page;
  KlQuotaGrid *grid;
} Fixture;

#define CN "科普中国新推广人数"
#define SHARE "公民科学素养大赛(参赛数)"

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  f->page = KL_QUOTA_PAGE (kl_quota_page_new ());
  f->grid = kl_quota_page_get_grid (f->page);
  f->window = kl_grid_test_show_page (GTK_WIDGET (f->page), &f->ledger, GTK_WIDGET (f->grid));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->window);
  kl_test_ledger_clear (&f->ledger);
}

static gboolean
has_row (KlQuotaGrid *grid, const char *title)
{
  for (guint i = 0; i < kl_quota_grid_get_n_rows (grid); i++)
    if (g_strcmp0 (kl_grid_row_get_title (kl_quota_grid_get_row (grid, i)), title) == 0)
      return TRUE;
  return FALSE;
}

static void
set_entry (GtkWidget *dialog, const char *name, const char *text)
{
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (dialog, KL_TYPE_INDICATOR_EDITOR, name));

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
test_indicator_dialog (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlIndicatorInfo) info = NULL;
  KlIndicatorEditor *editor;
  gint64 id;
  guint row;

  /* A new composite indicator in the group, with a total. */
  editor = kl_indicator_editor_new (GTK_WINDOW (f->window), f->ledger.store, f->ledger.plan, 0);
  set_entry (GTK_WIDGET (editor), "name_entry", "科普大篷车下乡/服务人次");
  set_entry (GTK_WIDGET (editor), "group_entry", "基层科普行动计划（科普公益创投）");
  set_entry (GTK_WIDGET (editor), "parts_entry", "下乡场次 / 服务人次");
  set_entry (GTK_WIDGET (editor), "total_entry", "abc");
  g_assert_false (kl_indicator_editor_save (editor, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  set_entry (GTK_WIDGET (editor), "total_entry", "");
  g_assert_true (kl_indicator_editor_save (editor, &error));
  g_assert_no_error (error);
  id = kl_indicator_editor_get_indicator_id (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  info = kl_store_get_indicator (f->ledger.store, id, &error);
  g_assert_cmpuint (g_strv_length (info->part_names), ==, 2);
  g_assert_cmpstr (info->part_names[1], ==, "服务人次");
  /* It shows under its group heading and takes "a/b". */
  row = kl_grid_test_find_row (f->grid, "科普大篷车下乡/服务人次");
  g_assert_cmpuint (row, ==, 5);
  kl_quota_grid_set_cursor (f->grid, row, 1);
  kl_grid_test_type (f->grid, "3/600");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, row, 1), ==, "3/600");
  /* Renaming through the same dialog; an empty name is refused. */
  editor = kl_indicator_editor_new (GTK_WINDOW (f->window), f->ledger.store, f->ledger.plan, id);
  set_entry (GTK_WIDGET (editor), "name_entry", "  ");
  g_assert_false (kl_indicator_editor_save (editor, &error));
  g_clear_error (&error);
  set_entry (GTK_WIDGET (editor), "name_entry", "科普大篷车");
  g_assert_true (kl_indicator_editor_save (editor, &error));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_true (has_row (f->grid, "科普大篷车"));
  g_assert_false (has_row (f->grid, "科普大篷车下乡/服务人次"));
}

static void
test_delete_and_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quota = NULL;

  kl_quota_grid_set_cursor (f->grid, kl_grid_test_find_row (f->grid, CN), 2);
  g_assert_true (kl_quota_page_delete_current (f->page, &error));
  g_assert_no_error (error);
  g_assert_false (has_row (f->grid, CN));
  g_assert_nonnull (strstr (kl_quota_grid_get_message (f->grid), CN));
  /* Ctrl+Z in the grid runs win.undo: the row and its quotas come back. */
  g_assert_true (kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (has_row (f->grid, CN));
  quota = kl_grid_test_quota (f->ledger.store, f->ledger.plan, CN, "高邮市");
  g_assert_cmpstr (quota, ==, "800");
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, kl_grid_test_find_row (f->grid, CN),
                                           kl_grid_test_find_column (f->grid, "高邮市")), ==, "800");
  /* The cursor on a group heading: nothing to delete. */
  kl_quota_grid_set_cursor (f->grid, 0, 1);
  g_assert_true (kl_quota_page_delete_current (f->page, &error));
  g_assert_true (has_row (f->grid, "优秀科普教育基地"));
}

static double
stored_base (Fixture *f, const char *unit, const char *metric)
{
  g_autoptr(GPtrArray) list = kl_store_list_baselines (f->ledger.store, NULL);

  for (guint i = 0; i < list->len; i++)
    {
      KlBaselineInfo *b = g_ptr_array_index (list, i);
      if (g_str_equal (b->unit_name, unit) && g_str_equal (b->metric, metric))
        return b->value;
    }
  return -1;
}

static void
test_base_data (Fixture *f, gconstpointer data)
{
  KlBaselinePage *baselines = kl_quota_page_get_baseline_page (f->page);
  KlQuotaGrid *grid = kl_baseline_page_get_grid (baselines);
  g_autoptr(GError) error = NULL;
  guint row;

  /* 附 2 as a grid: metric rows, unit columns. */
  row = kl_grid_test_find_row (grid, "科普中国 (as of 2020-03-01)");
  g_assert_cmpstr (kl_grid_test_cell_text (grid, row, kl_grid_test_find_column (grid, "高邮市")), ==,
                   "1329");
  /* A base for 仪征市 gives its share rule a target in the quota grid. */
  row = kl_grid_test_find_row (grid, "中小学学生总数（含职校） (as of 2020-03-01)");
  kl_quota_grid_set_cursor (grid, row, kl_grid_test_find_column (grid, "仪征市"));
  gtk_widget_grab_focus (GTK_WIDGET (grid));
  kl_grid_test_type (grid, "1.5万");
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Return, 0);
  g_assert_cmpfloat (stored_base (f, "仪征市", "中小学学生总数（含职校）"), ==, 15000);
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, kl_grid_test_find_row (f->grid, SHARE),
                                           kl_grid_test_find_column (f->grid, "仪征市")), ==,
                   "20%→3000");
  /* Refused: negative, text; emptying removes the base. */
  kl_quota_grid_set_cursor (grid, row, kl_grid_test_find_column (grid, "仪征市"));
  kl_grid_test_type (grid, "-3");
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Return, 0);
  g_assert_nonnull (kl_quota_grid_get_editor (grid));
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Escape, 0);
  g_assert_cmpfloat (stored_base (f, "仪征市", "中小学学生总数（含职校）"), ==, 15000);
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Delete, 0);
  g_assert_cmpfloat (stored_base (f, "仪征市", "中小学学生总数（含职校）"), ==, -1);
  /* A new metric: a bad date is refused, a good one adds a row. */
  g_assert_false (kl_baseline_page_add_metric (baselines, "科普场馆数", "2021-02-30", &error));
  g_clear_error (&error);
  g_assert_true (kl_baseline_page_add_metric (baselines, "科普场馆数", "2021-01-01", &error));
  row = kl_grid_test_find_row (grid, "科普场馆数 (as of 2021-01-01)");
  kl_quota_grid_set_cursor (grid, row, 1);
  kl_grid_test_type (grid, "4");
  kl_grid_test_key (GTK_WIDGET (grid), GDK_KEY_Return, 0);
  g_assert_cmpfloat (stored_base (f, "宝应县", "科普场馆数"), ==, 4);
}

/* Thirty more units: wider than the window.  Moving right scrolls the
 * column slots; cells and writes follow the unit, not the slot. */
static void
test_wide_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quota = NULL;
  guint column, position, offset_column;
  KlGridCell *cell;

  for (int i = 1; i <= 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("测试镇%02d", i);
      g_assert_true (kl_store_add_unit (f->ledger.store, name, KL_UNIT_REGION, 0, NULL, &error));
    }
  kl_grid_test_pump_for (100);
  column = kl_grid_test_find_column (f->grid, "测试镇25");
  g_assert_null (kl_quota_grid_get_cell_widget (f->grid, 1, column));
  kl_quota_grid_set_cursor (f->grid, kl_grid_test_find_row (f->grid, CN), 1);
  for (guint i = 1; i < column; i++)
    kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Right, 0);
  kl_grid_test_pump_for (100);
  kl_quota_grid_get_cursor (f->grid, &position, &offset_column);
  g_assert_cmpuint (offset_column, ==, column);
  cell = KL_GRID_CELL (kl_quota_grid_get_cell_widget (f->grid, position, column));
  g_assert_nonnull (cell);
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL, CN " / 测试镇25");
  kl_grid_test_type (f->grid, "77");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  quota = kl_grid_test_quota (f->ledger.store, f->ledger.plan, CN, "测试镇25");
  g_assert_cmpstr (quota, ==, "77");
  /* Tab moved the slots on by one: the unit's cell is another widget now. */
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, position, column), ==, "77");
  /* Home goes back to the first unit, and its slot shows it again. */
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Home, 0);
  kl_grid_test_pump_for (100);
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, position, 1), ==, "500");
  gtk_test_accessible_assert_property (kl_quota_grid_get_cell_widget (f->grid, position, 1),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, CN " / 宝应县");
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ui/quota-page/indicator-dialog", test_indicator_dialog);
  ADD ("/ui/quota-page/delete-and-undo", test_delete_and_undo);
  ADD ("/ui/quota-page/base-data", test_base_data);
  ADD ("/ui/quota-page/wide-plan", test_wide_plan);
  return g_test_run ();
}
