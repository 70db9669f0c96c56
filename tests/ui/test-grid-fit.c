/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kl-app-test.h"
#include "kl-test-support.h"
#include "widgets/progress/kl-progress-page.h"
#include "widgets/quota/kl-quota-page.h"

/* The quota and progress sheets in the main window of a 1366×768 laptop
 * (and of a narrow window): the summary columns (totals, rates) lie inside
 * the grid's visible width, the indicator column stays put while the units
 * scroll sideways. */

typedef struct
{
  KlTestLedger ledger;
  KlWindow    *window;
  KlQuotaGrid *grid;
} Fixture;

typedef struct
{
  const char *page;
  int         width, height;
  const char *summary[4];     /* the page's summary columns, in order */
} Case;

static const Case progress_1366 = {
  "progress", 1366, 768, { "This period", "Cumulative", "Quota", "Completion" }
};
static const Case quota_1366 = {
  "quota", 1366, 768, { "Sum of units", "Assigned total", "Difference", NULL }
};

#define CN "科普中国新推广人数"
#define FIRST_UNIT "宝应县"
#define LAST_UNIT "开发区"

static KlQuotaGrid *
page_grid (KlWindow *window, const char *name)
{
  GtkWidget *page = kl_window_get_page (window, name);

  if (g_str_equal (name, "progress"))
    return kl_progress_page_get_grid (KL_PROGRESS_PAGE (page));
  return kl_quota_page_get_grid (KL_QUOTA_PAGE (page));
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
open_window (Fixture *f, const Case *c)
{
  f->window = kl_window_new (NULL, f->ledger.store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), c->width, c->height);
  kl_window_set_page (f->window, c->page);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (kl_grid_test_pump_until (is_mapped, f->window, 5000));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  f->grid = page_grid (f->window, c->page);
  /* The column slots follow the allocation from an idle. */
  kl_grid_test_pump_for (200);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  open_window (f, data);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  kl_test_ledger_clear (&f->ledger);
}

/* Where the cell of @title in @indicator's row lies in the grid, or FALSE
 * when no cell of that column is on screen. */
static gboolean
cell_bounds (Fixture *f, const char *indicator, const char *title, graphene_rect_t *bounds)
{
  guint row = kl_grid_test_find_row (f->grid, indicator);
  guint column = title ? kl_grid_test_find_column (f->grid, title) : 0;
  GtkWidget *cell = kl_quota_grid_get_cell_widget (f->grid, row, column);

  return cell != NULL && gtk_widget_compute_bounds (cell, GTK_WIDGET (f->grid), bounds);
}

/* The cell lies wholly inside the grid's width. */
static void
assert_in_sight (Fixture *f, const char *indicator, const char *title)
{
  graphene_rect_t bounds;

  if (!cell_bounds (f, indicator, title, &bounds))
    g_error ("No cell of column “%s” on screen", title ? title : "(names)");
  if (bounds.origin.x < 0 ||
      bounds.origin.x + bounds.size.width > gtk_widget_get_width (GTK_WIDGET (f->grid)) + 0.5)
    g_error ("Column “%s” lies at x = %.0f … %.0f, the grid is %d wide",
             title ? title : "(names)", bounds.origin.x,
             bounds.origin.x + bounds.size.width, gtk_widget_get_width (GTK_WIDGET (f->grid)));
}

static void
assert_summary_in_sight (Fixture *f, const Case *c)
{
  for (guint i = 0; i < G_N_ELEMENTS (c->summary) && c->summary[i] != NULL; i++)
    assert_in_sight (f, CN, c->summary[i]);
}

static double
name_x (Fixture *f)
{
  graphene_rect_t bounds;

  g_assert_true (cell_bounds (f, CN, NULL, &bounds));
  return bounds.origin.x;
}

static void
test_summary_in_sight (Fixture *f, gconstpointer data)
{
  assert_summary_in_sight (f, data);
  assert_in_sight (f, CN, NULL);
  assert_in_sight (f, CN, FIRST_UNIT);
}

static gboolean
last_unit_shown (gpointer data)
{
  Fixture *f = data;
  graphene_rect_t bounds;

  return cell_bounds (f, CN, LAST_UNIT, &bounds);
}

/* At 1366 px not every unit fits beside the summary: moving to the last
 * unit scrolls the units, and only them. */
static void
test_scroll_keeps_names_and_summary (Fixture *f, gconstpointer data)
{
  guint row = kl_grid_test_find_row (f->grid, CN);
  double x = name_x (f);
  graphene_rect_t bounds;

  g_assert_false (last_unit_shown (f));
  kl_quota_grid_set_cursor (f->grid, row, kl_grid_test_find_column (f->grid, LAST_UNIT));
  g_assert_true (kl_grid_test_pump_until (last_unit_shown, f, 3000));
  kl_grid_test_pump_for (50);
  assert_in_sight (f, CN, LAST_UNIT);
  g_assert_false (cell_bounds (f, CN, FIRST_UNIT, &bounds));
  /* The indicator column did not move, and still names the row. */
  g_assert_cmpfloat (name_x (f), ==, x);
  g_assert_cmpstr (kl_grid_test_cell_text (f->grid, row, 0), ==, CN);
  assert_summary_in_sight (f, data);
  /* Right of the last unit is the first summary column. */
  g_assert_true (kl_quota_grid_get_cell_widget (f->grid, row,
                                                kl_grid_test_find_column (f->grid, LAST_UNIT) + 1)
                 != NULL);
}

/* A window too narrow for the summary beside one unit scrolls them all,
 * rather than hiding every unit. */
static void
test_narrow_window (Fixture *f, gconstpointer data)
{
  kl_grid_test_window_close (GTK_WIDGET (f->window));
  open_window (f, &(Case) { "progress", 760, 600, { NULL } });
  assert_in_sight (f, CN, NULL);
  assert_in_sight (f, CN, FIRST_UNIT);
}

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, c, fn) g_test_add (path, Fixture, c, fixture_set_up, fn, fixture_tear_down)
  ADD ("/grid-fit/progress/summary-in-sight", &progress_1366, test_summary_in_sight);
  ADD ("/grid-fit/progress/scroll", &progress_1366, test_scroll_keeps_names_and_summary);
  ADD ("/grid-fit/quota/summary-in-sight", &quota_1366, test_summary_in_sight);
  ADD ("/grid-fit/quota/scroll", &quota_1366, test_scroll_keeps_names_and_summary);
  ADD ("/grid-fit/narrow", &progress_1366, test_narrow_window);
  return g_test_run ();
}
