/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "kl-test-plan.h"
#include "model/kl-assess.h"
#include "model/kl-unit.h"

/* 考核 scores on a small invented plan, every number worked out by hand
 * in the comments. */

typedef struct
{
  KlStore *store;
  gint64   plan;
  gint64   x, y;                      /* indicators */
  gint64   jia, yi, bing, ding, wu;   /* units */
} Fixture;

static gint64
add_indicator (Fixture *f, const char *name)
{
  return kl_test_add_indicator (f->store, f->plan, name, 0, 0, NULL);
}

static gint64
add_unit (Fixture *f, const char *name)
{
  return kl_test_add_unit (f->store, name, 0);
}

/*            X quota / figure      Y quota / figure
 *   甲       100 / 60+50 = 110     50 / 50
 *   乙       100 / 80              50 / 25
 *   丙       200 / 150             —
 *   丁       100 / —               50 / 60
 *   戊       —                     —            (not scored) */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "考核测试", KL_NUMBERING_RESTART);
  f->x = add_indicator (f, "指标甲");
  f->y = add_indicator (f, "指标乙");
  f->jia = add_unit (f, "甲区");
  f->yi = add_unit (f, "乙县");
  f->bing = add_unit (f, "丙市");
  f->ding = add_unit (f, "丁镇");
  f->wu = add_unit (f, "戊街道");
  kl_test_set_quota (f->store, f->x, f->jia, "100");
  kl_test_set_quota (f->store, f->x, f->yi, "100");
  kl_test_set_quota (f->store, f->x, f->bing, "200");
  kl_test_set_quota (f->store, f->x, f->ding, "100");
  kl_test_set_quota (f->store, f->y, f->jia, "50");
  kl_test_set_quota (f->store, f->y, f->yi, "50");
  kl_test_set_quota (f->store, f->y, f->ding, "50");
  kl_test_set_figure (f->store, f->x, f->jia, "2021-Q1", "60");
  kl_test_set_figure (f->store, f->x, f->jia, "2021-Q3", "50");
  kl_test_set_figure (f->store, f->x, f->yi, "2021-Q2", "80");
  kl_test_set_figure (f->store, f->x, f->bing, "2021-Q3", "150");
  kl_test_set_figure (f->store, f->y, f->jia, "2021-Q2", "50");
  kl_test_set_figure (f->store, f->y, f->yi, "2021-Q1", "25");
  kl_test_set_figure (f->store, f->y, f->ding, "2021-Q3", "60");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static GPtrArray *
assess (Fixture *f, const KlAssessRules *rules)
{
  g_autoptr(GError) error = NULL;
  KlPeriod year = kl_period_year (2021);
  GPtrArray *units = kl_store_assess (f->store, f->plan, &year, rules, &error);

  g_assert_no_error (error);
  g_assert_nonnull (units);
  return units;
}

static void
check_unit (GPtrArray *units, guint index, const char *name, int rank, double points,
            double full, double score, const char *grade)
{
  KlAssessUnit *unit;

  g_assert_cmpuint (index, <, units->len);
  unit = g_ptr_array_index (units, index);
  g_assert_cmpstr (unit->unit_name, ==, name);
  g_assert_cmpint (unit->rank, ==, rank);
  g_assert_cmpfloat_with_epsilon (unit->points, points, 1e-9);
  g_assert_cmpfloat_with_epsilon (unit->full, full, 1e-9);
  g_assert_cmpfloat_with_epsilon (unit->score, score, 1e-9);
  g_assert_cmpstr (unit->grade, ==, grade);
}

/* Rules: X 60 points, Y 40; floor 60 %; bonus half the weight per 100 %
 * over, at most 10 % of the weight; bands 90/75/60/0.
 *   甲: X 110 % → 60 + min (0.1 × 0.5, 0.1) × 60 = 63; Y 100 % → 40.  103 of 100
 *   丙: X 75 % → 0.75 × 60 = 45 of 60 (no Y quota) → 75.0, exactly 良好
 *   乙: X 80 % → 48; Y 50 % is below the floor → 0.  48
 *   丁: X no figure → 0; Y 120 % → 40 + min (0.1, 0.1) × 40 = 44.  44 */
static KlAssessRules *
hand_rules (Fixture *f)
{
  KlAssessRules *rules = kl_assess_rules_new_default (f->plan);
  g_autoptr(GError) error = NULL;

  rules->floor = 0.6;
  rules->bonus_rate = 0.5;
  rules->bonus_cap = 0.1;
  kl_assess_rules_set_weight (rules, f->x, 60);
  kl_assess_rules_set_weight (rules, f->y, 40);
  g_assert_true (kl_assess_rules_parse_bands (rules, "90:优秀，75：良好；60:合格, 0:不合格",
                                              &error));
  g_assert_no_error (error);
  return rules;
}

static void
test_hand_table (Fixture *f, gconstpointer data)
{
  g_autoptr(KlAssessRules) rules = hand_rules (f);
  g_autoptr(GPtrArray) units = assess (f, rules);
  KlAssessUnit *jia, *ding;

  g_assert_cmpuint (units->len, ==, 4);   /* 戊 has no quota */
  check_unit (units, 0, "甲区", 1, 103, 100, 103, "优秀");
  check_unit (units, 1, "丙市", 2, 45, 60, 75, "良好");
  check_unit (units, 2, "乙县", 3, 48, 100, 48, "不合格");
  check_unit (units, 3, "丁镇", 4, 44, 100, 44, "不合格");
  jia = g_ptr_array_index (units, 0);
  g_assert_cmpuint (jia->items->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (jia->items, KlAssessItem, 0).bonus, 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (jia->items, KlAssessItem, 0).rate, 1.1, 1e-9);
  ding = g_ptr_array_index (units, 3);
  g_assert_false (g_array_index (ding->items, KlAssessItem, 0).has_figure);
  g_assert_cmpfloat (g_array_index (ding->items, KlAssessItem, 0).points, ==, 0);
}

/* No rules saved: X and Y weigh 50 each, 60 % floor, no bonus.
 *   甲 50 + 50 = 100; 丙 37.5 of 50 → 75; 丁 0 + 50 = 50; 乙 40 + 0 = 40 */
static void
test_defaults (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) units = assess (f, NULL);

  g_assert_cmpuint (units->len, ==, 4);
  check_unit (units, 0, "甲区", 1, 100, 100, 100, "优秀");
  check_unit (units, 1, "丙市", 2, 37.5, 50, 75, "良好");
  check_unit (units, 2, "丁镇", 3, 50, 100, 50, "不合格");
  check_unit (units, 3, "乙县", 4, 40, 100, 40, "不合格");
}

static void
test_points_edges (void)
{
  g_autoptr(KlAssessRules) rules = kl_assess_rules_new_default (1);
  double bonus = -1;

  g_assert_cmpfloat_with_epsilon (kl_assess_points (rules, 10, 0.6, &bonus), 6, 1e-9);
  g_assert_cmpfloat (bonus, ==, 0);
  g_assert_cmpfloat (kl_assess_points (rules, 10, 0.5999, NULL), ==, 0);
  g_assert_cmpfloat (kl_assess_points (rules, 10, 3.0, NULL), ==, 10);   /* no bonus rate */
  rules->bonus_rate = 1;
  rules->bonus_cap = 0.2;
  g_assert_cmpfloat_with_epsilon (kl_assess_points (rules, 10, 1.15, &bonus), 11.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (kl_assess_points (rules, 10, 3.0, &bonus), 12, 1e-9);
  g_assert_cmpfloat_with_epsilon (bonus, 2, 1e-9);
  rules->floor = 0;
  g_assert_cmpfloat_with_epsilon (kl_assess_points (rules, 10, 0.1, NULL), 1, 1e-9);
  g_assert_cmpfloat (kl_assess_points (rules, 10, 0, NULL), ==, 0);
  g_assert_cmpstr (kl_assess_grade (rules, 89.99999999999), ==, "优秀");
  g_assert_cmpstr (kl_assess_grade (rules, 89.9), ==, "良好");
}

static void
test_bands_parse (void)
{
  g_autoptr(KlAssessRules) rules = kl_assess_rules_new_default (1);
  g_autoptr(GError) error = NULL;

  g_assert_false (kl_assess_rules_parse_bands (rules, "优秀", &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
  g_assert_cmpuint (rules->bands->len, ==, 4);   /* kept */
  g_clear_error (&error);
  g_assert_false (kl_assess_rules_parse_bands (rules, "-5:差", &error));
  g_clear_error (&error);
  g_assert_true (kl_assess_rules_parse_bands (rules, "60:达标；85:优", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rules->bands->len, ==, 2);
  g_assert_cmpstr (kl_assess_grade (rules, 90), ==, "优");
  g_assert_cmpstr (kl_assess_grade (rules, 60), ==, "达标");
  g_assert_cmpstr (kl_assess_grade (rules, 59), ==, "");
}

/* Saved as one action: read back, undone to the defaults, redone. */
static void
test_store_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(KlAssessRules) rules = hand_rules (f);
  g_autoptr(KlAssessRules) back = NULL, undone = NULL;
  g_autoptr(GError) error = NULL;

  back = kl_store_get_assess_rules (f->store, f->plan, &error);
  g_assert_false (back->stored);
  g_clear_pointer (&back, kl_assess_rules_free);
  g_assert_true (kl_store_set_assess_rules (f->store, rules, &error));
  g_assert_no_error (error);
  back = kl_store_get_assess_rules (f->store, f->plan, &error);
  g_assert_true (back->stored);
  g_assert_cmpfloat (back->bonus_rate, ==, 0.5);
  g_assert_cmpuint (back->weights->len, ==, 2);
  g_assert_cmpfloat (g_array_index (back->weights, KlAssessWeight, 1).points, ==, 40);
  g_assert_cmpuint (back->bands->len, ==, 4);
  g_assert_cmpstr (((KlAssessBand *) back->bands->pdata[1])->name, ==, "良好");
  {
    g_autoptr(GPtrArray) units = assess (f, NULL);   /* the saved rules */
    check_unit (units, 0, "甲区", 1, 103, 100, 103, "优秀");
  }
  g_assert_cmpstr (kl_store_get_undo_label (f->store), ==, "Edit assessment rules");
  /* A second edit that keeps some bands and weights, undone to the first. */
  {
    g_autoptr(KlAssessRules) second = kl_assess_rules_copy (rules);
    g_autoptr(KlAssessRules) first = NULL;

    g_array_set_size (second->weights, 0);
    kl_assess_rules_set_weight (second, f->x, 10);
    g_assert_true (kl_assess_rules_parse_bands (second, "90:优秀,45:合格,0:不合格", &error));
    g_assert_true (kl_store_set_assess_rules (f->store, second, &error));
    g_assert_no_error (error);
    g_assert_true (kl_store_undo (f->store, &error));
    first = kl_store_get_assess_rules (f->store, f->plan, &error);
    g_assert_cmpuint (first->bands->len, ==, 4);
    g_assert_cmpstr (((KlAssessBand *) first->bands->pdata[0])->name, ==, "优秀");
    g_assert_cmpstr (((KlAssessBand *) first->bands->pdata[3])->name, ==, "不合格");
    g_assert_cmpuint (first->weights->len, ==, 2);
    g_assert_cmpfloat (g_array_index (first->weights, KlAssessWeight, 0).points, ==, 60);
  }
  g_assert_true (kl_store_undo (f->store, &error));
  undone = kl_store_get_assess_rules (f->store, f->plan, &error);
  g_assert_false (undone->stored);
  g_assert_cmpuint (undone->weights->len, ==, 0);
  /* A bad rule is refused before anything is written. */
  rules->floor = 1.5;
  g_assert_false (kl_store_set_assess_rules (f->store, rules, &error));
  g_assert_error (error, KL_STORE_ERROR, KL_STORE_ERROR_INVALID);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add ("/assess/hand-table", Fixture, NULL, fixture_set_up, test_hand_table,
              fixture_tear_down);
  g_test_add ("/assess/defaults", Fixture, NULL, fixture_set_up, test_defaults,
              fixture_tear_down);
  g_test_add ("/assess/store-round-trip", Fixture, NULL, fixture_set_up,
              test_store_round_trip, fixture_tear_down);
  g_test_add_func ("/assess/points-edges", test_points_edges);
  g_test_add_func ("/assess/bands-parse", test_bands_parse);
  return g_test_run ();
}
