/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-import-test.h"

/* Annex tables: quota breakdowns (groups, composite cells, share rules,
 * 0 vs empty) and baseline data. */

#define PLAN "2021年科普工作要点\n一、甲\n1、乙。\n"

#define QUOTA_TABLE \
  PLAN \
  "附 1\n\n2021 年科普重点项目指标分解建议\n\n" \
  "| 项目 | | 宝应县 | 高邮市 | 开发区 |\n" \
  "|------|---|-----|-----|-----|\n" \
  "| 基层科普行动计划 (科普公益创投) | 优秀科普教育基地 | 1 | 1 | 0 |\n" \
  "| | 科普体验馆 | 1 | 2 | |\n" \
  "| 科普中国新推广人数 | | 500 | 800 | 800 |\n" \
  "| 市级科普讲师讲座/集中到镇村讲座 | | 5 | 20/10 | 5 |\n" \
  "| 省科学调查体验活动(学校数) | | 1 | — | 0 |\n" \
  "| 公民科学素养大赛(参赛数) | | 占中小学学生总数 20% (含职校) | | |\n" \
  "\n备注：各功能区可根据科普重点项目开展活动。\n"

static void
assert_number (const KlDraftIndicator *ind,
               const char             *unit,
               double                  value)
{
  const KlCellValue *v = kl_import_test_quota (ind, unit);

  g_assert_nonnull (v);
  g_assert_cmpint (v->kind, ==, KL_CELL_NUMBER);
  g_assert_cmpfloat (v->parts[0], ==, value);
}

static void
test_units_and_groups (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (QUOTA_TABLE);
  KlDraftIndicator *first = g_ptr_array_index (d->indicators, 0);
  KlDraftIndicator *second = g_ptr_array_index (d->indicators, 1);
  KlDraftIndicator *alone = kl_import_test_indicator (d, "科普中国新推广人数");

  kl_import_test_strings (d->units, "宝应县", "高邮市", "开发区", NULL);
  g_assert_cmpuint (d->indicators->len, ==, 6);
  g_assert_cmpstr (first->group, ==, "基层科普行动计划（科普公益创投）");
  g_assert_cmpstr (first->name, ==, "优秀科普教育基地");
  g_assert_cmpstr (second->group, ==, "基层科普行动计划（科普公益创投）");
  g_assert_cmpstr (second->name, ==, "科普体验馆");
  g_assert_null (alone->group);
  g_assert_cmpstr (alone->measure, ==, "人");
  g_assert_cmpint (alone->kind, ==, KL_INDICATOR_COUNT);
  /* The annex is not a section, and the note is not a task. */
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 2);
  g_assert_cmpstr (kl_import_test_section (d, 0, 0, -1)->body, ==, "");
}

/* 0 is a quota of 0; an empty cell or "—" is no quota. */
static void
test_zero_and_empty (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (QUOTA_TABLE);
  KlDraftIndicator *base = kl_import_test_indicator (d, "优秀科普教育基地");
  KlDraftIndicator *hall = kl_import_test_indicator (d, "科普体验馆");
  KlDraftIndicator *school = kl_import_test_indicator (d, "省科学调查体验活动（学校数）");

  assert_number (base, "开发区", 0);
  g_assert_cmpuint (base->quotas->len, ==, 3);
  assert_number (hall, "高邮市", 2);
  g_assert_null (kl_import_test_quota (hall, "开发区"));
  g_assert_cmpuint (hall->quotas->len, ==, 2);
  g_assert_null (kl_import_test_quota (school, "高邮市"));
  assert_number (school, "开发区", 0);
  g_assert_cmpstr (school->measure, ==, "所");
}

static void
test_composite (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (QUOTA_TABLE);
  KlDraftIndicator *talks = kl_import_test_indicator (d, "市级科普讲师讲座/集中到镇村讲座");
  const KlCellValue *v = kl_import_test_quota (talks, "高邮市");

  kl_import_test_strings (talks->part_names, "市级科普讲师讲座", "集中到镇村讲座", NULL);
  g_assert_cmpint (v->kind, ==, KL_CELL_PARTS);
  g_assert_cmpuint (v->n_parts, ==, 2);
  g_assert_cmpfloat (v->parts[0], ==, 20);
  g_assert_cmpfloat (v->parts[1], ==, 10);
  assert_number (talks, "宝应县", 5);
  g_assert_cmpstr (talks->measure, ==, "");
}

/* A rule in the first unit column, the rest empty: every unit gets it. */
static void
test_share_rule (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (QUOTA_TABLE);
  KlDraftIndicator *contest = kl_import_test_indicator (d, "公民科学素养大赛（参赛数）");

  g_assert_cmpint (contest->kind, ==, KL_INDICATOR_SHARE);
  g_assert_cmpuint (contest->quotas->len, ==, 3);
  for (guint i = 0; i < contest->quotas->len; i++)
    {
      KlDraftQuota *q = g_ptr_array_index (contest->quotas, i);
      g_assert_cmpstr (q->unit, ==, g_ptr_array_index (d->units, i));
      g_assert_cmpint (q->value.kind, ==, KL_CELL_SHARE);
      g_assert_cmpfloat (q->value.share, ==, 20);
      g_assert_nonnull (strstr (q->value.share_base, "中小学学生总数"));
    }
}

static void
test_baseline_as_of (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN
    "附 2\n各县市区科普信息化数据\n(截止 2020 年 3 月 1 日)\n"
    "| 项目 | 宝应县 | 高邮市 | 开发区 |\n|---|---|---|---|\n"
    "| 科普中国 | 1536 | 1329 | |\n"
    "| 海外专利信息资源 库注册数 | 88 | 179 | 4 |\n"
    "| 扬州科普 e 站通 | 9017 | 4640 | |\n");
  KlDraftBaseline *b;

  g_assert_cmpuint (d->indicators->len, ==, 0);
  g_assert_cmpuint (d->baselines->len, ==, 7);
  b = g_ptr_array_index (d->baselines, 2);
  g_assert_cmpstr (b->metric, ==, "海外专利信息资源库注册数");
  g_assert_cmpstr (b->unit, ==, "宝应县");
  g_assert_cmpstr (b->as_of, ==, "2020-03-01");
  g_assert_cmpfloat (b->value, ==, 88);
  b = g_ptr_array_index (d->baselines, 5);
  g_assert_cmpstr (b->metric, ==, "扬州科普 e 站通");
  kl_import_test_strings (d->units, "宝应县", "高邮市", "开发区", NULL);
}

/* Without an as-of line the title tells: 基础数据 is baseline data. */
static void
test_baseline_by_title (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN "附件2：各镇科普基础数据\n| 项目 | 甲镇 | 乙镇 |\n| 科普画廊 | 3 | 5 |\n");
  KlDraftBaseline *b = g_ptr_array_index (d->baselines, 1);

  g_assert_cmpuint (d->baselines->len, ==, 2);
  g_assert_null (b->as_of);
  g_assert_cmpstr (b->unit, ==, "乙镇");
}

static void
test_tab_separated (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN "附件1：指标分解表\n指标\t计量单位\t合计\t甲镇\t乙镇\n科普讲座\t场\t30\t10\t20\n覆盖率\t%\t\t85.5\t90\n");
  KlDraftIndicator *talks = kl_import_test_indicator (d, "科普讲座");
  KlDraftIndicator *rate = kl_import_test_indicator (d, "覆盖率");

  kl_import_test_strings (d->units, "甲镇", "乙镇", NULL);
  g_assert_cmpuint (d->indicators->len, ==, 2);     /* not the 合计 row */
  g_assert_cmpstr (talks->measure, ==, "场");
  g_assert_true (talks->has_total);
  g_assert_cmpfloat (talks->total, ==, 30);
  assert_number (talks, "乙镇", 20);
  g_assert_cmpint (rate->kind, ==, KL_INDICATOR_PERCENT);
  g_assert_false (rate->has_total);
  assert_number (rate, "甲镇", 85.5);
}

/* Units down the first column: the table is turned round. */
static void
test_transposed (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN "附件1：指标分解\n| 单位 | 科普讲座(场数) | 科普中国新推广人数 |\n"
    "| 宝应县 | 5 | 500 |\n| 高邮市 | 6 | 800 |\n| 开发区 | 1 | 200 |\n");
  KlDraftIndicator *talks = kl_import_test_indicator (d, "科普讲座（场数）");

  kl_import_test_strings (d->units, "宝应县", "高邮市", "开发区", NULL);
  g_assert_cmpuint (d->indicators->len, ==, 2);
  g_assert_cmpstr (talks->measure, ==, "场");
  assert_number (talks, "高邮市", 6);
  assert_number (kl_import_test_indicator (d, "科普中国新推广人数"), "开发区", 200);
}

/* A group heading row with no cells, then its rows. */
static void
test_group_header_row (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN "附1 指标分解\n| 项目 | | 甲镇 | 乙镇 |\n| 青少年科技教育 | | | |\n"
    "| | 科技竞赛 | 2 | 3 |\n| | 科普讲座 | 1 | 1 |\n| 科普中国 | | 100 | 200 |\n");
  KlDraftIndicator *contest = kl_import_test_indicator (d, "科技竞赛");

  g_assert_cmpuint (d->indicators->len, ==, 3);
  g_assert_cmpstr (contest->group, ==, "青少年科技教育");
  g_assert_null (kl_import_test_indicator (d, "科普中国")->group);
}

/* A leading 序号 column is skipped, the next one holds the names whatever
 * its header; "5场" cells give the measure; a 合计 row is no indicator. */
static void
test_number_column_and_cell_measures (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    PLAN "附件1：任务分解表\n| 序号 | 工作任务 | 甲镇 | 乙镇 |\n| 1 | 科普讲座 | 5场 | 6场 |\n"
    "| 2 | 科技培训 | 0.5万人次 | 3000人次 |\n| | 合计 | 5005 | 3006 |\n");
  KlDraftIndicator *talks = kl_import_test_indicator (d, "科普讲座");
  KlDraftIndicator *training = kl_import_test_indicator (d, "科技培训");

  kl_import_test_strings (d->units, "甲镇", "乙镇", NULL);
  g_assert_cmpuint (d->indicators->len, ==, 2);     /* not the 合计 row */
  g_assert_cmpstr (talks->measure, ==, "场");
  assert_number (talks, "乙镇", 6);
  g_assert_cmpstr (training->measure, ==, "人次");
  assert_number (training, "甲镇", 5000);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/tables/units-groups", test_units_and_groups);
  g_test_add_func ("/import/tables/zero-empty", test_zero_and_empty);
  g_test_add_func ("/import/tables/composite", test_composite);
  g_test_add_func ("/import/tables/share", test_share_rule);
  g_test_add_func ("/import/tables/baseline-as-of", test_baseline_as_of);
  g_test_add_func ("/import/tables/baseline-title", test_baseline_by_title);
  g_test_add_func ("/import/tables/tab-separated", test_tab_separated);
  g_test_add_func ("/import/tables/transposed", test_transposed);
  g_test_add_func ("/import/tables/group-header-row", test_group_header_row);
  g_test_add_func ("/import/tables/number-column", test_number_column_and_cell_measures);
  return g_test_run ();
}
