/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "import/kl-import-private.h"
#include "model/kl-labels.h"
#include "model/kl-section.h"
#include "kl-import-test.h"
#include "kl-test-support.h"

/* Part headings (第一部分, 第一章) as a level of their own, and numbering
 * kept as printed where it runs on across parents, per level.  The plans
 * here are invented; none is copied from a real document. */

/* "label title" of every section, depth as indent, "|" between. */
static void
outline (GString   *out,
         GPtrArray *sections,
         int        depth)
{
  for (guint i = 0; i < sections->len; i++)
    {
      KlDraftSection *s = g_ptr_array_index (sections, i);
      g_string_append_printf (out, "%s%*s%s%s", out->len ? "|" : "", depth * 2, "",
                              s->label ? s->label : "?", s->title);
      outline (out, s->children, depth + 1);
    }
}

static void
assert_outline (const KlPlanDraft *draft,
                const char        *expected)
{
  g_autoptr(GString) out = g_string_new (NULL);

  outline (out, draft->sections, 0);
  g_assert_cmpstr (out->str, ==, expected);
}

static void
test_part_numbers (void)
{
  KlSectionNumber num;

  g_assert_true (_kl_section_number_parse ("第二部分 重点任务", &num));
  g_assert_cmpint (num.style, ==, KL_LABEL_STYLE_PART);
  g_assert_cmpuint (num.number, ==, 2);
  g_assert_cmpstr ("第二部分 重点任务" + num.prefix_len, ==, "重点任务");
  g_assert_true (_kl_section_number_parse ("第十一章：附则", &num));
  g_assert_cmpuint (num.number, ==, 11);
  g_assert_cmpstr (num.word, ==, "章");
  g_assert_true (_kl_section_number_parse ("第3部分保障机制", &num));
  g_assert_cmpuint (num.number, ==, 3);
  g_assert_true (_kl_section_number_parse ("第一部分", &num));
  /* Sentences that start with an ordinal stay text. */
  g_assert_false (_kl_section_number_parse ("第二章规定的任务要在年底前完成。", &num));
  g_assert_false (_kl_section_number_parse ("第一批示范点已经验收，第二批正在申报", &num));
  g_assert_false (_kl_section_number_parse ("第三届科技节", &num));
  g_assert_false (_kl_section_number_parse ("第一", &num));
}

/* Parts above 一、; what follows 第三部分 does not fall under the last
 * 一、 of the part before. */
static void
test_parts_above_chapters (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "松岭县2030年科普工作安排\n"
    "第一部分 总体思路\n"
    "一、基本原则\n"
    "坚持需求牵引，突出基层，注重实效。\n"
    "二、年度目标\n"
    "全县新建社区科普角6个，改造科普长廊2处。\n"
    "第二部分 主要工作\n"
    "一、面向少年儿童\n"
    "（一）举办星空观测营。\n"
    "（二）开展小小讲解员评选。\n"
    "二、面向社区居民\n"
    "（一）开设健康大讲堂。\n"
    "第三部分 落实保障\n"
    "各有关单位要明确专人负责。\n");

  assert_outline (draft,
                  "第一部分总体思路|  一、基本原则|  二、年度目标|"
                  "第二部分主要工作|  一、面向少年儿童|    （一）举办星空观测营。|"
                  "    （二）开展小小讲解员评选。|  二、面向社区居民|    （一）开设健康大讲堂。|"
                  "第三部分落实保障");
  g_assert_cmpint (kl_import_test_section (draft, 2, -1)->style, ==, KL_LABEL_STYLE_PART);
  g_assert_cmpstr (kl_import_test_section (draft, 2, -1)->body, ==, "各有关单位要明确专人负责。");
  g_assert_cmpuint (draft->run_on, ==, 0);
}

/* A part followed directly by （一）, and chapters printed 第一章. */
static void
test_part_then_subsections (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "青禾镇科学普及行动方案\n"
    "第一章 工作任务\n"
    "（一）建设乡村科普驿站。\n"
    "（二）培育科普志愿服务队。\n"
    "第二章 工作保障\n"
    "（一）加强经费投入。\n");

  assert_outline (draft,
                  "第一章工作任务|  （一）建设乡村科普驿站。|  （二）培育科普志愿服务队。|"
                  "第二章工作保障|  （一）加强经费投入。");
}

/* 一、 runs on across chapters (三、 under 第二章) and （一）… runs on across
 * 一、二、: both are kept as printed and marked per level. */
static void
test_run_on_per_level (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "河湾市科普示范创建工作要点\n"
    "第一章 夯实基础\n"
    "一、完善阵地\n"
    "（一）改造科技馆展厅。\n"
    "（二）新建流动科普站。\n"
    "二、壮大队伍\n"
    "（三）招募科技辅导员。\n"
    "第二章 创新方式\n"
    "三、拓展传播\n"
    "（四）开通科普短视频专栏。\n"
    "（五）举办科普讲解大赛。\n");

  assert_outline (draft,
                  "第一章夯实基础|  一、完善阵地|    （一）改造科技馆展厅。|    （二）新建流动科普站。|"
                  "  二、壮大队伍|    （三）招募科技辅导员。|"
                  "第二章创新方式|  三、拓展传播|    （四）开通科普短视频专栏。|    （五）举办科普讲解大赛。");
  g_assert_cmpuint (draft->run_on, ==, 1u << 1 | 1u << 2);
}

/* Numbering that restarts keeps restarting, even beside a level that runs
 * on (1. … across 一、 runs on, （一） restarts). */
static void
test_restart_and_run_on_mixed (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "北坡区科协年度重点工作\n"
    "一、服务青少年\n"
    "（一）科技教育\n"
    "1.办好科技周。\n"
    "2.组织研学。\n"
    "（二）竞赛活动\n"
    "3.举办机器人赛。\n"
    "二、服务老年人\n"
    "（一）健康科普\n"
    "4.开展防诈宣讲。\n");

  assert_outline (draft,
                  "一、服务青少年|  （一）科技教育|    1.办好科技周。|    2.组织研学。|"
                  "  （二）竞赛活动|    3.举办机器人赛。|"
                  "二、服务老年人|  （一）健康科普|    4.开展防诈宣讲。");
  g_assert_cmpuint (draft->run_on, ==, 1u << 3);
  g_assert_cmpint (draft->numbering, ==, KL_NUMBERING_CONTINUOUS);
}

/* Through the store: the plan tree, the outline and the exports all read
 * the listed labels, which are the printed ones. */
static void
test_labels_listed_as_printed (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "南渡县科普工作要点\n"
    "第一部分 目标\n"
    "一、完成科普日活动20场。\n"
    "第二部分 任务\n"
    "（一）开展科普进校园。\n"
    "二、推进科普信息化\n"
    "（二）运营科普公众号。\n");
  g_autoptr(KlStore) store = kl_test_store_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GString) labels = g_string_new (NULL);
  gint64 plan_id = 0;

  g_assert_true (kl_store_insert_draft (store, draft, &plan_id, &error));
  g_assert_no_error (error);
  sections = kl_store_list_sections (store, plan_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sections->len; i++)
    g_string_append_printf (labels, "%s ", ((KlSectionInfo *) sections->pdata[i])->label);
  g_assert_cmpstr (labels->str, ==, "第一部分 一、 第二部分 （一） 二、 （二） ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/parts/numbers", test_part_numbers);
  g_test_add_func ("/import/parts/above-chapters", test_parts_above_chapters);
  g_test_add_func ("/import/parts/then-subsections", test_part_then_subsections);
  g_test_add_func ("/import/parts/run-on-per-level", test_run_on_per_level);
  g_test_add_func ("/import/parts/restart-and-run-on", test_restart_and_run_on_mixed);
  g_test_add_func ("/import/parts/listed-as-printed", test_labels_listed_as_printed);
  return g_test_run ();
}
