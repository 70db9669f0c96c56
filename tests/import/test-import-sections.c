/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-import-test.h"

/* The section tree: nesting by style, skipped levels, numbering that
 * restarts or runs on, page-break joins, title and body. */

#define section kl_import_test_section

static void
test_four_styles_nest (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、总体要求\n（一）组织领导\n1、建立机制。\n（1）召开会议。\n（2）印发文件。\n2、明确分工。\n");

  g_assert_cmpuint (d->sections->len, ==, 1);
  g_assert_cmpint (section (d, 0, -1)->style, ==, 1);
  g_assert_cmpint (section (d, 0, 0, -1)->style, ==, 2);
  g_assert_cmpint (section (d, 0, 0, 0, -1)->style, ==, 3);
  g_assert_cmpstr (section (d, 0, 0, 0, 1, -1)->title, ==, "印发文件。");
  g_assert_cmpint (section (d, 0, 0, 0, 1, -1)->style, ==, 4);
  g_assert_cmpstr (section (d, 0, 0, 1, -1)->title, ==, "明确分工。");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 6);
}

static void
test_mixed_widths_are_siblings (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、总体\n(一)甲\n1．子一。\n  2.子二。\n　3、子三。\n（二）乙\n①圈一。\n②圈二。\n");
  KlDraftSection *first = section (d, 0, 0, -1);

  g_assert_cmpuint (section (d, 0, -1)->children->len, ==, 2);
  g_assert_cmpuint (first->children->len, ==, 3);
  g_assert_cmpstr (section (d, 0, 0, 2, -1)->title, ==, "子三。");
  g_assert_cmpuint (section (d, 0, 1, -1)->children->len, ==, 2);
  g_assert_cmpint (section (d, 0, 1, 1, -1)->style, ==, 4);
}

/* "一、" directly followed by "1.": the task nests under the part. */
static void
test_skipped_level (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、任务一。\n2、任务二。\n二、乙\n1、任务三。\n（1）细项。\n");

  g_assert_cmpuint (d->sections->len, ==, 2);
  g_assert_cmpuint (section (d, 0, -1)->children->len, ==, 2);
  g_assert_cmpstr (section (d, 1, 0, -1)->title, ==, "任务三。");
  g_assert_cmpstr (section (d, 1, 0, 0, -1)->title, ==, "细项。");
  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_RESTART);
}

static void
test_numbering_continuous (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1．任务一。\n2．任务二。\n二、乙\n3．任务三。\n4．任务四。\n三、丙\n5．任务五。\n");

  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_CONTINUOUS);
  g_assert_cmpuint (section (d, 1, -1)->children->len, ==, 2);
  g_assert_cmpstr (section (d, 2, 0, -1)->title, ==, "任务五。");
}

/* Task numbers run on across "（一）（二）" while those restart per part. */
static void
test_numbering_continuous_tasks_only (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、任务\n（一）甲\n1.任务一。\n2.任务二。\n（二）乙\n3.任务三。\n"
                                                   "二、保障\n（一）加强领导。\n（二）强化保障。\n");

  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_CONTINUOUS);
  g_assert_cmpstr (section (d, 0, 1, 0, -1)->title, ==, "任务三。");
  g_assert_cmpuint (section (d, 1, -1)->children->len, ==, 2);
}

/* A single part gives no evidence of running on. */
static void
test_numbering_single_part (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1．任务一。\n2．任务二。\n");

  g_assert_cmpint (d->numbering, ==, KL_NUMBERING_RESTART);
}

/* A number that does not follow on is text, not an item. */
static void
test_number_must_follow_on (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、任务一。\n5、这一行不是第五项，它是正文。\n2、任务二。\n");
  KlDraftSection *first = section (d, 0, 0, -1);

  g_assert_cmpuint (section (d, 0, -1)->children->len, ==, 2);
  g_assert_cmpstr (first->body, ==, "5、这一行不是第五项，它是正文。");
}

static void
test_number_lines_that_are_text (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、任务一。\n2021 年，全市开展活动。\n2019年是关键之年。\n1.5万人次参加。\n");
  KlDraftSection *task = section (d, 0, 0, -1);

  g_assert_cmpuint (section (d, 0, -1)->children->len, ==, 1);
  g_assert_cmpstr (task->body, ==, "2021年，全市开展活动。\n2019年是关键之年。\n1.5万人次参加。");
}

/* A paragraph broken at a page end, even mid-word, across blank lines and
 * a page number. */
static void
test_page_break_joins (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、召开推进会，开展2021年扬\n\n州市科普教育基地认定，推进\n- 3 -\n基地建设。\n2、下一项。\n");

  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "召开推进会，开展2021年扬州市科普教育基地认定，推进基地建设。");
  g_assert_cmpstr (section (d, 0, 1, -1)->title, ==, "下一项。");
}

/* A line after a full stop is a new paragraph of the body. */
/* A closing quote or bracket inside a sentence does not end the line's
 * paragraph; a unit list on a line of its own belongs to the task. */
static void
test_quote_and_bracket_line_ends (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、组织青少年科技活动，开展中国科协“大手拉小手”\n科普报告巡讲活动，建设产品体验（展示）\n中心。\n（市科协、市教育局）\n2、下一项。\n");
  KlDraftSection *task = section (d, 0, 0, -1);

  g_assert_cmpstr (task->title, ==, "组织青少年科技活动，开展中国科协“大手拉小手”科普报告巡讲活动，建设产品体验（展示）中心。");
  g_assert_cmpstr (task->body, ==, "");
  kl_import_test_strings (task->units, "市科协", "市教育局", NULL);
}

static char *
hard_wrap (const char *text,
           glong       width)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];
      while (g_utf8_strlen (p, -1) > width)
        {
          const char *cut = g_utf8_offset_to_pointer (p, width);
          g_string_append_len (out, p, cut - p);
          g_string_append_c (out, '\n');
          p = cut;
        }
      g_string_append_printf (out, "%s\n", p);
    }
  return g_string_free (out, FALSE);
}

/* Text wrapped at a fixed width reads like the same text unwrapped, even
 * where a line happens to end with "。". */
static void
test_hard_wrapped (void)
{
  const char *plain =
    "一、深入推进全民科学素质行动计划共建机制建设\n"
    "1．健全工作机制，领导小组办公室充分发挥综合协调作用。成员单位按照任务分工切实负起责任，形成整体合力。召开领导小组会议和专题推进会，总结工作，部署任务。（领导小组办公室，各牵头单位）\n"
    "2．加大科普经费投入力度，各有关部门按照预算管理的规定，统筹落实所需经费。积极引导社会资金投入科普事业，不断拓宽来源渠道。（领导小组办公室）\n"
    "3．组织开展公民科学素质调查工作，加强监测评估和督导检查，为全民科学素质工作提供数据支撑，全年组织不少于10000人次。（各成员单位）\n";
  g_autofree char *wrapped = hard_wrap (plain, 20);
  g_autoptr(KlPlanDraft) a = kl_import_test_parse (plain);
  g_autoptr(KlPlanDraft) b = kl_import_test_parse (wrapped);

  g_assert_cmpuint (kl_plan_draft_count_sections (b), ==, 4);
  for (int i = 0; i < 3; i++)
    {
      g_assert_cmpstr (section (b, 0, i, -1)->title, ==, section (a, 0, i, -1)->title);
      g_assert_cmpstr (section (b, 0, i, -1)->body, ==, section (a, 0, i, -1)->body);
      g_assert_cmpuint (section (b, 0, i, -1)->units->len, ==, section (a, 0, i, -1)->units->len);
    }
  g_assert_cmpstr (section (b, 0, -1)->title, ==, "深入推进全民科学素质行动计划共建机制建设");
}

static void
test_new_paragraph (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、加强建设。推进工作。\n继续开展活动；\n组织培训：\n举办讲座。\n");

  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "加强建设。");
  g_assert_cmpstr (section (d, 0, 0, -1)->body, ==, "推进工作。\n继续开展活动；\n组织培训：\n举办讲座。");
}

static void
test_heading_wrap_and_intro (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、深入推进全民科学素质行动计划共建机制\n建设\n各地要高度重视，抓好落实。\n1、任务一。\n");
  KlDraftSection *part = section (d, 0, -1);

  g_assert_cmpstr (part->title, ==, "深入推进全民科学素质行动计划共建机制建设");
  g_assert_cmpstr (part->body, ==, "各地要高度重视，抓好落实。");
}

/* A heading-like first line is not joined with the long paragraph below. */
static void
test_task_heading_then_paragraph (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、加强科普能力建设\n各地要结合实际，开展科普活动，提高公众科学素质。\n");

  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "加强科普能力建设");
  g_assert_cmpstr (section (d, 0, 0, -1)->body, ==, "各地要结合实际，开展科普活动，提高公众科学素质。");
}

static void
test_title_body_split (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "一、加强顶层设计，完善纲要落实机制\n"
    "1、健全机制，发挥作用；成员单位负起责任。召开会议。\n"
    "2、开展“我们爱科学。”主题活动。其余部分。\n"
    "3、没有句号的任务\n"
    "（一）号召全员参与！后面是正文。\n");

  g_assert_cmpstr (section (d, 0, -1)->title, ==, "加强顶层设计，完善纲要落实机制");
  g_assert_cmpstr (section (d, 0, -1)->body, ==, "");
  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "健全机制，发挥作用；成员单位负起责任。");
  g_assert_cmpstr (section (d, 0, 0, -1)->body, ==, "召开会议。");
  g_assert_cmpstr (section (d, 0, 1, -1)->title, ==, "开展“我们爱科学。”");
  g_assert_cmpstr (section (d, 0, 2, -1)->title, ==, "没有句号的任务");
  g_assert_cmpstr (section (d, 0, 2, -1)->body, ==, "");
  g_assert_cmpstr (section (d, 0, 3, -1)->title, ==, "号召全员参与！");
  g_assert_cmpstr (section (d, 0, 3, -1)->body, ==, "后面是正文。");
}

static void
test_number_only_line (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、\n加强组织领导\n1、\n召开推进会。\n");

  g_assert_cmpstr (section (d, 0, -1)->title, ==, "加强组织领导");
  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "召开推进会。");
}

static void
test_markdown (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("# 2021年科普工作要点\n\n## 一、加强组织领导\n\n**1.** 召开推进会。\n\n- 2\\. 开展培训。\n");

  g_assert_cmpstr (d->title, ==, "2021年科普工作要点");
  g_assert_cmpstr (section (d, 0, -1)->title, ==, "加强组织领导");
  g_assert_cmpstr (section (d, 0, 0, -1)->title, ==, "召开推进会。");
  g_assert_cmpstr (section (d, 0, 1, -1)->title, ==, "开展培训。");
}

/* A pasted fragment may begin in the middle of a plan. */
static void
test_fragment (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("三、强化能力建设\n5、加强科普信息化建设。\n6、壮大科技志愿者队伍。\n");

  g_assert_cmpuint (d->sections->len, ==, 1);
  g_assert_cmpuint (section (d, 0, -1)->children->len, ==, 2);
}

static void
test_target_groups (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse ("一、甲\n1、开展青少年科技竞赛。\n2、开展“智慧助老”行动，组织老年人培训。\n3、举办会议。\n");

  g_assert_cmpuint (section (d, 0, 0, -1)->groups, ==, KL_GROUP_YOUTH);
  g_assert_cmpuint (section (d, 0, 1, -1)->groups, ==, KL_GROUP_ELDERLY);
  g_assert_cmpuint (section (d, 0, 2, -1)->groups, ==, 0);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/sections/four-styles", test_four_styles_nest);
  g_test_add_func ("/import/sections/mixed-widths", test_mixed_widths_are_siblings);
  g_test_add_func ("/import/sections/skipped-level", test_skipped_level);
  g_test_add_func ("/import/sections/continuous", test_numbering_continuous);
  g_test_add_func ("/import/sections/continuous-tasks", test_numbering_continuous_tasks_only);
  g_test_add_func ("/import/sections/single-part", test_numbering_single_part);
  g_test_add_func ("/import/sections/follow-on", test_number_must_follow_on);
  g_test_add_func ("/import/sections/number-text", test_number_lines_that_are_text);
  g_test_add_func ("/import/sections/page-break", test_page_break_joins);
  g_test_add_func ("/import/sections/new-paragraph", test_new_paragraph);
  g_test_add_func ("/import/sections/line-ends", test_quote_and_bracket_line_ends);
  g_test_add_func ("/import/sections/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/import/sections/heading-wrap", test_heading_wrap_and_intro);
  g_test_add_func ("/import/sections/task-heading", test_task_heading_then_paragraph);
  g_test_add_func ("/import/sections/title-body", test_title_body_split);
  g_test_add_func ("/import/sections/number-only-line", test_number_only_line);
  g_test_add_func ("/import/sections/markdown", test_markdown);
  g_test_add_func ("/import/sections/fragment", test_fragment);
  g_test_add_func ("/import/sections/target-groups", test_target_groups);
  return g_test_run ();
}
