/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-indicator.h"
#include "model/kl-progress.h"
#include "model/kl-unit.h"

/* Two levels in one ledger: 宝应县 with its towns 城关镇 and 氾水镇, and
 * 城北村 under 氾水镇; 高邮市 alone.  A parent with no figure (or quota)
 * of its own shows its children's sum, marked so; its own entry stands. */

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   people, lectures, bases, literacy;
  gint64   baoying, chengguan, fanshui, chengbei, gaoyou;
} Fixture;

static gint64
add_indicator (Fixture *f, const char *name, KlIndicatorKind kind, KlPeriodKind period,
               const char *parts)
{
  return kl_test_add_indicator (f->store, f->plan, name, kind, period, parts);
}

static gint64
add_unit (Fixture *f, const char *name, gint64 parent)
{
  return kl_test_add_unit (f->store, name, parent);
}

static void
quota (Fixture *f, gint64 indicator, gint64 unit, const char *text)
{
  kl_test_set_quota (f->store, indicator, unit, text);
}

static void
figure (Fixture *f, gint64 indicator, gint64 unit, const char *when, const char *text)
{
  kl_test_set_figure (f->store, indicator, unit, when, text);
}

static void
add_plan (Fixture *f)
{
  g_autoptr(KlPlanInfo) info = kl_plan_info_new ();
  g_autoptr(GError) error = NULL;

  g_free (info->title);
  info->title = g_strdup ("宝应县科普工作要点");
  info->year_start = info->year_end = 2021;
  g_assert_true (kl_store_create_plan (f->store, info, &f->plan, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = kl_test_store_new ();
  add_plan (f);
  f->people = add_indicator (f, "科普中国新推广人数", KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL, NULL);
  f->lectures = add_indicator (f, "讲座", KL_INDICATOR_COUNT, KL_PERIOD_ANNUAL, "场次/人次");
  f->bases = add_indicator (f, "科普教育基地", KL_INDICATOR_COUNT, KL_PERIOD_CUMULATIVE, NULL);
  f->literacy = add_indicator (f, "科学素质比例", KL_INDICATOR_PERCENT, KL_PERIOD_ANNUAL, NULL);
  f->baoying = add_unit (f, "宝应县", 0);
  f->chengguan = add_unit (f, "城关镇", f->baoying);
  f->fanshui = add_unit (f, "氾水镇", f->baoying);
  f->chengbei = add_unit (f, "城北村", f->fanshui);
  f->gaoyou = add_unit (f, "高邮市", 0);
  /* The county's own quota (from the city) stays its own. */
  quota (f, f->people, f->baoying, "1000");
  quota (f, f->people, f->chengguan, "400");
  quota (f, f->people, f->fanshui, "500");
  /* No county quota for lectures: the towns' sum, 16/7. */
  quota (f, f->lectures, f->chengguan, "10/5");
  quota (f, f->lectures, f->fanshui, "6/2");
  quota (f, f->bases, f->baoying, "4");
  quota (f, f->literacy, f->chengguan, "14%");
  figure (f, f->people, f->chengguan, "2021-Q3", "300");
  figure (f, f->people, f->chengbei, "2021-Q3", "50");   /* 氾水镇 through its village */
  figure (f, f->people, f->gaoyou, "2021-Q3", "10");
  figure (f, f->lectures, f->chengguan, "2021-Q3", "3/1");
  figure (f, f->bases, f->baoying, "2021-Q1", "2");      /* the county's own entry */
  figure (f, f->bases, f->chengguan, "2021-Q3", "5");
  figure (f, f->literacy, f->chengguan, "2021-Q3", "12%");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static GPtrArray *
rollup (Fixture *f, const char *when)
{
  g_autoptr(GError) error = NULL;
  KlPeriod period;
  GPtrArray *rows;

  g_assert_true (kl_period_parse (when, &period, NULL));
  rows = kl_store_progress_rollup (f->store, f->plan, &period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static const KlProgressRow *
find_row (GPtrArray *rows, gint64 indicator, gint64 unit)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);
      if (row->indicator_id == indicator && row->unit_id == unit)
        return row;
    }
  return NULL;
}

/* "quota|actual|cumulative|rate|marks": marks "q" quota rolled up, "a"
 * figures rolled up. */
static void
assert_row (GPtrArray *rows, gint64 indicator, gint64 unit, const char *expected)
{
  const KlProgressRow *row = find_row (rows, indicator, unit);
  g_autofree char *text = NULL;
  GString *s = g_string_new (NULL);

  g_assert_nonnull (row);
  for (int what = 0; what < 3; what++)
    {
      const double *v = what == 0 ? row->quota : what == 1 ? row->actual : row->cumulative;
      gboolean has = what == 0 ? row->has_quota : row->has_actual;

      for (guint p = 0; p < row->n_parts; p++)
        {
          g_autofree char *n = kl_format_number (v[p]);
          g_string_append_printf (s, "%s%s", p ? "/" : "", has ? n : "-");
        }
      g_string_append_c (s, '|');
    }
  if (row->has_rate)
    g_string_append_printf (s, "%.4f", row->rate);
  else
    g_string_append_c (s, '-');
  g_string_append_printf (s, "|%s%s", row->quota_rolled_up ? "q" : "",
                          row->actual_rolled_up ? "a" : "");
  text = g_string_free (s, FALSE);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_parent_sums (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2021-Q3");

  /* 氾水镇 has no figure: its village's 50.  宝应县: 300 + 50 against
   * its own 1000. */
  assert_row (rows, f->people, f->fanshui, "500|50|50|0.1000|a");
  assert_row (rows, f->people, f->baoying, "1000|350|350|0.3500|a");
  assert_row (rows, f->people, f->chengguan, "400|300|300|0.7500|");
  assert_row (rows, f->people, f->gaoyou, "-|10|10|-|");
  /* Both parts, quota and figures from the towns: 3 of 16. */
  assert_row (rows, f->lectures, f->baoying, "16/7|3/1|3/1|0.1875|qa");
  /* The county's own entry stands over its towns' 5. */
  assert_row (rows, f->bases, f->baoying, "4|0|2|0.5000|");
  /* Rates are levels: never a sum. */
  g_assert_null (find_row (rows, f->literacy, f->baoying));
  assert_row (rows, f->literacy, f->chengguan, "14|12|12|0.8571|");
}

static void
test_parents_and_order (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2021-Q3");
  double top = 0, all = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KlProgressRow *row = g_ptr_array_index (rows, i);
      gint64 want = row->unit_id == f->chengguan || row->unit_id == f->fanshui ? f->baoying
                    : row->unit_id == f->chengbei ? f->fanshui : 0;

      g_assert_cmpint (row->parent_id, ==, want);
      if (i > 0)
        {
          const KlProgressRow *a = g_ptr_array_index (rows, i - 1);
          g_assert_true (a->indicator_id < row->indicator_id ||
                         (a->indicator_id == row->indicator_id && a->unit_id < row->unit_id));
        }
      if (row->indicator_id == f->people)
        {
          all += row->cumulative[0];
          top += row->parent_id == 0 ? row->cumulative[0] : 0;
        }
    }
  /* The top-level rows add up to the ledger's total once. */
  g_assert_cmpfloat (top, ==, 360);
  g_assert_cmpfloat (all, >, top);
}

static void
test_before_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = rollup (f, "2021-Q1");

  /* No town figure yet: the county shows its own quota, no sum. */
  assert_row (rows, f->people, f->baoying, "1000|-|-|-|");
  assert_row (rows, f->lectures, f->baoying, "16/7|-/-|-/-|-|q");
}

/* One indicator's roll-up (what an edit of it refreshes) is the full
 * roll-up's rows of that indicator, parents' sums included, in order. */
static void
test_one_indicator (Fixture *f, gconstpointer data)
{
  const char *periods[] = { "2021-Q1", "2021-Q3", "2021" };
  gint64 indicators[] = { f->people, f->lectures, f->bases, f->literacy };

  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
      {
        g_autoptr(GPtrArray) all = rollup (f, periods[p]);
        g_autoptr(GPtrArray) one = NULL;
        g_autoptr(GError) error = NULL;
        KlPeriod period;
        guint k = 0;

        g_assert_true (kl_period_parse (periods[p], &period, NULL));
        one = kl_store_progress_rollup_indicator (f->store, f->plan, &period, indicators[i],
                                                  &error);
        g_assert_no_error (error);
        for (guint r = 0; r < all->len; r++)
          {
            const KlProgressRow *row = g_ptr_array_index (all, r);

            if (row->indicator_id != indicators[i])
              continue;
            g_assert_cmpuint (k, <, one->len);
            g_assert_cmpmem (row, sizeof *row, g_ptr_array_index (one, k), sizeof *row);
            k++;
          }
        g_assert_cmpuint (k, ==, one->len);
        g_assert_cmpuint (k, >, 0);
      }
}

/* Read an indicator at a time (the xlsx export's way), the roll-up is the
 * same rows in the same order. */
static void
test_cursor (Fixture *f, gconstpointer data)
{
  const char *periods[] = { "2021-Q1", "2021-Q3" };

  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    {
      g_autoptr(GPtrArray) all = rollup (f, periods[p]);
      g_autoptr(KlRollupCursor) cursor = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *block = NULL;
      guint k = 0, blocks = 0;
      KlPeriod period;

      g_assert_true (kl_period_parse (periods[p], &period, NULL));
      cursor = kl_store_progress_rollup_open (f->store, f->plan, &period, &error);
      g_assert_no_error (error);
      while (kl_rollup_cursor_next (cursor, &block, &error) && block != NULL)
        {
          for (guint r = 0; r < block->len; r++, k++)
            {
              const KlProgressRow *row = g_ptr_array_index (block, r);

              g_assert_cmpint (row->indicator_id, ==,
                               ((KlProgressRow *) g_ptr_array_index (block, 0))->indicator_id);
              g_assert_cmpmem (row, sizeof *row, g_ptr_array_index (all, k), sizeof *row);
            }
          blocks++;
          g_ptr_array_unref (block);
        }
      g_assert_no_error (error);
      g_assert_cmpuint (k, ==, all->len);
      g_assert_cmpuint (blocks, ==, 4);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/rollup-levels/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("parent-sums", test_parent_sums);
  ADD ("parents-and-order", test_parents_and_order);
  ADD ("before-figures", test_before_figures);
  ADD ("one-indicator", test_one_indicator);
  ADD ("cursor", test_cursor);
#undef ADD
  return g_test_run ();
}
