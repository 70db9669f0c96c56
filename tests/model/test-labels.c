/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <glib.h>

#include "model/kl-labels.h"

/* Written out by hand, not computed, so it checks the rule rather than
 * repeating it: 十 for 10 and 十一 (not 一十一) for 11, 二十 (no trailing
 * zero) for 20. */
static const char *const numerals[100] = {
  NULL,
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
  "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
  "三十一", "三十二", "三十三", "三十四", "三十五", "三十六", "三十七", "三十八", "三十九", "四十",
  "四十一", "四十二", "四十三", "四十四", "四十五", "四十六", "四十七", "四十八", "四十九", "五十",
  "五十一", "五十二", "五十三", "五十四", "五十五", "五十六", "五十七", "五十八", "五十九", "六十",
  "六十一", "六十二", "六十三", "六十四", "六十五", "六十六", "六十七", "六十八", "六十九", "七十",
  "七十一", "七十二", "七十三", "七十四", "七十五", "七十六", "七十七", "七十八", "七十九", "八十",
  "八十一", "八十二", "八十三", "八十四", "八十五", "八十六", "八十七", "八十八", "八十九", "九十",
  "九十一", "九十二", "九十三", "九十四", "九十五", "九十六", "九十七", "九十八", "九十九",
};

static void
test_numeral_tricky (void)
{
  static const struct { guint n; const char *expected; } cases[] = {
    { 1, "一" }, { 9, "九" }, { 10, "十" }, { 11, "十一" }, { 19, "十九" },
    { 20, "二十" }, { 21, "二十一" }, { 50, "五十" }, { 99, "九十九" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = kl_chinese_numeral (cases[i].n);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_numeral_all (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (numerals), ==, 100);
  g_assert_nonnull (numerals[99]);
  for (guint n = 1; n <= 99; n++)
    {
      g_autofree char *got = kl_chinese_numeral (n);

      g_assert_cmpstr (got, ==, numerals[n]);
    }
}

static void
test_numeral_out_of_range (void)
{
  g_assert_null (kl_chinese_numeral (0));
  g_assert_null (kl_chinese_numeral (100));
  g_assert_null (kl_chinese_numeral (101));
  g_assert_null (kl_chinese_numeral (G_MAXUINT));
}

static void
test_section_styles (void)
{
  static const struct { guint style, n; const char *expected; } cases[] = {
    { 1, 1, "一、" }, { 1, 10, "十、" }, { 1, 11, "十一、" },
    { 2, 3, "（三）" }, { 2, 10, "（十）" }, { 2, 21, "（二十一）" },
    { 3, 1, "1." }, { 3, 12, "12." }, { 3, 99, "99." },
    { 4, 7, "（7）" }, { 4, 10, "（10）" }, { 4, 99, "（99）" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = kl_section_label (cases[i].style, cases[i].n);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_section_style1_all (void)
{
  for (guint n = 1; n <= 99; n++)
    {
      g_autofree char *expected = g_strconcat (numerals[n], "、", NULL);
      g_autofree char *got = kl_section_label (1, n);

      g_assert_cmpstr (got, ==, expected);
    }
}

static void
test_section_out_of_range (void)
{
  for (guint style = 0; style <= KL_LABEL_STYLE_MAX + 1; style++)
    {
      g_assert_null (kl_section_label (style, 0));
      g_assert_null (kl_section_label (style, 100));
    }
  g_assert_null (kl_section_label (KL_LABEL_STYLE_MAX + 1, 1));
  g_assert_null (kl_section_label (G_MAXUINT, 5));
}

/* Part headings: "第二部分" computed, the printed word kept on renumbering. */
static void
test_section_parts (void)
{
  g_autofree char *computed = kl_section_label (KL_LABEL_STYLE_PART, 2);
  g_autofree char *chapter = kl_part_label ("第一章", 3);
  g_autofree char *volume = kl_part_label ("第十篇", 11);
  g_autofree char *plain = kl_part_label (NULL, 1);
  g_autofree char *odd = kl_part_label ("附录", 4);

  g_assert_cmpstr (computed, ==, "第二部分");
  g_assert_cmpstr (chapter, ==, "第三章");
  g_assert_cmpstr (volume, ==, "第十一篇");
  g_assert_cmpstr (plain, ==, "第一部分");
  g_assert_cmpstr (odd, ==, "第四部分");
  g_assert_null (kl_part_label ("第一章", 0));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/labels/numeral/tricky", test_numeral_tricky);
  g_test_add_func ("/labels/numeral/all", test_numeral_all);
  g_test_add_func ("/labels/numeral/out-of-range", test_numeral_out_of_range);
  g_test_add_func ("/labels/section/styles", test_section_styles);
  g_test_add_func ("/labels/section/style-1-all", test_section_style1_all);
  g_test_add_func ("/labels/section/out-of-range", test_section_out_of_range);
  g_test_add_func ("/labels/section/parts", test_section_parts);
  return g_test_run ();
}
