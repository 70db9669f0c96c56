/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "kl-import-test.h"

/* Plan metadata from the notice, the heading and the signature; the notice
 * text and web-page chrome stay out of the sections. */

#define section kl_import_test_section

#define NOTICE \
  "泰州市科学技术协会\n\n" \
  "泰科协发〔2022〕12号\n\n" \
  "关于印发《2022年度泰州市\n科普工作要点》的通知\n\n" \
  "各市（区）科协，市各有关单位：\n\n" \
  "现将《2022年度泰州市科普工作要点》印发给你们，请认真贯彻落实。\n\n" \
  "泰州市科学技术协会\n\n" \
  "2022年4月8日\n\n"

static void
test_notice (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    NOTICE
    "2022 年度泰州市科普工作要点\n\n"
    "2022 年，全市科普工作以提升公民科学素质为目标。\n"
    "全面推进各项工作。\n\n"
    "一、加强组织领导\n1、召开推进会。\n");

  g_assert_cmpstr (d->title, ==, "2022年度泰州市科普工作要点");
  g_assert_cmpstr (d->issuer, ==, "泰州市科学技术协会");
  g_assert_cmpstr (d->doc_number, ==, "泰科协发〔2022〕12号");
  g_assert_cmpstr (d->issued_on, ==, "2022-04-08");
  g_assert_cmpint (d->year_start, ==, 2022);
  g_assert_cmpint (d->year_end, ==, 2022);
  g_assert_cmpint (d->kind, ==, KL_PLAN_ANNUAL);
  g_assert_cmpstr (d->level, ==, "市");
  g_assert_cmpstr (d->preamble, ==, "2022年，全市科普工作以提升公民科学素质为目标。\n全面推进各项工作。");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 2);
}

static void
assert_doc_number (const char *line,
                   const char *expected)
{
  g_autofree char *text = g_strdup_printf ("某县科学技术协会\n%s\n2021年科普工作要点\n一、甲\n1、乙。\n", line);
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (text);

  g_assert_cmpstr (d->doc_number, ==, expected);
}

static void
test_doc_number_brackets (void)
{
  assert_doc_number ("扬科协字〔2021〕25号", "扬科协字〔2021〕25号");
  assert_doc_number ("宝科协[2021]3号", "宝科协[2021]3号");
  assert_doc_number ("常全科组办发（2019）4号", "常全科组办发（2019）4号");
  assert_doc_number ("邗科协 〔 2021 〕 7 号", "邗科协〔2021〕7号");
  assert_doc_number ("2021年科普工作", NULL);
}

static void
assert_date (const char *line,
             const char *expected)
{
  g_autofree char *text = g_strdup_printf ("宝应县科学技术协会\n%s\n2021年科普工作要点\n一、甲\n1、乙。\n", line);
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (text);

  g_assert_cmpstr (d->issued_on, ==, expected);
  g_assert_cmpstr (d->level, ==, "县");
}

static void
test_dates (void)
{
  assert_date ("2021年3月23日", "2021-03-23");
  assert_date ("2023-03-20", "2023-03-20");
  assert_date ("2021.3.5", "2021-03-05");
  assert_date ("二〇二一年三月二十三日", "2021-03-23");
  assert_date ("（2021年3月23日印发）", "2021-03-23");
  assert_date ("宝应县科学技术协会 2021年3月23日", "2021-03-23");
  assert_date ("2021年3月23日前完成报送", NULL);
  assert_date ("2021年2月30日", NULL);
}

static void
test_signature_at_end (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "2021年科普工作要点\n一、甲\n1、召开推进会。\n2、开展培训。\n\n扬州市科学技术协会\n2021年3月23日\n");
  KlDraftSection *last = section (d, 0, 1, -1);

  g_assert_cmpstr (d->issued_on, ==, "2021-03-23");
  g_assert_cmpstr (d->issuer, ==, "扬州市科学技术协会");
  g_assert_cmpstr (last->title, ==, "开展培训。");
  g_assert_cmpstr (last->body, ==, "");
}

/* "…办公室文件": the issuer without "文件"; the heading follows the date
 * directly with no blank line, and the title in the notice is split. */
static void
test_issuer_file_and_split_title (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "常州市全民科学素质工作领导小组办公室文件\n常全科组办发〔2019〕4号\n"
    "关于印发《2019年常州市\n全民科学素质工作要点》的通知\n"
    "市全民科学素质工作领导小组各成员单位：\n现将《2019年常州市全民科学素质工作要点》印发给你们。\n"
    "常州市全民科学素质工作领导小组办公室\n2019年5月27日\n"
    "2019年常州市全民科学\n素质工作要点\n"
    "一、甲\n1．乙。\n");

  g_assert_cmpstr (d->issuer, ==, "常州市全民科学素质工作领导小组办公室");
  g_assert_cmpstr (d->title, ==, "2019年常州市全民科学素质工作要点");
  g_assert_cmpstr (d->issued_on, ==, "2019-05-27");
  g_assert_cmpstr (d->preamble, ==, "");
}

static void
assert_years (const char  *title,
              int          first,
              int          last,
              KlPlanKind   kind)
{
  g_autofree char *text = g_strdup_printf ("%s\n一、甲\n1、乙。\n", title);
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (text);

  g_assert_cmpint (d->year_start, ==, first);
  g_assert_cmpint (d->year_end, ==, last);
  g_assert_cmpint (d->kind, ==, kind);
}

static void
test_years_and_kind (void)
{
  assert_years ("2021年度扬州市科普工作要点", 2021, 2021, KL_PLAN_ANNUAL);
  assert_years ("扬州市全民科学素质行动实施方案（2021—2025年）", 2021, 2025, KL_PLAN_MULTI_YEAR);
  assert_years ("宝应县科普事业发展规划（2021-2025）", 2021, 2025, KL_PLAN_MULTI_YEAR);
  assert_years ("2021至2025年科普工作计划", 2021, 2025, KL_PLAN_MULTI_YEAR);
  assert_years ("2022年全民科学素质行动实施方案", 2022, 2022, KL_PLAN_ANNUAL);
  assert_years ("科普工作要点", 0, 0, KL_PLAN_ANNUAL);
}

/* The years in brackets under the heading belong to the title. */
static void
test_subtitle_years (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "扬州市全民科学素质行动实施方案\n（2021—2025年）\n（征求意见稿）\n为贯彻落实纲要，制定本方案。\n一、甲\n1、乙。\n");

  g_assert_cmpstr (d->title, ==, "扬州市全民科学素质行动实施方案（2021—2025年）");
  g_assert_cmpint (d->year_start, ==, 2021);
  g_assert_cmpint (d->year_end, ==, 2025);
  g_assert_cmpint (d->kind, ==, KL_PLAN_MULTI_YEAR);
  g_assert_cmpstr (d->preamble, ==, "为贯彻落实纲要，制定本方案。");
}

static void
assert_level (const char *issuer,
              const char *level)
{
  g_autofree char *text = g_strdup_printf ("%s\n2021年科普工作要点\n一、甲\n1、乙。\n", issuer);
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (text);

  g_assert_cmpstr (d->issuer, ==, issuer);
  g_assert_cmpstr (d->level, ==, level);
}

static void
test_levels (void)
{
  assert_level ("江苏省科学技术协会", "省");
  assert_level ("扬州市科学技术协会", "市");
  assert_level ("扬州市江都区科学技术协会", "县");
  assert_level ("宝应县科学技术协会", "县");
  assert_level ("中国科学技术协会", NULL);
}

static void
test_web_chrome_dropped (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "首页 | 机构概况 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n"
    "当前位置：首页 > 通知公告 > 正文\n"
    "2021年度仪征市科普工作要点\n"
    "发布时间：2021-03-25 10:12  来源：仪征市科协  阅读次数：326\n"
    "字号：大 中 小\n"
    "一、加强组织领导\n"
    "1、召开推进会。\n"
    "2、开展培训。\n"
    "责任编辑：张三\n"
    "【打印本页】 【关闭窗口】\n"
    "版权所有：仪征市科学技术协会  苏ICP备12345678号\n");
  KlDraftSection *last = section (d, 0, 1, -1);

  g_assert_cmpstr (d->title, ==, "2021年度仪征市科普工作要点");
  g_assert_cmpstr (d->preamble, ==, "");
  g_assert_cmpstr (last->title, ==, "开展培训。");
  g_assert_cmpstr (last->body, ==, "");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 3);
}

/* Page junk (a table of page numbers) before the header is ignored. */
static void
test_junk_before_header (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "| | | |\n|---|---|---|\n| 322 | 2021 | 4 |\n\n扬州市科学技术协会\n扬科协字〔2021〕25号\n"
    "2021年度扬州市科普工作要点\n一、甲\n1、乙。\n");

  g_assert_cmpstr (d->issuer, ==, "扬州市科学技术协会");
  g_assert_cmpuint (d->indicators->len, ==, 0);
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 2);
}

/* A notice that lists its attachments with numbers before the plan. */
static void
test_attachment_list_in_notice (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "关于印发《2021年科普工作要点》的通知\n各科协：\n现将有关文件印发给你们。\n"
    "1. 2021年科普工作要点\n2. 指标分解表\n"
    "2021年科普工作要点\n一、加强组织领导\n1、召开推进会。\n");

  g_assert_cmpstr (d->title, ==, "2021年科普工作要点");
  g_assert_cmpuint (d->sections->len, ==, 1);
  g_assert_cmpstr (section (d, 0, -1)->title, ==, "加强组织领导");
}

/* No heading: the sections start right away, the notice is not preamble. */
static void
test_no_heading (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "关于印发《2021年科普工作要点》的通知\n各科协：\n现将《2021年科普工作要点》印发给你们。\n"
    "一、加强组织领导\n1、召开推进会。\n");

  g_assert_cmpstr (d->title, ==, "2021年科普工作要点");
  g_assert_cmpstr (d->preamble, ==, "");
  g_assert_cmpint (d->year_start, ==, 2021);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/metadata/notice", test_notice);
  g_test_add_func ("/import/metadata/doc-number", test_doc_number_brackets);
  g_test_add_func ("/import/metadata/dates", test_dates);
  g_test_add_func ("/import/metadata/signature-at-end", test_signature_at_end);
  g_test_add_func ("/import/metadata/split-title", test_issuer_file_and_split_title);
  g_test_add_func ("/import/metadata/years", test_years_and_kind);
  g_test_add_func ("/import/metadata/subtitle-years", test_subtitle_years);
  g_test_add_func ("/import/metadata/levels", test_levels);
  g_test_add_func ("/import/metadata/web-chrome", test_web_chrome_dropped);
  g_test_add_func ("/import/metadata/junk", test_junk_before_header);
  g_test_add_func ("/import/metadata/attachment-list", test_attachment_list_in_notice);
  g_test_add_func ("/import/metadata/no-heading", test_no_heading);
  return g_test_run ();
}
