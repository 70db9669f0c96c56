/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-test-support.h"
#include "kl-import-test.h"

/* The two sample plans, read from their files: the key facts a person
 * reading them finds.  (The full expected outlines are in
 * tests/data/import/, compared through the CLI.) */

#define section kl_import_test_section

static KlPlanDraft *
import_sample (const char *name)
{
  g_autofree char *path = kl_test_source_path ("data", "samples", name, NULL);
  g_autoptr(GError) error = NULL;
  KlPlanDraft *draft = kl_plan_import_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (draft);
  return draft;
}

static const KlDraftTarget *
target (const KlDraftSection *s,
        guint                 i)
{
  g_assert_cmpuint (i, <, s->targets->len);
  return g_ptr_array_index (s->targets, i);
}

static void
test_yangzhou_metadata (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("yangzhou-2021-annual-plan.txt");

  g_assert_cmpstr (d->title, ==, "2021年度扬州市科普工作要点");
  g_assert_cmpstr (d->issuer, ==, "扬州市科学技术协会");
  g_assert_cmpstr (d->doc_number, ==, "扬科协字〔2021〕25号");
  g_assert_cmpstr (d->issued_on, ==, "2021-03-23");
  g_assert_cmpint (d->year_start, ==, 2021);
  g_assert_cmpint (d->year_end, ==, 2021);
  g_assert_cmpint (d->kind, ==, KL_PLAN_ANNUAL);
  g_assert_cmpstr (d->level, ==, "市");
  g_assert_true (g_str_has_prefix (d->preamble, "2021年，全市科普工作将以"));
  g_assert_null (strstr (d->preamble, "印发"));
}

static void
test_yangzhou_sections (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("yangzhou-2021-annual-plan.txt");
  static const guint tasks[] = { 4, 9, 8, 6 };
  guint total = 0;

  g_assert_cmpuint (d->sections->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpuint (section (d, i, -1)->children->len, ==, tasks[i]);
      total += tasks[i];
    }
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 4 + total);
  g_assert_cmpuint (total, ==, 27);
  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_RESTART);
  g_assert_cmpstr (section (d, 1, -1)->title, ==, "面向重点人群，完善社会联动机制");
  /* The page break inside "扬|州市" is joined. */
  g_assert_nonnull (strstr (section (d, 2, 2, -1)->title, "开展2021年扬州市科普教育基地认定"));
  g_assert_cmpstr (section (d, 1, 6, -1)->title, ==, "深入实施乡村振兴农民科学素质行动。");
  g_assert_true (g_str_has_prefix (section (d, 1, 6, -1)->body, "采取集中行动"));
  /* No parenthesis in this plan is a unit list. */
  g_assert_cmpuint (section (d, 1, 7, -1)->units->len, ==, 0);
  g_assert_cmpuint (section (d, 3, 5, -1)->units->len, ==, 0);
}

static void
test_yangzhou_quota_table (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("yangzhou-2021-annual-plan.txt");
  KlDraftIndicator *group0 = g_ptr_array_index (d->indicators, 0);
  KlDraftIndicator *talks = kl_import_test_indicator (d, "市级科普讲师讲座/集中到镇村讲座");
  KlDraftIndicator *contest = kl_import_test_indicator (d, "公民科学素养大赛（参赛数）");
  guint in_group = 0;

  kl_import_test_strings (d->units, "宝应县", "高邮市", "仪征市", "江都区", "邗江区", "广陵区", "开发区", NULL);
  g_assert_cmpuint (d->indicators->len, ==, 18);
  for (guint i = 0; i < d->indicators->len; i++)
    in_group += ((KlDraftIndicator *) g_ptr_array_index (d->indicators, i))->group != NULL;
  g_assert_cmpuint (in_group, ==, 4);
  g_assert_cmpstr (group0->group, ==, "基层科普行动计划（科普公益创投）");
  g_assert_cmpfloat (kl_import_test_quota (group0, "开发区")->parts[0], ==, 0);
  g_assert_cmpint (kl_import_test_quota (talks, "江都区")->kind, ==, KL_CELL_PARTS);
  g_assert_cmpint (kl_import_test_quota (talks, "宝应县")->kind, ==, KL_CELL_NUMBER);
  g_assert_cmpuint (talks->part_names->len, ==, 2);
  g_assert_cmpuint (kl_import_test_indicator (d, "科技志愿者新增册人数/发布活动数")->part_names->len, ==, 2);
  g_assert_cmpint (contest->kind, ==, KL_INDICATOR_SHARE);
  g_assert_cmpuint (contest->quotas->len, ==, 7);
  g_assert_cmpfloat (kl_import_test_quota (contest, "开发区")->share, ==, 20);
  g_assert_nonnull (kl_import_test_indicator (d, "扬州科普 e 站通新推广人数"));
}

static void
test_yangzhou_baselines (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("yangzhou-2021-annual-plan.txt");
  guint dev_zone = 0;

  g_assert_cmpuint (d->baselines->len, ==, 4 * 7 - 3);
  for (guint i = 0; i < d->baselines->len; i++)
    {
      KlDraftBaseline *b = g_ptr_array_index (d->baselines, i);
      g_assert_cmpstr (b->as_of, ==, "2020-03-01");
      if (g_str_equal (b->unit, "开发区"))
        {
          dev_zone++;
          g_assert_cmpstr (b->metric, ==, "海外专利信息资源库注册数");
          g_assert_cmpfloat (b->value, ==, 4);
        }
    }
  g_assert_cmpuint (dev_zone, ==, 1);
}

static void
test_changzhou_metadata (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("changzhou-2019-work-points.txt");

  g_assert_cmpstr (d->title, ==, "2019年常州市全民科学素质工作要点");
  g_assert_cmpstr (d->issuer, ==, "常州市全民科学素质工作领导小组办公室");
  g_assert_cmpstr (d->doc_number, ==, "常全科组办发〔2019〕4号");
  g_assert_cmpstr (d->issued_on, ==, "2019-05-27");
  g_assert_cmpint (d->year_start, ==, 2019);
  g_assert_cmpint (d->kind, ==, KL_PLAN_ANNUAL);
  g_assert_true (g_str_has_prefix (d->preamble, "2019年是新中国成立70周年"));
  g_assert_cmpuint (d->indicators->len, ==, 0);
}

static void
test_changzhou_sections (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("changzhou-2019-work-points.txt");
  static const guint tasks[] = { 4, 4, 6, 5 };

  g_assert_cmpuint (d->sections->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (section (d, i, -1)->children->len, ==, tasks[i]);
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 4 + 19);
  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_CONTINUOUS);
  /* Task 7 and 10, with the shared 市 prefix expanded. */
  kl_import_test_strings (section (d, 1, 2, -1)->units, "市委宣传部", "常州日报社", "常州广播电视台",
                          "市教育局", "市科技局", "市自然资源局", "市生态环境局", "市农业农村局",
                          "市文化广电和旅游局", "市卫生健康委员会", "市市场监督管理局", "市总工会",
                          "团市委", "市妇联", "市科协", "市文联", "市社科联", NULL);
  kl_import_test_strings (section (d, 2, 1, -1)->units, "市教育局", "市科技局", "市生态环境局",
                          "市应急管理局", "团市委", "市科协", NULL);
  kl_import_test_strings (section (d, 0, 3, -1)->units, "领导小组办公室", "各辖市、区领导小组办公室", NULL);
  g_assert_cmpstr (section (d, 0, 0, -1)->body, ==, "召开全民科学素质工作领导小组会议和专题工作推进会，总结工作，部署任务。");
}

static void
test_changzhou_targets (void)
{
  g_autoptr(KlPlanDraft) d = import_sample ("changzhou-2019-work-points.txt");
  const KlDraftSection *t5 = section (d, 1, 0, -1);
  const KlDraftSection *t13 = section (d, 2, 4, -1);
  const KlDraftSection *t17 = section (d, 3, 2, -1);
  const KlDraftSection *t18 = section (d, 3, 3, -1);
  const KlDraftSection *t19 = section (d, 3, 4, -1);

  g_assert_cmpstr (target (t5, 0)->text, ==, "700项以上");
  g_assert_cmpfloat (target (t5, 0)->value, ==, 700);
  g_assert_cmpint (target (t5, 0)->comparator, ==, KL_CMP_AT_LEAST);
  g_assert_cmpfloat (target (t13, 0)->value, ==, 100000);
  g_assert_cmpstr (target (t13, 0)->measure, ==, "人次");
  g_assert_cmpuint (t17->targets->len, ==, 5);
  g_assert_cmpstr (target (t17, 4)->text, ==, "85%以上");
  g_assert_cmpstr (target (t17, 4)->measure, ==, "%");
  g_assert_true (target (t18, 0)->is_range);
  g_assert_cmpfloat (target (t18, 0)->value, ==, 3);
  g_assert_cmpfloat (target (t18, 0)->value_max, ==, 5);
  g_assert_cmpstr (target (t19, 1)->text, ==, "不少于10000人次");
  g_assert_cmpint (target (t19, 1)->comparator, ==, KL_CMP_AT_LEAST);
  /* "2019年", "第三十一届", "70周年": no targets in task 5 beyond the two. */
  g_assert_cmpuint (t5->targets->len, ==, 2);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/samples/yangzhou/metadata", test_yangzhou_metadata);
  g_test_add_func ("/import/samples/yangzhou/sections", test_yangzhou_sections);
  g_test_add_func ("/import/samples/yangzhou/quota-table", test_yangzhou_quota_table);
  g_test_add_func ("/import/samples/yangzhou/baselines", test_yangzhou_baselines);
  g_test_add_func ("/import/samples/changzhou/metadata", test_changzhou_metadata);
  g_test_add_func ("/import/samples/changzhou/sections", test_changzhou_sections);
  g_test_add_func ("/import/samples/changzhou/targets", test_changzhou_targets);
  return g_test_run ();
}
