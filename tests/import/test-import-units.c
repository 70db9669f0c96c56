/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "import/kl-import-private.h"
#include "kl-import-test.h"

/* Responsible units: the bracketed and the trailing forms, splitting,
 * prefix expansion, and parentheses that are not unit lists. */

/* Takes the units out of @text; checks what is left and the units. */
static void
assert_units (const char *text,
              const char *place,
              const char *left,
              const char *units)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *rest = _kl_units_extract (text, place, found, NULL);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (joined, "%s%s", i ? "|" : "", (char *) g_ptr_array_index (found, i));
  g_assert_cmpstr (rest, ==, left);
  g_assert_cmpstr (joined->str, ==, units);
}

/* Like assert_units, with the lead units marked "*". */
static void
assert_roles (const char *text,
              const char *left,
              const char *units)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  guint n_leads = 99;
  g_autofree char *rest = _kl_units_extract (text, NULL, found, &n_leads);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (joined, "%s%s%s", i ? "|" : "", (char *) g_ptr_array_index (found, i),
                            i < n_leads ? "*" : "");
  g_assert_cmpstr (rest, ==, left);
  g_assert_cmpstr (joined->str, ==, units);
}

/* Unit phrases with roles: the lead first and marked, the others
 * cooperating, collective words kept as written. */
static void
test_roles (void)
{
  assert_roles ("举办青少年机器人邀请赛。（县教育局牵头，县科技局、县科协配合）",
                "举办青少年机器人邀请赛。", "县教育局*|县科技局|县科协");
  assert_roles ("编印农村实用技术手册（县农业农村局牵头，县科协参与）。",
                "编印农村实用技术手册。", "县农业农村局*|县科协");
  assert_roles ("完善科普工作考核办法。（县科协牵头，各成员单位按职责分工负责）",
                "完善科普工作考核办法。", "县科协*|各成员单位");
  assert_roles ("做好防灾减灾科普宣传。（县应急管理局、县气象局、县地震局按职责分工负责）",
                "做好防灾减灾科普宣传。", "县应急管理局|县气象局|县地震局");
  assert_roles ("开放科普场馆。（县科技馆负责）", "开放科普场馆。", "县科技馆*");
  assert_roles ("建好科普阵地。（由区科协牵头，区直各有关单位配合）",
                "建好科普阵地。", "区科协*|区直各有关单位");
  assert_roles ("推进科普进家庭。（区妇联、区科协共同负责）",
                "推进科普进家庭。", "区妇联|区科协");
  assert_roles ("开展科技助农直播。（牵头单位：镇农技站；责任单位：镇文化站、各村民委员会）",
                "开展科技助农直播。", "镇农技站*|镇文化站|各村民委员会");
  assert_roles ("组织科普讲座进社区。\n责任单位：区卫健委、各乡镇人民政府",
                "组织科普讲座进社区。", "区卫健委|各乡镇人民政府");
  assert_roles ("建设科普场馆。\n总牵头部门：县科协。\n责任单位：县发展改革委、住建局，团县委。",
                "建设科普场馆。", "县科协*|县发展改革委|县住建局|团县委");
  /* Not unit phrases: left in the text. */
  assert_roles ("落实活动经费（由区财政负责拨付）。", "落实活动经费（由区财政负责拨付）。", "");
  assert_roles ("组织志愿者参与（每季度不少于2次）。", "组织志愿者参与（每季度不少于2次）。", "");
  assert_roles ("形成合力（牵头抓总、协同推进）。", "形成合力（牵头抓总、协同推进）。", "");
}

static void
test_bracket_form (void)
{
  assert_units ("开展培训。〔责任单位：市教育局、市人社局、团市委、市科协等，各县（市、区）政府、功能区管委会〕",
                NULL, "开展培训。",
                "市教育局|市人社局|团市委|市科协|各县（市、区）政府|功能区管委会");
  assert_units ("开展培训。[责任单位：市科协]", NULL, "开展培训。", "市科协");
  assert_units ("开展培训。【责任单位: 市科协、市教育局】", NULL, "开展培训。", "市科协|市教育局");
  assert_units ("开展培训（责任单位：市科协）。", NULL, "开展培训。", "市科协");
}

/* A labelled list is taken anywhere; 牵头 units come first. */
static void
test_lead_first (void)
{
  assert_units ("开展培训。〔配合单位：市教育局；牵头单位：市科协〕", NULL, "开展培训。", "市科协|市教育局");
  assert_units ("开展培训〔牵头单位：市科协〕，组织竞赛。", NULL, "开展培训，组织竞赛。", "市科协");
}

static void
test_trailing_label_paragraph (void)
{
  assert_units ("开展培训。\n责任单位：市科协、市教育局", NULL, "开展培训。", "市科协|市教育局");
  assert_units ("开展培训。牵头单位：市科协", NULL, "开展培训。", "市科协");
}

static void
test_trailing_parenthesis (void)
{
  assert_units ("不断提升活动的实际效果。（市教育局，团市委、市科协）", NULL,
                "不断提升活动的实际效果。", "市教育局|团市委|市科协");
  assert_units ("组织开展活动（市科协、市教育局）。", NULL, "组织开展活动。", "市科协|市教育局");
  assert_units ("总结工作。（领导小组办公室，各牵头单位）", NULL, "总结工作。", "领导小组办公室|各牵头单位");
  assert_units ("推进工作。(市科协,市教育局)", NULL, "推进工作。", "市科协|市教育局");
}

/* 市教育局、科技局 → 市科技局; the place of the plan and other prefixes
 * are left alone; 市场… does not carry the prefix. */
static void
test_prefix_expansion (void)
{
  assert_units ("工作。（市教育局、科技局、生态环境局、应急管理局，团市委、市科协）", NULL, "工作。",
                "市教育局|市科技局|市生态环境局|市应急管理局|团市委|市科协");
  assert_units ("工作。（市委宣传部、常州日报社、常州广播电视台，教育局、市场监督管理局，市总工会、团市委、妇联、科协等）",
                "常州", "工作。",
                "市委宣传部|常州日报社|常州广播电视台|市教育局|市市场监督管理局|市总工会|团市委|市妇联|市科协");
  assert_units ("工作。（县教育局、财政局，江都区科协）", NULL, "工作。", "县教育局|县财政局|江都区科协");
  /* No prefix seen: nothing to expand. */
  assert_units ("工作。（教育局、科技局）", NULL, "工作。", "教育局|科技局");
}

/* Parentheses inside names, "等", and "各辖市、区…". */
static void
test_splitting (void)
{
  assert_units ("工作。（领导小组办公室，各辖市、区领导小组办公室）", NULL, "工作。",
                "领导小组办公室|各辖市、区领导小组办公室");
  assert_units ("工作。〔责任单位：各县(市、区)政府等〕", NULL, "工作。", "各县（市、区）政府");
  assert_units ("工作。（市科协、市科协等单位）", NULL, "工作。", "市科协");
}

/* Ordinary parentheses stay in the text. */
static void
test_not_unit_lists (void)
{
  static const char *const texts[] = {
    "深入推进《全民科学素质行动计划纲要》（以下简称《纲要》）",
    "创建全国科普示范县（市、区）。",
    "开展科普夏（冬）令营活动，提高素养。",
    "参赛人数占学生总数20%（含职校）。",
    "编制科普规划（2021—2025年）。",
    "制定管理办法（试行）。",
    "产品体验（展示）中心建设。",
    "开展活动（略）。",
    "建设青少年创客（机器人）工作室",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_units (texts[i], NULL, texts[i], "");
}

/* Through the parser: units are on the section, and in the plan's units
 * after the annex columns. */
static void
test_units_in_draft (void)
{
  g_autoptr(KlPlanDraft) d = kl_import_test_parse (
    "常州市科学技术协会\n2021年常州市科普工作要点\n一、甲\n1、召开会议。（市科协，常州日报社、教育局）\n2、开展培训。（市科协）\n");
  KlDraftSection *task = kl_import_test_section (d, 0, 0, -1);

  kl_import_test_strings (task->units, "市科协", "常州日报社", "市教育局", NULL);
  g_assert_cmpstr (task->title, ==, "召开会议。");
  kl_import_test_strings (d->units, "市科协", "常州日报社", "市教育局", NULL);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/units/roles", test_roles);
  g_test_add_func ("/import/units/bracket", test_bracket_form);
  g_test_add_func ("/import/units/lead-first", test_lead_first);
  g_test_add_func ("/import/units/trailing-label", test_trailing_label_paragraph);
  g_test_add_func ("/import/units/trailing-parenthesis", test_trailing_parenthesis);
  g_test_add_func ("/import/units/prefix", test_prefix_expansion);
  g_test_add_func ("/import/units/splitting", test_splitting);
  g_test_add_func ("/import/units/not-unit-lists", test_not_unit_lists);
  g_test_add_func ("/import/units/in-draft", test_units_in_draft);
  return g_test_run ();
}
