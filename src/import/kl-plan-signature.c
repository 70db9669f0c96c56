/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Who issued the plan, its 文号 and its date: the header's 文号 line, the
 * signature (a date under an org line), org lines that are not a web
 * page's menu, and the order in which the sources are trusted. */

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

/* A web page's menu item, one per line: "新闻动态", "互动交流". */
gboolean
_kl_line_is_menu_word (const char *line)
{
  glong n = _kl_text_length (line);

  return n >= 2 && n <= 6 && !_kl_line_is_org (line) && !_kl_line_is_date (line, NULL)
         && !_kl_text_contains_any (line, (const char *const[]) { "〔", "号", "，", "：", "《", NULL })
         && strpbrk (line, "0123456789") == NULL;
}

#define DOC_NUMBER_RE "([\\p{Han}A-Za-z]{1,15}\\s*" \
  "[〔\\[［【(（]\\s*(?:19|20)[0-9]{2}\\s*[〕\\]］】)）]\\s*[0-9]{1,4}\\s*号)"

static char *
doc_number_match (GRegex     *re,
                  const char *text)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *number = NULL;
  g_auto(GStrv) parts = NULL;

  if (!g_regex_match (re, text, 0, &info))
    return NULL;
  number = g_match_info_fetch (info, 1);
  parts = g_strsplit (number, " ", -1);
  return g_strjoinv ("", parts);
}

char *
_kl_doc_number_find (const char *text)
{
  static GRegex *re;

  return doc_number_match (_kl_regex_once (&re, DOC_NUMBER_RE), text);
}

/* The 文号 a line starts with ("文号：" may come first), or NULL. */
static char *
doc_number_line (const char *line)
{
  static GRegex *re;

  return doc_number_match (_kl_regex_once (&re, "^(?:文号[:：]\\s*)?" DOC_NUMBER_RE), line);
}

char *
_kl_doc_number_in_lines (GPtrArray *lines,
                 guint      end)
{
  for (guint i = 0; i < end; i++)
    {
      char *number = doc_number_line (line_at (lines, i));
      if (number != NULL)
        return number;
    }
  return NULL;
}

static char *
org_name (const char *line)
{
  char *name = g_strdup (line);

  if (g_str_has_suffix (name, "文件") && _kl_text_length (name) > 4)
    name[strlen (name) - strlen ("文件")] = '\0';
  return name;
}

/* The first org line of [start, end) that is not among menu items. */
static char *
find_org (GPtrArray *lines,
          guint      start,
          guint      end)
{
  for (guint i = start; i < end; i++)
    {
      guint prev = _kl_lines_prev_nonblank (lines, i), next = _kl_lines_next_nonblank (lines, i, end);
      if (!_kl_line_is_org (line_at (lines, i))
          || (prev != KL_LINE_NONE && _kl_line_is_menu_word (line_at (lines, prev)))
          || (next != KL_LINE_NONE && _kl_line_is_menu_word (line_at (lines, next))))
        continue;
      return org_name (line_at (lines, i));
    }
  return NULL;
}

/* A signature's date: the org line (or the 文号) just above it, or words
 * before the date on its own line ("宝应县科协 2021年3月23日").  A date line
 * alone is a web page's or a repost's date, not the issue date. */
static gboolean
is_signed (GPtrArray  *lines,
           guint       i,
           guint       prev,
           guint       start)
{
  g_autofree char *iso = NULL;
  g_autofree char *number = NULL;
  gsize at = 0;

  if (prev != KL_LINE_NONE && prev >= start
      && (_kl_line_is_org (line_at (lines, prev))
          || (number = doc_number_line (line_at (lines, prev))) != NULL))
    return TRUE;
  iso = _kl_text_find_date (line_at (lines, i), &at, NULL);
  return at > 0;
}

/* The last signed date line in [start, end), and the org line just above it. */
char *
_kl_signature_find (GPtrArray *lines,
                guint      start,
                guint      end,
                char     **signer)
{
  for (guint i = end; i > start; i--)
    {
      char *iso = NULL;
      guint prev;
      if (!_kl_line_is_date (line_at (lines, i - 1), &iso))
        continue;
      prev = _kl_lines_prev_nonblank (lines, i - 1);
      if (!is_signed (lines, i - 1, prev, start))
        {
          g_free (iso);
          continue;
        }
      if (signer && prev != KL_LINE_NONE && prev >= start && _kl_line_is_org (line_at (lines, prev)))
        *signer = org_name (line_at (lines, prev));
      return iso;
    }
  return NULL;
}

/* The issuer: named in the notice's title, the portal's table, the
 * signature, the plan's own title, or a header line, in that order (a web
 * page's menu above the notice is never preferred to the others); the
 * caller falls back on the first sentence. */
char *
_kl_issuer_choose (GPtrArray          *lines,
               guint               header_end,
               const KlPortalMeta *portal,
               char              **signer,
               const char         *title)
{
  char *issuer = _kl_issuer_from_notice (lines, header_end);

  if (issuer == NULL && portal->issuer != NULL)
    issuer = g_strdup (portal->issuer);
  if (issuer == NULL)
    issuer = g_steal_pointer (signer);
  if (issuer == NULL)
    issuer = _kl_issuer_from_title (title);
  if (issuer == NULL)
    issuer = find_org (lines, 0, header_end);
  return issuer;
}

