/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kl-grid-test.h"
#include "model/kl-indicator.h"
#include "widgets/quota/kl-quota-page.h"
#include "widgets/grid/kl-grid-cell.h"

/* The quota page as a user drives it: keys go through the grid's key
 * controller (emitted "key-pressed"), paste through the real clipboard.
 * Every test checks the database AND what the cells show. */

typedef struct
{
  KlTestLedger    ledger;
  GtkWidget   *window;
  KlQuotaPage *page;
  KlQuotaGrid *grid;
} Fixture;

#define CN "科普中国新推广人数"
#define LECTURES "市级科普讲师讲座/集中到镇村讲座"
#define RATE "科普场馆免费开放率"

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

static guint
col (Fixture *f, const char *unit)
{
  return kl_grid_test_find_column (f->grid, unit);
}

static guint
row (Fixture *f, const char *indicator)
{
  return kl_grid_test_find_row (f->grid, indicator);
}

static void
assert_quota (Fixture *f, const char *indicator, const char *unit, const char *expected)
{
  g_autofree char *stored = kl_grid_test_quota (f->ledger.store, f->ledger.plan, indicator, unit);

  g_assert_cmpstr (stored, ==, expected);
}

static void
assert_shown (Fixture *f, const char *indicator, const char *column, const char *expected)
{
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, row (f, indicator), col (f, column)), ==,
                   expected);
}

static void
go (Fixture *f, const char *indicator, const char *unit)
{
  kl_quota_grid_set_cursor (f->grid, row (f, indicator), col (f, unit));
  kl_grid_test_pump_for (30);
}

static void
test_shows_plan (Fixture *f, gconstpointer data)
{
  GtkWidget *cell;

  /* The group heading comes first, its indicators under it. */
  g_assert_cmpuint (row (f, "基层科普行动计划（科普公益创投）"), ==, 0);
  g_assert_cmpuint (row (f, "优秀科普教育基地"), ==, 1);
  assert_shown (f, "优秀科普教育基地", "宝应县", "1");
  assert_shown (f, "优秀科普教育基地", "开发区", "0");
  assert_shown (f, "优秀科普教育基地", "Sum of units", "6");
  assert_shown (f, LECTURES, "江都区", "20/10");
  assert_shown (f, LECTURES, "Sum of units", "80/30");
  assert_shown (f, RATE, "宝应县", "90%");
  assert_shown (f, RATE, "Sum of units", "");
  /* Share rule: the computed target where the base is known. */
  assert_shown (f, "公民科学素养大赛(参赛数)", "宝应县", "20%→12200");
  assert_shown (f, "公民科学素养大赛(参赛数)", "仪征市", "20%");
  cell = kl_quota_grid_get_cell_widget (f->grid, row (f, CN), col (f, "高邮市"));
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL, CN " / 高邮市");
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "800");
  gtk_test_accessible_assert_role (cell, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
test_type_and_enter (Fixture *f, gconstpointer data)
{
  guint position, column;

  go (f, CN, "宝应县");
  kl_grid_test_type (f->grid, "750");
  g_assert_nonnull (kl_quota_grid_get_editor (f->grid));
  g_assert_cmpstr (gtk_editable_get_text (kl_quota_grid_get_editor (f->grid)), ==, "750");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_quota (f, CN, "宝应县", "750");
  assert_shown (f, CN, "宝应县", "750");
  assert_shown (f, CN, "Sum of units", "5950");
  /* Enter moved down. */
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (position, ==, row (f, CN) + 1);
  g_assert_cmpuint (column, ==, col (f, "宝应县"));
  /* F2 edits the current text; Esc cancels without writing. */
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Up, 0);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_F2, 0);
  g_assert_cmpstr (gtk_editable_get_text (kl_quota_grid_get_editor (f->grid)), ==, "750");
  gtk_editable_set_text (kl_quota_grid_get_editor (f->grid), "1");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Escape, 0);
  g_assert_null (kl_quota_grid_get_editor (f->grid));
  assert_quota (f, CN, "宝应县", "750");
  /* Flushing (before undo, a page switch) writes what is being typed. */
  kl_grid_test_type (f->grid, "760");
  g_assert_true (kl_quota_page_flush (f->page));
  g_assert_null (kl_quota_grid_get_editor (f->grid));
  assert_quota (f, CN, "宝应县", "760");
  kl_grid_test_type (f->grid, "x");
  g_assert_false (kl_quota_page_flush (f->page));
  g_assert_nonnull (kl_quota_grid_get_editor (f->grid));
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Escape, 0);
  /* Composite cells are typed as "a/b"; Tab commits and moves right. */
  go (f, LECTURES, "宝应县");
  kl_grid_test_type (f->grid, "30/12");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  assert_quota (f, LECTURES, "宝应县", "30/12");
  assert_shown (f, LECTURES, "宝应县", "30/12");
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (column, ==, col (f, "高邮市"));
}

static void
test_navigate (Fixture *f, gconstpointer data)
{
  guint position, column, last = kl_quota_grid_get_n_columns (f->grid) - 1;
  GtkWidget *grid = GTK_WIDGET (f->grid);

  kl_quota_grid_set_cursor (f->grid, 1, 1);
  kl_grid_test_key (grid, GDK_KEY_Right, 0);
  kl_grid_test_key (grid, GDK_KEY_Down, 0);
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpuint (column, ==, 2);
  kl_grid_test_key (grid, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  kl_grid_test_key (grid, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  /* Shift+Tab at the first column wraps to the end of the row above. */
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (column, ==, last);
  kl_grid_test_key (grid, GDK_KEY_Tab, 0);
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpuint (column, ==, 1);
  kl_grid_test_key (grid, GDK_KEY_Left, 0);
  kl_grid_test_key (grid, GDK_KEY_Up, 0);
  kl_grid_test_key (grid, GDK_KEY_Up, 0);
  kl_grid_test_key (grid, GDK_KEY_Up, 0);
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (column, ==, 1);
  /* Enter on a group heading folds it; the cursor stays on it. */
  kl_grid_test_key (grid, GDK_KEY_Return, 0);
  g_assert_cmpuint (row (f, CN), ==, 3);
  kl_grid_test_key (grid, GDK_KEY_Return, 0);
  g_assert_cmpuint (row (f, CN), ==, 7);
  kl_grid_test_key (grid, GDK_KEY_End, GDK_CONTROL_MASK);
  kl_quota_grid_get_cursor (f->grid, &position, &column);
  g_assert_cmpuint (position, ==, kl_quota_grid_get_n_rows (f->grid) - 1);
  g_assert_cmpuint (column, ==, last);
}

/* Types @text into the cursor cell, presses Enter, expects a refusal. */
static void
refused (Fixture *f, const char *indicator, const char *unit, const char *text)
{
  g_autofree char *before = kl_grid_test_quota (f->ledger.store, f->ledger.plan, indicator, unit);
  g_autofree char *shown = g_strdup (kl_grid_test_cell_text (f->grid, row (f, indicator), col (f, unit)));
  GtkWidget *cell;

  go (f, indicator, unit);
  kl_grid_test_type (f->grid, text);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_quota (f, indicator, unit, before);
  /* Still editing, the cell marked, the message says why. */
  g_assert_nonnull (kl_quota_grid_get_editor (f->grid));
  cell = kl_quota_grid_get_cell_widget (f->grid, row (f, indicator), col (f, unit));
  g_assert_true (gtk_widget_has_css_class (cell, "kl-cell-error"));
  g_assert_nonnull (kl_grid_cell_get_tooltip (KL_GRID_CELL (cell)));
  g_assert_cmpstr (kl_quota_grid_get_message (f->grid), !=, "");
  g_test_message ("%s → %s", text, kl_quota_grid_get_message (f->grid));
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Escape, 0);
  g_assert_null (kl_quota_grid_get_editor (f->grid));
  g_assert_false (gtk_widget_has_css_class (cell, "kl-cell-error"));
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, row (f, indicator), col (f, unit)), ==, shown);
}

static void
test_bad_input (Fixture *f, gconstpointer data)
{
  refused (f, CN, "宝应县", "abc");
  refused (f, CN, "宝应县", "-5");
  refused (f, CN, "宝应县", "20/10");
  refused (f, LECTURES, "江都区", "20/");
  refused (f, LECTURES, "江都区", "1/2/3");
  refused (f, RATE, "宝应县", "150%");
  refused (f, RATE, "宝应县", "101");
  refused (f, CN, "宝应县", "占学生总数 20%");
  /* Nothing was recorded: the last step is still the import. */
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Import plan");
  /* Calculated columns do not edit. */
  go (f, CN, "Sum of units");
  kl_grid_test_type (f->grid, "5");
  g_assert_null (kl_quota_grid_get_editor (f->grid));
  assert_shown (f, CN, "Sum of units", "5700");
}

static gboolean
quota_is (gpointer data)
{
  gpointer *args = data;
  Fixture *f = args[0];
  g_autofree char *stored = kl_grid_test_quota (f->ledger.store, f->ledger.plan, args[1], args[2]);

  return g_strcmp0 (stored, args[3]) == 0;
}

static gboolean
message_shown (gpointer data)
{
  Fixture *f = data;

  return *kl_quota_grid_get_message (f->grid) != '\0';
}

static void
paste (Fixture *f, const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), text);
  kl_quota_grid_show_message (f->grid, NULL, FALSE);
  g_assert_true (kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_v, GDK_CONTROL_MASK));
}

static void
test_paste_and_undo (Fixture *f, gconstpointer data)
{
  gpointer args[] = { f, "科技志愿者新增册人数/发布活动数", "仪征市", "6" };

  go (f, CN, "宝应县");
  /* 2 rows × 3 columns as Excel puts them: \r\n, trailing newline. */
  paste (f, "1\t2\t3\r\n4\t5\t6\r\n");
  g_assert_true (kl_grid_test_pump_until (quota_is, args, 3000));
  assert_quota (f, CN, "宝应县", "1");
  assert_quota (f, CN, "仪征市", "3");
  /* The next row down is the composite volunteers indicator: "4" fits. */
  assert_quota (f, "科技志愿者新增册人数/发布活动数", "宝应县", "4");
  assert_shown (f, CN, "高邮市", "2");
  assert_shown (f, CN, "Sum of units", "3406");
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Paste");
  /* One undo takes the whole block back. */
  g_assert_true (kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_z, GDK_CONTROL_MASK));
  assert_quota (f, CN, "宝应县", "500");
  assert_quota (f, CN, "仪征市", "1000");
  assert_quota (f, "科技志愿者新增册人数/发布活动数", "宝应县", "500/20");
  assert_shown (f, CN, "Sum of units", "5700");
  g_assert_true (kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_z,
                                   GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  assert_quota (f, CN, "仪征市", "3");
}

static void
test_paste_refused (Fixture *f, gconstpointer data)
{
  go (f, CN, "宝应县");
  /* One bad cell in the block: nothing is written. */
  paste (f, "1\t2\t3\n4\tabc\t6\n");
  g_assert_true (kl_grid_test_pump_until (message_shown, f, 3000));
  assert_quota (f, CN, "宝应县", "500");
  assert_quota (f, "科技志愿者新增册人数/发布活动数", "宝应县", "500/20");
  g_assert_nonnull (strstr (kl_quota_grid_get_message (f->grid), "高邮市"));
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Import plan");
  /* A block running into the calculated columns is refused whole. */
  go (f, CN, "广陵区");
  paste (f, "1\t2\t3\t4\n");
  g_assert_true (kl_grid_test_pump_until (message_shown, f, 3000));
  assert_quota (f, CN, "广陵区", "1000");
  /* A block longer than the sheet is refused whole. */
  go (f, "公民科学素养大赛(参赛数)", "宝应县");
  paste (f, "1\n2\n");
  g_assert_true (kl_grid_test_pump_until (message_shown, f, 3000));
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Import plan");
}

static void
test_paste_quoted (Fixture *f, gconstpointer data)
{
  gpointer args[] = { f, LECTURES, "高邮市", "7/3" };

  go (f, LECTURES, "宝应县");
  /* LibreOffice quotes cells; a lone value fills a selection. */
  paste (f, "\"6/2\"\t\"7/3\"\n");
  g_assert_true (kl_grid_test_pump_until (quota_is, args, 3000));
  assert_quota (f, LECTURES, "宝应县", "6/2");
  assert_shown (f, LECTURES, "高邮市", "7/3");
  go (f, CN, "宝应县");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Right, GDK_SHIFT_MASK);
  paste (f, "9\n");
  args[1] = CN, args[2] = "仪征市", args[3] = "9";
  g_assert_true (kl_grid_test_pump_until (quota_is, args, 3000));
  assert_quota (f, CN, "宝应县", "9");
  assert_quota (f, CN, "江都区", "800");
}

static void
test_fill_and_delete (Fixture *f, gconstpointer data)
{
  GtkWidget *grid = GTK_WIDGET (f->grid);

  /* Ctrl+R: 宝应县's 500 over the selected row. */
  go (f, CN, "宝应县");
  kl_grid_test_key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (grid, GDK_KEY_r, GDK_CONTROL_MASK);
  assert_quota (f, CN, "高邮市", "500");
  assert_quota (f, CN, "仪征市", "500");
  assert_shown (f, CN, "仪征市", "500");
  /* Ctrl+D on one cell copies the row above (group headings skipped). */
  go (f, "科普体验馆", "开发区");
  kl_grid_test_key (grid, GDK_KEY_d, GDK_CONTROL_MASK);
  assert_quota (f, "科普体验馆", "开发区", "0");
  /* Delete clears the selection in one step; undo brings it back. */
  go (f, CN, "宝应县");
  kl_grid_test_key (grid, GDK_KEY_Down, GDK_SHIFT_MASK);
  kl_grid_test_key (grid, GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (grid, GDK_KEY_Delete, 0);
  assert_quota (f, CN, "宝应县", "");
  assert_quota (f, "科技志愿者新增册人数/发布活动数", "高邮市", "");
  assert_shown (f, CN, "宝应县", "");
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Clear cells");
  kl_grid_test_key (grid, GDK_KEY_z, GDK_CONTROL_MASK);
  assert_quota (f, CN, "宝应县", "500");
  assert_quota (f, "科技志愿者新增册人数/发布活动数", "高邮市", "600/20");
}

static void
copied (GObject *source, GAsyncResult *result, gpointer data)
{
  *(char **) data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_copy (Fixture *f, gconstpointer data)
{
  g_autofree char *text = NULL;

  go (f, LECTURES, "仪征市");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Down, GDK_SHIFT_MASK);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_c, GDK_CONTROL_MASK);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), NULL,
                                 copied, &text);
  g_assert_true (kl_grid_test_pump_until (is_set, &text, 3000));
  g_assert_cmpstr (text, ==, "5\t20/10\n1000\t800\n");
}

static void
test_total_and_difference (Fixture *f, gconstpointer data)
{
  GtkWidget *cell;

  go (f, CN, "Assigned total");
  kl_grid_test_type (f->grid, "6000");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_shown (f, CN, "Assigned total", "6000");
  assert_shown (f, CN, "Difference", "-300");
  cell = kl_quota_grid_get_cell_widget (f->grid, row (f, CN), col (f, "Difference"));
  g_assert_true (gtk_widget_has_css_class (cell, "kl-diff-nonzero"));
  go (f, CN, "开发区");
  kl_grid_test_type (f->grid, "1100");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_shown (f, CN, "Difference", "0");
  g_assert_false (gtk_widget_has_css_class (cell, "kl-diff-nonzero"));
}

/* The page on a Yangzhou-like plan, for people to look at: written to
 * $KL_SCREENSHOT_DIR/quota-page.png when set (else a temporary file). */
static void
test_screenshot (Fixture *f, gconstpointer data)
{
  const char *dir = g_getenv ("KL_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : g_dir_make_tmp ("kl-shot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : tmp, "quota-page.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;

  go (f, "科技志愿者新增册人数/发布活动数", "邗江区");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Right, GDK_SHIFT_MASK);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Down, GDK_SHIFT_MASK);
  go (f, CN, "Assigned total");
  kl_grid_test_type (f->grid, "6000");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  go (f, RATE, "宝应县");
  kl_grid_test_type (f->grid, "120");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  kl_grid_test_pump_for (200);
  gtk_test_widget_wait_for_draw (f->window);
  kl_grid_test_save_png (GTK_WIDGET (f->page), path);
  texture = gdk_texture_new_from_filename (path, NULL);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (f->page)));
  g_test_message ("screenshot: %s", path);
  if (tmp != NULL)
    {
      g_unlink (path);
      g_rmdir (tmp);
    }
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ui/quota-grid/shows-plan", test_shows_plan);
  ADD ("/ui/quota-grid/type-and-enter", test_type_and_enter);
  ADD ("/ui/quota-grid/navigate", test_navigate);
  ADD ("/ui/quota-grid/bad-input", test_bad_input);
  ADD ("/ui/quota-grid/paste-and-undo", test_paste_and_undo);
  ADD ("/ui/quota-grid/paste-refused", test_paste_refused);
  ADD ("/ui/quota-grid/paste-quoted", test_paste_quoted);
  ADD ("/ui/quota-grid/fill-and-delete", test_fill_and_delete);
  ADD ("/ui/quota-grid/copy", test_copy);
  ADD ("/ui/quota-grid/total-and-difference", test_total_and_difference);
  ADD ("/ui/quota-page/screenshot", test_screenshot);
  return g_test_run ();
}
