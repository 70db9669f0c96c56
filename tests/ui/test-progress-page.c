/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kl-grid-test.h"
#include "model/kl-indicator.h"
#include "model/kl-plan.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"
#include "model/kl-collection.h"
#include "widgets/progress/kl-progress-page.h"
#include "widgets/progress/kl-report-button.h"
#include "widgets/grid/kl-grid-cell.h"

/* The progress page on a Yangzhou-like plan reported quarterly: figures
 * typed and pasted through the grid's key controller, checked in the
 * ledger (kl_store_list_progress) and on screen (cell labels, rates). */

typedef struct
{
  KlTestLedger    ledger;
  GtkWidget      *window;
  KlProgressPage *page;
  KlQuotaGrid    *grid;
} Fixture;

#define CN "科普中国新推广人数"
#define RATE "科普场馆免费开放率"

static void
set_quarterly (KlStore *store, gint64 plan_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KlPlanInfo) plan = kl_store_get_plan (store, plan_id, &error);

  g_assert_no_error (error);
  plan->report_cycle = KL_CYCLE_QUARTER;
  g_assert_true (kl_store_update_plan (store, plan, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  set_quarterly (f->ledger.store, f->ledger.plan);
  f->page = KL_PROGRESS_PAGE (kl_progress_page_new ());
  f->grid = kl_progress_page_get_grid (f->page);
  f->window = kl_grid_test_show_page (GTK_WIDGET (f->page), &f->ledger, GTK_WIDGET (f->grid));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (f->window);
  kl_test_ledger_clear (&f->ledger);
}

static guint
col (Fixture *f, const char *title)
{
  return kl_grid_test_find_column (f->grid, title);
}

static guint
row (Fixture *f, const char *indicator)
{
  return kl_grid_test_find_row (f->grid, indicator);
}

static const char *
shown (Fixture *f, const char *indicator, const char *column)
{
  return kl_grid_test_cell_text (f->grid, row (f, indicator), col (f, column));
}

typedef struct
{
  Fixture    *f;
  const char *indicator, *column, *expected;
} Shown;

static gboolean
is_shown (gpointer data)
{
  Shown *w = data;

  return g_strcmp0 (shown (w->f, w->indicator, w->column), w->expected) == 0;
}

/* Totals and rates follow a write from an idle reload: wait for them. */
static void
assert_shown (Fixture *f, const char *indicator, const char *column, const char *expected)
{
  Shown w = { f, indicator, column, expected };

  kl_grid_test_pump_until (is_shown, &w, 3000);
  g_assert_cmpstr (shown (f, indicator, column), ==, expected);
}

static GtkWidget *
cell (Fixture *f, const char *indicator, const char *column)
{
  return kl_quota_grid_get_cell_widget (f->grid, row (f, indicator), col (f, column));
}

static void
go (Fixture *f, const char *indicator, const char *unit)
{
  kl_quota_grid_set_cursor (f->grid, row (f, indicator), col (f, unit));
  kl_grid_test_pump_for (30);
}

static KlPeriod
quarter (int index)
{
  KlPeriod period = { 2021, KL_CYCLE_QUARTER, index };

  return period;
}

/* The stored figure (and note) of a cell in a quarter; "" when none. */
static char *
stored (Fixture *f, const char *indicator, const char *unit, int q, char **note)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period = quarter (q);
  g_autoptr(GPtrArray) list = kl_store_list_progress (f->ledger.store, f->ledger.plan, &period, &error);
  gint64 unit_id = kl_store_find_unit (f->ledger.store, unit, &error);
  guint position = row (f, indicator);
  gint64 indicator_id = kl_grid_row_get_key (kl_quota_grid_get_row (f->grid, position));

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      KlProgressEntry *e = g_ptr_array_index (list, i);
      if (e->indicator_id == indicator_id && e->unit_id == unit_id)
        {
          if (note != NULL)
            *note = g_strdup (e->note);
          return kl_cell_value_format (&e->value);
        }
    }
  return g_strdup ("");
}

static void
assert_stored (Fixture *f, const char *indicator, const char *unit, int q, const char *expected)
{
  g_autofree char *value = stored (f, indicator, unit, q, NULL);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_periods (Fixture *f, gconstpointer data)
{
  const KlPeriod *period = kl_progress_page_get_period (f->page);
  KlPeriod q3 = quarter (3);

  /* No figures yet and 2021 is past: the first quarter. */
  g_assert_cmpint (period->year, ==, 2021);
  g_assert_cmpint (period->cycle, ==, KL_CYCLE_QUARTER);
  g_assert_cmpint (period->index, ==, 1);
  g_assert_true (kl_progress_page_set_period (f->page, &q3));
  g_assert_cmpint (kl_progress_page_get_period (f->page)->index, ==, 3);
  g_assert_cmpstr (kl_progress_page_get_update_text (f->page), ==,
                   "Nothing reported for this period yet");
  /* Quotas are there before any figure. */
  assert_shown (f, CN, "Quota", "5700");
  assert_shown (f, CN, "Completion", "");
}

static void
test_type_and_rates (Fixture *f, gconstpointer data)
{
  GtkWidget *rate;

  go (f, CN, "宝应县");
  kl_grid_test_type (f->grid, "300");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_stored (f, CN, "宝应县", 1, "300");
  /* The cell shows the figure at once, the totals right after. */
  g_assert_cmpstr (shown (f, CN, "宝应县"), ==, "300");
  assert_shown (f, CN, "This period", "300");
  assert_shown (f, CN, "Cumulative", "300");
  /* 300 of 5700 after a quarter: lagging, said in words and colour. */
  assert_shown (f, CN, "Completion", "5.3% · lagging");
  rate = cell (f, CN, "Completion");
  g_assert_true (gtk_widget_has_css_class (rate, "kl-rate-lagging"));
  g_assert_nonnull (strstr (kl_progress_page_get_update_text (f->page), "Last updated"));
  /* Local time, no zone name (kl_format_local_time). */
  g_assert_null (strstr (kl_progress_page_get_update_text (f->page), "UTC"));
  /* Tab along the row: 1400 more is on track (1700 ≥ 25 % of 5700). */
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Up, 0);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  kl_grid_test_type (f->grid, "1400");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  assert_stored (f, CN, "高邮市", 1, "1400");
  assert_shown (f, CN, "Completion", "29.8% · on track");
  g_assert_true (gtk_widget_has_css_class (rate, "kl-rate-on-track"));
  g_assert_false (gtk_widget_has_css_class (rate, "kl-rate-lagging"));
  /* Next quarter: its own cells, the cumulative figure carries on. */
  {
    KlPeriod q2 = quarter (2);
    g_assert_true (kl_progress_page_set_period (f->page, &q2));
  }
  assert_shown (f, CN, "宝应县", "");
  assert_shown (f, CN, "This period", "");
  go (f, CN, "仪征市");
  kl_grid_test_type (f->grid, "4000");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_stored (f, CN, "仪征市", 2, "4000");
  assert_stored (f, CN, "仪征市", 1, "");
  assert_shown (f, CN, "Cumulative", "5700");
  assert_shown (f, CN, "Completion", "100% · met");
  g_assert_true (gtk_widget_has_css_class (rate, "kl-rate-met"));
}

static void
refused (Fixture *f, const char *indicator, const char *unit, const char *text)
{
  go (f, indicator, unit);
  kl_grid_test_type (f->grid, text);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  g_assert_nonnull (kl_quota_grid_get_editor (f->grid));
  g_assert_true (gtk_widget_has_css_class (cell (f, indicator, unit), "kl-cell-error"));
  g_assert_cmpstr (kl_quota_grid_get_message (f->grid), !=, "");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Escape, 0);
  assert_stored (f, indicator, unit, 1, "");
}

static gboolean
message_shown (gpointer data)
{
  return *kl_quota_grid_get_message (((Fixture *) data)->grid) != '\0';
}

static gboolean
stored_is_300 (gpointer data)
{
  g_autofree char *value = stored (data, CN, "宝应县", 1, NULL);

  return g_str_equal (value, "300");
}

static void
test_bad_input_and_paste (Fixture *f, gconstpointer data)
{
  refused (f, CN, "宝应县", "abc");
  refused (f, CN, "宝应县", "-5");
  refused (f, CN, "宝应县", "3/4");
  refused (f, RATE, "宝应县", "120%");
  refused (f, "公民科学素养大赛(参赛数)", "宝应县", "占中小学学生总数 20%");
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), !=, "Edit cell");
  /* A block with one bad cell: nothing stored. */
  go (f, CN, "宝应县");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), "300\t400\n50\tx\n");
  kl_quota_grid_show_message (f->grid, NULL, FALSE);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_v, GDK_CONTROL_MASK);
  g_assert_true (kl_grid_test_pump_until (message_shown, f, 3000));
  assert_stored (f, CN, "宝应县", 1, "");
  /* The good block goes in as one step, and one undo takes it out. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), "300\t400\r\n50\t60\r\n");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_v, GDK_CONTROL_MASK);
  g_assert_true (kl_grid_test_pump_until (stored_is_300, f, 3000));
  assert_stored (f, "科技志愿者新增册人数/发布活动数", "高邮市", 1, "60");
  assert_shown (f, CN, "This period", "700");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_z, GDK_CONTROL_MASK);
  assert_stored (f, CN, "宝应县", 1, "");
  assert_stored (f, "科技志愿者新增册人数/发布活动数", "高邮市", 1, "");
  assert_shown (f, CN, "This period", "");
}

static void
test_note (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *value = NULL;
  GtkEditable *entry;
  const char *tooltip;

  go (f, CN, "江都区");
  kl_grid_test_type (f->grid, "200");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Up, 0);
  /* The Menu key opens the note of the cursor cell. */
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Menu, 0);
  entry = kl_progress_page_edit_note (f->page);
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "含3月科技周活动");
  g_assert_true (kl_progress_page_save_note (f->page, &error));
  g_assert_no_error (error);
  value = stored (f, CN, "江都区", 1, &note);
  g_assert_cmpstr (value, ==, "200");
  g_assert_cmpstr (note, ==, "含3月科技周活动");
  g_assert_true (gtk_widget_has_css_class (cell (f, CN, "江都区"), "kl-has-note"));
  tooltip = kl_grid_cell_get_tooltip (KL_GRID_CELL (cell (f, CN, "江都区")));
  g_assert_nonnull (strstr (tooltip, "含3月科技周活动"));
  g_assert_nonnull (strstr (tooltip, "Last updated"));
  g_assert_cmpstr (kl_store_get_undo_label (f->ledger.store), ==, "Edit progress note");
  /* Figures keep the note; an empty note removes it. */
  go (f, CN, "江都区");
  kl_grid_test_type (f->grid, "250");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  g_clear_pointer (&note, g_free);
  g_clear_pointer (&value, g_free);
  value = stored (f, CN, "江都区", 1, &note);
  g_assert_cmpstr (value, ==, "250");
  g_assert_cmpstr (note, ==, "含3月科技周活动");
  go (f, CN, "江都区");
  entry = kl_progress_page_edit_note (f->page);
  gtk_editable_set_text (entry, "");
  g_assert_true (kl_progress_page_save_note (f->page, &error));
  g_assert_false (gtk_widget_has_css_class (cell (f, CN, "江都区"), "kl-has-note"));
  /* Calculated columns take no note. */
  go (f, CN, "Quota");
  g_assert_null (kl_progress_page_edit_note (f->page));
}

static void
test_screenshot (Fixture *f, gconstpointer data)
{
  const char *dir = g_getenv ("KL_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : g_dir_make_tmp ("kl-shot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : tmp, "progress-page.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  KlPeriod q3 = quarter (3);
  const char *rows[] = {
    "1\t1\t1\t1\t1\t1\t0\n1\t1\t1\t1\t0\t1\t1\n3\t2\t3\t2\t1\t2\t1\n2\t1\t1\t1\t1\t1\t1\n",
    "2\t1\t2\t2\t1\t2\t1\n5\t5\t4\t20/8\t18/10\t20/10\t3\n420\t800\t650\t900\t760\t1100\t500\n",
  };

  kl_progress_page_set_period (f->page, &q3);
  go (f, "优秀科普教育基地", "宝应县");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), rows[0]);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_v, GDK_CONTROL_MASK);
  kl_grid_test_pump_for (300);
  go (f, "2021科普教育基地认定", "宝应县");
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->grid)), rows[1]);
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_v, GDK_CONTROL_MASK);
  kl_grid_test_pump_for (300);
  go (f, RATE, "宝应县");
  kl_grid_test_type (f->grid, "88");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  go (f, CN, "广陵区");
  kl_progress_page_edit_note (f->page);
  gtk_editable_set_text (kl_progress_page_edit_note (f->page), "含科技周集中推广");
  kl_progress_page_save_note (f->page, NULL);
  go (f, "科技志愿者新增册人数/发布活动数", "邗江区");
  kl_grid_test_pump_for (200);
  gtk_test_widget_wait_for_draw (f->window);
  kl_grid_test_save_png (GTK_WIDGET (f->page), path);
  texture = gdk_texture_new_from_filename (path, NULL);
  g_assert_nonnull (texture);
  g_test_message ("screenshot: %s", path);
  if (tmp != NULL)
    {
      g_unlink (path);
      g_rmdir (tmp);
    }
}

/* A figure collected from a returned file says where it came from, and
 * the 催报 button counts who has reported. */
static void
test_collected_source (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) kl_collected_file_free);
  KlCollectedFile *file = kl_collected_file_new ();
  KlCellValue value = { KL_CELL_NUMBER, 1, { 830 }, 0, NULL };
  KlReportButton *button = KL_REPORT_BUTTON (gtk_widget_get_template_child (
    GTK_WIDGET (f->page), KL_TYPE_PROGRESS_PAGE, "report_button"));
  g_autoptr(GError) error = NULL;
  gint64 jiangdu = kl_store_find_unit (f->ledger.store, "江都区", NULL);
  gint64 indicator = 0;
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->ledger.store, f->ledger.plan, NULL);
  const char *tooltip;

  g_assert_cmpstr (kl_report_button_get_label (button), ==, "Reported 0/7");
  for (guint i = 0; i < indicators->len; i++)
    if (g_str_equal (((KlIndicatorInfo *) indicators->pdata[i])->name, CN))
      indicator = ((KlIndicatorInfo *) indicators->pdata[i])->id;
  file->plan_id = f->ledger.plan;
  g_assert_true (kl_period_parse ("2021-Q1", &file->period, NULL));
  file->file_name = g_strdup ("江都区.xlsx");
  file->sha256 = g_strdup ("00");
  file->writer = g_strdup ("WPS");
  g_array_append_val (file->unit_ids, jiangdu);
  kl_collected_file_add (file, indicator, jiangdu, &value, "线上线下");
  g_ptr_array_add (files, file);
  g_assert_true (kl_store_collect (f->ledger.store, files, &error));
  g_assert_no_error (error);
  kl_grid_test_pump_for (100);

  assert_shown (f, CN, "江都区", "830");
  tooltip = kl_grid_cell_get_tooltip (KL_GRID_CELL (cell (f, CN, "江都区")));
  g_assert_nonnull (strstr (tooltip, "From 江都区.xlsx (WPS), imported"));
  /* A collected cell has no hand edit's time: its time is its import's. */
  g_assert_nonnull (strstr (tooltip, "Last updated 20"));
  g_assert_nonnull (strstr (kl_progress_page_get_update_text (f->page), "Last updated 20"));
  g_assert_cmpstr (kl_report_button_get_label (button), ==, "Reported 1/7");
  g_assert_nonnull (strstr (kl_report_button_get_reminder (button), "宝应县"));
  g_assert_null (strstr (kl_report_button_get_reminder (button), "江都区"));
  /* Undone, the figure and the report go together. */
  g_assert_true (kl_store_undo (f->ledger.store, &error));
  kl_grid_test_pump_for (100);
  assert_shown (f, CN, "江都区", "");
  g_assert_cmpstr (kl_report_button_get_label (button), ==, "Reported 0/7");
}

static gboolean
has_rolled_up (gpointer data)
{
  GtkWidget *widget = cell (data, CN, "宝应县");

  return widget != NULL && gtk_widget_has_css_class (widget, "kl-rolled-up");
}

/* Two levels: 宝应县's towns report; the county shows their sum in grey
 * until it has a figure of its own; the totals count the county once. */
static void
test_two_levels (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 county = kl_store_find_unit (f->ledger.store, "宝应县", &error);

  g_assert_true (kl_store_add_unit (f->ledger.store, "城关镇", KL_UNIT_REGION, county, NULL,
                                    &error));
  g_assert_true (kl_store_add_unit (f->ledger.store, "氾水镇", KL_UNIT_REGION, county, NULL,
                                    &error));
  g_assert_no_error (error);
  kl_grid_test_pump_for (100);
  g_assert_cmpuint (col (f, "城关镇"), ==, col (f, "宝应县") + 1);
  go (f, CN, "城关镇");
  kl_grid_test_type (f->grid, "100");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  kl_grid_test_type (f->grid, "50");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Tab, 0);
  assert_stored (f, CN, "氾水镇", 1, "50");
  go (f, CN, "宝应县");
  assert_shown (f, CN, "宝应县", "150");
  g_assert_true (kl_grid_test_pump_until (has_rolled_up, f, 3000));
  assert_stored (f, CN, "宝应县", 1, "");
  assert_shown (f, CN, "This period", "150");
  /* A figure typed for the county is its own and stands over the sum. */
  kl_grid_test_type (f->grid, "200");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_stored (f, CN, "宝应县", 1, "200");
  assert_stored (f, CN, "城关镇", 1, "100");
  assert_shown (f, CN, "This period", "200");
  go (f, CN, "宝应县");
  assert_shown (f, CN, "宝应县", "200");
  g_assert_false (has_rolled_up (f));
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ui/progress-page/periods", test_periods);
  ADD ("/ui/progress-page/type-and-rates", test_type_and_rates);
  ADD ("/ui/progress-page/bad-input-and-paste", test_bad_input_and_paste);
  ADD ("/ui/progress-page/note", test_note);
  ADD ("/ui/progress-page/collected-source", test_collected_source);
  ADD ("/ui/progress-page/two-levels", test_two_levels);
  ADD ("/ui/progress-page/screenshot", test_screenshot);
  return g_test_run ();
}
