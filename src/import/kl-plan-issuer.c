/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* The issuer named in a title: "市政府办公室关于印发…的通知" (the notice's
 * title, above the plan) or "中国科协2013年科普工作要点" (the plan's own),
 * or in the first sentence ("2033年，县科协将围绕…").
 * Only a name that looks like an organisation counts, so a place
 * ("扬州市2021年…") or a year first ("2021年度…") gives none. */

static char *
org_prefix (const char *text,
            const char *end)
{
  g_autofree char *prefix = NULL;

  if (end == NULL || end == text)
    return NULL;
  prefix = g_strndup (text, (gsize) (end - text));
  g_strstrip (prefix);
  if (!_kl_unit_looks_like_org (prefix) || _kl_text_contains_any (prefix, (const char *const[]) {
        "，", "。", "：", ":", "《", NULL }))
    return NULL;
  return g_steal_pointer (&prefix);
}

char *
_kl_issuer_from_notice (GPtrArray *lines,
                        guint      end)
{
  for (guint i = 0; i < end && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *about = strstr (line, "关于");
      char *issuer;

      if (about == NULL
          || !_kl_text_contains_any (about, (const char *const[]) { "印发", "通知", "意见", "方案", NULL }))
        continue;
      if ((issuer = org_prefix (line, about)) != NULL)
        return issuer;
    }
  return NULL;
}

char *
_kl_issuer_from_title (const char *title)
{
  const char *p;

  if (title == NULL)
    return NULL;
  for (p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isdigit (c) || _kl_text_starts_with (p, "关于") || _kl_text_starts_with (p, "二〇")
          || c == 0xFF08 || c == '(')
        break;
    }
  return *p != '\0' ? org_prefix (title, p) : NULL;
}

char *
_kl_issuer_from_sentence (const char *text)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *name = NULL;

  if (text == NULL
      || !g_regex_match (_kl_regex_once (&re,
                                         "^(?:(?:19|20)[0-9]{2}年(?:度)?[，,]?)?\\s*([^，,。；：\\s]{2,20}?)"
                                         "(?:将|要|坚持|围绕|紧紧围绕|按照|根据|继续|进一步|全面|深入)"),
                         text, 0, &info))
    return NULL;
  name = g_match_info_fetch (info, 1);
  return _kl_unit_looks_like_org (name) ? g_steal_pointer (&name) : NULL;
}
