/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "import/kl-import-private.h"
#include "kl-import-test.h"

/* Plans copied from government web pages: menus and footers never become
 * metadata or sections; 文号, issuer and 成文日期 come from a portal's
 * metadata table when the body has none; without a signature the issuer
 * comes from the title and the issue date stays empty.  The pages are
 * invented, in the layouts such copies have. */

static void
assert_meta (const KlPlanDraft *d,
             const char        *issuer,
             const char        *doc_number,
             const char        *issued_on)
{
  g_assert_cmpstr (d->issuer, ==, issuer);
  g_assert_cmpstr (d->doc_number, ==, doc_number);
  g_assert_cmpstr (d->issued_on, ==, issued_on);
}

/* A services link above the notice is no issuer; the notice's title and
 * signature name the real one. */
static void
test_menu_is_not_issuer (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "网上办事服务中心\n"
    "首页 >> 政务公开 >> 通知公告\n"
    "字体大小：大 中 小    阅读次数：312\n"
    "松江市政府办公室关于印发松江市2033年科普工作要点的通知\n"
    "各区人民政府，市各委办局：\n"
    "现将《松江市2033年科普工作要点》印发给你们，请认真贯彻执行。\n"
    "松江市政府办公室\n"
    "2033年3月2日\n"
    "松江市2033年科普工作要点\n"
    "一、扩大科普覆盖面\n"
    "1.全年开展科普进社区活动80场。\n"
    "2.新建科普教育基地4家。\n"
    "打印本页  关闭窗口\n"
    "主办单位：松江市人民政府办公室  网站标识码：0000000000\n"
    "地址：松江市人民路1号  邮编：000000  电话：0000-0000000\n");

  assert_meta (d, "松江市政府办公室", NULL, "2033-03-02");
  g_assert_cmpstr (d->title, ==, "松江市2033年科普工作要点");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 3);
  g_assert_cmpstr (kl_import_test_section (d, 0, 1, -1)->title, ==, "新建科普教育基地4家。");
  g_assert_cmpstr (kl_import_test_section (d, 0, 1, -1)->body, ==, "");
  /* The footer's sponsor is no responsible unit. */
  g_assert_cmpuint (kl_import_test_section (d, 0, 1, -1)->units->len, ==, 0);
}

/* Menu items one per line and a footer around a plan without notice. */
static void
test_menu_lines_dropped (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "首页\n机构设置\n新闻动态\n办事服务中心\n互动交流\n"
    "您现在的位置：首页 > 工作动态\n"
    "云溪县科协2033年科普工作要点\n"
    "2033-02-14 09:30  浏览量：56\n"
    "一、组织科技活动周\n"
    "（一）举办科技活动周开幕式。\n"
    "【打印】【关闭】\n"
    "版权所有 云溪县科学技术协会\n");

  assert_meta (d, "云溪县科协", NULL, NULL);
  g_assert_cmpstr (d->title, ==, "云溪县科协2033年科普工作要点");
  g_assert_cmpuint (kl_plan_draft_count_sections (d), ==, 2);
  g_assert_cmpstr (kl_import_test_section (d, 0, 0, -1)->body, ==, "");
}

/* The portal's table as pipe rows: 成文日期 is the issue date, not 发布日期. */
static void
test_portal_table_rows (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "| 索引号 | 发文机关 | 发文字号 | 成文日期 | 发布日期 | 主题分类 |\n"
    "|---|---|---|---|---|---|\n"
    "| 0012345/2033-00021 | 丰源县人民政府办公室 | 丰政办发〔2033〕50号 | 2033-04-11 | 2033-04-18 | 科技 |\n"
    "丰源县人民政府办公室关于印发丰源县科普惠民行动方案的通知\n"
    "各乡镇人民政府，县直各单位：\n"
    "《丰源县科普惠民行动方案》已经县政府同意，现印发给你们，请认真组织实施。\n"
    "丰源县科普惠民行动方案\n"
    "一、行动目标\n"
    "到2035年建成科普示范社区12个。\n");

  assert_meta (d, "丰源县人民政府办公室", "丰政办发〔2033〕50号", "2033-04-11");
  g_assert_cmpuint (d->sections->len, ==, 1);
}

/* Keys and values in cells of their own, tab-separated, bracketed, or the
 * value on the line after its key. */
static void
test_portal_key_value_layouts (void)
{
  g_autoptr(KlPlanDraft) tabs = kl_import_test_parse (
    "索引号\t11320000/2033-01\t主题分类\t科学技术\n"
    "发文机关\t青山区科学技术协会\t成文日期\t2033年05月06日\n"
    "发文字号\t青科协发〔2033〕7号\t发布日期\t2033年05月09日\n"
    "青山区2033年科普工作要点\n"
    "一、办好科普日\n"
    "1.组织科普日主场活动1场。\n");
  g_autoptr(KlPlanDraft) brackets = kl_import_test_parse (
    "[ 索引号 ] 11320000/2033-02  [ 主题分类 ] 科技\n"
    "[ 发文机关 ] 湖田镇人民政府\n"
    "[ 发文字号 ] 湖政发〔2033〕3号\n"
    "[ 成文日期 ] 2033-01-20  [ 发布日期 ] 2033-01-25\n"
    "湖田镇科普工作计划\n"
    "一、建设科普长廊\n");
  g_autoptr(KlPlanDraft) next_line = kl_import_test_parse (
    "• 索引号:\n\n  23451/2033-3\n"
    "• 发文机构:\n\n  芦洲县人民政府办公室\n"
    "• 发文字号:\n\n  芦政办发〔2033〕11号\n"
    "• 成文日期:\n\n  2033年03月15日\n"
    "• 发布日期:\n\n  2033年03月20日 10:02\n"
    "芦洲县全民科学素质提升方案\n"
    "一、工作目标\n"
    "（一）公民具备科学素质的比例达到15%。\n");
  g_autoptr(KlPlanDraft) one_line = kl_import_test_parse (
    "发文标题：关于印发远山市科普工作要点的通知 发文文号：远科协〔2033〕2号 "
    "发文部门：远山市科学技术协会 发文时间：2033-02-08 阅读人次：77\n"
    "远山市科普工作要点\n"
    "一、开展科普讲解大赛\n");

  assert_meta (tabs, "青山区科学技术协会", "青科协发〔2033〕7号", "2033-05-06");
  assert_meta (brackets, "湖田镇人民政府", "湖政发〔2033〕3号", "2033-01-20");
  assert_meta (next_line, "芦洲县人民政府办公室", "芦政办发〔2033〕11号", "2033-03-15");
  assert_meta (one_line, "远山市科学技术协会", "远科协〔2033〕2号", "2033-02-08");
}

/* Bracketed keys and their values in the cells of pipe rows, two pairs a
 * row; 发布机构 (the site that posted it) is not the issuer. */
static void
test_portal_bracketed_cells (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "[ 索引号 ] | 1150000000/2033-00031 | [ 发文字号 ] | 柏县府办〔2033〕14号 |\n"
    "[ 主题分类 ] | 科技、教育 | [ 体裁分类 ] | 规划计划 |\n"
    "[ 发布机构 ] | 柏县政府办 | ||\n"
    "[ 成文日期 ] | 2033-06-02 | [ 发布日期 ] | 2033-06-12 |\n"
    "柏县全民科学素质提升行动方案\n"
    "一、主要目标\n"
    "（一）建成科普e站30个。\n");

  assert_meta (d, NULL, "柏县府办〔2033〕14号", "2033-06-02");
}

/* A 文号 in the body wins over the table's; a website is never an issuer. */
static void
test_body_wins_and_site_not_issuer (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "发布机构：石桥县政府门户网站  文号：石政发〔2033〕9号\n"
    "石桥县科学技术协会\n"
    "石科协〔2033〕4号\n"
    "石桥县2033年科普工作要点\n"
    "一、加强科普阵地建设\n");

  assert_meta (d, "石桥县科学技术协会", "石科协〔2033〕4号", NULL);
}

/* No signature: the issuer from the title; a lone date (the page's, or a
 * repost's) is not the issue date. */
static void
test_no_signature (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "全国某某学会2034年科普工作要点\n"
    "2034-03-01\n"
    "一、开展学会科普日活动\n"
    "二、建设科普专家库\n"
    "转载日期：2034-03-05\n"
    "2034-03-05\n");

  assert_meta (d, "全国某某学会", NULL, NULL);
  g_assert_cmpuint (d->sections->len, ==, 2);
}

/* Nor in the title: the first sentence names it. */
static void
test_issuer_in_first_sentence (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "2034年科普工作要点\n"
    "2034年，北湖区科学技术协会将围绕创新驱动发展，重点抓好以下工作。\n"
    "一、举办科技节\n");
  g_autoptr(KlPlanDraft) none = kl_import_test_parse (
    "2034年科普工作要点\n"
    "今年全区科普工作要坚持服务基层。\n"
    "一、举办科技节\n");

  assert_meta (d, "北湖区科学技术协会", NULL, NULL);
  g_assert_cmpstr (d->level, ==, "县");
  g_assert_null (none->issuer);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/web/menu-not-issuer", test_menu_is_not_issuer);
  g_test_add_func ("/import/web/menu-lines", test_menu_lines_dropped);
  g_test_add_func ("/import/web/portal-rows", test_portal_table_rows);
  g_test_add_func ("/import/web/portal-key-values", test_portal_key_value_layouts);
  g_test_add_func ("/import/web/portal-bracketed-cells", test_portal_bracketed_cells);
  g_test_add_func ("/import/web/body-wins", test_body_wins_and_site_not_issuer);
  g_test_add_func ("/import/web/no-signature", test_no_signature);
  g_test_add_func ("/import/web/first-sentence", test_issuer_in_first_sentence);
  return g_test_run ();
}
