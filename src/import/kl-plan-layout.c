/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kl-import-private.h"

/* Finds where the parts of a plan text are: the notice and header
 * (metadata), the plan's own heading, the preamble, the numbered sections,
 * a trailing signature, and the annexes ("附 1", "附件2：…").  Anything before
 * the heading (page junk, web menus, the notice) is never a section. */

#define TITLE_MAX_CHARS 60

static const char *const genre_words[] = {
  "要点", "方案", "规划", "计划", "安排", "意见", "纲要", NULL
};

static const char *const clause_marks[] = {
  "，", "。", "；", "：", ":", "！", "？", ",", ";", NULL
};

static const char *const colophon_words[] = {
  "抄送", "印发", "主题词", "联系人", "联系电话", NULL
};

static gboolean
is_numbered (const char *line)
{
  KlSectionNumber num;

  return _kl_section_number_parse (line, &num);
}

gboolean
_kl_line_is_title_like (const char *line)
{
  glong n = _kl_text_length (line);

  return n >= 4 && n <= TITLE_MAX_CHARS
         && !_kl_line_is_table_row (line) && !is_numbered (line)
         && !_kl_text_contains_any (line, clause_marks)
         && !_kl_text_contains_any (line, (const char *const[]) { "《", "》", "印发", "通知", NULL })
         && !_kl_text_has_prefix_any (line, (const char *const[]) { "关于", "附", "（", "(", NULL })
         && !_kl_line_is_date (line, NULL)
         && _kl_text_contains_any (line, genre_words);
}

/* "附 1", "附件", "附件2：指标分解表", "附表1" (not "附则", "附近…"). */
gboolean
_kl_line_is_annex_heading (const char *line,
                           char      **title)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *rest = NULL;

  if (!g_regex_match (_kl_regex_once (&re,
                                      "^附\\s*(?:(?:件|表)\\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?"
                                      "|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})|(?=[:：\\s]|$))"
                                      "\\s*[:：.．、\\-]?\\s*(.*)$"),
                      line, 0, &info))
    return FALSE;
  rest = g_match_info_fetch (info, 1);
  if (rest[0] != '\0' && (_kl_text_length (line) > 40
                          || _kl_text_contains_any (rest, (const char *const[]) { "。", "，", NULL })))
    return FALSE;
  if (title)
    *title = g_steal_pointer (&rest);
  return TRUE;
}

/* An issuer or signature line: "扬州市科学技术协会", "…办公室文件". */
gboolean
_kl_line_is_org (const char *line)
{
  g_autofree char *name = g_strdup (line);
  glong n = _kl_text_length (line);

  if (n < 3 || n > 40 || _kl_line_is_table_row (line) || is_numbered (line)
      || _kl_text_contains_any (line, clause_marks))
    return FALSE;
  if (g_str_has_suffix (name, "文件") && n > 4)
    name[strlen (name) - strlen ("文件")] = '\0';
  return _kl_unit_looks_like_org (name);
}

static const char *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

static guint
find_first_item (GPtrArray *lines,
                 guint      from)
{
  KlSectionNumber num;
  guint any = lines->len;

  for (guint i = from; i < lines->len; i++)
    if (_kl_section_number_parse (line_at (lines, i), &num))
      {
        if (num.number == 1)
          return i;
        any = MIN (any, i);
      }
  return any;
}

static guint
find_heading (GPtrArray *lines,
              guint      from,
              guint      to,
              gboolean   last)
{
  guint found = KL_LINE_NONE;

  for (guint i = from; i < to; i++)
    if (_kl_line_is_title_like (line_at (lines, i)))
      {
        found = i;
        if (!last)
          break;
      }
  return found;
}

static guint
find_annex (GPtrArray *lines,
            guint      from)
{
  for (guint i = from; i < lines->len; i++)
    if (_kl_line_is_annex_heading (line_at (lines, i), NULL))
      return i;
  return lines->len;
}

static gboolean
is_signature_line (const char *line)
{
  return line[0] == '\0' || _kl_line_is_date (line, NULL) || _kl_line_is_org (line)
         || _kl_text_has_prefix_any (line, colophon_words)
         || (g_str_has_suffix (line, "印发") && _kl_text_length (line) < 40);
}

/* A signature after the last section: org and date lines, "抄送…".  Only
 * taken when it holds a date or a colophon, so a unit line such as
 * "市科协" after a task stays with the task. */
static guint
find_body_end (GPtrArray *lines,
               guint      first,
               guint      end)
{
  guint i = end;
  gboolean dated = FALSE;

  while (i > first + 1 && is_signature_line (line_at (lines, i - 1)))
    {
      const char *line = line_at (lines, i - 1);
      dated |= _kl_line_is_date (line, NULL) || _kl_text_has_prefix_any (line, colophon_words)
               || g_str_has_suffix (line, "印发");
      i--;
    }
  return dated ? i : end;
}

void
_kl_plan_layout_find (GPtrArray    *lines,
                      KlPlanLayout *out)
{
  guint n = lines->len;
  guint first = find_first_item (lines, 0);
  guint heading = find_heading (lines, 0, first, TRUE);

  if (heading == KL_LINE_NONE && first < n)
    {
      /* The first "1." was in the notice (a list of attachments)? */
      guint later = find_heading (lines, first, n, FALSE);
      guint item = later != KL_LINE_NONE ? find_first_item (lines, later + 1) : n;
      if (item < n)
        heading = later, first = item;
    }
  out->heading = heading;
  out->first_section = first;
  out->annex_start = find_annex (lines, first < n ? first + 1 : 0);
  /* Without numbered sections (一是、二是 only) the signature still ends
   * the body. */
  out->body_end = find_body_end (lines, first < n ? first : (heading != KL_LINE_NONE ? heading : 0),
                                 out->annex_start);
}
