/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "kl-test-support.h"
#include "../model/kl-test-plan.h"
#include "export/kl-progress-text.h"
#include "model/kl-unit.h"

/* The drafted 进展情况 on invented figures (names and numbers of no real
 * plan), for the first half of 2021 (时间进度 50 %): met, lagging, no
 * figure, 万 rounding, a unit's own text and a plan of one unit. */

typedef struct
{
  KlStore *store;
  gint64   plan, single, empty;
  gint64   east, west, lake, hill;                  /* units */
  gint64   visits, courses, bases, volunteers;      /* indicators of plan */
} Fixture;

static gint64
add_indicator (Fixture *f, gint64 plan, const char *name, const char *measure)
{
  g_autoptr(KlIndicatorInfo) info = kl_indicator_info_new ();
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  info->plan_id = plan;
  g_free (info->name);
  info->name = g_strdup (name);
  g_free (info->measure);
  info->measure = g_strdup (measure);
  g_assert_true (kl_store_add_indicator (f->store, info, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
add_unit (Fixture *f, const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (kl_store_add_unit (f->store, name, KL_UNIT_REGION, 0, &id, &error));
  g_assert_no_error (error);
  return id;
}

/*                 东城区         西城区        南湖镇        北山乡
 *   宣传人次      20000/21000    30000/9000    10000/6000    5000/—
 *   培训场次      10/2           10/3          —             —
 *   基地数        3/—            —             2/—           —
 *   志愿者人数    (no quota, no figure anywhere) */
static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  gint64 talks, other;

  f->store = kl_test_store_new ();
  f->plan = kl_test_add_plan (f->store, "某县科普工作要点", KL_NUMBERING_RESTART);
  f->east = add_unit (f, "东城区");
  f->west = add_unit (f, "西城区");
  f->lake = add_unit (f, "南湖镇");
  f->hill = add_unit (f, "北山乡");
  f->visits = add_indicator (f, f->plan, "宣传人次", "人次");
  f->courses = add_indicator (f, f->plan, "培训场次", "场");
  f->bases = add_indicator (f, f->plan, "基地数", "个");
  f->volunteers = add_indicator (f, f->plan, "志愿者人数", "人");
  kl_test_set_quota (f->store, f->visits, f->east, "20000");
  kl_test_set_quota (f->store, f->visits, f->west, "3万");
  kl_test_set_quota (f->store, f->visits, f->lake, "10000");
  kl_test_set_quota (f->store, f->visits, f->hill, "5000");
  kl_test_set_quota (f->store, f->courses, f->east, "10");
  kl_test_set_quota (f->store, f->courses, f->west, "10");
  kl_test_set_quota (f->store, f->bases, f->east, "3");
  kl_test_set_quota (f->store, f->bases, f->lake, "2");
  kl_test_set_figure (f->store, f->visits, f->east, "2021-Q1", "12000");
  kl_test_set_figure (f->store, f->visits, f->east, "2021-05", "9000");
  kl_test_set_figure (f->store, f->visits, f->west, "2021-Q2", "9000");
  kl_test_set_figure (f->store, f->visits, f->lake, "2021-H1", "6000");
  kl_test_set_figure (f->store, f->visits, f->west, "2021-Q3", "50000");   /* after H1 */
  kl_test_set_figure (f->store, f->courses, f->east, "2021-Q2", "2");
  kl_test_set_figure (f->store, f->courses, f->west, "2021-Q1", "3");

  /* A plan of one unit, and a plan with no figure at all. */
  f->single = kl_test_add_plan (f->store, "南湖镇科普讲座安排", KL_NUMBERING_RESTART);
  talks = add_indicator (f, f->single, "讲座场次", "场");
  kl_test_set_quota (f->store, talks, f->lake, "40");
  kl_test_set_figure (f->store, talks, f->lake, "2021-Q2", "50");
  f->empty = kl_test_add_plan (f->store, "新计划", KL_NUMBERING_RESTART);
  other = add_indicator (f, f->empty, "展览场次", "场");
  kl_test_set_quota (f->store, other, f->hill, "8");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
}

static KlProgressText *
draft (Fixture *f, gint64 plan, gint64 unit)
{
  g_autoptr(GError) error = NULL;
  KlPeriod half;
  KlProgressText *text;

  g_assert_true (kl_period_parse ("2021-H1", &half, NULL));
  text = kl_progress_text_draft (f->store, plan, &half, unit, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* 宣传人次: 36000 of 65000 = 55.38 % against 50 % of the year elapsed.
 * 培训场次: 5 of 20 = 25 %, both units lagging (20 %, 30 %). */
static void
test_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(KlProgressText) text = draft (f, f->plan, 0);

  g_assert_cmpstr (text->title, ==, "进展情况");
  g_assert_cmpstr (text->subtitle, ==, "某县科普工作要点");
  g_assert_cmpstr (text->date, ==, "2021年6月30日");
  g_assert_cmpstr (text->text, ==,
    "截至2021年6月30日，宣传人次完成3.6万人次，占全年任务6.5万人次的55.4%，"
    "超出时间进度5.4个百分点；东城区已完成全年任务，西城区完成率较低（30.0%），"
    "北山乡尚未填报。\n"
    "培训场次完成5场，占全年任务20场的25.0%，落后时间进度25.0个百分点；"
    "东城区、西城区完成率较低（分别为20.0%、30.0%）。\n"
    "基地数、志愿者人数暂无填报数据，未列入统计。");
  g_assert_cmpuint (text->n_used, ==, 2);
  g_assert_cmpuint (g_strv_length (text->omitted), ==, 2);
  g_assert_cmpstr (text->omitted[0], ==, "基地数");
}

static void
test_unit (Fixture *f, gconstpointer data)
{
  g_autoptr(KlProgressText) east = draft (f, f->plan, f->east);
  g_autoptr(KlProgressText) west = draft (f, f->plan, f->west);
  g_autoptr(KlProgressText) hill = draft (f, f->plan, f->hill);

  g_assert_cmpstr (east->title, ==, "东城区进展情况");
  g_assert_cmpstr (east->text, ==,
    "截至2021年6月30日，东城区宣传人次完成2.1万人次，占全年任务2万人次的105.0%，"
    "已完成全年任务。\n培训场次完成2场，占全年任务10场的20.0%，落后时间进度30.0个百分点。\n"
    "基地数暂无填报数据，未列入统计。");
  /* No quota of its own for 基地数 and 志愿者人数: not named. */
  g_assert_cmpstr (west->text, ==,
    "截至2021年6月30日，西城区宣传人次完成9000人次，占全年任务3万人次的30.0%，"
    "落后时间进度20.0个百分点。\n培训场次完成3场，占全年任务10场的30.0%，"
    "落后时间进度20.0个百分点。");
  g_assert_cmpstr (hill->text, ==, "截至2021年6月30日，北山乡各项指标暂无填报数据。");
}

/* One unit: its figures are the plan's, no list of units follows. */
static void
test_single_unit (Fixture *f, gconstpointer data)
{
  g_autoptr(KlProgressText) single = draft (f, f->single, 0);
  g_autoptr(KlProgressText) empty = draft (f, f->empty, 0);

  g_assert_cmpstr (single->text, ==,
    "截至2021年6月30日，讲座场次完成50场，占全年任务40场的125.0%，已完成全年任务。");
  g_assert_cmpstr (empty->text, ==, "截至2021年6月30日，各项指标暂无填报数据。");
  g_assert_cmpstr (empty->omitted[0], ==, "展览场次");
}

static void
check_figure (double value, const char *measure, const char *expected)
{
  g_autofree char *text = kl_text_figure (value, measure);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_wan (void)
{
  check_figure (5130, "人", "5130人");
  check_figure (9999, "人", "9999人");
  check_figure (10000, "人", "1万人");
  check_figure (51300, "人", "5.13万人");
  check_figure (123456, "", "12.35万");
  check_figure (99999, "人次", "10万人次");     /* 9.9999 rounds up */
  check_figure (1250000, "人", "125万人");
  check_figure (2.5, "个", "2.5个");
  check_figure (1234.567, "", "1234.57");
  check_figure (12.5, "万人", "12.5万人");        /* already in 万 */
  check_figure (0, "场", "0场");
}

static void
test_join (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  const char *names[] = { "甲", "乙", "丙", "丁", "戊", "己", "庚" };
  g_autofree char *two = NULL, *all = NULL, *date = NULL;

  g_ptr_array_add (items, (gpointer) names[0]);
  g_ptr_array_add (items, (gpointer) names[1]);
  two = kl_text_join (items, 5, "项指标");
  g_assert_cmpstr (two, ==, "甲、乙");
  for (guint i = 2; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (items, (gpointer) names[i]);
  all = kl_text_join (items, 5, "项指标");
  g_assert_cmpstr (all, ==, "甲、乙、丙、丁、戊等7项指标");
  date = kl_text_date ("2021-09-30");
  g_assert_cmpstr (date, ==, "2021年9月30日");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add ("/progress-text/plan", Fixture, NULL, fixture_set_up, test_plan,
              fixture_tear_down);
  g_test_add ("/progress-text/unit", Fixture, NULL, fixture_set_up, test_unit,
              fixture_tear_down);
  g_test_add ("/progress-text/single-unit", Fixture, NULL, fixture_set_up, test_single_unit,
              fixture_tear_down);
  g_test_add_func ("/progress-text/wan", test_wan);
  g_test_add_func ("/progress-text/join", test_join);
  return g_test_run ();
}
