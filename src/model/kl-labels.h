/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Chinese official numbering of plan sections.  Styles are the four levels
 * of domain.md: 1 = "一、", 2 = "（一）", 3 = "1.", 4 = "（1）". */

#define KL_LABEL_STYLE_MAX 4

/* "一" … "九十九" for 1 … 99; NULL outside that range. */
char *kl_chinese_numeral (guint n);
/* The label of the @n-th (1-based) item in @style, e.g. (2, 3) → "（三）". */
char *kl_section_label   (guint style,
                          guint n);

G_END_DECLS
