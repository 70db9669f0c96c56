/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "kl-test-support.h"
#include "../model/kl-test-plan.h"
#include "widgets/progress/kl-progress-sheet.h"

/* After an edit the progress sheet refreshes the roll-up of the edited
 * indicators alone (one query over their figures, their row redrawn),
 * not every figure of the plan — and shows exactly what a full load
 * shows, parent units' sums and totals included.  No display needed.
 *
 * 宝应县 with its towns 城关镇 and 氾水镇, 城北村 under 氾水镇; 高邮市 alone. */

typedef struct
{
  KlStore         *store;
  gint64           plan;
  gint64           people, lectures;
  KlProgressSheet *sheet;
  guint            values_changed;
  GPtrArray       *rows_changed;  /* KlGridRow *, borrowed */
} Fixture;

enum { BAOYING, CHENGGUAN, FANSHUI, CHENGBEI, GAOYOU, N_UNITS };

static const KlPeriod year_2021 = { 2021, KL_CYCLE_YEAR, 1 };

static void
on_values_changed (KlGridSource *source, Fixture *f)
{
  f->values_changed++;
}

static void
on_row_changed (KlGridSource *source, KlGridRow *row, Fixture *f)
{
  g_ptr_array_add (f->rows_changed, row);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  gint64 baoying, fanshui;

  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "宝应县科普工作要点", KL_NUMBERING_RESTART);
  f->people = kl_test_add_indicator (f->store, f->plan, "科普中国新推广人数",
                                     KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL, NULL);
  f->lectures = kl_test_add_indicator (f->store, f->plan, "讲座", KL_INDICATOR_COUNT,
                                       KL_PERIOD_ANNUAL, "场次/人次");
  baoying = kl_test_add_unit (f->store, "宝应县", 0);
  kl_test_add_unit (f->store, "城关镇", baoying);
  fanshui = kl_test_add_unit (f->store, "氾水镇", baoying);
  kl_test_add_unit (f->store, "城北村", fanshui);
  kl_test_add_unit (f->store, "高邮市", 0);
  kl_test_set_quota (f->store, f->people, kl_store_find_unit (f->store, "城关镇", NULL), "400");
  kl_test_set_quota (f->store, f->people, fanshui, "500");
  kl_test_set_quota (f->store, f->people, kl_store_find_unit (f->store, "高邮市", NULL), "100");
  kl_test_set_quota (f->store, f->lectures, fanshui, "6/2");
  kl_test_set_figure (f->store, f->people, kl_store_find_unit (f->store, "城关镇", NULL),
                      "2021", "100");
  kl_test_set_figure (f->store, f->people, kl_store_find_unit (f->store, "高邮市", NULL),
                      "2021", "20");
  kl_test_set_figure (f->store, f->lectures, fanshui, "2021", "3/1");
  f->sheet = kl_progress_sheet_new (f->store, f->plan, &year_2021);
  f->rows_changed = g_ptr_array_new ();
  g_signal_connect (f->sheet, "values-changed", G_CALLBACK (on_values_changed), f);
  g_signal_connect (f->sheet, "row-changed", G_CALLBACK (on_row_changed), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->sheet);
  g_clear_pointer (&f->rows_changed, g_ptr_array_unref);
  g_clear_object (&f->store);
}

/* The leaf row of @indicator. */
static KlGridRow *
row_of (KlProgressSheet *sheet, gint64 indicator)
{
  GListModel *rows = kl_grid_source_get_rows (KL_GRID_SOURCE (sheet));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KlGridRow) row = g_list_model_get_item (rows, i);

      if (!kl_grid_row_is_group (row) && kl_grid_row_get_key (row) == indicator)
        return row;
    }
  g_assert_not_reached ();
}

/* Every cell of @indicator's row, "|"-separated. */
static char *
row_text (KlProgressSheet *sheet, gint64 indicator)
{
  KlGridRow *row = row_of (sheet, indicator);
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < kl_grid_source_get_n_columns (KL_GRID_SOURCE (sheet)); c++)
    {
      KlGridCellData cell = { 0 };

      kl_grid_source_get_cell (KL_GRID_SOURCE (sheet), row, c, &cell);
      g_string_append_printf (out, "%s%s", c ? "|" : "", cell.text ? cell.text : "");
      kl_grid_cell_data_clear (&cell);
    }
  return g_string_free (out, FALSE);
}

static char *
cell_text (KlProgressSheet *sheet, gint64 indicator, guint column)
{
  KlGridCellData cell = { 0 };
  char *text;

  kl_grid_source_get_cell (KL_GRID_SOURCE (sheet), row_of (sheet, indicator), column, &cell);
  text = g_strdup (cell.text ? cell.text : "");
  kl_grid_cell_data_clear (&cell);
  return text;
}

static void
type (Fixture *f, gint64 indicator, guint unit, const char *text)
{
  KlGridWrite write = { row_of (f->sheet, indicator), unit, text };
  g_autoptr(GError) error = NULL;
  guint failed = 0;

  g_assert_true (kl_grid_source_write (KL_GRID_SOURCE (f->sheet), "test", &write, 1,
                                       &failed, &error));
  g_assert_no_error (error);
  /* The refresh runs from an idle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The rows and totals a freshly loaded sheet shows. */
static void
assert_as_full_load (Fixture *f)
{
  g_autoptr(KlProgressSheet) fresh = kl_progress_sheet_new (f->store, f->plan, &year_2021);
  gint64 indicators[] = { f->people, f->lectures };

  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    {
      g_autofree char *shown = row_text (f->sheet, indicators[i]);
      g_autofree char *loaded = row_text (fresh, indicators[i]);

      g_assert_cmpstr (shown, ==, loaded);
    }
}

/* 城北村's figure: 氾水镇 shows it as its sum, 宝应县 the towns' sum, and
 * the totals count the top-level units once.  Only 科普中国新推广人数's row
 * is redrawn; 讲座 keeps its cells. */
static void
test_edit_refreshes_its_indicator (Fixture *f, gconstpointer data)
{
  g_autofree char *lectures_before = row_text (f->sheet, f->lectures);
  g_autofree char *lectures_after = NULL, *baoying = NULL, *fanshui = NULL, *period = NULL;
  KlGridRow *people = row_of (f->sheet, f->people);

  type (f, f->people, CHENGBEI, "250");
  g_assert_cmpuint (f->values_changed, ==, 0);
  g_assert_cmpuint (f->rows_changed->len, >, 0);
  for (guint i = 0; i < f->rows_changed->len; i++)
    g_assert_true (g_ptr_array_index (f->rows_changed, i) == people);
  fanshui = cell_text (f->sheet, f->people, FANSHUI);
  baoying = cell_text (f->sheet, f->people, BAOYING);
  period = cell_text (f->sheet, f->people, N_UNITS);   /* This period */
  g_assert_cmpstr (fanshui, ==, "250");
  g_assert_cmpstr (baoying, ==, "350");
  g_assert_cmpstr (period, ==, "370");
  lectures_after = row_text (f->sheet, f->lectures);
  g_assert_cmpstr (lectures_after, ==, lectures_before);
  assert_as_full_load (f);
}

/* Edits in a row, a figure cleared, another indicator: each refresh
 * still matches a full load. */
static void
test_edits_match_full_load (Fixture *f, gconstpointer data)
{
  g_autofree char *period = NULL;

  type (f, f->people, CHENGGUAN, "120");
  type (f, f->people, GAOYOU, "");
  assert_as_full_load (f);
  type (f, f->lectures, CHENGBEI, "2/40");
  type (f, f->people, BAOYING, "1000");        /* the county's own figure stands */
  assert_as_full_load (f);
  period = cell_text (f->sheet, f->people, N_UNITS);
  g_assert_cmpstr (period, ==, "1000");
  g_assert_cmpuint (f->values_changed, ==, 0);
}

/* A change from elsewhere (undo) reloads everything. */
static void
test_undo_reloads (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  type (f, f->people, CHENGBEI, "250");
  g_assert_true (kl_store_undo (f->store, &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (f->values_changed, >, 0);
  assert_as_full_load (f);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/progress-sheet/edit-refreshes-its-indicator", test_edit_refreshes_its_indicator);
  ADD ("/progress-sheet/edits-match-full-load", test_edits_match_full_load);
  ADD ("/progress-sheet/undo-reloads", test_undo_reloads);
  return g_test_run ();
}
