/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import/kl-plan-text-parser.h"
#include "model/kl-labels.h"

/* Parses a ~43 KB plan (notice, preamble, five parts of tasks with units
 * and targets, a quota table and a baseline table) 20 times and prints the
 * median time. */

#define RUNS 20
#define TARGET_BYTES (43 * 1024)

static const char *const task_texts[] = {
  "组织开展公民科学素质调查工作，加强监测评估和督导检查，科学客观反映年度科学素质建设情况。",
  "举办全国科技活动周暨第三十一届科普宣传周，组织开展重点科普活动700项以上，市级重点活动10项以上。",
  "实施科普惠农兴村计划，全年完成专家对接项目不少于30个、带动农户3500户以上，培育示范基地5家以上。",
  "加强城镇劳动者科技教育培训，引导企事业单位参与建立工学结合的职业教育和培训体系，全年培训10万人次。",
  "繁荣科普创作，向社会公开征集编写科普丛书3-5册，鼓励支持科技团体创作群众喜闻乐见的科普作品。",
  "推进科普教育基地建设，开展2021年扬\n\n州市科普教育基地认定，全年组织不少于10000人次参观。",
};

static const char *const unit_lists[] = {
  "（市教育局、科技局、生态环境局、应急管理局，团市委、市科协）",
  "〔责任单位：市教育局、市人社局、团市委、市科协等，各县（市、区）政府、功能区管委会〕",
  "（领导小组办公室，各辖市、区领导小组办公室）",
  "",
};

static void
append_header (GString *s)
{
  g_string_append (s,
    "扬州市科学技术协会\n\n扬科协字〔2021〕25号\n\n"
    "关于印发《2021年度 扬州市科普工作要点》的通知\n\n"
    "各县（市、区）科协：\n\n现将《2021年度扬州市科普工作要点》印发给你们，请认真贯彻落实。\n\n"
    "扬州市科学技术协会\n\n2021年3月23日\n\n2021 年度扬州市科普工作要点\n\n"
    "2021 年，全市科普工作将以提高全民科学素质为目标，全市公民具备科学素质的比例达到14%。\n\n");
}

static void
append_tables (GString *s)
{
  g_string_append (s, "附 1\n\n2021 年科普重点项目指标分解建议\n\n"
                      "| 项目 | | 宝应县 | 高邮市 | 仪征市 | 江都区 | 开发区 |\n|---|---|---|---|---|---|---|\n");
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (s, "| 科普指标%u(场数) | | %u | %u | 20/10 | 0 | |\n", i, i, i + 1);
  g_string_append (s, "| 公民科学素养大赛(参赛数) | | 占中小学学生总数 20% (含职校) | | | | |\n\n"
                      "附 2\n\n各县市区科普信息化数据\n\n(截止 2020 年 3 月 1 日)\n\n"
                      "| 项目 | 宝应县 | 高邮市 | 仪征市 | 江都区 | 开发区 |\n|---|---|---|---|---|---|\n"
                      "| 科普中国 | 1536 | 1329 | 943 | 1380 | |\n| 海外专利信息资源 库注册数 | 88 | 179 | 58 | 78 | 4 |\n");
}

static char *
make_plan (void)
{
  GString *s = g_string_new (NULL);
  guint task = 0;

  append_header (s);
  for (guint part = 1; s->len < TARGET_BYTES - 2048; part++)
    {
      g_autofree char *numeral = kl_chinese_numeral (part);
      g_string_append_printf (s, "%s、加强第%u部分工作，完善落实机制\n\n", numeral, part);
      for (guint i = 0; i < 12 && s->len < TARGET_BYTES - 2048; i++, task++)
        {
          g_string_append_printf (s, "%u．开展第%u批活动%u场以上，%s%s\n\n", task + 1, task + 1, task + 10,
                                  task_texts[task % G_N_ELEMENTS (task_texts)],
                                  unit_lists[task % G_N_ELEMENTS (unit_lists)]);
        }
    }
  append_tables (s);
  return g_string_free (s, FALSE);
}

static int
compare_times (const void *a,
               const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  g_autofree char *plan = make_plan ();
  gint64 times[RUNS];
  guint n_sections = 0;

  setlocale (LC_ALL, "");
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(KlPlanDraft) draft = kl_plan_text_parse (plan, -1, &error);
      times[i] = g_get_monotonic_time () - start;
      if (draft == NULL)
        {
          g_printerr ("import failed: %s\n", error->message);
          return EXIT_FAILURE;
        }
      n_sections = kl_plan_draft_count_sections (draft);
    }
  qsort (times, RUNS, sizeof times[0], compare_times);
  printf ("import: %.1f KB plan, %u sections: median %.2f ms over %d runs\n",
          strlen (plan) / 1024.0, n_sections, times[RUNS / 2] / 1000.0, RUNS);
  return EXIT_SUCCESS;
}
