/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* The measure word of an indicator from its name, only where the name
 * says it: a trailing parenthesis that is a measure word ("（人次）") or
 * counts one ("（场数）" → 场, "（学校数）" → 所), or a name ending in 人数 /
 * 人次 / 场次, or a rate (…率, …比例 → "%").  Otherwise "" (unknown):
 * "（参赛数）" or "讲座" say nothing certain. */

static const char *const measure_words[] = {
  "人", "名", "家", "所", "个", "项", "场", "场次", "人次", "户", "册", "次", "期",
  "篇", "部", "本", "件", "%", "万人", "万人次", NULL
};

/* Longest first, for cells such as "5场" or "0.5万人次". */
static const char *const cell_suffixes[] = {
  "人次", "场次", "户次", "人", "名", "家", "所", "个", "项", "场", "户", "册", "次",
  "期", "篇", "部", "本", "件", "处", "座", "支", "批", NULL
};

static const char *const counted[][2] = {
  { "场次数", "场次" }, { "人次数", "人次" }, { "场数", "场" }, { "学校数", "所" },
  { "人数", "人" }, { "次数", "次" }, { "个数", "个" }, { "户数", "户" }, { "家数", "家" },
  { "项数", "项" }, { "册数", "册" }, { "篇数", "篇" }, { "期数", "期" }, { "件数", "件" },
};

static const char *
counted_measure (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    if (g_str_has_suffix (text, counted[i][0]))
      return counted[i][1];
  return NULL;
}

/* The text of a trailing "（…）", or NULL. */
static char *
trailing_paren (const char *name)
{
  const char *open = g_strrstr (name, "（");

  if (open == NULL || !g_str_has_suffix (name, "）"))
    return NULL;
  open += strlen ("（");
  return g_strndup (open, strlen (open) - strlen ("）"));
}

char *
_kl_measure_from_name (const char *name)
{
  g_autofree char *paren = trailing_paren (name);
  const char *m;

  if (paren != NULL)
    {
      const char *colon = g_strrstr (paren, "：");
      const char *word = colon ? colon + strlen ("：") : paren;
      if (g_strv_contains (measure_words, word))
        return g_strdup (word);
      if ((m = counted_measure (paren)) != NULL)
        return g_strdup (m);
    }
  if (g_str_has_suffix (name, "人次") || g_str_has_suffix (name, "场次"))
    return g_strdup (name + strlen (name) - strlen ("人次"));
  if (g_str_has_suffix (name, "人数"))
    return g_strdup ("人");
  if (g_str_has_suffix (name, "率") || g_str_has_suffix (name, "比例"))
    return g_strdup ("%");
  return g_strdup ("");
}

/* The measure word ending a cell ("5场" → "场"), or NULL. */
const char *
_kl_measure_suffix (const char *cell)
{
  for (guint i = 0; cell_suffixes[i] != NULL; i++)
    if (g_str_has_suffix (cell, cell_suffixes[i]) && strlen (cell) > strlen (cell_suffixes[i]))
      return cell_suffixes[i];
  return NULL;
}
