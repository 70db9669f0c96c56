/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Chinese official numbering of plan sections.  Styles are the four levels
 * of domain.md: 1 = "一、", 2 = "（一）", 3 = "1.", 4 = "（1）", and above
 * them the part headings 0 = "第一部分" (also printed "第一章"). */

#define KL_LABEL_STYLE_PART 0
#define KL_LABEL_STYLE_MAX  4

/* "一" … "九十九" for 1 … 99; NULL outside that range. */
char *kl_chinese_numeral (guint n);
/* The label of the @n-th (1-based) item in @style, e.g. (2, 3) → "（三）",
 * (0, 2) → "第二部分". */
char *kl_section_label   (guint style,
                          guint n);
/* A printed part label with its number replaced: ("第一章", 3) →
 * "第三章"; NULL or a label without a part word gives "第三部分". */
char *kl_part_label      (const char *printed,
                          guint       n);

G_END_DECLS
