/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "kl-grid-test.h"
#include "model/kl-indicator.h"
#include "model/kl-unit.h"
#include "widgets/quota/kl-quota-page.h"
#include "widgets/grid/kl-grid-cell.h"

/* Two levels in the quota grid: 宝应县's towns 城关镇 and 氾水镇 follow
 * it, then 宝应县's subtotal and 差额 against its own quota; 合计 counts
 * the county once; an empty county cell shows its towns' sum in grey,
 * and a figure typed there is the county's own quota. */

typedef struct
{
  KlTestLedger ledger;
  GtkWidget   *window;
  KlQuotaPage *page;
  KlQuotaGrid *grid;
} Fixture;

#define BASES "优秀科普教育基地"
#define CN "科普中国新推广人数"
#define SUBTOTAL "宝应县 subtotal"
#define DIFF "宝应县 difference"

static void
add_town (Fixture *f, const char *name, const char *bases, const char *people)
{
  g_autoptr(GError) error = NULL;
  gint64 county = kl_store_find_unit (f->ledger.store, "宝应县", &error);
  gint64 town = 0;
  g_autoptr(GPtrArray) indicators = kl_store_list_indicators (f->ledger.store, f->ledger.plan,
                                                              &error);

  g_assert_true (kl_store_add_unit (f->ledger.store, name, KL_UNIT_REGION, county, &town,
                                    &error));
  for (guint i = 0; i < indicators->len; i++)
    {
      const KlIndicatorInfo *info = g_ptr_array_index (indicators, i);
      const char *text = g_str_equal (info->name, BASES) ? bases
                         : g_str_equal (info->name, CN) ? people : NULL;

      if (text != NULL)
        g_assert_true (kl_store_set_quota_text (f->ledger.store, info->id, town, text, &error));
    }
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  kl_test_ledger_yangzhou (&f->ledger);
  add_town (f, "城关镇", "1", "300");
  add_town (f, "氾水镇", "1", "200");
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
col (Fixture *f, const char *title)
{
  return kl_grid_test_find_column (f->grid, title);
}

static void
go (Fixture *f, const char *indicator, const char *column)
{
  kl_quota_grid_set_cursor (f->grid, kl_grid_test_find_row (f->grid, indicator), col (f, column));
  kl_grid_test_pump_for (30);
}

static const char *
shown (Fixture *f, const char *indicator, const char *column)
{
  go (f, indicator, column);
  return kl_grid_test_cell_text (f->grid, kl_grid_test_find_row (f->grid, indicator),
                                 col (f, column));
}

static gboolean
has_class (Fixture *f, const char *indicator, const char *column, const char *name)
{
  GtkWidget *cell;

  go (f, indicator, column);
  cell = kl_quota_grid_get_cell_widget (f->grid, kl_grid_test_find_row (f->grid, indicator),
                                        col (f, column));
  g_assert_nonnull (cell);
  return gtk_widget_has_css_class (cell, name);
}

static void
assert_quota (Fixture *f, const char *indicator, const char *unit, const char *expected)
{
  g_autofree char *stored = kl_grid_test_quota (f->ledger.store, f->ledger.plan, indicator, unit);

  g_assert_cmpstr (stored, ==, expected);
}

static void
test_grouped_columns (Fixture *f, gconstpointer data)
{
  guint county = col (f, "宝应县");

  /* The towns follow their county, then its subtotal and 差额. */
  g_assert_cmpuint (col (f, "城关镇"), ==, county + 1);
  g_assert_cmpuint (col (f, "氾水镇"), ==, county + 2);
  g_assert_cmpuint (col (f, SUBTOTAL), ==, county + 3);
  g_assert_cmpuint (col (f, DIFF), ==, county + 4);
  /* 宝应县's own quota is 1; its towns get 2: one more. */
  g_assert_cmpstr (shown (f, BASES, "宝应县"), ==, "1");
  g_assert_cmpstr (shown (f, BASES, SUBTOTAL), ==, "2");
  g_assert_cmpstr (shown (f, BASES, DIFF), ==, "+1");
  g_assert_true (has_class (f, BASES, DIFF, "kl-diff-nonzero"));
  /* 合计 counts the county once, not its towns again: 6 as before. */
  g_assert_cmpstr (shown (f, BASES, "Sum of units"), ==, "6");
  /* Subtotal and 差额 are calculated: typing there is refused. */
  go (f, BASES, SUBTOTAL);
  kl_grid_test_type (f->grid, "5");
  g_assert_null (kl_quota_grid_get_editor (f->grid));
  g_assert_cmpstr (shown (f, BASES, SUBTOTAL), ==, "2");
}

static void
test_town_edit (Fixture *f, gconstpointer data)
{
  go (f, CN, "氾水镇");
  kl_grid_test_type (f->grid, "100");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_quota (f, CN, "氾水镇", "100");
  g_assert_cmpstr (shown (f, CN, SUBTOTAL), ==, "400");
  go (f, BASES, "城关镇");
  kl_grid_test_type (f->grid, "0");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  /* 1 of 1: balanced, not marked. */
  g_assert_cmpstr (shown (f, BASES, DIFF), ==, "0");
  g_assert_false (has_class (f, BASES, DIFF, "kl-diff-nonzero"));
}

static void
test_parent_edit (Fixture *f, gconstpointer data)
{
  /* Cleared, the county shows its towns' sum in grey and 合计 takes it. */
  go (f, BASES, "宝应县");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Delete, 0);
  assert_quota (f, BASES, "宝应县", "");
  g_assert_cmpstr (shown (f, BASES, "宝应县"), ==, "2");
  g_assert_true (has_class (f, BASES, "宝应县", "kl-rolled-up"));
  g_assert_cmpstr (shown (f, BASES, DIFF), ==, "");
  g_assert_cmpstr (shown (f, BASES, "Sum of units"), ==, "7");
  /* The sum is not the county's: F2 starts from nothing. */
  go (f, BASES, "宝应县");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_F2, 0);
  g_assert_cmpstr (gtk_editable_get_text (kl_quota_grid_get_editor (f->grid)), ==, "");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Escape, 0);
  /* A figure typed there is the county's own quota. */
  kl_grid_test_type (f->grid, "3");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Return, 0);
  assert_quota (f, BASES, "宝应县", "3");
  assert_quota (f, BASES, "城关镇", "1");
  g_assert_cmpstr (shown (f, BASES, "宝应县"), ==, "3");
  g_assert_false (has_class (f, BASES, "宝应县", "kl-rolled-up"));
  g_assert_cmpstr (shown (f, BASES, DIFF), ==, "-1");
  g_assert_cmpstr (shown (f, BASES, "Sum of units"), ==, "8");
}

/* For people to look at: $KL_SCREENSHOT_DIR/quota-two-levels.png when
 * set (build-aux/screenshots.sh makes the Chinese one from the app). */
static void
test_screenshot (Fixture *f, gconstpointer data)
{
  const char *dir = g_getenv ("KL_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : g_dir_make_tmp ("kl-shot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : tmp, "quota-two-levels.png", NULL);
  g_autoptr(GdkTexture) texture = NULL;

  go (f, BASES, "宝应县");
  kl_grid_test_key (GTK_WIDGET (f->grid), GDK_KEY_Delete, 0);
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

int
main (int argc, char **argv)
{
  kl_grid_test_init (&argc, &argv);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ui/quota-levels/grouped-columns", test_grouped_columns);
  ADD ("/ui/quota-levels/town-edit", test_town_edit);
  ADD ("/ui/quota-levels/parent-edit", test_parent_edit);
  ADD ("/ui/quota-levels/screenshot", test_screenshot);
  return g_test_run ();
}
