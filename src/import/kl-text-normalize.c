/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Text extracted from PDF or Word puts stray spaces inside Chinese
 * ("海外专利信息资源 库注册数", "2021 年度").  The rule used everywhere:
 * a run of white space is removed when both neighbours are CJK (ideographs,
 * CJK and full-width punctuation, Chinese quotes), or when one is CJK and
 * the other an ASCII digit.  Spaces next to Latin letters are kept
 * ("扬州科普 e 站通"), other runs shrink to one space. */

gboolean
_kl_unichar_is_cjk (gunichar c)
{
  return (c >= 0x2E80 && c <= 0x9FFF)       /* radicals, CJK punctuation, ideographs */
         || (c >= 0xF900 && c <= 0xFAFF)
         || (c >= 0xFE30 && c <= 0xFE4F)
         || (c >= 0xFF00 && c <= 0xFFEF)    /* full-width forms */
         || (c >= 0x20000 && c <= 0x2FFFF)
         || (c >= 0x2460 && c <= 0x24FF)    /* ① … */
         || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D
         || c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

gboolean
_kl_unichar_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0
         || c == 0xFEFF || c == '\f' || c == '\v' || c == 0x2002 || c == 0x2003;
}

static gboolean
space_removable (gunichar before,
                 gunichar after)
{
  gboolean cjk_b = _kl_unichar_is_cjk (before);
  gboolean cjk_a = _kl_unichar_is_cjk (after);

  if (cjk_b && cjk_a)
    return TRUE;
  return (cjk_b && after < 0x80 && g_ascii_isdigit (after))
         || (cjk_a && before < 0x80 && g_ascii_isdigit (before));
}

char *
_kl_text_squeeze (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gunichar prev = 0;
  gboolean pending = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (_kl_unichar_is_space (c) || c < 0x20)
        {
          pending = prev != 0;
          continue;
        }
      if (pending && !space_removable (prev, c))
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_unichar (out, c);
      prev = c;
    }
  return g_string_free (out, FALSE);
}

static gboolean
span_has_cjk (const char *start,
              const char *end)
{
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (_kl_unichar_is_cjk (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Index of the ')' closing the '(' at @open, or NULL. */
static const char *
find_close (const char *open)
{
  int depth = 0;

  for (const char *p = open; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && --depth == 0)
        return p;
    }
  return NULL;
}

/* "创客(机器人)工作室" → "创客（机器人）工作室": ASCII parentheses around
 * Chinese become full-width, so names typed either way compare equal. */
static char *
widen_parens (const char *text)
{
  GString *out = g_string_new (text);

  for (gsize i = 0; i < out->len; i++)
    {
      const char *close;
      if (out->str[i] != '(')
        continue;
      close = find_close (out->str + i);
      if (close == NULL || !span_has_cjk (out->str + i + 1, close))
        continue;
      gsize close_at = (gsize) (close - out->str);
      g_string_erase (out, close_at, 1);
      g_string_insert (out, close_at, "）");
      g_string_erase (out, i, 1);
      g_string_insert (out, i, "（");
    }
  return g_string_free (out, FALSE);
}

char *
_kl_name_normalize (const char *text)
{
  g_autofree char *squeezed = _kl_text_squeeze (text);
  g_autofree char *wide = widen_parens (squeezed);

  return _kl_text_squeeze (wide);
}

/* The last character of @text, or 0. */
gunichar
_kl_text_last_char (const char *text)
{
  const char *end = text + strlen (text);

  if (end == text)
    return 0;
  return g_utf8_get_char (g_utf8_find_prev_char (text, end));
}

/* Whether @text ends with a full stop, semicolon, colon, ! or ?. */
gboolean
_kl_text_ends_sentence (const char *text)
{
  gunichar c = _kl_text_last_char (text);

  return c != 0 && g_utf8_strchr ("。；;！!？?：:", -1, c) != NULL;
}

gboolean
_kl_text_starts_with (const char *text,
                      const char *prefix)
{
  return strncmp (text, prefix, strlen (prefix)) == 0;
}

gboolean
_kl_text_has_prefix_any (const char        *text,
                         const char *const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (_kl_text_starts_with (text, prefixes[i]))
      return TRUE;
  return FALSE;
}

gboolean
_kl_text_has_suffix_any (const char        *text,
                         const char *const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (text, suffixes[i]))
      return TRUE;
  return FALSE;
}

gboolean
_kl_text_contains_any (const char        *text,
                       const char *const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (text, needles[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Characters, not bytes. */
glong
_kl_text_length (const char *text)
{
  return g_utf8_strlen (text, -1);
}
