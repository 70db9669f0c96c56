/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-import-test.h"

/* Numeric targets in task text, and the numbers that are not targets. */

typedef struct
{
  double       value;
  double       value_max;
  const char  *measure;
  KlComparator cmp;
  const char  *text;
} Expected;

static void
assert_targets (const char     *text,
                guint           n,
                const Expected *expected)
{
  g_autoptr(GPtrArray) targets = kl_import_test_targets (text);

  if (targets->len != n)
    g_error ("“%s”: %u targets, expected %u", text, targets->len, n);
  for (guint i = 0; i < n; i++)
    {
      KlDraftTarget *t = g_ptr_array_index (targets, i);
      g_assert_cmpfloat (t->value, ==, expected[i].value);
      g_assert_cmpfloat (t->value_max, ==, expected[i].value_max);
      g_assert_cmpint (t->is_range, ==, expected[i].value_max > expected[i].value);
      g_assert_cmpstr (t->measure, ==, expected[i].measure);
      g_assert_cmpint (t->comparator, ==, expected[i].cmp);
      g_assert_cmpstr (t->text, ==, expected[i].text);
    }
}

#define ONE(text, v, m, c, t) \
  assert_targets (text, 1, (const Expected[]) { { v, v, m, c, t } })

static void
test_at_least (void)
{
  ONE ("组织开展重点科普活动700项以上。", 700, "项", KL_CMP_AT_LEAST, "700项以上");
  ONE ("全年组织不少于10000人次。", 10000, "人次", KL_CMP_AT_LEAST, "不少于10000人次");
  ONE ("科普志愿者年度服务率达85%以上。", 85, "%", KL_CMP_AT_LEAST, "85%以上");
  ONE ("参与人数超过500人。", 500, "人", KL_CMP_AT_LEAST, "超过500人");
  ONE ("至少举办3场讲座。", 3, "场", KL_CMP_AT_LEAST, "3场");
  ONE ("力争全年新建科普教育基地10家。", 10, "家", KL_CMP_AT_LEAST, "10家");
  ONE ("举办讲座300余场。", 300, "场", KL_CMP_AT_LEAST, "300余场");
}

static void
test_at_most_and_equal (void)
{
  ONE ("误差不超过5%。", 5, "%", KL_CMP_AT_MOST, "不超过5%");
  ONE ("控制在3个以内。", 3, "个", KL_CMP_AT_MOST, "3个以内");
  ONE ("全市公民具备科学素质的比例达到14%。", 14, "%", KL_CMP_EQUAL, "14%");
  ONE ("创建“科学教育综合示范学校”13所。", 13, "所", KL_CMP_EQUAL, "13所");
  ONE ("全年开展活动100场次。", 100, "场次", KL_CMP_EQUAL, "100场次");
}

static void
test_ranges_and_wan (void)
{
  assert_targets ("征集编写龙城科普丛书3-5册。", 1,
                  (const Expected[]) { { 3, 5, "册", KL_CMP_EQUAL, "3-5册" } });
  assert_targets ("培训2～3万人次。", 1,
                  (const Expected[]) { { 20000, 30000, "人次", KL_CMP_EQUAL, "2～3万人次" } });
  ONE ("培训新型职业农民0.6万名。", 6000, "名", KL_CMP_EQUAL, "0.6万名");
  ONE ("完成培训10万人次。", 100000, "人次", KL_CMP_EQUAL, "10万人次");
  ONE ("覆盖１２万户。", 120000, "户", KL_CMP_EQUAL, "１２万户");
}

static void
test_several_in_one_sentence (void)
{
  assert_targets ("全年完成专家对接项目不少于30个、带动农户3500户以上，培育示范基地5家以上、服务站15家。", 4,
                  (const Expected[]) {
                    { 30, 30, "个", KL_CMP_AT_LEAST, "不少于30个" },
                    { 3500, 3500, "户", KL_CMP_AT_LEAST, "3500户以上" },
                    { 5, 5, "家", KL_CMP_AT_LEAST, "5家以上" },
                    { 15, 15, "家", KL_CMP_EQUAL, "15家" },
                  });
  assert_targets ("每年培训科技辅导员200人、认定100人。", 2,
                  (const Expected[]) {
                    { 200, 200, "人", KL_CMP_EQUAL, "200人" },
                    { 100, 100, "人", KL_CMP_EQUAL, "100人" },
                  });
}

static void
test_period (void)
{
  g_autoptr(GPtrArray) cumulative = kl_import_test_targets ("到2025年底，建成科普教育基地50个。");
  g_autoptr(GPtrArray) annual = kl_import_test_targets ("每年培训科技辅导员200人。");
  KlDraftTarget *t;

  g_assert_cmpuint (cumulative->len, ==, 1);
  t = g_ptr_array_index (cumulative, 0);
  g_assert_cmpint (t->period, ==, KL_PERIOD_CUMULATIVE);
  g_assert_cmpstr (t->due, ==, "2025-12-31");
  g_assert_cmpfloat (t->value, ==, 50);
  g_assert_cmpuint (annual->len, ==, 1);
  t = g_ptr_array_index (annual, 0);
  g_assert_cmpint (t->period, ==, KL_PERIOD_ANNUAL);
  g_assert_null (t->due);
}

/* Years, dates, editions, anniversaries, document numbers, names. */
static void
test_not_targets (void)
{
  static const char *const texts[] = {
    "举办2019年全国科技活动周。",
    "举办常州市第三十一届科普宣传周。",
    "举办第31届青少年科技创新大赛。",
    "庆祝中华人民共和国成立70周年。",
    "根据扬科协字〔2021〕25号文件。",
    "编制《科学素质规划纲要（2020—2025 年）》。",
    "实现“四个高质量”，一月一主题，四位一体。",
    "于3月1日前报送。",
    "评选前3名。",
    "推广5G应用，服务G20峰会。",
    "2021—2025年期间。",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_targets (texts[i], 0, NULL);
}

/* "从2015年的8.2%提升至12.7%": 8.2% is history, 12.7% the target. */
static void
test_history (void)
{
  ONE ("公民具备科学素质的比例从2015年的8.2%提升至12.7%。", 12.7, "%", KL_CMP_EQUAL, "12.7%");
  ONE ("由300家提高到500家。", 500, "家", KL_CMP_EQUAL, "500家");
}

/* Targets are attached to their section; the preamble's are not. */
static void
test_on_sections (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "2021年科普工作要点\n全市公民具备科学素质的比例达到14%。\n一、甲\n1、举办讲座不少于6场。（市科协）\n");
  KlDraftSection *task = kl_import_test_section (d, 0, 0, -1);
  KlDraftTarget *t;

  g_assert_cmpuint (kl_import_test_section (d, 0, -1)->targets->len, ==, 0);
  g_assert_cmpuint (task->targets->len, ==, 1);
  t = g_ptr_array_index (task->targets, 0);
  g_assert_cmpstr (t->text, ==, "不少于6场");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/targets/at-least", test_at_least);
  g_test_add_func ("/import/targets/at-most-equal", test_at_most_and_equal);
  g_test_add_func ("/import/targets/ranges-wan", test_ranges_and_wan);
  g_test_add_func ("/import/targets/several", test_several_in_one_sentence);
  g_test_add_func ("/import/targets/period", test_period);
  g_test_add_func ("/import/targets/not-targets", test_not_targets);
  g_test_add_func ("/import/targets/history", test_history);
  g_test_add_func ("/import/targets/on-sections", test_on_sections);
  return g_test_run ();
}
