/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kl-labels.h"

#define KL_NUMERAL_MAX 99

static const char *const digits[] = {
  "", "一", "二", "三", "四", "五", "六", "七", "八", "九"
};

char *
kl_chinese_numeral (guint n)
{
  guint tens = n / 10;
  guint ones = n % 10;

  if (n == 0 || n > KL_NUMERAL_MAX)
    return NULL;
  if (tens == 0)
    return g_strdup (digits[ones]);
  /* 10–19 are written 十, 十一 … 十九: a leading 一 is never written. */
  return g_strconcat (tens == 1 ? "" : digits[tens], "十", digits[ones], NULL);
}

char *
kl_section_label (guint style,
                  guint n)
{
  g_autofree char *numeral = kl_chinese_numeral (n);

  /* Styles come from imported data, so a bad one is not a programmer error. */
  if (numeral == NULL)
    return NULL;
  switch (style)
    {
    case KL_LABEL_STYLE_PART:
      return g_strconcat ("第", numeral, "部分", NULL);
    case 1:
      return g_strconcat (numeral, "、", NULL);
    case 2:
      return g_strconcat ("（", numeral, "）", NULL);
    case 3:
      return g_strdup_printf ("%u.", n);
    case 4:
      return g_strdup_printf ("（%u）", n);
    default:
      return NULL;
    }
}

char *
kl_part_label (const char *printed,
               guint       n)
{
  static const char *const words[] = { "部分", "章", "篇", "编" };
  g_autofree char *numeral = kl_chinese_numeral (n);

  if (numeral == NULL)
    return NULL;
  for (guint i = 0; printed != NULL && i < G_N_ELEMENTS (words); i++)
    if (g_str_has_suffix (printed, words[i]))
      return g_strconcat ("第", numeral, words[i], NULL);
  return g_strconcat ("第", numeral, "部分", NULL);
}
