/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "import/kl-import-private.h"
#include "kl-import-test.h"

/* Points written out as 一是……；二是……；三是……: inside a task they are
 * lines of its body with their targets the task's; a text with no
 * numbered headings reads them as its top-level tasks.  Invented texts. */

static char *
target_list (GPtrArray *targets)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < targets->len; i++)
    {
      KlDraftTarget *t = g_ptr_array_index (targets, i);
      g_string_append_printf (s, "%s%s", i ? "|" : "", t->text);
    }
  return g_string_free (s, FALSE);
}

static void
test_find_markers (void)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));

  g_assert_cmpuint (_kl_points_find ("抓好三件事：一是办展；二是办赛；三是办班。", starts), ==, 3);
  g_assert_cmpuint (g_array_index (starts, gsize, 1), ==, strlen ("抓好三件事：一是办展；"));
  /* Only one point, a word that contains 一是, or numbers out of order. */
  g_assert_cmpuint (_kl_points_find ("一是办展。", starts), ==, 0);
  g_assert_cmpuint (_kl_points_find ("口径统一是前提，二是非曲直另论。", starts), ==, 0);
  g_assert_cmpuint (_kl_points_find ("二是办赛；一是办展。", starts), ==, 0);
}

/* Inside a task: the words before the points are the title, each point a
 * line of the body, the targets of every point the task's. */
static void
test_points_in_task (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "石门镇科普工作安排\n"
    "一、重点任务\n"
    "（一）办好科普阵地，一是改造镇科普馆展区2个；二是新建村级科普活动室5间；"
    "三是每季度更新科普宣传栏1次。（镇科协牵头，镇文化站配合）\n"
    "（二）抓好科普宣传。\n");
  KlDraftSection *task = kl_import_test_section (draft, 0, 0, -1);
  g_autofree char *targets = target_list (task->targets);

  g_assert_cmpstr (task->title, ==, "办好科普阵地");
  g_assert_cmpstr (task->body, ==,
                   "一是改造镇科普馆展区2个；\n二是新建村级科普活动室5间；\n三是每季度更新科普宣传栏1次。");
  g_assert_cmpstr (targets, ==, "2个|5间|1次");
  kl_import_test_strings (task->units, "镇科协", "镇文化站", NULL);
  g_assert_cmpuint (task->n_leads, ==, 1);
  g_assert_false (draft->from_points);
}

/* A short plan numbered only 一是、二是: one top-level task per point,
 * measure words such as 辆 and ranges such as 2-6场 read as targets. */
static void
test_points_only_text (void)
{
  g_autoptr(KlPlanDraft) draft = kl_import_test_parse (
    "白沙乡2032年科普工作计划\n"
    "全乡科普工作突出服务群众，重点做好三方面工作：\n"
    "一是配置流动科普车2辆，每月进村开展2-6场科普放映；\n"
    "二是培训农村实用人才不少于300人次；\n"
    "三是创建科普示范户15户。\n"
    "白沙乡人民政府\n"
    "2032年1月9日\n");
  g_autofree char *first = NULL;

  g_assert_true (draft->from_points);
  g_assert_cmpuint (draft->sections->len, ==, 3);
  g_assert_cmpstr (kl_import_test_section (draft, 0, -1)->label, ==, "一是");
  g_assert_cmpstr (kl_import_test_section (draft, 0, -1)->title, ==,
                   "配置流动科普车2辆，每月进村开展2-6场科普放映");
  g_assert_cmpstr (kl_import_test_section (draft, 2, -1)->title, ==, "创建科普示范户15户。");
  first = target_list (kl_import_test_section (draft, 0, -1)->targets);
  g_assert_cmpstr (first, ==, "2辆|2-6场");
  g_assert_cmpstr (draft->preamble, ==, "全乡科普工作突出服务群众，重点做好三方面工作：");
  g_assert_cmpstr (draft->issuer, ==, "白沙乡人民政府");
  g_assert_cmpstr (draft->issued_on, ==, "2032-01-09");
}

/* The range's bounds. */
static void
test_range_target (void)
{
  g_autoptr(GPtrArray) targets = kl_import_test_targets ("每季度组织1-4场科普讲座，添置宣传车1辆。");
  KlDraftTarget *range = g_ptr_array_index (targets, 0);

  g_assert_cmpuint (targets->len, ==, 2);
  g_assert_true (range->is_range);
  g_assert_cmpfloat (range->value, ==, 1);
  g_assert_cmpfloat (range->value_max, ==, 4);
  g_assert_cmpstr (range->measure, ==, "场");
  g_assert_cmpstr (((KlDraftTarget *) g_ptr_array_index (targets, 1))->measure, ==, "辆");
}

/* Neither numbered headings nor points: still refused. */
static void
test_no_points_refused (void)
{
  g_autofree char *message = kl_import_test_fails ("县科协今年一是要抓好宣传。\n", -1,
                                                   KL_IMPORT_ERROR_NO_SECTIONS);

  g_assert_nonnull (message);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/points/find", test_find_markers);
  g_test_add_func ("/import/points/in-task", test_points_in_task);
  g_test_add_func ("/import/points/only-points", test_points_only_text);
  g_test_add_func ("/import/points/range", test_range_target);
  g_test_add_func ("/import/points/refused", test_no_points_refused);
  return g_test_run ();
}
