/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <stdlib.h>
#include "kl-import-private.h"

#define MAX_DATE_LINE_BYTES 120

/* Dates and years as plans print them: "2021年3月23日", "2023-03-20",
 * "2021.3.23", "二〇二一年三月二十三日"; year ranges "2021—2025". */

GRegex *
_kl_regex_once (GRegex    **slot,
                const char *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

static char *
make_iso (int year,
          int month,
          int day)
{
  if (month < 1 || month > 12 || day < 1 || day > 31
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static int
chinese_year (const char *text)
{
  int year = 0;

  static const char digits[] = "〇一二三四五六七八九";

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *hit = g_utf8_strchr (digits, -1, c == 0x96F6 ? 0x3007 : c);
      year = year * 10 + (hit ? (int) g_utf8_pointer_to_offset (digits, hit) : 0);
    }
  return year;
}

static char *
match_date (GRegex      *re,
            const char  *text,
            gboolean     chinese,
            gsize       *start,
            gsize       *end)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (!g_regex_match (re, text, 0, &info))
    return NULL;
  do
    {
      g_autofree char *y = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *d = g_match_info_fetch (info, 3);
      int year = chinese ? chinese_year (y) : atoi (y);
      int month = chinese ? (int) _kl_chinese_numeral_parse (m, NULL) : atoi (m);
      int day = chinese ? (int) _kl_chinese_numeral_parse (d, NULL) : atoi (d);
      char *iso = make_iso (year, month, day);
      gint s, e;
      if (iso == NULL)
        continue;
      g_match_info_fetch_pos (info, 0, &s, &e);
      *start = (gsize) s;
      *end = (gsize) e;
      return iso;
    }
  while (g_match_info_next (info, NULL));
  return NULL;
}

/* The first valid date in @text as "YYYY-MM-DD", and its byte span. */
char *
_kl_text_find_date (const char *text,
                    gsize      *start,
                    gsize      *end)
{
  static GRegex *arabic, *chinese;
  gsize s0, e0;
  char *iso;

  if (start == NULL)
    start = &s0;
  if (end == NULL)
    end = &e0;
  iso = match_date (_kl_regex_once (&arabic,
                                    "(?<![0-9])((?:19|20)[0-9]{2})\\s*[年\\-/.．]\\s*"
                                    "([0-9]{1,2})\\s*[月\\-/.．]\\s*([0-9]{1,2})(?![0-9])\\s*日?"),
                    text, FALSE, start, end);
  if (iso != NULL)
    return iso;
  return match_date (_kl_regex_once (&chinese,
                                     "([〇零一二三四五六七八九]{4})年"
                                     "([一二三四五六七八九十]{1,3})月"
                                     "([一二三四五六七八九十]{1,3})日"),
                     text, TRUE, start, end);
}

/* A line that is only a date, perhaps in brackets, perhaps with "印发" or
 * after the signing organisation: the signature date of a notice or plan. */
gboolean
_kl_line_is_date (const char *line,
                  char      **iso)
{
  static const char *const extras[] = { "印发", "发布", "制发", "（", "）", "(", ")",
                                        "〔", "〕", " ", NULL };
  gsize start, end;
  g_autofree char *found = NULL;
  g_autoptr(GString) rest = NULL;

  if (strlen (line) > MAX_DATE_LINE_BYTES
      || (found = _kl_text_find_date (line, &start, &end)) == NULL)
    return FALSE;
  rest = g_string_new_len (line, (gssize) start);
  g_string_append (rest, line + end);
  for (guint i = 0; extras[i] != NULL; i++)
    g_string_replace (rest, extras[i], "", 0);
  /* "扬州市科学技术协会 2021年3月23日" on one line is a signature too. */
  if (rest->len > 0 && !_kl_unit_looks_like_org (rest->str))
    return FALSE;
  if (iso)
    *iso = g_steal_pointer (&found);
  return TRUE;
}

static gboolean
year_ok (int year)
{
  return year >= 1949 && year <= 2100;
}

/* A year range "2021—2025" / "2021-2025年" / "2021至2025年", or one year
 * "2021年度" / "2021".  Returns FALSE when @text names no year. */
gboolean
_kl_text_find_years (const char *text,
                     int        *first,
                     int        *last)
{
  static GRegex *range, *single;
  g_autoptr(GMatchInfo) info = NULL;

  if (g_regex_match (_kl_regex_once (&range,
                                     "(?<![0-9])((?:19|20)[0-9]{2})\\s*年?\\s*[—–\\-－~～至到]+"
                                     "\\s*((?:19|20)[0-9]{2})(?![0-9])"),
                     text, 0, &info))
    {
      g_autofree char *a = g_match_info_fetch (info, 1);
      g_autofree char *b = g_match_info_fetch (info, 2);
      *first = atoi (a);
      *last = atoi (b);
      if (year_ok (*first) && *last >= *first && *last - *first <= 20)
        return TRUE;
    }
  g_clear_pointer (&info, g_match_info_free);
  if (!g_regex_match (_kl_regex_once (&single, "(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])"),
                      text, 0, &info))
    return FALSE;
  g_autofree char *y = g_match_info_fetch (info, 1);
  *first = *last = atoi (y);
  return year_ok (*first);
}
