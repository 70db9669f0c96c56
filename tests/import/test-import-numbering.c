/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>
#include "import/kl-import-private.h"

/* The numbering at the start of a line (kl-section-number.c). */

static void
assert_item (const char *line,
             int         style,
             guint       number,
             const char *rest)
{
  KlSectionNumber num;

  if (!_kl_section_number_parse (line, &num))
    g_error ("“%s” is not read as an item", line);
  g_assert_cmpint (num.style, ==, style);
  g_assert_cmpuint (num.number, ==, number);
  g_assert_cmpstr (line + num.prefix_len, ==, rest);
}

static void
assert_not_item (const char *line)
{
  KlSectionNumber num;

  if (_kl_section_number_parse (line, &num))
    g_error ("“%s” is read as style %d number %u", line, num.style, num.number);
}

static void
test_style_1 (void)
{
  assert_item ("一、加强顶层设计", 1, 1, "加强顶层设计");
  assert_item ("十一、其他", 1, 11, "其他");
  assert_item ("二十三．做好", 1, 23, "做好");
  assert_item ("三. 开展", 1, 3, "开展");
}

static void
test_style_2_both_widths (void)
{
  assert_item ("（一）加强组织领导", 2, 1, "加强组织领导");
  assert_item ("(二)强化保障", 2, 2, "强化保障");
  assert_item ("（ 三 ） 宣传", 2, 3, "宣传");
  assert_item ("（十）完善", 2, 10, "完善");
}

static void
test_style_3_punctuation (void)
{
  assert_item ("1.编制规划", 3, 1, "编制规划");
  assert_item ("2、强化机制", 3, 2, "强化机制");
  assert_item ("3．召开会议", 3, 3, "召开会议");
  assert_item ("１２．全角数字", 3, 12, "全角数字");
  assert_item ("  　4、前有空格", 3, 4, "前有空格");
  assert_item ("5. 后有空格", 3, 5, "后有空格");
}

static void
test_style_4 (void)
{
  assert_item ("（1）开展培训", 4, 1, "开展培训");
  assert_item ("(2)组织活动", 4, 2, "组织活动");
  assert_item ("①第一项", 4, 1, "第一项");
  assert_item ("⑩第十项", 4, 10, "第十项");
  assert_item ("⑶括号数字", 4, 3, "括号数字");
  assert_item ("4）半括号", 4, 4, "半括号");
}

/* Lines that start with a number but are text. */
static void
test_not_items (void)
{
  assert_not_item ("2021 年，全市科普工作将以…");
  assert_not_item ("2019年是新中国成立70周年");
  assert_not_item ("1.5万人次参加活动");
  assert_not_item ("3、4月份开展");
  assert_not_item ("一是加强领导");
  assert_not_item ("十九大精神");
  assert_not_item ("（以下简称《纲要》）");
  assert_not_item ("(截止 2020 年 3 月 1 日)");
  assert_not_item ("（2021—2025年）");
  assert_not_item ("2021. 年度总结");
  assert_not_item ("0、零不是编号");
  assert_not_item ("一二、不是数字");
  assert_not_item ("");
}

static void
test_chinese_numerals (void)
{
  static const struct { const char *text; guint value; } cases[] = {
    { "一", 1 }, { "九", 9 }, { "十", 10 }, { "十一", 11 }, { "二十", 20 },
    { "二十三", 23 }, { "九十九", 99 }, { "一二", 0 }, { "十十", 0 }, { "甲", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (_kl_chinese_numeral_parse (cases[i].text, NULL), ==, cases[i].value);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/numbering/style-1", test_style_1);
  g_test_add_func ("/import/numbering/style-2", test_style_2_both_widths);
  g_test_add_func ("/import/numbering/style-3", test_style_3_punctuation);
  g_test_add_func ("/import/numbering/style-4", test_style_4);
  g_test_add_func ("/import/numbering/not-items", test_not_items);
  g_test_add_func ("/import/numbering/chinese-numerals", test_chinese_numerals);
  return g_test_run ();
}
